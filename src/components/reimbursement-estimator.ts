import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type EstimateRequest, type EstimateResult, type Language, type PolicyPack, type PriorUsage, type VisitResult, type YearCurve } from '../rules/core.js';
import { capMeterView } from './estimator/results/cap-meter.js';
import type { CurveCache } from './estimator/explain/curve-for-result.js';
import type { ExplainingViews } from './estimator/explain/explaining-views.js';
import { loadExplainingViews } from './estimator/host/explaining-part.js';
import { EstimatorController } from './estimator/state/estimator-controller.js';
import { formFields } from './estimator/form/form-view.js';
import { heading } from './estimator/shared/heading.js';
import { landmarkName } from './estimator/host/landmark-name.js';
import { hostText } from './estimator/host/host-text.js';
import { PageTextMirror } from './estimator/host/page-text-mirror.js';
import { inheritedLanguage } from './estimator/host/language.js';
import { errorSummaryView, packErrorView } from './estimator/results/messages-view.js';
import { packForCard, policyCardView } from './estimator/explain/policy-card.js';
import { accountGiven, resultsView } from './estimator/results/results-view.js';
import { shareFragment } from './estimator/host/share-link.js';
import { estimateAsText } from './estimator/results/summary-text.js';
import { STRINGS, formatMoney, languageOf, type Strings } from './estimator/i18n/strings.js';
import { stylesInEveryDocument } from './estimator/styles/document-styles.js';
import { receiptStyles } from './estimator/styles/receipt-styles.js';
import type { PastedSlip } from './estimator/form/paste-slip.js';
import { styles } from './estimator/styles/styles.js';
import { summaryBarView } from './estimator/results/summary-bar.js';
import { todayIso } from './estimator/host/today.js';
import { ComparisonSchedule } from './estimator/state/comparison-schedule.js';
import { rowNumbersOf, visibleIssues } from './estimator/state/visible-issues.js';

/**
 * Estimates what the employee medical insurance outpatient pool (职工医保 普通门诊统筹) pays for a
 * ledger of visits, and explains every figure with the clause of the policy that produced it.
 *
 * @summary An outpatient reimbursement estimator for Chinese employee medical insurance.
 * @tagname reimbursement-estimator
 *
 * @attr region - The policy to use ('kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang', or a custom pack id), matched after trimming and case folding. When set, the policy is fixed and its selector hidden; an unknown id shows an error naming the valid ones, and no figures.
 * @attr lang - 'zh-CN' or 'en' (any case). Without it, the language of the nearest ancestor with a `lang` attribute; zh-CN when there is none.
 * @attr retired - Present when the person is retired (the starting value of the form's choice).
 * @attr date - The date new visit rows start with, as YYYY-MM-DD (default: today).
 * @attr size - 'large' (any case) for the elder-friendly mode (适老化): text of at least 18 px, taller targets.
 * @attr size-toggle - Present to show a "large text" switch to the reader.
 * @attr theme - 'high-contrast' (any case) for black on white with 7:1 contrast throughout.
 * @attr heading-level - The level of the widget's title, 1 to 6 (default 2); its sections sit one level below.
 * @attr share - Present to offer a share link; the inputs travel only in the URL fragment.
 * @attr compare - Present to show the same visits under every built-in policy (otherwise a button offers it).
 * @attr report-url - Where "report a mistake" leads (default: the policy's official page); the link carries the region, the policy version and document number, and the figures only if the person ticks the box.
 *
 * @fires estimate-change - Fired whenever the estimate changes. `detail` is exactly what `estimate()` from the rules entry returns for the current `request`. Bubbles and is composed.
 *
 * @slot - Fallback content, shown by browsers that cannot run the widget (it is never shown otherwise).
 *
 * @csspart base - The outer box.
 * @csspart form - The form.
 * @csspart field - Each field: label, hint, message and control.
 * @csspart button - Every button.
 * @csspart error-summary - The list of problems above the form.
 * @csspart results - The results section.
 * @csspart headline - The three headline figures.
 * @csspart table - The per-visit table.
 * @csspart stale-notice - The notice shown while results are out of date.
 * @csspart disclaimer - The closing note naming the policy document.
 * @csspart meters - The annual cap and deductible bars.
 * @csspart toolbar - The copy, print and share buttons.
 * @csspart compare - The comparison of policies.
 * @csspart policy-card - The "政策要点" card: the policy in force at a glance, each figure with its clause.
 * @csspart curve - The year curve: the drawing and the table of its bends.
 * @csspart timeline - The year visit by visit.
 * @csspart summary-bar - On narrow screens, the headline figures kept in view while the form is filled in, with a link to the estimate.
 * @csspart explain-failed - Shown instead of the explaining views (policy card terms, curve, timeline, slip check, comparison) when their file could not be loaded.
 *
 * @cssprop [--re-accent=#1d5fb4] - Buttons, links and the fund figure.
 * @cssprop [--re-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--re-text=#1b1b1b] - Body text and field borders.
 * @cssprop [--re-muted=#4a4f55] - Hints and notes.
 * @cssprop [--re-surface=#ffffff] - Background.
 * @cssprop [--re-panel=#f3f5f8] - Background of visit rows and figures.
 * @cssprop [--re-border=#6b7280] - Borders.
 * @cssprop [--re-error=#b3261e] - Error messages.
 * @cssprop [--re-self-pay=#9a4a00] - The dashed "you pay" line of the year curve.
 * @cssprop [--re-focus=#ffbf47] - The focus ring.
 * @cssprop [--re-radius=0.25em] - Corner radius.
 * @cssprop [--re-font-family] - Font stack.
 * @cssprop [--re-font-size=medium] - Base text size (everything else is in em).
 * @cssprop [--re-max-width=60em] - Widest the widget grows.
 * @cssprop [--re-large-font-size=20px] - Base text size in the large (elder-friendly) mode.
 */
export class ReimbursementEstimator extends LitElement {
  static override styles = [styles, receiptStyles];

  /** The policy, matched after trimming and case folding; when set, the selector is hidden. An unknown one is an error, never a fallback. */
  @property() region = '';

  /** 'zh-CN' or 'en'; without it, the nearest `lang` of the page around the element. */
  @property() override lang = '';

  /** Whether the person is retired (starting value; the person's own choice wins once made). */
  @property({ type: Boolean }) retired = false;

  /** Default date for new visit rows (YYYY-MM-DD); today when empty. */
  @property() date = '';

  /** 'large' (any case) for the elder-friendly mode. */
  @property() size = '';

  /** Shows a switch the reader can use to turn large text on and off. */
  @property({ type: Boolean, attribute: 'size-toggle' }) sizeToggle = false;

  /** 'high-contrast' (any case) for a black-on-white theme. */
  @property() theme = '';

  /** Offers a share link that keeps the inputs in the URL fragment, and restores them from it. */
  @property({ type: Boolean }) share = false;

  /** Shows the comparison of every policy for the same visits (the reader can still close it). */
  @property({ type: Boolean }) compare = false;

  /** The level of the widget's title (1–6, default 2); its sections sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Where "report a mistake" leads; the policy's official page when empty. */
  @property({ attribute: 'report-url' }) reportUrl = '';

  /** Extra rule packs supplied by the host: a pack, an array of packs, or either as JSON text. Invalid ones are reported and skipped. */
  @property({ attribute: false }) policies: unknown = [];

  @state() private openVisits = new Set<number>();
  /** What was typed into each visit's "check my slip" field, by the key of the visit's first form row. */
  @state() private slips = new Map<number, string>();
  @state() private whereOpen = false;
  /** Each row's pasted slip text and what was read from it, by row key. */
  @state() private pastes = new Map<number, PastedSlip>();
  /** A row just filled from a pasted slip: its visit's disclosure opens on the check of the slip. */
  private openAfterPaste: number | null = null;
  @state() private largeChosen: boolean | null = null;
  @state() private compareChosen: boolean | null = null;
  @state() private manualShareLink = '';
  /** What copying or sharing did, shown under the buttons (the live region says it too). */
  @state() private toolbarNote = '';
  /** The estimate as text, shown to copy by hand where no way of copying worked. */
  @state() private manualCopyText = '';
  @state() private reportFigures = false;
  /** The summary bar steps aside while the results themselves are on screen. */
  @state() private resultsInView = false;
  private resultsWatch: IntersectionObserver | null = null;
  /** A long ledger's form, table and timeline show every row only when the person asks. */
  @state() private showAllRows = false;
  @state() private showAllVisits = false;

  private readonly controller = new EstimatorController(this, {
    language: () => this.language,
    defaultDate: () => this.defaultDate,
    loadFullChecks: () => loadExplainingViews(),
  });
  private focusAfterRender: string | null = null;
  /** The views that explain the figures: a second file, here once it has loaded (see host/explaining-part.ts). */
  private views: ExplainingViews | null = null;
  /** That file could not be loaded: said where its views go; the figures are unaffected. */
  private viewsFailed = false;
  private curves: CurveCache | null = null;
  /** The curve last on screen, and whether work was left until after the paint (the curve, the explaining views). */
  private lastCurve: YearCurve | null = null;
  private laterWanted = false;
  /**
   * The first tree is light (issue 19): the form and the figures. The views that explain them (the
   * policy card's terms, the year's slips, the timeline, the notes, the comparison, the disclaimer)
   * join them in the task after the figures' frame, each in a place that holds nothing before.
   */
  private explainDrawn = false;
  /** Pending while that work waits for a paint: `updateComplete` waits for it too. */
  private laterDone: Promise<void> | null = null;
  /** Every policy for the same ledger: again when the result changes, after a pause for a long ledger. */
  private comparisons = new ComparisonSchedule(() => this.requestUpdate());
  /** The light-DOM text and size a page's accessibility toolbar works with (see page-text-mirror.ts). */
  private mirror = new PageTextMirror(this, () => (this.renderRoot as ShadowRoot | undefined)?.querySelector<HTMLElement>('.reader') ?? null);
  private mirrorPending = false;

  constructor() {
    super();
    // A host may set `request` before this script upgrades the element: that own property would
    // hide the accessor forever. Take it back and pass it through (Lit does this for its own
    // reactive properties; `request` is a plain accessor).
    if (Object.prototype.hasOwnProperty.call(this, 'request')) {
      const value = (this as { request?: unknown }).request;
      delete (this as { request?: unknown }).request;
      this.request = value;
    }
  }

  /** The estimate request the form currently describes, as `estimate()` takes it. */
  get request(): EstimateRequest {
    return this.controller.request;
  }

  /** Replaces the form. Accepts anything: what cannot be read is shown as a problem, never thrown. */
  set request(value: unknown) {
    this.controller.setRequest(value);
  }

  /** The latest estimate for valid input under the policy asked for, or null. Read-only. */
  get estimate(): EstimateResult | null {
    return this.controller.outcome.result;
  }

  private get language(): Language {
    const lang = hostText(this.lang);
    return lang ? languageOf(lang) : inheritedLanguage(this);
  }

  private get strings(): Strings {
    return STRINGS[this.language];
  }

  private get defaultDate(): string {
    return hostText(this.date) || todayIso();
  }

  private get large(): boolean {
    return this.largeChosen ?? hostText(this.size).trim().toLowerCase() === 'large';
  }

  private get compareShown(): boolean {
    return this.compareChosen ?? this.compare;
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** Resolves once the figures and the year curve drawn after them are both on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.laterDone || this.comparisons.pending || this.controller.checking) {
      await (this.laterDone ?? this.comparisons.pending ?? this.controller.checking);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The first render waits until the page's parser has finished (while the page is loading), else
   * for the end of the current task. The usual page sets `request` in a script just after the tag:
   * that script then lands in the first render, instead of a whole form and policy card being drawn
   * empty and at once again (on a slow phone, hundreds of ms). The end of a task alone was not
   * enough: the parser may yield between the tag and that script. Otherwise a message, not a
   * timer: timers are slowed in background tabs.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      const page = this.ownerDocument;
      await new Promise((resolve) => {
        if (page.readyState === 'loading') {
          page.addEventListener('DOMContentLoaded', resolve, { once: true });
          // Not for ever: a module script that awaits the widget before the page's end would never end.
          setTimeout(resolve, 100);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    }
    return super.scheduleUpdate();
  }

  /** Lit's own, but with sheets of the document the element is in (see document-styles.ts). */
  protected override createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow(ReimbursementEstimator.shadowRootOptions);
    styleInDocument(root);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** Connected again, perhaps in another document (moved into an iframe): styled there too. */
  override connectedCallback(): void {
    super.connectedCallback();
    styleInDocument(this.renderRoot as ShadowRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.comparisons.cancel();
    this.resultsWatch?.disconnect();
    this.resultsWatch = null;
  }

  private watchResults(): void {
    if (this.resultsWatch || typeof IntersectionObserver !== 'function') return;
    const results = this.renderRoot.querySelector('.results');
    if (!results) return;
    this.resultsWatch = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.resultsInView = entry.isIntersecting;
    });
    this.resultsWatch.observe(results);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.controller.sync(changed);
    this.openPastedVisit();
  }

  /** After a pasted slip fills a row, its visit opens on "check my slip" with the slip's fund figure. */
  private openPastedVisit(): void {
    const key = this.openAfterPaste;
    const { result, resultRowOfBill, issues } = this.controller.outcome;
    if (key === null || !result || issues.length > 0) return;
    this.openAfterPaste = null;
    const index = result.visits.findIndex((visit) => resultRowOfBill[visit.bills[0] ?? -1]?.key === key);
    if (index >= 0) this.openVisits = new Set(this.openVisits).add(index);
  }

  private readPaste = (key: number, text: string): void => {
    if (!this.views) return;
    this.pastes = new Map(this.pastes).set(key, { text, reading: this.views.readSlipText(text) });
  };

  private fillFromPaste = (key: number): void => {
    const reading = this.pastes.get(key)?.reading;
    const views = this.views;
    const amounts = reading && views ? views.rowAmounts(reading) : null;
    if (!reading || !views || !amounts) return;
    const n = this.controller.model.rows.findIndex((row) => row.key === key) + 1;
    this.controller.fillRow(key, { entry: amounts.entry, ...amounts.values }, views.PASTE_STRINGS[this.language].pasteFilled(n));
    const fund = reading.figures.find((figure) => figure.field === 'fund');
    if (fund) this.slips = new Map(this.slips).set(key, fund.amount);
    this.openAfterPaste = key;
  };

  protected override updated(): void {
    this.mirror.attach();
    this.mirrorLater();
    this.watchResults();
    if (this.laterWanted && !this.laterDone) {
      this.laterWanted = false;
      this.laterDone = new Promise((resolve) => {
        let drawn = false;
        // The rest of the tree, then the second file's views once it has come (or said it cannot).
        const draw = () => {
          if (drawn) return;
          drawn = true;
          this.explainDrawn = true;
          this.requestUpdate();
          if (this.views) {
            this.drawCurve(this.views);
            this.laterDone = null;
            resolve();
            return;
          }
          // Asked for only now, after the figures are painted: its fetch and parsing never delay them.
          const arrived = loadExplainingViews()
            .then(
              (views) => {
                this.views = views;
                this.drawCurve(views);
              },
              () => (this.viewsFailed = true),
            )
            .finally(() => this.requestUpdate());
          // `updateComplete` waits for it, but not for ever on a network that never answers.
          const given = new Promise((up) => setTimeout(up, SECOND_FILE_WAIT_MS));
          void Promise.race([arrived, given]).then(() => {
            this.laterDone = null;
            resolve();
          });
        };
        // In the task after the frame with the figures (a message posted from that frame's
        // animation callback runs once it is painted): a curve settles up to a year of visits,
        // and the first figures should not wait for it. A message, not an idle callback: on a
        // slow phone's first load the page is not idle for a while.
        const afterPaint = () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = draw;
          channel.port2.postMessage(null);
        };
        // A hidden page paints nothing and gets no frames: draw in the next task.
        if (this.ownerDocument.visibilityState === 'hidden') {
          afterPaint();
          return;
        }
        requestAnimationFrame(afterPaint);
        // Only should frames stop (the tab goes to the background meanwhile): draw anyway.
        setTimeout(draw, 100);
      });
    }
    if (this.focusAfterRender) {
      const id = this.focusAfterRender;
      this.focusAfterRender = null;
      // After this update has finished: moving focus fires focusout, which may update state again.
      queueMicrotask(() => (this.renderRoot as ShadowRoot).getElementById(id)?.focus());
    }
  }

  /** The whole text for the page's toolbars, read once the page is idle: never in the way of a keystroke's frame. */
  private mirrorLater(): void {
    if (this.mirrorPending) return;
    this.mirrorPending = true;
    const read = () => {
      this.mirrorPending = false;
      this.mirror.setRestText(this.renderRoot.querySelector<HTMLElement>('.base')?.innerText.trim() ?? '');
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(read, { timeout: 500 });
    else setTimeout(read, 50);
  }

  // ——— events: each goes to the controller, which owns the state ———

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name;
    if (!name) return;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    const row = target.closest<HTMLElement>('[data-row]');
    if (row) this.controller.editRow(Number(row.dataset.row), name, value);
    else if (name.startsWith('prior.')) this.controller.editPrior(name.slice(6), String(value));
    else if (name.startsWith('account.')) this.controller.editAccount(name.slice(8), String(value));
    else if (name === 'retired') this.controller.chooseRetired(value === 'retired');
    else if (name === 'region' || name === 'retiredOn' || name === 'enrollment') this.controller.editField(name, String(value));
    if (event.type === 'change') this.controller.touch(target.id);
  }

  /** A field shows its error once the person has left it; leaving a cost shows the whole row's. */
  private onFocusOut(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    if (!target.id) return;
    const row = target.closest<HTMLElement>('[data-row]');
    const ids = row && (target.id.endsWith('-cost') || target.id.endsWith('-total')) ? Array.from(row.querySelectorAll<HTMLElement>('[id^="visit-"]'), (element) => element.id) : [target.id];
    // A render that replaces the focused field (a host setting `request`) fires focusout in the
    // middle of the update: mark the field after it, and only if the field is still there.
    queueMicrotask(() => {
      if (target.isConnected) this.controller.touch(...ids);
    });
  }

  /** Enter in a field: show every problem and move to the summary, as GOV.UK forms do on submit. */
  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'checkbox' || target.type === 'radio') return;
    event.preventDefault();
    this.controller.touchAll();
    if (this.controller.outcome.issues.length > 0) this.focusAfterRender = 'error-summary';
  }

  private addVisit = (): void => {
    const row = this.controller.addRow();
    this.focusAfterRender = `visit-${row.key}-date`;
    this.controller.say(this.strings.visitAdded(this.controller.model.rows.length));
  };

  private removeVisit = (key: number): void => {
    const { index, next } = this.controller.removeRow(key);
    this.focusAfterRender = next ? `visit-${next.key}-date` : 'add-visit';
    this.controller.say(this.strings.visitRemoved(index + 1));
  };

  private onSummaryClick(event: Event): void {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    const id = link.getAttribute('href')?.slice(1) ?? '';
    const field = (this.renderRoot as ShadowRoot).getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  /** In-widget links: ids live in the shadow root, where the page's own #fragment cannot reach. */
  private jumpToResults(event: Event): void {
    event.preventDefault();
    const target = (this.renderRoot as ShadowRoot).getElementById('results-title');
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  private async copyText(): Promise<void> {
    const result = this.controller.outcome.result;
    if (!result) return;
    const text = estimateAsText(result, this.strings, this.language, todayIso(), accountGiven(result));
    const copied = await this.writeClipboard(text);
    this.manualCopyText = copied ? '' : text;
    this.manualShareLink = '';
    this.note(copied ? this.strings.copied : this.strings.copyFailed);
  }

  private note(text: string): void {
    this.toolbarNote = text;
    this.controller.say(text);
  }

  /** Copies the link; the address bar itself is never changed. Without a clipboard, the link is shown to copy by hand. */
  private async copyShareLink(): Promise<void> {
    const here = new URL(location.href);
    const hostHash = here.hash;
    here.hash = '';
    const link = `${here.href}${shareFragment(this.request, hostHash)}`;
    const copied = await this.writeClipboard(link);
    this.manualShareLink = copied ? '' : link;
    this.manualCopyText = '';
    this.note(copied ? this.strings.shareCopied : this.strings.shareManual);
  }

  /** The clipboard API, else (an http:// page has none) the older copy command on a hidden field. */
  private async writeClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return this.copyByCommand(text);
    }
  }

  private copyByCommand(text: string): boolean {
    const root = this.renderRoot as ShadowRoot;
    const back = root.activeElement as HTMLElement | null;
    const field = this.ownerDocument.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.className = 'visually-hidden';
    root.append(field);
    field.select();
    let copied = false;
    try {
      copied = this.ownerDocument.execCommand('copy');
    } catch {
      copied = false;
    }
    field.remove();
    back?.focus();
    return copied;
  }

  private toggleSize(): void {
    this.largeChosen = !this.large;
  }

  private toggleCompare(): void {
    this.compareChosen = !this.compareShown;
  }

  private toggleAllRows = (): void => {
    this.showAllRows = !this.showAllRows;
  };

  private toggleAllVisits = (): void => {
    this.showAllVisits = !this.showAllVisits;
  };

  private toggleVisit = (index: number, open: boolean): void => {
    if (open === this.openVisits.has(index)) return;
    const next = new Set(this.openVisits);
    if (open) next.add(index);
    else next.delete(index);
    this.openVisits = next;
  };

  // ——— rendering ———

  override render(): TemplateResult {
    const strings = this.strings;
    const language = this.language;
    const controller = this.controller;
    const { outcome } = controller;
    const issues = visibleIssues(outcome, controller.model, controller.touched, language);
    const errors = new Map(issues.map((issue) => [issue.id, issue.fieldText] as const));
    const pack = outcome.pack;
    const regionFixed = Boolean(hostText(this.region).trim());
    const policyName = pack ? pack.name[language] : '';
    const stale = outcome.issues.length > 0 || Boolean(outcome.checking);
    const result = outcome.result;
    const classes = ['base', this.large ? 'large' : '', hostText(this.theme).trim().toLowerCase() === 'high-contrast' ? 'high-contrast' : ''].join(' ');
    const light = this.explainLater();
    return html`<div class="reader"><section class=${classes} part="base" lang=${language} aria-label=${landmarkName(this, policyName ? strings.landmark(policyName) : strings.title)}>
      <div class="heading">
        ${heading(this.level, strings.title, { className: 'title' })}
        ${this.sizeToggle
          ? html`<button type="button" class="button button--secondary size-toggle" part="button" aria-pressed=${this.large ? 'true' : 'false'} @click=${this.toggleSize}>
              ${strings.largeText}
            </button>`
          : nothing}
      </div>
      <p class="intro">${strings.intro}</p>
      ${pack ? html`<p class="print-only">${this.printedInputs(policyName)}</p>` : nothing}
      ${controller.catalogue.errors.map((error) => packErrorView(error, strings, language))}
      ${controller.notices.length > 0 ? html`<div class="notice" role="status">${controller.notices.map((notice) => html`<p>${notice[language]}</p>`)}</div>` : nothing}
      ${regionFixed && !pack ? html`<div class="region-error" role="alert"><p>${outcome.issues[0]?.fieldMessage[language] ?? ''}</p></div>` : nothing}
      ${issues.length > 0 ? errorSummaryView(issues, strings, this.level + 1, (event) => this.onSummaryClick(event)) : nothing}
      ${result ? html`<p class="jump"><a href="#results-title" @click=${this.jumpToResults}>${strings.jumpToResults}</a></p>` : nothing}
      <form part="form" novalidate @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut} @keydown=${this.onKeyDown} @submit=${(event: Event) => event.preventDefault()}>
        ${formFields({
          strings,
          language,
          model: controller.model,
          features: controller.features,
          pack,
          whereOpen: this.whereOpen,
          onWhereToggle: (open) => (this.whereOpen = open),
          errors,
          regionOptions: regionFixed ? null : [...controller.catalogue.catalogue.values()].map((known) => [known.id, known.name[language]] as const),
          regionValue: pack?.id ?? '',
          priorOpen: controller.priorOpen,
          inferredDeductible: new Map(
            (stale ? [] : (result?.years ?? [])).flatMap((year) => (year.deductibleInferred ? [[String(year.year), formatMoney(year.deductibleInferred, language)] as const] : [])),
          ),
          onPriorToggle: (open) => controller.setPriorOpen(open),
          onAdd: this.addVisit,
          onRemove: this.removeVisit,
          showAllRows: this.showAllRows,
          onShowAllRows: this.toggleAllRows,
          pastes: this.pastes,
          onPasteRead: this.readPaste,
          onPasteFill: this.fillFromPaste,
          pasteBody: this.views?.pasteSlipBody,
          pasteUnavailable: this.viewsFailed ? strings.explainingFailed : undefined,
          firstFrame: light,
        })}
      </form>
      ${this.renderPolicyCard(light)}
      <div class="results" part="results">
        ${heading(this.level + 1, strings.resultsTitle, { id: 'results-title', focusable: true })}
        ${result && !light ? this.renderToolbar(result, stale) : nothing}
        ${result
          ? resultsView(result, {
              language,
              strings,
              stale,
              level: this.level + 1,
              openVisits: this.openVisits,
              onToggle: this.toggleVisit,
              rowNumbers: rowNumbersOf(result.visits, outcome.resultRowOfBill, controller.model),
              curve: this.renderCurve(result, stale),
              slipCheck: (visit, index) => this.renderSlipCheck(visit, index),
              // Null until the explaining views (with the slip check) are here: open rows then draw again.
              slipState: this.views ? this.slips : null,
              explainLater: light,
              views: this.views,
              showAllVisits: this.showAllVisits,
              onShowAllVisits: this.toggleAllVisits,
            })
          : html`<p class="empty">${strings.emptyResults}</p>`}
      </div>
      ${this.viewsFailed ? html`<p class="notice explain-failed" part="explain-failed">${strings.explainingFailed}</p>` : nothing}
      <div id="compare-section">${this.compareShown && result && !stale && !light ? this.renderComparison() : nothing}</div>
      ${result ? summaryBarView(result, strings, language, this.resultsInView ? 'hidden' : stale ? 'stale' : 'current', (event) => this.jumpToResults(event), accountGiven(result)) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${controller.announcement}</div>
      ${pack && !light ? this.renderDisclaimer(packForCard(pack, controller.catalogue.versions, result) ?? pack) : nothing}
      ${pack && !light ? this.renderReport(packForCard(pack, controller.catalogue.versions, result) ?? pack, stale ? null : result) : nothing}
    </section></div><div class="page-text"><slot name="re-page-text"></slot></div>`;
  }

  private renderToolbar(result: EstimateResult, stale: boolean): TemplateResult {
    const strings = this.strings;
    const lastYear = result.years[result.years.length - 1];
    return html`${lastYear ? capMeterView(lastYear, strings, this.language, stale) : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" class="button button--secondary" part="button" @click=${this.copyText}>${strings.copyText}</button>
        <button type="button" class="button button--secondary" part="button" @click=${() => print()}>${strings.printButton}</button>
        ${this.share ? html`<button type="button" class="button button--secondary" part="button" @click=${this.copyShareLink}>${strings.shareLink}</button>` : nothing}
        <button type="button" class="button button--secondary" part="button" aria-expanded=${this.compareShown ? 'true' : 'false'} aria-controls="compare-section" @click=${this.toggleCompare}>
          ${strings.compareButton}
        </button>
      </div>
      ${this.toolbarNote ? html`<p class="toolbar-note">${this.toolbarNote}</p>` : nothing}
      ${this.manualShareLink
        ? html`<div class="field manual-link"><label for="share-link">${strings.shareManual}</label><input id="share-link" class="input" readonly .value=${this.manualShareLink} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} /></div>`
        : nothing}
      ${this.manualCopyText
        ? html`<div class="field manual-link"><label for="copy-text">${strings.copyByHand}</label><textarea id="copy-text" class="input" rows="6" readonly .value=${this.manualCopyText} @focus=${(event: Event) => (event.target as HTMLTextAreaElement).select()}></textarea></div>`
        : nothing}`;
  }

  private renderSlipCheck(visit: VisitResult, index: number): TemplateResult | typeof nothing {
    const { request, resultRowOfBill } = this.controller.outcome;
    const key = resultRowOfBill[visit.bills[0] ?? -1]?.key;
    if (!request || key === undefined || !this.views) return nothing;
    return this.views.slipCheckView(index, {
      language: this.language,
      request,
      policies: this.controller.catalogue.packs,
      id: `slip-${key}`,
      typed: this.slips.get(key) ?? '',
      onInput: (typed) => (this.slips = new Map(this.slips).set(key, typed)),
    });
  }

  /** The year curve for the latest figures, worked out outside a render (it settles up to a year of visits). */
  private drawCurve(views: ExplainingViews): void {
    this.curves ??= new views.CurveCache();
    const { request, result } = this.controller.outcome;
    if (request && result) this.curves.draw(request, result, this.controller.catalogue.packs);
  }

  /**
   * The first frame holds the top of the form (down to the account) and the headline figures, which
   * the summary bar shows on a phone's first screen; the bills, the policy card, the toolbar and the
   * rest of the results (below the fold on a phone) come in the task after it is painted, and the
   * views that explain them when the second file has come.
   */
  private explainLater(): boolean {
    if (this.explainDrawn) return false;
    this.laterWanted = true;
    return true;
  }

  private renderCurve(result: EstimateResult, stale: boolean): TemplateResult | typeof nothing {
    // Drawn for the request that produced the result, so a stale result keeps its own picture.
    const request = this.controller.outcome.request;
    const { views, curves } = this;
    if (!views || !curves) return nothing;
    let picture = request ? curves.cached(request, result, this.controller.catalogue.packs) : null;
    if (picture === undefined) {
      // Worked out after this frame is painted; meanwhile the last picture of the same policy stays.
      this.laterWanted = true;
      picture = this.lastCurve?.region === result.region ? views.CurveCache.picture(this.lastCurve, result) : null;
    }
    this.lastCurve = picture?.curve ?? null;
    if (!request || !picture) return nothing;
    const prior = request.priorUsage;
    // One object or one per year: any amount above zero in any of them.
    const priorUsed = [prior ?? []].flat().some((entry) => [entry.fundPaid, entry.deductiblePaid, entry.visits].some((value) => value !== undefined && Number(value) > 0));
    return views.yearCurveView(picture.curve, picture.marks, { strings: this.strings, language: this.language, priorUsed, level: this.level + 1, stale });
  }

  private renderComparison(): TemplateResult | typeof nothing {
    const { result, request } = this.controller.outcome;
    const views = this.views;
    if (!views) return nothing;
    const { regions, current } = this.comparisons.rowsFor(result!, request ?? this.request, this.controller.catalogue.packs, views.compareRegions);
    return views.compareView(regions, this.controller.outcome.pack?.id ?? '', this.strings, this.language, this.level + 1, !current);
  }

  private renderPolicyCard(light: boolean): TemplateResult | typeof nothing {
    const { outcome, catalogue } = this.controller;
    const pack = packForCard(outcome.pack, catalogue.versions, outcome.result);
    // Below the fold on a phone: not in the first frame.
    if (!pack || light) return nothing;
    const terms = this.views ? this.views.policyCardTerms(pack, this.language) : nothing;
    return policyCardView(pack, this.language, terms);
  }

  /** The inputs that change the figures, for the printout: status, policy, earlier use, the account. */
  private printedInputs(policyName: string): string {
    const { strings, language } = this;
    const { model } = this.controller;
    const money = (amount: string) => formatMoney(amount.trim() || '0', language);
    const lines = [strings.printedOn(todayIso()), strings.printInputs(model.retired ? strings.retired : strings.inService, policyName)];
    const request = this.controller.outcome.request;
    // One line per year given; a figure left out stays out (the engine may have inferred it, and says so).
    const firstYear = request?.visits[0]?.date.slice(0, 4) ?? '';
    for (const prior of request?.priorUsage ? ([] as PriorUsage[]).concat(request.priorUsage) : []) {
      const deductible = prior.deductiblePaid === undefined ? null : money(String(prior.deductiblePaid));
      lines.push(strings.printPrior(String(prior.year ?? firstYear), money(String(prior.fundPaid ?? '0')), deductible, prior.visits === undefined ? null : String(prior.visits)));
    }
    if (request?.account) lines.push(strings.printAccount(money(String(request.account.balance)), money(String(request.account.monthlyCredit ?? '0'))));
    return lines.join(language === 'en' ? '; ' : '；');
  }

  private renderReport(pack: PolicyPack, result: EstimateResult | null): TemplateResult | typeof nothing {
    if (!this.views) return nothing;
    return this.views.reportView(pack, result, {
      strings: this.strings,
      language: this.language,
      base: this.reportUrl.trim() || pack.officialUrl || '',
      withFigures: this.reportFigures,
      onFigures: (on) => (this.reportFigures = on),
    });
  }

  private renderDisclaimer(pack: PolicyPack): TemplateResult {
    const strings = this.strings;
    const { from, to } = pack.effective.value;
    const period = to ? strings.periodFromTo(from, to) : strings.periodFrom(from);
    return html`<p class="disclaimer" part="disclaimer">${strings.disclaimer(pack.document.title[this.language], pack.document.number, period)}</p>`;
  }
}

const styleInDocument = stylesInEveryDocument(() => ReimbursementEstimator.elementStyles);

/** How long `updateComplete` waits for the drop-in's second file before it resolves without its views. */
const SECOND_FILE_WAIT_MS = 10000;

declare global {
  interface HTMLElementTagNameMap {
    'reimbursement-estimator': ReimbursementEstimator;
  }
}

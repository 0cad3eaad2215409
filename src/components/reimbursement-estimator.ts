import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ENROLLMENTS,
  EstimateInputError,
  compareRegions,
  LEVELS,
  OUT_OF_AREA,
  PolicyPackError,
  estimate as runEstimate,
  policyFeatures,
  resolvePolicies,
  type EstimateRequest,
  type EstimateResult,
  type InputIssue,
  type Language,
  type PolicyFeatures,
  type PolicyPack,
} from '../rules/index.js';
import { capMeterView } from './estimator/cap-meter.js';
import { compareView } from './estimator/compare-view.js';
import { CurveCache } from './estimator/curve-for-result.js';
import { checkboxField, selectField, textField, type FieldView } from './estimator/field.js';
import { blankRow, fieldId, fromRequest, isBlank, toRequest, type FormModel, type VisitRow } from './estimator/form-model.js';
import { resultsView } from './estimator/results-view.js';
import { requestFromFragment, shareFragment } from './estimator/share-link.js';
import { estimateAsText } from './estimator/summary-text.js';
import { STRINGS, formatMoney, languageOf, type Strings } from './estimator/strings.js';
import { styles } from './estimator/styles.js';
import { todayIso } from './estimator/today.js';
import { yearCurveView } from './estimator/year-curve-view.js';

interface Outcome {
  /** The newest result for valid input, kept (and marked stale) while the input is invalid. */
  readonly result: EstimateResult | null;
  readonly issues: readonly InputIssue[];
  readonly rowOfBill: readonly VisitRow[];
  readonly packError: PolicyPackError | null;
}

const ANNOUNCE_DELAY_MS = 600;

/**
 * Estimates what the employee medical insurance outpatient pool (职工医保 普通门诊统筹) pays for a
 * ledger of visits, and explains every figure with the clause of the policy that produced it.
 *
 * @summary An outpatient reimbursement estimator for Chinese employee medical insurance.
 * @tagname reimbursement-estimator
 *
 * @attr region - The policy to use ('kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang', or a custom pack id). When set, the policy is fixed and its selector hidden.
 * @attr lang - 'zh-CN' (default) or 'en'.
 * @attr retired - Present when the person is retired (the starting value of the form's choice).
 * @attr date - The date new visit rows start with, as YYYY-MM-DD (default: today).
 * @attr size - 'large' for the elder-friendly mode (适老化): larger text, taller targets.
 * @attr size-toggle - Present to show a "large text" switch to the reader.
 * @attr theme - 'high-contrast' for black on white with 7:1 contrast throughout.
 * @attr share - Present to offer a share link; the inputs travel only in the URL fragment.
 * @attr compare - Present to show the same visits under every built-in policy (otherwise a button offers it).
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
 * @csspart curve - The year curve: the drawing and the table of its bends.
 * @csspart timeline - The year visit by visit.
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
  static override styles = styles;

  /** The policy; when set by the host, the selector is hidden. */
  @property({ reflect: true }) region = '';

  /** 'zh-CN' (default) or 'en'. */
  @property({ reflect: true }) override lang = '';

  /** Whether the person is retired (starting value). */
  @property({ type: Boolean }) retired = false;

  /** Default date for new visit rows (YYYY-MM-DD); today when empty. */
  @property() date = '';

  /** 'large' for the elder-friendly mode. */
  @property({ reflect: true }) size: '' | 'large' = '';

  /** Shows a switch the reader can use to turn large text on and off. */
  @property({ type: Boolean, attribute: 'size-toggle' }) sizeToggle = false;

  /** 'high-contrast' for a black-on-white theme. */
  @property({ reflect: true }) theme: '' | 'high-contrast' = '';

  /** Offers a share link that keeps the inputs in the URL fragment, and restores them from it. */
  @property({ type: Boolean }) share = false;

  /** Shows the comparison of every policy for the same visits. */
  @property({ type: Boolean, reflect: true }) compare = false;

  /** Extra rule packs supplied by the host (plain objects of the pack schema). */
  @property({ attribute: false }) policies: readonly unknown[] = [];

  @state() private model: FormModel = fromRequest({ region: '', retired: false, visits: [] }, todayIso());
  @state() private touched = new Set<string>();
  @state() private openVisits = new Set<number>();
  @state() private announcement = '';

  private outcome: Outcome = { result: null, issues: [], rowOfBill: [], packError: null };
  private lastFired = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterRender: string | null = null;
  private catalogue: ReadonlyMap<string, PolicyPack> = new Map();
  private curves = new CurveCache();
  private lastGoodRequest: EstimateRequest | null = null;

  /** The estimate request the form currently describes, as `estimate()` takes it. */
  get request(): EstimateRequest {
    return toRequest(this.model, this.features).request;
  }

  set request(value: EstimateRequest) {
    this.model = fromRequest(value, this.defaultDate);
    this.touched = new Set(['*']);
  }

  /** The latest estimate for valid input, or null before there is one. Read-only. */
  get estimate(): EstimateResult | null {
    return this.outcome.result;
  }

  private get language(): Language {
    return languageOf(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  private get strings(): Strings {
    return STRINGS[this.language];
  }

  private get defaultDate(): string {
    return this.date || todayIso();
  }

  private get pack(): PolicyPack | undefined {
    return this.catalogue.get(this.model.region);
  }

  private get features(): PolicyFeatures {
    const pack = this.pack;
    return pack
      ? policyFeatures(pack)
      : { enrollment: false, pharmacy: 'none', outOfArea: false, inpatientStay: false, annualDeductible: false, firstVisitDeductible: false };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.model = { ...this.model, retired: this.retired, rows: this.model.rows.map((row) => ({ ...row, date: row.date || this.defaultDate })) };
    const shared = this.hasAttribute('share') ? requestFromFragment(globalThis.location?.hash ?? '') : null;
    if (shared) this.request = shared;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('policies') || this.catalogue.size === 0) this.loadPolicies();
    if (changed.has('retired') && changed.get('retired') !== undefined) this.model = { ...this.model, retired: this.retired };
    if (changed.has('date') && this.date) {
      this.model = { ...this.model, rows: this.model.rows.map((row) => (isBlank(row) ? { ...row, date: this.date } : row)) };
    }
    const wanted = this.region || this.model.region;
    const region = this.catalogue.has(wanted) ? wanted : (this.catalogue.keys().next().value ?? '');
    if (region !== this.model.region) this.model = { ...this.model, region };
    if (changed.has('model') || changed.has('policies') || changed.has('region')) this.recompute();
  }

  private loadPolicies(): void {
    try {
      this.catalogue = resolvePolicies(this.policies);
      this.outcome = { ...this.outcome, packError: null };
    } catch (error) {
      if (!(error instanceof PolicyPackError)) throw error;
      this.catalogue = resolvePolicies();
      this.outcome = { ...this.outcome, packError: error };
    }
  }

  /** Works out the estimate for the form as it stands; keeps the last good result when it is invalid. */
  private recompute(): void {
    const { request, rowOfBill } = toRequest(this.model, this.features);
    if (request.visits.length === 0) {
      this.outcome = { result: null, issues: [], rowOfBill, packError: this.outcome.packError };
      return;
    }
    try {
      const result = runEstimate(request, this.policies);
      this.outcome = { result, issues: [], rowOfBill, packError: null };
      this.lastGoodRequest = request;
    } catch (error) {
      if (error instanceof EstimateInputError) {
        this.outcome = { result: this.outcome.result, issues: error.issues, rowOfBill, packError: this.outcome.packError };
      } else if (error instanceof PolicyPackError) {
        this.outcome = { result: null, issues: [], rowOfBill, packError: error };
      } else {
        throw error;
      }
    }
  }

  protected override updated(): void {
    const result = this.outcome.result;
    if (result && this.outcome.issues.length === 0) {
      const serialised = JSON.stringify(result);
      if (serialised !== this.lastFired) {
        this.lastFired = serialised;
        this.dispatchEvent(new CustomEvent<EstimateResult>('estimate-change', { detail: result, bubbles: true, composed: true }));
        this.scheduleAnnouncement();
      }
    }
    if (this.focusAfterRender) {
      const id = this.focusAfterRender;
      this.focusAfterRender = null;
      // After this update has finished: moving focus fires focusout, which may update state again.
      queueMicrotask(() => (this.renderRoot as ShadowRoot).getElementById(id)?.focus());
    }
  }

  /** Tells screen readers the new figures once typing pauses, not at every keystroke. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const result = this.outcome.result;
      if (!result) return;
      const money = (amount: string) => formatMoney(amount, this.language);
      this.announcement = this.strings.announce(money(result.totals.fund), money(result.totals.selfPay), money(result.capRemaining));
    }, ANNOUNCE_DELAY_MS);
  }

  // ——— events ———

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name;
    if (!name) return;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    const rowKey = Number(target.closest<HTMLElement>('[data-row]')?.dataset.row);
    if (!Number.isNaN(rowKey) && target.closest('[data-row]')) {
      this.model = { ...this.model, rows: this.model.rows.map((row) => (row.key === rowKey ? { ...row, [name]: value } : row)) };
    } else if (name.startsWith('prior.')) {
      this.model = { ...this.model, prior: { ...this.model.prior, [name.slice(6)]: String(value) } };
    } else if (name === 'retired') {
      this.model = { ...this.model, retired: value === 'retired' };
    } else {
      this.model = { ...this.model, [name]: value };
    }
    if (event.type === 'change') this.touch(target.id);
  }

  /** A field shows its error once the person has left it; leaving a cost shows the whole row's. */
  private onFocusOut(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    if (!target.id) return;
    const row = target.closest<HTMLElement>('[data-row]');
    if (row && target.id.endsWith('-cost')) {
      this.touch(...Array.from(row.querySelectorAll<HTMLElement>('[id^="visit-"]'), (element) => element.id));
    } else {
      this.touch(target.id);
    }
  }

  private touch(...ids: string[]): void {
    if (ids.every((id) => this.touched.has(id))) return;
    this.touched = new Set([...this.touched, ...ids]);
  }

  /** Enter in a field: show every problem and move to the summary, as GOV.UK forms do on submit. */
  private onKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'checkbox' || target.type === 'radio') return;
    event.preventDefault();
    this.touched = new Set(['*']);
    if (this.outcome.issues.length > 0) this.focusAfterRender = 'error-summary';
  }

  private addVisit(): void {
    const last = this.model.rows[this.model.rows.length - 1];
    const row = blankRow(last?.date || this.defaultDate);
    this.model = { ...this.model, rows: [...this.model.rows, row] };
    this.focusAfterRender = `visit-${row.key}-date`;
    this.announcement = this.strings.visitAdded(this.model.rows.length);
  }

  private removeVisit(key: number): void {
    const index = this.model.rows.findIndex((row) => row.key === key);
    const rows = this.model.rows.filter((row) => row.key !== key);
    this.model = { ...this.model, rows: rows.length > 0 ? rows : [blankRow(this.defaultDate)] };
    const next = this.model.rows[Math.min(index, this.model.rows.length - 1)];
    this.focusAfterRender = index < rows.length && next ? `visit-${next.key}-date` : 'add-visit';
    this.announcement = this.strings.visitRemoved(index + 1);
  }

  private onSummaryClick(event: Event): void {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    const id = link.getAttribute('href')?.slice(1) ?? '';
    const field = (this.renderRoot as ShadowRoot).getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  private async copyText(): Promise<void> {
    const result = this.outcome.result;
    if (!result) return;
    this.announcement = (await this.writeClipboard(estimateAsText(result, this.strings, this.language, todayIso()))) ? this.strings.copied : this.strings.copyFailed;
  }

  private async copyShareLink(): Promise<void> {
    const fragment = shareFragment(this.request);
    history.replaceState(history.state, '', fragment);
    this.announcement = (await this.writeClipboard(location.href)) ? this.strings.shareCopied : this.strings.copyFailed;
  }

  private async writeClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private toggleSize(): void {
    this.size = this.size === 'large' ? '' : 'large';
  }

  private toggleVisit = (index: number, open: boolean): void => {
    if (open === this.openVisits.has(index)) return;
    const next = new Set(this.openVisits);
    if (open) next.add(index);
    else next.delete(index);
    this.openVisits = next;
  };

  // ——— rendering ———

  /** Issues to show: those on fields the person has left, or all after Enter or a host-set request. */
  private visibleIssues(): Array<InputIssue & { id: string }> {
    const all = this.touched.has('*');
    return this.outcome.issues
      .map((issue) => ({ ...issue, id: fieldId(issue.path, this.outcome.rowOfBill) }))
      .filter((issue) => all || this.touched.has(issue.id));
  }

  private view(id: string, label: string, errors: ReadonlyMap<string, string>, hint?: string): FieldView {
    const error = errors.get(id);
    return { id, label, errorPrefix: this.language === 'en' ? 'Error: ' : '错误：', ...(hint ? { hint } : {}), ...(error ? { error } : {}) };
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const language = this.language;
    const issues = this.visibleIssues();
    const errors = new Map(issues.map((issue) => [issue.id, issue.fieldMessage[language]] as const));
    const pack = this.pack;
    return html`<section class="base" part="base" lang=${language} aria-labelledby="title">
      <div class="heading">
        <h2 id="title">${strings.title}</h2>
        ${this.sizeToggle
          ? html`<button type="button" class="button button--secondary size-toggle" part="button" aria-pressed=${this.size === 'large' ? 'true' : 'false'} @click=${this.toggleSize}>
              ${strings.largeText}
            </button>`
          : nothing}
      </div>
      <p class="intro">${strings.intro}</p>
      ${pack ? html`<p class="print-only">${strings.printedOn(todayIso())}${language === 'en' ? '; ' : '；'}${strings.printInputs(this.model.retired ? strings.retired : strings.inService, pack.name[language])}</p>` : nothing}
      ${this.outcome.packError ? this.renderPackError(this.outcome.packError) : nothing}
      ${issues.length > 0 ? this.renderErrorSummary(issues) : nothing}
      <form part="form" novalidate @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut} @keydown=${this.onKeyDown} @submit=${(event: Event) => event.preventDefault()}>
        ${this.renderPerson(errors)} ${this.renderPrior(errors)} ${this.renderLedger(errors)}
      </form>
      <section class="results" part="results" aria-labelledby="results-title">
        <h3 id="results-title">${strings.resultsTitle}</h3>
        ${this.outcome.result ? this.renderToolbar() : nothing}
        ${this.outcome.result
          ? resultsView(this.outcome.result, {
              language,
              strings,
              stale: this.outcome.issues.length > 0,
              openVisits: this.openVisits,
              onToggle: this.toggleVisit,
              curve: this.renderCurve(this.outcome.result),
            })
          : html`<p class="empty">${strings.emptyResults}</p>`}
      </section>
      <div id="compare-section">${this.compare && this.outcome.result && this.outcome.issues.length === 0 ? this.renderComparison() : nothing}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${pack ? this.renderDisclaimer(pack) : nothing}
    </section>`;
  }

  private renderToolbar(): TemplateResult {
    const strings = this.strings;
    const lastYear = this.outcome.result?.years[this.outcome.result.years.length - 1];
    return html`${lastYear ? capMeterView(lastYear, strings, this.language) : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" class="button button--secondary" part="button" @click=${this.copyText}>${strings.copyText}</button>
        <button type="button" class="button button--secondary" part="button" @click=${() => print()}>${strings.printButton}</button>
        ${this.share ? html`<button type="button" class="button button--secondary" part="button" @click=${this.copyShareLink}>${strings.shareLink}</button>` : nothing}
        <button type="button" class="button button--secondary" part="button" aria-expanded=${this.compare ? 'true' : 'false'} aria-controls="compare-section" @click=${() => (this.compare = !this.compare)}>
          ${strings.compareButton}
        </button>
      </div>`;
  }

  private renderCurve(result: EstimateResult): TemplateResult | typeof nothing {
    // Drawn for the request that produced the result, so a stale result keeps its own picture.
    const request = this.lastGoodRequest;
    const picture = request ? this.curves.pictureFor(request, result, this.policies) : null;
    if (!request || !picture) return nothing;
    const prior = request.priorUsage;
    const priorUsed = Boolean(prior && Object.values(prior).some((value) => value !== undefined && Number(value) > 0));
    return yearCurveView(picture.curve, picture.marks, { strings: this.strings, language: this.language, priorUsed });
  }

  private renderComparison(): TemplateResult {
    return compareView(compareRegions(this.request, this.policies), this.model.region, this.strings, this.language);
  }

  private renderPackError(error: PolicyPackError): TemplateResult {
    return html`<div class="pack-error" role="alert">
      <p><strong>${this.strings.packError}</strong> ${error.packId ?? ''}</p>
      <ul>
        ${error.issues.map((issue) => html`<li><code>${issue.path.join('.')}</code> ${issue.message[this.language]}</li>`)}
      </ul>
    </div>`;
  }

  private renderErrorSummary(issues: ReadonlyArray<InputIssue & { id: string }>): TemplateResult {
    return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${this.strings.errorSummaryTitle}</h3>
      <ul @click=${this.onSummaryClick}>
        ${issues.map((issue) => html`<li><a href="#${issue.id}">${issue.message[this.language]}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderPerson(errors: ReadonlyMap<string, string>): TemplateResult {
    const strings = this.strings;
    const model = this.model;
    const policyOptions = [...this.catalogue.values()].map((pack) => [pack.id, pack.name[this.language]] as const);
    return html`<fieldset>
      <legend>${strings.personLegend}</legend>
      ${this.region ? nothing : selectField(this.view('region', strings.policyLabel, errors, strings.policyHint), model.region, policyOptions, 'region')}
      <fieldset class="field">
        <legend class="label">${strings.statusLegend}</legend>
        <div class="radios">
          <label class="radio"><input type="radio" name="retired" value="in-service" .checked=${!model.retired} /> ${strings.inService}</label>
          <label class="radio"><input type="radio" name="retired" value="retired" .checked=${model.retired} /> ${strings.retired}</label>
        </div>
      </fieldset>
      ${model.retired
        ? textField(this.view('retiredOn', strings.retiredOnLabel, errors, strings.retiredOnHint), model.retiredOn, { type: 'date', name: 'retiredOn', width: 'narrow' })
        : nothing}
      ${this.features.enrollment
        ? selectField(
            this.view('enrollment', strings.enrollmentLabel, errors),
            model.enrollment,
            ENROLLMENTS.map((value) => [value, strings.enrollment[value]] as const),
            'enrollment',
          )
        : nothing}
    </fieldset>`;
  }

  private renderPrior(errors: ReadonlyMap<string, string>): TemplateResult {
    const strings = this.strings;
    const prior = this.model.prior;
    const features = this.features;
    const hasError = [...errors.keys()].some((id) => id.startsWith('prior-'));
    const started = Object.values(prior).some((value) => value.trim() !== '');
    return html`<details class="prior" ?open=${hasError || started}>
      <summary>${strings.priorSummary}</summary>
      <p class="hint">${strings.priorHint}</p>
      ${textField(this.view('prior-fundPaid', strings.fundPaidLabel, errors), prior.fundPaid, { inputmode: 'decimal', name: 'prior.fundPaid', width: 'narrow' })}
      ${features.annualDeductible
        ? textField(this.view('prior-deductiblePaid', strings.deductiblePaidLabel, errors), prior.deductiblePaid, { inputmode: 'decimal', name: 'prior.deductiblePaid', width: 'narrow' })
        : nothing}
      ${features.firstVisitDeductible
        ? textField(this.view('prior-visits', strings.visitsSoFarLabel, errors), prior.visits, { inputmode: 'numeric', name: 'prior.visits', width: 'narrow' })
        : nothing}
    </details>`;
  }

  private renderLedger(errors: ReadonlyMap<string, string>): TemplateResult {
    const strings = this.strings;
    return html`<fieldset>
      <legend>${strings.ledgerLegend}</legend>
      <p class="hint">${strings.ledgerHint}</p>
      ${errors.has('visits') ? html`<p class="error-message" id="visits">${errors.get('visits')}</p>` : nothing}
      <ol class="ledger">
        ${repeat(this.model.rows, (row) => row.key, (row, index) => this.renderRow(row, index, errors))}
      </ol>
      <button type="button" class="button button--secondary" part="button" id="add-visit" @click=${this.addVisit}>${strings.addVisit}</button>
    </fieldset>`;
  }

  private renderRow(row: VisitRow, index: number, errors: ReadonlyMap<string, string>): TemplateResult {
    const strings = this.strings;
    const features = this.features;
    const id = (field: string) => `visit-${row.key}-${field}`;
    const facilities = (['level1', 'level2', 'level3', 'unrated', 'pharmacy'] as const).filter((facility) => facility !== 'pharmacy' || features.pharmacy !== 'none');
    return html`<li class="visit" data-row=${row.key}>
      <fieldset>
        <legend>${strings.visitLegend(index + 1)}</legend>
        <div class="visit-fields">
          ${textField(this.view(id('date'), strings.dateLabel, errors), row.date, { type: 'date', name: 'date' })}
          ${selectField(
            this.view(id('facility'), strings.facilityLabel, errors),
            row.facility,
            [['', strings.facilityChoose], ...facilities.map((facility) => [facility, strings.facility[facility]] as const)],
            'facility',
          )}
          ${row.facility === 'pharmacy' && features.pharmacy === 'prescriber'
            ? selectField(
                this.view(id('prescribedBy'), strings.prescribedByLabel, errors),
                row.prescribedBy,
                [['', strings.facilityChoose], ...LEVELS.map((level) => [level, strings.level[level]] as const)],
                'prescribedBy',
              )
            : nothing}
          ${textField(this.view(id('cost'), strings.costLabel, errors, strings.costHint), row.cost, { inputmode: 'decimal', name: 'cost' })}
          ${textField(this.view(id('institution'), strings.institutionLabel, errors), row.institution, { name: 'institution', autocomplete: 'off' })}
          ${features.outOfArea
            ? selectField(
                this.view(id('outOfArea'), strings.outOfAreaLabel, errors),
                row.outOfArea,
                OUT_OF_AREA.map((value) => [value, strings.outOfArea[value]] as const),
                'outOfArea',
              )
            : nothing}
          ${features.inpatientStay ? checkboxField(this.view(id('duringInpatientStay'), strings.inpatientLabel, errors), row.duringInpatientStay, 'duringInpatientStay') : nothing}
        </div>
        <p class="visit-actions">
          <button type="button" class="button button--secondary" part="button" @click=${() => this.removeVisit(row.key)}>${strings.removeVisit(index + 1)}</button>
        </p>
      </fieldset>
    </li>`;
  }

  private renderDisclaimer(pack: PolicyPack): TemplateResult {
    const strings = this.strings;
    const { from, to } = pack.effective.value;
    const period = to ? strings.periodFromTo(from, to) : strings.periodFrom(from);
    return html`<p class="disclaimer" part="disclaimer">${strings.disclaimer(pack.document.title[this.language], pack.document.number, period)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reimbursement-estimator': ReimbursementEstimator;
  }
}

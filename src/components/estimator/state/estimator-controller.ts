import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import {
  EstimateInputError,
  FullChecksNotLoaded,
  createEstimator,
  ledgerFeatures,
  policyFeatures,
  versionOn,
  type EstimateRequest,
  type EstimateResult,
  type InputIssue,
  type Language,
  type LocalizedText,
  type PolicyFeatures,
  type PolicyPack,
} from '../../../rules/core.js';
import { blankRow, hasPrior, isBlank, ledgerYears, noPrior, toRequest, type FormModel, type VisitRow } from './form-model.js';
import { loadHostPacks, type HostCatalogue } from '../host/host-packs.js';
import { emptyModel, readRequest } from '../host/host-request.js';
import { hostText } from '../host/host-text.js';
import { matchRegion } from '../host/region-match.js';
import { readFragment } from '../host/share-link.js';
import { STRINGS, formatMoney } from '../i18n/strings.js';

/** What the element shows for the form as it stands. */
export interface Outcome {
  /** The newest result for valid input under the policy asked for; kept, marked stale, while the input is invalid. */
  readonly result: EstimateResult | null;
  /** The request that produced `result`. */
  readonly request: EstimateRequest | null;
  readonly issues: readonly InputIssue[];
  /** For each bill in the request, the form row it came from (rows are numbered by their place on the form). */
  readonly rowOfBill: readonly VisitRow[];
  /** The same for the request that produced `result`. */
  readonly resultRowOfBill: readonly VisitRow[];
  /** The pack of the policy asked for, or null when the region names none. */
  readonly pack: PolicyPack | null;
  /** When the request's earlier use is a list, the year of each entry (for the issues' field ids). */
  readonly priorYears?: readonly string[];
  /**
   * The input waits for the full checks (a request the quick check did not pass, or the host's
   * packs, before the drop-in's second file has come): no figures for it and no problem said yet.
   */
  readonly checking?: boolean;
}

/** The host properties the controller reads: attributes are starting values, `request` replaces. */
export interface EstimatorHost extends ReactiveControllerHost, HTMLElement {
  region: string;
  retired: boolean;
  date: string;
  share: boolean;
  policies: unknown;
}

const ANNOUNCE_DELAY_MS = 600;
const NO_FEATURES: PolicyFeatures = {
  enrollment: false,
  pharmacy: 'none',
  outOfArea: false,
  inpatientStay: false,
  annualDeductible: false,
  firstVisitDeductible: false,
  accountAgeBands: false,
  pharmacyLabel: null,
};

function both<T extends unknown[]>(phrase: (strings: (typeof STRINGS)['en'], ...args: T) => string, ...args: T): LocalizedText {
  return { 'zh-CN': phrase(STRINGS['zh-CN'], ...args), en: phrase(STRINGS.en, ...args) };
}

function regionIssue(code: 'REQUIRED' | 'UNKNOWN_REGION', message: LocalizedText): InputIssue {
  return { path: ['region'], code, message, fieldMessage: message };
}

/**
 * The one owner of the element's state. Host attributes, host properties, the share link and the
 * person's edits feed one form model, with one precedence: attributes and a share link are
 * starting values; once the person has changed a choice, their choice wins; a host `request`
 * replaces the model; re-connecting the element re-reads nothing. Data then flows one way:
 * model → request → engine → outcome → views (the element renders the outcome).
 */
export class EstimatorController implements ReactiveController {
  model: FormModel;
  /** Field ids whose problems are shown ('*': all of them, after Enter or a host-set request). */
  touched: ReadonlySet<string> = new Set();
  /** The "already used this year" section: opened by the person or by what is in it, closed only by the person. */
  priorOpen = false;
  /** Sentences about host data or a share link that could not be read. */
  notices: readonly LocalizedText[] = [];
  outcome: Outcome = { result: null, request: null, issues: [], rowOfBill: [], resultRowOfBill: [], pack: null };
  catalogue: HostCatalogue = loadHostPacks(undefined);
  /** What the polite live region says. */
  announcement = '';
  /** Said before the figures of the same update (a visit removed, a pasted slip filled in). */
  private leadIn = '';

  private started = false;
  private synced = false;
  private retiredChosen = false;
  private dirty = true;
  private catalogueVersion = 0;
  /** The result last announced by `estimate-change` (the estimator returns the same object when nothing changed). */
  private fired: EstimateResult | null = null;
  private firedVersion = 0;
  /** Re-settles only from the first visit an edit changed. */
  private readonly estimator = createEstimator();
  private saidStale = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private anchorToShow: string | null = null;
  /** Settles once the full checks have come (or failed to) and the outcome has been worked out with them. */
  checking: Promise<void> | null = null;

  constructor(
    private readonly host: EstimatorHost,
    private readonly context: {
      language(): Language;
      defaultDate(): string;
      /** Loads the full checks (the drop-in's second file), which install themselves; a failed load installs ones that refuse. */
      loadFullChecks(): Promise<unknown>;
    },
  ) {
    this.model = emptyModel('', false, context.defaultDate());
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
  }

  /** The policy asked for: the host's `region` attribute when set, else the form's choice. */
  get askedRegion(): string {
    const asked = hostText(this.host.region);
    return asked.trim() ? asked : this.model.region;
  }

  get pack(): PolicyPack | null {
    const id = matchRegion(this.askedRegion, this.catalogue.catalogue.keys());
    return id ? (this.catalogue.catalogue.get(id) ?? null) : null;
  }

  /**
   * The inputs the form asks for: those of every version the rows' dates fall in (a host version
   * from next year must not hide what an older-dated visit uses), or of the current version.
   */
  get features(): PolicyFeatures {
    const pack = this.pack;
    if (!pack) return NO_FEATURES;
    const cached = this.featuresFor;
    if (cached && cached.rows === this.model.rows && cached.pack === pack && cached.catalogue === this.catalogue) return cached.features;
    const versions = this.catalogue.versions.get(pack.id) ?? [pack];
    const used = new Set<PolicyPack>();
    for (const date of new Set(this.model.rows.map((row) => row.date))) {
      const version = versionOn(versions, date);
      if (version) used.add(version);
    }
    const features = used.size > 0 ? ledgerFeatures([...used]) : policyFeatures(pack);
    this.featuresFor = { rows: this.model.rows, pack, catalogue: this.catalogue, features };
    return features;
  }

  /** The features last worked out, for the rows, policy and catalogue they were worked out for. */
  private featuresFor: { rows: readonly VisitRow[]; pack: PolicyPack; catalogue: HostCatalogue; features: PolicyFeatures } | undefined;

  /** The request the form describes, under the policy's own id when the region names one. */
  get request(): EstimateRequest {
    const region = this.pack?.id ?? this.askedRegion.trim();
    return toRequest({ ...this.model, region }, this.features).request;
  }

  // ——— from the host ———

  /** Called from the element's willUpdate with what changed. */
  sync(changed: PropertyValues): void {
    const first = !this.synced;
    this.synced = true;
    if (first && !this.started) this.start();
    if (first || changed.has('policies')) {
      this.catalogue = loadHostPacks(this.host.policies);
      this.catalogueVersion += 1;
      this.dirty = true;
    }
    if (!first && changed.has('retired') && !this.retiredChosen) this.setModel({ ...this.model, retired: Boolean(this.host.retired) });
    const hostDate = hostText(this.host.date);
    if (!first && changed.has('date') && hostDate) {
      this.setModel({ ...this.model, rows: this.model.rows.map((row) => (isBlank(row) ? { ...row, date: hostDate } : row)) });
    }
    if (changed.has('region')) this.dirty = true;
    if (this.dirty) this.recompute();
  }

  /** First values: the attributes, then a share link in the address, if the host allows one. */
  private start(): void {
    this.started = true;
    const date = this.context.defaultDate();
    this.model = emptyModel('', Boolean(this.host.retired), date);
    if (!this.host.share) return;
    const shared = readFragment(globalThis.location?.hash ?? '');
    if (shared.kind === 'unreadable') {
      this.notices = [both((s) => (shared.reason === 'too-large' ? s.shareTooLarge : s.shareUnreadable))];
    } else if (shared.kind === 'request') {
      const read = readRequest(shared.value, { region: '', retired: Boolean(this.host.retired), date });
      this.model = read.model;
      this.notices = read.problems;
      this.touched = new Set(['*']);
      this.priorOpen = hasPrior(read.model);
      this.anchorToShow = shared.anchor;
    }
  }

  /** A host-set `request`: replaces the form; anything unreadable in it is said, never thrown. */
  setRequest(value: unknown): void {
    this.started = true;
    this.retiredChosen = true;
    const read = readRequest(value, { region: this.model.region, retired: this.model.retired, date: this.context.defaultDate() });
    this.notices = read.problems;
    this.touched = new Set(['*']);
    if (hasPrior(read.model)) this.priorOpen = true;
    this.setModel(read.model);
  }

  // ——— from the person ———

  editRow(key: number, name: string, value: string | boolean): void {
    // The "my slip prints the in-scope cost" box switches how the row's amount is entered.
    const change: Partial<VisitRow> = name === 'entry' ? { entry: value ? 'cost' : 'receipt' } : { [name]: value };
    this.setModel({ ...this.model, rows: this.model.rows.map((row) => (row.key === key ? { ...row, ...change } : row)) });
  }

  /**
   * Several of a row's fields at once (a pasted slip the person confirmed). `said` is announced at
   * once and again in front of the new figures, which would otherwise replace it before it is read.
   */
  fillRow(key: number, change: Partial<Omit<VisitRow, 'key'>>, said = ''): void {
    this.setModel({ ...this.model, rows: this.model.rows.map((row) => (row.key === key ? { ...row, ...change } : row)) });
    if (said) this.say(said);
  }

  editAccount(name: string, value: string): void {
    this.setModel({ ...this.model, account: { ...this.model.account, [name]: value } });
  }

  /** `name` is 'fundPaid' (the first ledger year) or '2025.fundPaid'. */
  editPrior(name: string, value: string): void {
    this.priorOpen = true;
    const [year, field] = name.includes('.') ? name.split('.') : [ledgerYears(this.model)[0] ?? '', name];
    if (!year || !field) return;
    const prior = { ...(this.model.prior[year] ?? noPrior()), [field]: value };
    this.setModel({ ...this.model, prior: { ...this.model.prior, [year]: prior } });
  }

  chooseRetired(retired: boolean): void {
    this.retiredChosen = true;
    this.setModel({ ...this.model, retired });
  }

  editField(name: 'region' | 'retiredOn' | 'enrollment', value: string): void {
    this.setModel({ ...this.model, [name]: value });
  }

  setPriorOpen(open: boolean): void {
    if (open === this.priorOpen) return;
    this.priorOpen = open;
    this.host.requestUpdate();
  }

  addRow(): VisitRow {
    const last = this.model.rows[this.model.rows.length - 1];
    const row = blankRow(last?.date || this.context.defaultDate());
    this.setModel({ ...this.model, rows: [...this.model.rows, row] });
    return row;
  }

  /** Removes a row; returns the row now in its place (or null when it was the last). */
  removeRow(key: number): { index: number; next: VisitRow | null } {
    const index = this.model.rows.findIndex((row) => row.key === key);
    const rows = this.model.rows.filter((row) => row.key !== key);
    this.setModel({ ...this.model, rows: rows.length > 0 ? rows : [blankRow(this.context.defaultDate())] });
    return { index, next: index < rows.length ? (this.model.rows[index] ?? null) : null };
  }

  touch(...ids: string[]): void {
    if (ids.every((id) => this.touched.has(id))) return;
    this.touched = new Set([...this.touched, ...ids]);
    this.host.requestUpdate();
  }

  touchAll(): void {
    this.touch('*');
  }

  /**
   * Said at once, and again in front of the figures this change brings (announced a moment later,
   * they would otherwise replace it before a screen reader had read it: "已删除第 2 次就诊").
   */
  say(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = text;
    this.leadIn = text;
    this.host.requestUpdate();
  }

  private setModel(model: FormModel): void {
    this.model = model;
    this.dirty = true;
    this.host.requestUpdate();
  }

  // ——— model → request → engine → outcome ———

  /** Works out the estimate for the form as it stands, under the policy asked for and no other. */
  private recompute(): void {
    this.dirty = false;
    const asked = this.askedRegion;
    const pack = this.pack;
    const { request, rowOfBill, priorYears } = toRequest({ ...this.model, region: pack?.id ?? asked.trim() }, this.features);
    if (this.catalogue.checking) {
      // The region may be one of the host's packs: nothing is said about it until they are checked.
      this.waitForChecks({ result: null, request: null, issues: [], rowOfBill, resultRowOfBill: [], pack: null });
      return;
    }
    if (!pack) {
      const valid = [...this.catalogue.catalogue.values()].map((known) => ({ id: known.id, name: known.name }));
      const issues = asked.trim()
        ? [regionIssue('UNKNOWN_REGION', both((s) => s.regionUnknown(asked.trim(), valid)))]
        : request.visits.length > 0
          ? [regionIssue('REQUIRED', both((s) => s.regionRequired))]
          : [];
      this.outcome = { result: null, request: null, issues, rowOfBill, resultRowOfBill: [], pack: null };
      return;
    }
    if (request.visits.length === 0) {
      this.outcome = { result: null, request: null, issues: [], rowOfBill, resultRowOfBill: [], pack };
      return;
    }
    // A result kept while the input is invalid must be one worked out under this same policy.
    const previous = this.outcome.result?.region === pack.id ? this.outcome : null;
    try {
      const result = this.estimator.estimate(request, this.catalogue.packs as PolicyPack[]);
      this.outcome = { result, request, issues: [], rowOfBill, resultRowOfBill: rowOfBill, pack };
    } catch (error) {
      if (error instanceof FullChecksNotLoaded) {
        this.waitForChecks({ result: previous?.result ?? null, request: previous?.request ?? null, issues: [], rowOfBill, resultRowOfBill: previous?.resultRowOfBill ?? [], pack });
        return;
      }
      if (!(error instanceof EstimateInputError)) throw error;
      this.outcome = {
        result: previous?.result ?? null,
        request: previous?.request ?? null,
        issues: error.issues,
        rowOfBill,
        resultRowOfBill: previous?.resultRowOfBill ?? [],
        pack,
        priorYears,
      };
    }
  }

  /** Shows `outcome` as checking, and works it out again once the full checks are here (the host's packs first, if they waited). */
  private waitForChecks(outcome: Omit<Outcome, 'checking'>): void {
    this.outcome = { ...outcome, checking: true };
    this.checking ??= this.context
      .loadFullChecks()
      .catch(() => undefined)
      .then(() => {
        if (this.catalogue.checking) {
          this.catalogue = loadHostPacks(this.host.policies);
          this.catalogueVersion += 1;
        }
        this.dirty = true;
        this.checking = null;
        // The element's updateComplete, which waited for this, then waits for the update asked for here.
        this.host.requestUpdate();
      });
  }

  // ——— after each render: the event and what screen readers hear ———

  hostUpdated(): void {
    const { result, issues, request } = this.outcome;
    // What was said belongs to this update only: never in front of a later, unrelated change.
    const leadIn = this.leadIn;
    this.leadIn = '';
    if (result && request && issues.length === 0) {
      this.saidStale = false;
      // The estimator hands back the same result object while the request and the policies
      // stay the same, so a changed result is a different object: no need to serialise it.
      if (result !== this.fired || this.catalogueVersion !== this.firedVersion) {
        this.fired = result;
        this.firedVersion = this.catalogueVersion;
        this.host.dispatchEvent(new CustomEvent<EstimateResult>('estimate-change', { detail: result, bubbles: true, composed: true }));
        this.announceLater(() => {
          const money = (amount: string) => formatMoney(amount, this.context.language());
          // With an account, the cash part too: the same words and amounts as the headline.
          const cash = result.visits.some((visit) => visit.accountBalance !== null) ? money(result.totals.cashPay) : null;
          const figures = STRINGS[this.context.language()].announce(money(result.totals.fund), money(result.totals.personalBurden), money(result.capRemaining), cash);
          return leadIn ? `${leadIn} ${figures}` : figures;
        });
      }
    } else if (issues.length > 0 && !this.saidStale) {
      // Never the figures of a half-typed value: the pending announcement is dropped, and when
      // figures are on screen the reader hears that they no longer match the form.
      this.saidStale = true;
      this.fired = null;
      clearTimeout(this.announceTimer);
      if (result) this.announceLater(() => STRINGS[this.context.language()].staleAnnounced);
    }
    if (this.anchorToShow) {
      const anchor = this.anchorToShow;
      this.anchorToShow = null;
      globalThis.document?.getElementById(anchor)?.scrollIntoView();
    }
  }

  private announceLater(text: () => string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text();
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }
}

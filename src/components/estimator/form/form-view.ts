import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ENROLLMENTS, LEVELS, OUT_OF_AREA, type Language, type PolicyFeatures, type PolicyPack } from '../../../rules/core.js';
import { accountFields } from './account-fields.js';
import { checkboxField, selectField, textField, type FieldView } from '../shared/field.js';
import { ledgerYears, noPrior, priorFieldId, priorYears, sameDayRows, type FormModel, type VisitRow } from '../state/form-model.js';
import { isLong, windowOf } from '../state/long-ledger.js';
import { pasteSlipView, type PasteContext, type PastedSlip } from './paste-slip.js';
import { receiptFields, whereToFind } from './receipt-fields.js';
import type { Strings } from '../i18n/strings.js';
import { termHelp } from '../i18n/term-help.js';
import { windowToggle } from '../shared/window-toggle.js';

/** What the form needs to draw itself; events come back through the callbacks. */
export interface FormContext {
  readonly strings: Strings;
  readonly language: Language;
  readonly model: FormModel;
  readonly features: PolicyFeatures;
  /** The policy asked for, when known (for the account's hint). */
  readonly pack?: PolicyPack | null;
  /** The error to show next to each field, by field id. */
  readonly errors: ReadonlyMap<string, string>;
  /** Null when the host fixed the policy (the selector is hidden). */
  readonly regionOptions: ReadonlyArray<readonly [string, string]> | null;
  /** The policy id the selector shows ('' for "choose"). */
  readonly regionValue: string;
  readonly priorOpen: boolean;
  /** By year, the deductible the estimate took as met from the fund already paid (as money text). */
  readonly inferredDeductible?: ReadonlyMap<string, string>;
  /** "Where is this on my receipt?" is open (its drawing is drawn only then). */
  readonly whereOpen?: boolean;
  readonly onWhereToggle?: (open: boolean) => void;
  readonly onPriorToggle: (open: boolean) => void;
  readonly onAdd: () => void;
  readonly onRemove: (key: number) => void;
  /** A long ledger shows its latest rows unless the person asked for all of them. */
  readonly showAllRows: boolean;
  readonly onShowAllRows: () => void;
  /** Each row's pasted slip text and what was read from it; reading and filling go back to the element. */
  readonly pastes?: ReadonlyMap<number, PastedSlip>;
  readonly onPasteRead?: (key: number, text: string) => void;
  readonly onPasteFill?: (key: number) => void;
  /** What a paste disclosure holds, and what it says instead when that cannot load (see paste-slip.ts). */
  readonly pasteBody?: PasteContext['body'];
  readonly pasteUnavailable?: string | undefined;
  /**
   * The first frame: the form's top only (what a phone shows above the fold). The bills, and what a
   * closed disclosure holds, come in the task after it is painted (issue 19: on a slow phone's first
   * visit, two rows of bills with their date fields took about 390 ms of the first frame).
   */
  readonly firstFrame?: boolean;
}

function view(context: FormContext, id: string, label: string, hint?: string): FieldView {
  const error = context.errors.get(id);
  const help = termHelp(id, context.language);
  return { id, label, errorPrefix: context.language === 'en' ? 'Error: ' : '错误：', ...(help ? { help } : {}), ...(hint ? { hint } : {}), ...(error ? { error } : {}) };
}

function personView(context: FormContext): TemplateResult {
  const { strings, model, features } = context;
  return html`<fieldset>
    <legend>${strings.personLegend}</legend>
    ${context.regionOptions
      ? selectField(view(context, 'region', strings.policyLabel, strings.policyHint), context.regionValue, [['', strings.regionChoose], ...context.regionOptions], 'region')
      : nothing}
    <fieldset class="field">
      <legend class="label">${strings.statusLegend}</legend>
      <div class="radios">
        <label class="radio"><input type="radio" name="retired" value="in-service" .checked=${!model.retired} /> ${strings.inService}</label>
        <label class="radio"><input type="radio" name="retired" value="retired" .checked=${model.retired} /> ${strings.retired}</label>
      </div>
    </fieldset>
    ${model.retired
      ? textField(view(context, 'retiredOn', strings.retiredOnLabel, strings.retiredOnHint), model.retiredOn, { type: 'date', name: 'retiredOn', width: 'narrow' })
      : nothing}
    ${features.enrollment
      ? selectField(
          view(context, 'enrollment', strings.enrollmentLabel),
          model.enrollment,
          ENROLLMENTS.map((value) => [value, strings.enrollment[value]] as const),
          'enrollment',
        )
      : nothing}
  </fieldset>`;
}

/** One year's earlier-use fields; with more than one year, each in a group named by its year. */
function priorYearView(context: FormContext, year: string, ledger: readonly string[], several: boolean): TemplateResult {
  const { strings, model, features } = context;
  const prior = model.prior[year] ?? noPrior();
  const id = (field: string) => priorFieldId(year, field, ledger[0]);
  const label = (field: 'fundPaid' | 'deductiblePaid' | 'visits', single: string) => (several ? strings.priorYearLabels[field] : single);
  // The deductible the engine took as met, beside the field left empty, for the person to check.
  const inferred = prior.deductiblePaid.trim() ? undefined : context.inferredDeductible?.get(year);
  const deductibleHint = inferred ? strings.deductiblePaidHint + strings.deductibleInferred(inferred) : strings.deductiblePaidHint;
  const fields = html`${textField(view(context, id('fundPaid'), label('fundPaid', strings.fundPaidLabel), strings.fundPaidHint), prior.fundPaid, { inputmode: 'decimal', name: `prior.${year}.fundPaid`, width: 'narrow' })}
    ${features.annualDeductible
      ? textField(view(context, id('deductiblePaid'), label('deductiblePaid', strings.deductiblePaidLabel), deductibleHint), prior.deductiblePaid, {
          inputmode: 'decimal',
          name: `prior.${year}.deductiblePaid`,
          width: 'narrow',
        })
      : nothing}
    ${features.firstVisitDeductible
      ? textField(view(context, id('visits'), label('visits', strings.visitsSoFarLabel), strings.visitsSoFarHint), prior.visits, { inputmode: 'numeric', name: `prior.${year}.visits`, width: 'narrow' })
      : nothing}`;
  if (!several) return fields;
  return html`<fieldset class="prior-year">
    <legend>${strings.priorYearLegend(year)}</legend>
    ${ledger.includes(year) ? nothing : html`<p class="hint">${strings.priorYearUnused(year)}</p>`} ${fields}
  </fieldset>`;
}

/** Opens for the person or for what is in it, and closes only when the person closes it. */
function priorView(context: FormContext): TemplateResult {
  const { strings, model } = context;
  const hasError = [...context.errors.keys()].some((id) => id.startsWith('prior-'));
  const years = priorYears(model);
  const ledger = ledgerYears(model);
  const open = context.priorOpen || hasError;
  return html`<details class="prior" ?open=${open} @toggle=${(event: Event) => context.onPriorToggle((event.currentTarget as HTMLDetailsElement).open)}>
    <summary>${strings.priorSummary}</summary>
    ${open || !context.firstFrame
      ? html`<p class="hint">${strings.priorHint}</p>
          ${years.map((year) => priorYearView(context, year, ledger, years.length > 1))}`
      : nothing}
  </details>`;
}

/** Says that the row is taken as the same hospital as an earlier one, with the way to say it was not. */
function sameDayView(context: FormContext, row: VisitRow, sameAs: number | undefined): TemplateResult | typeof nothing {
  const separate = row.separateVisit && !row.institution.trim();
  if (sameAs === undefined && !separate) return nothing;
  const { strings } = context;
  const id = `visit-${row.key}-separateVisit`;
  return html`<div class="same-day">
    ${sameAs !== undefined && !separate ? html`<p class="hint" id="${id}-said">${strings.sameDayMerged(sameAs)}</p>` : nothing}
    ${checkboxField(view(context, id, strings.separateVisitLabel(sameAs ?? 1)), row.separateVisit, 'separateVisit')}
  </div>`;
}

function rowView(context: FormContext, row: VisitRow, index: number, sameAs?: number): TemplateResult {
  const { strings, features } = context;
  const id = (field: string) => `visit-${row.key}-${field}`;
  const facilities = (['level1', 'level2', 'level3', 'unrated', 'pharmacy'] as const).filter((facility) => facility !== 'pharmacy' || features.pharmacy !== 'none');
  return html`<li class="visit" data-row=${row.key}>
    <fieldset>
      <legend>${strings.visitLegend(index + 1)}</legend>
      <div class="visit-fields">
        ${textField(view(context, id('date'), strings.dateLabel), row.date, { type: 'date', name: 'date' })}
        ${selectField(
          view(context, id('facility'), strings.facilityLabel),
          row.facility,
          // The policy's own words for its pharmacy choice (Xuzhou 二（一）1: only A级 pharmacies are covered).
          [['', strings.facilityChoose], ...facilities.map((facility) => [facility, facility === 'pharmacy' && features.pharmacyLabel ? features.pharmacyLabel[context.language] : strings.facility[facility]] as const)],
          'facility',
        )}
        ${row.facility === 'pharmacy' && features.pharmacy === 'prescriber'
          ? selectField(
              view(context, id('prescribedBy'), strings.prescribedByLabel),
              row.prescribedBy,
              [['', strings.facilityChoose], ...LEVELS.map((level) => [level, strings.level[level]] as const)],
              'prescribedBy',
            )
          : nothing}
        ${receiptFields(
          row,
          context.language,
          (fieldId, label, hint) => view(context, fieldId, label, hint),
          textField(view(context, id('cost'), strings.costLabel, strings.costHint), row.cost, { inputmode: 'decimal', name: 'cost' }),
        )}
        ${context.onPasteRead
          ? pasteSlipView(row.key, {
              language: context.language,
              pasted: context.pastes?.get(row.key),
              onRead: (text) => context.onPasteRead?.(row.key, text),
              body: context.pasteBody,
              unavailable: context.pasteUnavailable,
              onFill: () => context.onPasteFill?.(row.key),
            })
          : nothing}
        ${textField(view(context, id('institution'), strings.institutionLabel), row.institution, { name: 'institution', autocomplete: 'off' })}
        ${features.outOfArea
          ? selectField(
              view(context, id('outOfArea'), strings.outOfAreaLabel),
              row.outOfArea,
              // The policy's own words for its choices (Heilongjiang art. 8: emergencies keep home terms).
              OUT_OF_AREA.map((value) => [value, value !== 'none' && features.outOfAreaChoices ? features.outOfAreaChoices[value][context.language] : strings.outOfArea[value]] as const),
              'outOfArea',
            )
          : nothing}
        ${features.inpatientStay ? checkboxField(view(context, id('duringInpatientStay'), strings.inpatientLabel), row.duringInpatientStay, 'duringInpatientStay') : nothing}
      </div>
      ${sameDayView(context, row, sameAs)}
      <p class="visit-actions">
        <button type="button" class="button button--secondary" part="button" @click=${() => context.onRemove(row.key)}>${strings.removeVisit(index + 1)}</button>
      </p>
    </fieldset>
  </li>`;
}

function ledgerView(context: FormContext): TemplateResult {
  const { strings } = context;
  const rows = context.model.rows;
  // The errors shown on each row, as one string: what the row's drawing depends on besides the row.
  const errorsByRow = new Map<string, string>();
  for (const [id, text] of context.errors) {
    const key = /^visit-(\d+)-/.exec(id)?.[1];
    if (key !== undefined) errorsByRow.set(key, `${errorsByRow.get(key) ?? ''}${id}\u0000${text}\u0000`);
  }
  const rowErrors = (row: VisitRow) => errorsByRow.get(String(row.key)) ?? '';
  const sameDay = sameDayRows(rows);
  return html`<fieldset>
    <legend>${strings.ledgerLegend}</legend>
    <p class="hint">${strings.ledgerHint}</p>
    ${whereToFind(context.language, context.whereOpen ?? false, (open) => context.onWhereToggle?.(open))}
    ${context.errors.has('visits') ? html`<p class="error-message" id="visits" tabindex="-1">${context.errors.get('visits')}</p>` : nothing}
    ${isLong(rows.length) ? windowToggle(strings, rows.length, context.showAllRows, 'ledger', context.onShowAllRows) : nothing}
    <ol class="ledger" id="ledger">
      ${repeat(
        windowOf(rows.length, context.showAllRows, (index) => rowErrors(rows[index]!) !== ''),
        (index) => rows[index]!.key,
        (index) => {
          const row = rows[index]!;
          // Keyed and guarded: a row is drawn again only when it, its place or its errors change.
          const sameAs = sameDay.get(row.key);
          return guard([row, index, context.strings, context.features, rowErrors(row), sameAs, context.pastes?.get(row.key), context.pasteBody, context.pasteUnavailable], () =>
            rowView(context, row, index, sameAs),
          );
        },
      )}
    </ol>
    <button type="button" class="button button--secondary" part="button" id="add-visit" @click=${context.onAdd}>${strings.addVisit}</button>
  </fieldset>`;
}

/** The three parts of the form: the person, what was already used this year, and the visits. */
export function formFields(context: FormContext): TemplateResult {
  const account = accountFields(context.model, context.pack ?? null, context.language, (fieldId, label, hint) => view(context, fieldId, label, hint));
  return html`${personView(context)} ${priorView(context)} ${account} ${context.firstFrame ? nothing : ledgerView(context)}`;
}

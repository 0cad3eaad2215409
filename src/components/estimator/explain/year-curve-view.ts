import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { isClause, type CurveBend, type Language, type YearCurve } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import { formatAxisMoney, formatMoney, formatPercent, type Strings } from '../i18n/strings.js';
import { EXPLAINING_STRINGS } from '../i18n/explaining-strings.js';

/** A point of the person's own ledger: spending and fund share so far that year. */
export interface LedgerMark {
  readonly spending: number;
  readonly fund: number;
}

export interface CurveContext {
  readonly strings: Strings;
  readonly language: Language;
  /** The person entered earlier use this year, which the curve (drawn from 1 January) leaves out. */
  readonly priorUsed: boolean;
  readonly level: number;
  /** Drawn from a result that no longer matches the form. */
  readonly stale: boolean;
}

// The drawing's vertical layout, in em so it grows with the text (large mode) and never shrinks
// its labels on a narrow column. Across, everything is a percentage of the width.
const TOP_EM = 3.6;
const BOTTOM_EM = 2.2;

interface Corner {
  readonly x: number;
  readonly fund: number;
  readonly self: number;
}

interface NumberedBend {
  readonly bend: CurveBend;
  readonly number: number;
}

/** 1, 2 or 5 times a power of ten: steps a reader can add up in their head. */
function niceStep(range: number, steps: number): number {
  const rough = range / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power) || 1;
}

function ticks(max: number, steps: number): number[] {
  const step = niceStep(max, steps);
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => index * step);
}

/** The curve up to `x`, ending exactly there (read between the corners around it). */
function cutAt(corners: readonly Corner[], x: number): Corner[] {
  const kept = corners.filter((corner) => corner.x <= x);
  const last = kept[kept.length - 1];
  const next = corners[kept.length];
  if (last && next && last.x < x) {
    const along = (x - last.x) / (next.x - last.x);
    const fund = last.fund + (next.fund - last.fund) * along;
    kept.push({ x, fund, self: x - fund });
  }
  return kept;
}

/** One drawing: the two running totals from 0 to `xMax`, numbered bends, and the person's marks. */
function plot(corners: readonly Corner[], bends: readonly NumberedBend[], marks: readonly LedgerMark[], xMax: number, heightEm: number, language: Language): TemplateResult {
  const plotTop = (TOP_EM / heightEm) * 100;
  const plotHeight = ((heightEm - TOP_EM - BOTTOM_EM) / heightEm) * 100;
  // Ticks stop at or below the top, so the highest figure sets the scale.
  const yMax = Math.max(...corners.map((corner) => Math.max(corner.fund, corner.self)), 1);
  const yTicks = ticks(yMax, 5);
  const xTicks = ticks(xMax, 4);
  // Positions: inside the plot as 0..1000 units (stretched), outside as percentages of the figure.
  const unitX = (x: number) => (x / xMax) * 1000;
  const unitY = (y: number) => 1000 - (y / yMax) * 1000;
  const shareX = (x: number) => (x / xMax) * 100;
  const pctX = (x: number) => `${shareX(x).toFixed(2)}%`;
  const pctY = (y: number) => `${(plotTop + plotHeight * (1 - y / yMax)).toFixed(2)}%`;
  const path = (values: readonly { x: number; y: number }[]) => values.map((p, i) => `${i === 0 ? 'M' : 'L'}${unitX(p.x).toFixed(2)} ${unitY(p.y).toFixed(2)}`).join('');
  // The person's visits as round dots: zero-length strokes with round caps, one path for a whole
  // year of visits (a circle each would cost hundreds of elements to update on every keystroke).
  const dots = marks.map((mark) => `M${unitX(mark.spending).toFixed(2)} ${unitY(mark.fund).toFixed(2)}h0`).join('');
  // The money labels sit in a gutter of their own, left of the plot, so no bend line or curve
  // ever crosses them (the ¥0 label used to sit on the first dot).
  return html`<div class="plot-frame">
    <svg class="y-axis" height="${heightEm}em" width="100%" aria-hidden="true" focusable="false">
      ${yTicks.map((tick) => svg`<text class="tick" x="100%" dx="-0.4em" y=${pctY(tick)} dy="0.35em" text-anchor="end">${formatAxisMoney(tick, language)}</text>`)}
    </svg>
    <svg class="curve-drawing" height="${heightEm}em" width="100%" aria-hidden="true" focusable="false">
      ${yTicks.map((tick) => svg`<line class="grid" x1="0" x2="100%" y1=${pctY(tick)} y2=${pctY(tick)}></line>`)}
      ${xTicks.map(
        (tick, index) => svg`<text class="tick ${index % 2 === 1 ? 'tick--minor' : ''}" x=${pctX(tick)} y="100%" dy="-0.5em"
          text-anchor=${index === 0 ? 'start' : tick / xMax > 0.9 ? 'end' : 'middle'}>${formatAxisMoney(tick, language)}</text>`,
      )}
      <svg x="0" y="${plotTop}%" width="100%" height="${plotHeight}%" viewBox="0 0 1000 1000" preserveAspectRatio="none" overflow="visible">
        ${svg`<path class="line line--self" d=${path(corners.map((c) => ({ x: c.x, y: c.self })))}></path>
          <path class="line line--fund" d=${path(corners.map((c) => ({ x: c.x, y: c.fund })))}></path>`}
        ${marks.length > 0 ? svg`<path class="marks" d=${dots}></path><path class="marks-hole" d=${dots}></path>` : nothing}
      </svg>
      ${bendMarkers(bends, shareX, pctY)}
    </svg>
  </div>`;
}

/**
 * The year curve: the fund's and the person's running totals against the year's spending, with the
 * bends the engine found (deductible, per-visit cap, annual cap) numbered on the drawing and told
 * in a table beside it. Where terms apply per visit, a first drawing shows one visit, since those
 * bends are too close to zero to see on the year's scale. The drawings are decoration for sighted
 * readers; the caption and the table carry the same facts for everyone, so the drawings are
 * hidden from assistive technology.
 */
export function yearCurveView(curve: YearCurve, marks: readonly LedgerMark[], context: CurveContext): TemplateResult {
  const { strings, language } = context;
  const words = EXPLAINING_STRINGS[language];
  const money = (amount: string) => formatMoney(amount, language);
  const corners: Corner[] = curve.points.map((corner) => ({ x: Number(corner.spending), fund: Number(corner.fund), self: Number(corner.selfPay) }));
  const numbered = curve.bends.map((bend, index) => ({ bend, number: index + 1 }));
  const perVisit = (bend: CurveBend) => bend.code === 'PER_VISIT_CAP' || (bend.code === 'DEDUCTIBLE_MET' && curve.annualDeductible === null);
  const visitBends = numbered.filter(({ bend }) => perVisit(bend));
  const yearBends = numbered.filter(({ bend }) => !perVisit(bend));
  const visitCost = Number(curve.visitCost);
  const xMax = Math.max(corners[corners.length - 1]?.x ?? 0, ...marks.map((mark) => mark.spending)) || 1;
  const key = (kind: string) => svg`<svg class="key" viewBox="0 0 24 8">${kind === 'mark' ? svg`<path class="marks" d="M12 4h0"></path><path class="marks-hole" d="M12 4h0"></path>` : svg`<line class="line line--${kind}" x1="0" y1="4" x2="24" y2="4"></line>`}</svg>`;

  const title = html`${words.curveTitle}${context.stale ? html` <span class="stale-tag">${strings.staleTag}</span>` : nothing}`;
  return html`<figure class="curve ${context.stale ? 'is-stale' : ''}" part="curve" aria-labelledby="curve-title">
    ${heading(context.level, title, { id: 'curve-title' })}
    <p class="curve-basis">${words.curveBasis(strings.facility[curve.facility], money(curve.visitCost))}${context.priorUsed ? ` ${words.curvePriorIgnored}` : ''}</p>
    <p class="curve-legend" aria-hidden="true">
      <span>${key('fund')}${words.curveFund}</span>
      <span>${key('self')}${words.curveSelf}</span>
      ${marks.length > 0 ? html`<span>${key('mark')}${words.curveYours}</span>` : nothing}
    </p>
    ${visitBends.length > 0
      ? html`<p class="curve-subtitle" aria-hidden="true">${words.curveOneVisit}</p>
          ${plot(cutAt(corners, visitCost), visitBends, [], visitCost || 1, 14, language)}
          <p class="curve-subtitle" aria-hidden="true">${words.curveWholeYear}</p>`
      : nothing}
    ${plot(corners, yearBends, marks, xMax, 19, language)}
    ${bendTable(curve, context, perVisit)}
  </figure>`;
}

/** Numbered badges above the plot, each with a dotted drop line to where the curve bends. */
function bendMarkers(bends: readonly NumberedBend[], shareX: (x: number) => number, pctY: (y: number) => string): SVGTemplateResult[] {
  let lastShare = Number.NEGATIVE_INFINITY;
  let row = 0;
  return bends.map(({ bend, number }) => {
    const share = shareX(Number(bend.spending));
    // Badges closer than a badge's width share no row: the second drops to the next one.
    row = share - lastShare < 9 ? 1 - row : 0;
    lastShare = share;
    const x = `${share.toFixed(2)}%`;
    const badgeY = row === 0 ? '1.1em' : '2.5em';
    return svg`<line class="drop" x1=${x} x2=${x} y1=${badgeY} y2=${pctY(Number(bend.fund))}></line>
      <circle class="badge-dot" cx=${x} cy=${badgeY} r="0.7em"></circle>
      <text class="badge-number" x=${x} y=${badgeY} dy="0.35em" text-anchor="middle">${number}</text>`;
  });
}

/**
 * The same facts as the drawing: each bend, where it falls, what it means, and its clause. Bends
 * of one visit (a per-visit deductible or cap) are told against that visit's cost, the others
 * against the year's spending, each in a table of its own.
 */
function bendTable(curve: YearCurve, context: CurveContext, perVisit: (bend: CurveBend) => boolean): TemplateResult {
  const { language } = context;
  const words = EXPLAINING_STRINGS[language];
  const money = (amount: string) => formatMoney(amount, language);
  const numbered = curve.bends.map((bend, index) => ({ bend, number: index + 1 }));
  const visitBends = numbered.filter(({ bend }) => perVisit(bend));
  const yearBends = numbered.filter(({ bend }) => !perVisit(bend));
  return html`${visitBends.length > 0 ? bendRows(curve, visitBends, words.curveVisitFactsCaption, 'withinVisit', context) : nothing}
    ${yearBends.length > 0 ? bendRows(curve, yearBends, words.curveFactsCaption, 'spending', context) : nothing}
    ${curve.capReached
      ? nothing
      : html`<p class="curve-note">
          ${words.curveCapNotReached(curve.visits, money(curve.visitCost), money(curve.points[curve.points.length - 1]?.fund ?? '0.00'), money(curve.annualCap))}
        </p>`}`;
}

function bendRows(curve: YearCurve, bends: readonly NumberedBend[], caption: string, where: 'withinVisit' | 'spending', { strings, language }: CurveContext): TemplateResult {
  const words = EXPLAINING_STRINGS[language];
  const money = (amount: string) => formatMoney(amount, language);
  const columns = words.curveColumns;
  const perVisit = curve.annualDeductible === null;
  const clauses = (bend: CurveBend) =>
    bend.sources.map((source) => (isClause(source) ? source.article[language] : strings.sourceReading)).join(language === 'en' ? ', ' : '\u3001');
  return html`<table class="curve-facts">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${columns.bend}</th>
        <th scope="col">${columns[where]}</th>
        <th scope="col">${columns.meaning}</th>
        <th scope="col">${columns.source}</th>
      </tr>
    </thead>
    <tbody>
      ${bends.map(
        ({ bend, number }) => html`<tr>
          <th scope="row" data-label=${columns.bend}><span class="badge-key" aria-hidden="true">${number}</span> ${words.bendNames[bend.code]}</th>
          <td data-label=${columns[where]}>${money(bend[where])}</td>
          <td data-label=${columns.meaning}>
            ${words.bendMeaning(bend.code, { value: money(bend.value), ratio: formatPercent(curve.ratio, language), withinVisit: money(bend.withinVisit), perVisit })}
          </td>
          <td data-label=${columns.source}>${clauses(bend)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

import './lit-warnings.js';
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/standalone.js';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import type { EstimateResult } from '../../src/rules/index.js';

export { expect, fixture, fixtureSync, html, oneEvent, sendKeys };
export type { ReimbursementEstimator };

export async function estimator(template: ReturnType<typeof html>): Promise<ReimbursementEstimator> {
  const element = await fixture<ReimbursementEstimator>(template);
  await element.updateComplete;
  return element;
}

export function shadow(element: ReimbursementEstimator): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

export function byId<T extends HTMLElement = HTMLInputElement>(element: ReimbursementEstimator, id: string): T {
  const found = shadow(element).getElementById(id);
  if (!found) throw new Error(`no #${id} in the widget`);
  return found as T;
}

/** The key of the n-th ledger row (1-based), from its markup. */
export function rowKey(element: ReimbursementEstimator, n: number): string {
  const row = shadow(element).querySelectorAll<HTMLElement>('[data-row]')[n - 1];
  if (!row) throw new Error(`no visit row ${n}`);
  return row.dataset.row as string;
}

export function rowField<T extends HTMLElement = HTMLInputElement>(element: ReimbursementEstimator, n: number, field: string): T {
  return byId<T>(element, `visit-${rowKey(element, n)}-${field}`);
}

/** Focuses a field and types into it with real key presses. */
export async function typeInto(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/** Sets a select or date the way a person's choice would (input and change events). */
export function choose(field: HTMLSelectElement | HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export async function settled(element: ReimbursementEstimator): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

export function headline(element: ReimbursementEstimator): string[] {
  return Array.from(shadow(element).querySelectorAll('.headline dd'), (dd) => dd.textContent?.trim() ?? '');
}

export function nextEstimate(element: ReimbursementEstimator): Promise<CustomEvent<EstimateResult>> {
  return oneEvent(element, 'estimate-change') as Promise<CustomEvent<EstimateResult>>;
}

/** Every estimate-change detail from now on, in order; typing fires one per keystroke. */
export function recordEstimates(element: ReimbursementEstimator): EstimateResult[] {
  const seen: EstimateResult[] = [];
  element.addEventListener('estimate-change', (event) => seen.push((event as CustomEvent<EstimateResult>).detail));
  return seen;
}

/** What a stand-in IntersectionObserver was asked to watch, and the callback to report on it. */
export interface WatchedTarget {
  readonly callback: IntersectionObserverCallback;
  readonly target: Element;
}

/**
 * Runs `body` with a stand-in IntersectionObserver that reports nothing by itself: a background
 * test tab gets no frames (so the real one never reports), and whether the results are in view
 * depends on the test window's size. The test reports through `watched` what the browser would.
 */
export async function withStandInIntersectionObserver(body: (watched: readonly WatchedTarget[]) => Promise<void>): Promise<void> {
  const watched: WatchedTarget[] = [];
  const Real = window.IntersectionObserver;
  window.IntersectionObserver = class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      watched.push({ callback: this.callback, target });
    }
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
  try {
    await body(watched);
  } finally {
    window.IntersectionObserver = Real;
  }
}

// Loads HTML a web team would paste into a bare page of theirs, served under the strict CSP by the
// test server (web-test-runner.config.mjs, snippetPage), in an iframe of the test page.
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { loadFrame } from '../frame.js';

export interface BarePage {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & { __probe: { violations: string[]; errors: string[] }; customElements: CustomElementRegistry };
  readonly widgets: ReimbursementEstimator[];
  /** Whether the widget's script ran (its element is defined) once the page has loaded. */
  readonly defined: boolean;
}

/**
 * `policy` changes the page's CSP (web-test-runner.config.mjs, snippetCsp): `trustedTypes`, the
 * policy names it allows; `scriptNonce`, the only nonce its scripts may carry.
 */
export async function loadBarePage(snippet: string, css = '', policy: { trustedTypes?: string; scriptNonce?: string } = {}): Promise<BarePage> {
  const query = new URLSearchParams({ snippet });
  if (css) query.set('css', css);
  if (policy.trustedTypes !== undefined) query.set('trusted-types', policy.trustedTypes);
  if (policy.scriptNonce) query.set('script-nonce', policy.scriptNonce);
  const frame = await loadFrame(`/test/fixtures/csp-snippet.html?${query.toString()}`, 1000, 800);
  const win = frame.contentWindow as BarePage['win'];
  const widgets = Array.from(win.document.querySelectorAll('reimbursement-estimator')) as ReimbursementEstimator[];
  const defined = win.customElements.get('reimbursement-estimator') !== undefined;
  if (defined) await Promise.all(widgets.map((widget) => widget.updateComplete));
  return { frame, win, widgets, defined };
}

/** The SRI value of a file as the browser computes it, to check dist/integrity.json independently. */
export async function sriOf(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

export interface Integrity {
  readonly version: string;
  readonly algorithm: string;
  readonly files: Record<string, string>;
}

export async function integrityJson(): Promise<Integrity> {
  return (await fetch('/dist/integrity.json')).json() as Promise<Integrity>;
}

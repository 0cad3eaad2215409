/**
 * Engines without constructable stylesheets (Safari before 16.4) get the widget's styles as <style>
 * elements, which a CSP with `style-src` allows only with the page's nonce. lit puts
 * `globalThis.litNonce` on them; the drop-in script takes it from its own <script nonce>, so a page
 * needs nothing more than the nonce it already gives its scripts. (Module scripts have no
 * `document.currentScript`: a page using the ES build sets `window.litNonce` itself.)
 */
export function adoptScriptNonce(): void {
  const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce;
  if (nonce) (globalThis as { litNonce?: string }).litNonce ??= nonce;
}

/**
 * How the drop-in loads its second file (issue 19) without weakening what a page's policies ask
 * of the first:
 * - the file's name and sha384 are baked into the first file at build (scripts/drop-in-parts.mjs),
 *   so the page's one SRI hash covers both: the second file runs only if its bytes match;
 * - the <script> carries the nonce of the script that loaded the drop-in (CSP `'nonce-…'`);
 * - under Trusted Types its URL comes from a policy named `reimbursement-estimator`, which accepts
 *   only that one URL (a page that enforces Trusted Types lists the name in `trusted-types`).
 * In the library and in tests nothing is baked in and `importModules` is an ordinary `import()`.
 */
declare const __RE_DROP_IN_PART__: { readonly file: string; readonly integrity: string } | undefined;

/** Where the first file came from and its nonce: read while it runs (`currentScript` is null afterwards). */
const loadedFrom = (() => {
  if (typeof __RE_DROP_IN_PART__ === 'undefined' || typeof document === 'undefined') return null;
  const script = document.currentScript as HTMLScriptElement | null;
  // The classic file: its <script>. The ES file (a module has no currentScript): its own URL.
  return { url: script?.src || import.meta.url, nonce: script?.nonce || '' };
})();

export const TRUSTED_TYPES_POLICY = 'reimbursement-estimator';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/** The URL as the page's Trusted Types enforcement accepts it, or as a string where none is enforced. */
function trustedScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy } }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${TRUSTED_TYPES_POLICY}: only its own second file may be loaded`);
          return input;
        },
      }) ?? null;
    } catch {
      // The page's `trusted-types` list leaves this name out: try the plain URL (a page's default
      // policy may accept it); if it is enforced, setting `src` throws and the load fails cleanly.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/**
 * Runs the drop-in's second file, then `importModules` (which the build makes take what that file
 * registered). Rejects when the file cannot be fetched, fails its hash, or a policy blocks it.
 */
export function loadDropInPart<T>(importModules: () => Promise<T>): Promise<T> {
  if (typeof __RE_DROP_IN_PART__ === 'undefined' || !loadedFrom) return importModules();
  const part = __RE_DROP_IN_PART__;
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`reimbursement-estimator: ${part.file} did not load`));
    script.integrity = part.integrity;
    // Cross-origin hosting (a CDN) needs CORS for the hash check, as the first file's SRI does.
    script.crossOrigin = 'anonymous';
    if (loadedFrom.nonce) script.nonce = loadedFrom.nonce;
    try {
      script.src = trustedScriptUrl(new URL(part.file, loadedFrom.url).href);
    } catch (error) {
      reject(error);
      return;
    }
    document.head.append(script);
  }).then(importModules);
}

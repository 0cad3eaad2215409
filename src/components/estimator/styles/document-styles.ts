import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative } from 'lit';

/**
 * Styles a shadow root in whichever document it is in. A constructed stylesheet belongs to the
 * document whose window made it: adopting Lit's sheets in another document's shadow root throws
 * NotAllowedError (an element first connected inside an iframe stayed blank), and an element moved
 * into another document keeps sheets that no longer apply (it lost its styles). So each other
 * document gets its own copies of the sheets, made by its own window, once.
 */
export function stylesInEveryDocument(styles: () => CSSResultOrNative[]): (root: ShadowRoot) => void {
  const copies = new WeakMap<Document, CSSStyleSheet[]>();
  const styledFor = new WeakMap<ShadowRoot, Document>();
  return (root) => {
    const where = root.ownerDocument;
    const before = styledFor.get(root);
    if (before === where) return;
    // Without constructable stylesheets Lit puts <style> elements in the root: they move with it.
    if (before && !supportsAdoptingStyleSheets) return;
    const view = where.defaultView as (Window & typeof globalThis) | null;
    if (where === document || !supportsAdoptingStyleSheets) adoptStyles(root, styles());
    else if (view) root.adoptedStyleSheets = copies.get(where) ?? copiesFor(where, view, styles(), copies);
    else return; // a document without a window (a template's) shows nothing: style it once it is in one
    styledFor.set(root, where);
  };
}

function copiesFor(where: Document, view: Window & typeof globalThis, styles: CSSResultOrNative[], copies: WeakMap<Document, CSSStyleSheet[]>): CSSStyleSheet[] {
  const sheets = styles.map((style) => {
    const sheet = new view.CSSStyleSheet();
    // The element's styles are all css`` results (a CSSStyleSheet given as such has no cssText).
    sheet.replaceSync((style as CSSResult).cssText);
    return sheet;
  });
  copies.set(where, sheets);
  return sheets;
}

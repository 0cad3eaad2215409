import type { Language } from '../../../rules/core.js';
import { languageOf } from '../i18n/strings.js';

/**
 * The language of the page around the element: the nearest ancestor with a `lang` attribute,
 * looking through shadow roots the element may sit in, then the document's. The element's own
 * attribute is read separately and never written, so it cannot find itself here.
 */
export function inheritedLanguage(element: Element): Language {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const found = node.closest('[lang]');
    if (found) return languageOf(found.getAttribute('lang'));
    node = hostOf(node);
  }
  return languageOf(element.ownerDocument?.documentElement.getAttribute('lang'));
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Each widget is a landmark named with its policy ("门诊报销估算（徐州市）"). Two widgets for one
 * policy on one page would share that name, which screen-reader users cannot tell apart, so the
 * later ones in the page's order are numbered ("… 2"). Inside, sections are plain boxes with
 * headings, not landmarks: each widget adds one landmark to the page, however many are on it.
 */
const names = new Map<Element, string>();

export function landmarkName(element: Element, base: string): string {
  const before = names.get(element);
  if (element.isConnected) names.set(element, base);
  else names.delete(element);
  // A widget drawn before an earlier one on the page took the plain name: the others of that name
  // draw again when one joins, so the numbers follow the page's order whichever renders first.
  if (before !== base && element.isConnected) {
    for (const [other, name] of names) if (other !== element && name === base) (other as Element & { requestUpdate?: () => void }).requestUpdate?.();
  }
  let number = 1;
  for (const [other, name] of names) {
    if (!other.isConnected) {
      names.delete(other);
      continue;
    }
    if (other !== element && name === base && other.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) number += 1;
  }
  return number === 1 ? base : `${base} ${number}`;
}

/**
 * A host attribute or property read as text. Removing an attribute gives null, and a framework
 * clearing a bound value sets null or undefined (Vue does both): each reads as empty, never as a
 * TypeError in the middle of a render that would leave the old figures on screen.
 */
export function hostText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

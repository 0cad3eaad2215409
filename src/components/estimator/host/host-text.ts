/**
 * A host attribute or property read as text. Removing an attribute gives null, and a framework
 * clearing a bound value sets null or undefined (Vue does both): each reads as empty, never as a
 * TypeError in the middle of a render that would leave the old figures on screen.
 */
export const hostText = (value: unknown): string => (value == null ? '' : String(value));

/**
 * Old host scripts add enumerable keys to Object.prototype (json.js adds `toJSONString`, others
 * `clone`). zod walks its own tables and every input object with for…in, so such a key breaks
 * building a schema ("Cannot read properties of undefined") and parsing (an "Unknown field
 * “clone”" on every object). While zod works, those keys are made non-enumerable; afterwards they
 * are made enumerable again, as the host left them, so the host's own code sees no change.
 */
function hideInheritedKeys(): string[] {
  const hidden: string[] = [];
  // Object.prototype has no prototype: for…in over it gives exactly its own enumerable keys.
  for (const key in Object.prototype) {
    if (!Object.getOwnPropertyDescriptor(Object.prototype, key)?.configurable) continue;
    Object.defineProperty(Object.prototype, key, { enumerable: false });
    hidden.push(key);
  }
  return hidden;
}

function restore(hidden: readonly string[]): void {
  for (const key of hidden) Object.defineProperty(Object.prototype, key, { enumerable: true });
}

/** Runs a synchronous piece of zod work with the host's inherited keys out of its for…in loops. */
export function withPlainPrototype<T>(work: () => T): T {
  const hidden = hideInheritedKeys();
  try {
    return work();
  } finally {
    restore(hidden);
  }
}

/**
 * For the schemas built when the modules load: keys hidden from now until the current script and
 * its imports have run (one synchronous job, without top-level await), put back in the microtask
 * after it.
 */
export function plainPrototypeWhileLoading(): void {
  const hidden = hideInheritedKeys();
  if (hidden.length > 0) queueMicrotask(() => restore(hidden));
}

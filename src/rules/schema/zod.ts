import * as z from 'zod/mini';
import { plainPrototypeWhileLoading, withPlainPrototype } from './plain-prototype.js';

/**
 * Every schema in the engine comes from here, so the one global zod setting is made
 * before any schema is built: `jitless` stops zod from compiling validators with
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') forbids.
 */
// A key an old host script added to Object.prototype would break every schema built at load.
plainPrototypeWhileLoading();
z.config({ jitless: true });

/** `schema.safeParse`, safe on a page whose scripts added enumerable keys to Object.prototype. */
export function safeParse<Schema extends z.ZodMiniType>(schema: Schema, input: unknown, params?: Parameters<Schema['safeParse']>[1]): ReturnType<Schema['safeParse']> {
  return withPlainPrototype(() => schema.safeParse(input, params) as ReturnType<Schema['safeParse']>);
}

export { z };

/**
 * A schema built on first use, not when the script loads: building zod's schema objects was a
 * large part of the drop-in's start-up on a slow phone, and a page that only estimates valid
 * requests with the built-in packs never needs them (see quick-request.ts).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= withPlainPrototype(build));
}

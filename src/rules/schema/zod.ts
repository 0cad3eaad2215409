import * as z from 'zod/mini';

/**
 * Every schema in the engine comes from here, so the one global zod setting is made
 * before any schema is built: `jitless` stops zod from compiling validators with
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') forbids.
 */
z.config({ jitless: true });

export { z };

/**
 * A schema built on first use, not when the script loads: building zod's schema objects was a
 * large part of the drop-in's start-up on a slow phone, and a page that only estimates valid
 * requests with the built-in packs never needs them (see quick-request.ts).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

import * as z from 'zod/mini';

/**
 * Every schema in the engine comes from here, so the one global zod setting is made
 * before any schema is built: `jitless` stops zod from compiling validators with
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') forbids.
 */
z.config({ jitless: true });

export { z };

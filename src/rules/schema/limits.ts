// Apart from the request's schema (request.ts), so the quick check never loads zod (see engine/full-checks.ts).

/** The most bills one request may list: a daily visit for more than thirteen years. */
export const MAX_BILLS = 5000;
export const MAX_INSTITUTION_LENGTH = 200;

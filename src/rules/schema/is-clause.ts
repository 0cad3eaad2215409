import type { ClauseCitation, Source } from './citation.js';

/** A clause of the document, not this project's reading. Apart from the schema (citation.ts), so showing a source never loads zod. */
export function isClause(source: Source): source is ClauseCitation {
  return 'article' in source;
}

import { z } from './zod.js';
import { LocalizedText } from './common.js';

/**
 * Where a parameter comes from. Either a clause of the document, quoted word for word
 * (as OpenFisca's `reference` and Catala's article headings do), or, where the document
 * is silent, the reading this project chose, said in plain words. There is no third
 * option: a parameter without a source does not load.
 */
export const ClauseCitation = z.strictObject({
  /** The clause as the document numbers it, e.g. 第十条（一） / Art. 10(1). */
  article: LocalizedText,
  /** The sentence the figure comes from, copied from the document. */
  quote: z.string().check(z.minLength(4)),
});

export const Interpretation = z.strictObject({
  /** Why the engine reads a silent policy this way. */
  interpretation: LocalizedText,
});

export const Source = z.union([ClauseCitation, Interpretation]);

export type ClauseCitation = z.infer<typeof ClauseCitation>;
export type Interpretation = z.infer<typeof Interpretation>;
export type Source = z.infer<typeof Source>;

export function isClause(source: Source): source is ClauseCitation {
  return 'article' in source;
}

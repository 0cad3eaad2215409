import { onFirstUse, z } from './zod.js';
import { localizedTextSchema } from './common.js';

/**
 * Where a parameter comes from. Either a clause of the document, quoted word for word
 * (as OpenFisca's `reference` and Catala's article headings do), or, where the document
 * is silent, the reading this project chose, said in plain words. There is no third
 * option: a parameter without a source does not load.
 */
const clauseCitationSchema = onFirstUse(() =>
  z.strictObject({
    /** The clause as the document numbers it, e.g. 第十条（一） / Art. 10(1). */
    article: localizedTextSchema(),
    /** The sentence the figure comes from, copied from the document. */
    quote: z.string().check(z.minLength(4)),
  }),
);

const interpretationSchema = onFirstUse(() =>
  z.strictObject({
    /** Why the engine reads a silent policy this way. */
    interpretation: localizedTextSchema(),
  }),
);

export const sourceSchema = onFirstUse(() => z.union([clauseCitationSchema(), interpretationSchema()]));

export type ClauseCitation = z.infer<ReturnType<typeof clauseCitationSchema>>;
export type Interpretation = z.infer<ReturnType<typeof interpretationSchema>>;
export type Source = z.infer<ReturnType<typeof sourceSchema>>;

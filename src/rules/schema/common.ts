import { onFirstUse, z } from './zod.js';
import { isRealDate } from '../engine/dates.js';
import { LEVELS } from './choices.js';

/** Text in the two languages the widget speaks. */
export const localizedTextSchema = onFirstUse(() =>
  z.strictObject({
    'zh-CN': z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);
export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;
export type Language = keyof LocalizedText;

/** 'YYYY-MM-DD' and a real day. The shape is a pattern so the published JSON Schema carries it. */
export const isoDateSchema = onFirstUse(() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_INVALID', abort: true }),
    z.refine(isRealDate, { error: 'DATE_INVALID' }),
  ),
);

/** A sum of money in a rule pack: plain decimal text, at most two decimals. */
export const moneyTextSchema = onFirstUse(() => z.string().check(z.regex(/^\d+(\.\d{1,2})?$/, { error: 'PACK_MONEY_FORMAT' })));

/** A share between 0 and 1, as text ("0.65"). */
export const ratioTextSchema = onFirstUse(() => z.string().check(z.regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'PACK_RATIO_FORMAT' })));

/** A change in percentage points, as a signed share ("0.05", "-0.10"). */
export const ratioChangeTextSchema = onFirstUse(() => z.string().check(z.regex(/^-?0\.\d+$/, { error: 'PACK_RATIO_FORMAT' })));

export const levelSchema = onFirstUse(() => z.enum(LEVELS));

export { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA, STATUSES } from './choices.js';
export type { Enrollment, Facility, Level, OutOfArea, Status } from './choices.js';

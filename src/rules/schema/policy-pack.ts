import { onFirstUse, z } from './zod.js';
import { sourceSchema } from './citation.js';
import { isoDateSchema, levelSchema, localizedTextSchema, moneyTextSchema, ratioChangeTextSchema, ratioTextSchema } from './common.js';

/**
 * The building blocks a policy is made of. A new city's policy is one more data object of
 * this shape; the engine reads only these fields, so it never needs to know which city it is.
 * Every parameter is `{ value, source }`: the figure and the clause it comes from.
 */

/** Built on first use (see zod.ts): the built-in packs are not validated at run time. */
export const policyPackSchema = onFirstUse(() => {
  const Source = sourceSchema();
  const LocalizedText = localizedTextSchema();
  const MoneyText = moneyTextSchema();
  const RatioText = ratioTextSchema();
  const RatioChangeText = ratioChangeTextSchema();
  const IsoDateSchema = isoDateSchema();
  const LevelSchema = levelSchema();

  const byLevel = <T extends z.ZodMiniType>(item: T) =>
    z.strictObject({ level1: item, level2: item, level3: item });

  const byStatus = <T extends z.ZodMiniType>(item: T) =>
    z.strictObject({ inService: item, retired: item });

  /** A parameter: its value and the source it comes from, both required. */
  const cited = <T extends z.ZodMiniType>(value: T) => z.strictObject({ value, source: Source });

  /** The same with a `kind` tag, for parameters that come in several forms. */
  const citedKind = <K extends string, T extends z.ZodMiniType>(kind: K, value: T) =>
    z.strictObject({ kind: z.literal(kind), value, source: Source });

  const AnnualDeductible = citedKind('annual', byStatus(MoneyText));
  const PerVisitDeductible = z.strictObject({
    kind: z.literal('per-visit'),
    /** The amount for every visit (for Kashgar: every visit after the first of the year). */
    value: byLevel(MoneyText),
    source: Source,
    /** A different amount for the first visit of the calendar year, or null where there is none. */
    firstVisitOfYear: z.nullable(cited(byLevel(MoneyText))),
  });

  const RetireeRatioIncrease = citedKind('increase', RatioChangeText);
  const RetireeRatioTable = citedKind('table', byLevel(RatioText));

  const FlatAnnualCap = citedKind('flat', byStatus(MoneyText));
  const AnnualCapByEnrollment = citedKind(
    'by-enrollment',
    z.strictObject({
      employer: byStatus(MoneyText),
      'individual-1': byStatus(MoneyText),
      'individual-2': byStatus(MoneyText),
    }),
  );

  /** A pharmacy purchase on an outpatient prescription settles on the terms of one fixed level… */
  const PharmacyAsLevel = z.strictObject({
    kind: z.literal('as-level'),
    value: LevelSchema,
    source: Source,
    /** Terms the document does not spell out but the engine assumes (said to the user as a note). */
    assumption: z.nullable(LocalizedText),
    /** The form's words for the choice, where only some pharmacies are covered (Xuzhou 二（一）1: A级). */
    label: z.optional(LocalizedText),
  });
  /** …or on the terms of the level of the institution that wrote the prescription. */
  const PharmacyAsPrescriber = citedKind('prescriber', z.literal('prescribing-institution-level'));

  /** The other out-of-area choice: the ratio moves by some points… */
  const OutOfAreaRatioChange = z.strictObject({
    kind: z.literal('ratio-change'),
    value: RatioChangeText,
    label: LocalizedText,
    source: Source,
  });
  /** …or the fund pays nothing at all. */
  const OutOfAreaNotCovered = z.strictObject({ kind: z.literal('not-covered'), label: LocalizedText, source: Source });

  return z.strictObject({
    /** Optional: where an editor finds the JSON Schema (policy-pack.schema.json); ignored by the engine. */
    $schema: z.optional(z.string()),
    /** The key a request names in `region`. Lower case, digits and hyphens. */
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, { error: 'PACK_ID_FORMAT' })),
    name: LocalizedText,
    document: z.strictObject({
      title: LocalizedText,
      /** The document number, e.g. 徐政规〔2022〕8号. */
      number: z.string().check(z.minLength(3)),
      /** Optional, for the author's records: nothing shows it (the built-in packs name it in a comment, not in the shipped file). */
      issuer: z.optional(LocalizedText),
    }),
    /** The days the policy is in force; `to: null` while no end is set. */
    effective: cited(z.strictObject({ from: IsoDateSchema, to: z.nullable(IsoDateSchema) })),
    /** The day this pack was last read against its document. */
    lastChecked: IsoDateSchema,
    /** Optional: the official page of the policy, shown on the policy card. */
    officialUrl: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/, { error: 'PACK_URL_FORMAT' }))),
    /** Optional: the insurance office's hotline, shown on the policy card. */
    hotline: z.optional(z.string().check(z.regex(/^[0-9+\-() ]{3,30}$/, { error: 'PACK_HOTLINE_FORMAT' }))),
    /**
     * Optional: what the document says about later policy taking precedence (Kashgar art. 31),
     * shown as a caveat beside the figures.
     */
    deferral: z.optional(z.strictObject({ text: LocalizedText, source: Source })),
    /** How a facility with no rating (未定级) is treated. */
    unratedFacility: cited(LevelSchema),
    /** Which bills count as one visit for per-visit terms. */
    visitMerging: cited(z.literal('same-day-same-institution')),
    deductible: z.discriminatedUnion('kind', [AnnualDeductible, PerVisitDeductible]),
    ratio: z.strictObject({
      inService: cited(byLevel(RatioText)),
      retired: z.discriminatedUnion('kind', [RetireeRatioIncrease, RetireeRatioTable]),
    }),
    /** The most the fund pays for one visit, by level, or null where there is no such cap. */
    perVisitCap: z.nullable(cited(byLevel(MoneyText))),
    annualCap: z.discriminatedUnion('kind', [FlatAnnualCap, AnnualCapByEnrollment]),
    /** Null where the policy sets no pharmacy terms: such purchases are refused, not guessed. */
    pharmacy: z.nullable(z.discriminatedUnion('kind', [PharmacyAsLevel, PharmacyAsPrescriber])),
    /**
     * Terms for visits outside the insured area, or null where the policy sets none. Each of the two
     * choices carries the words the form shows for it, since who counts as "registered" differs by
     * city (Heilongjiang art. 8 puts emergencies there; Nanyang art. 15 asks for direct settlement).
     */
    outOfArea: z.nullable(
      z.strictObject({
        registered: z.strictObject({ value: z.literal('home-terms'), label: LocalizedText, source: Source }),
        unregistered: z.discriminatedUnion('kind', [OutOfAreaRatioChange, OutOfAreaNotCovered]),
      }),
    ),
    /** Outpatient bills during an inpatient stay, or null where the policy does not say. */
    inpatientStay: z.nullable(cited(z.literal('not-covered'))),
    /** When retiree terms start after a change to retired status within the year. */
    retirementChange: cited(
      z.strictObject({
        takesEffect: z.literal('first-of-next-month'),
        capCountsEarlierPayments: z.literal(true),
      }),
    ),
    /**
     * The personal account (个人账户): what it may pay (the person's share at designated
     * institutions and pharmacies), in what order against cash, and a fixed monthly credit for
     * retirees where the document states one (shown as a hint, never assumed). Optional so that a
     * pack without it still loads; a request with an account is then refused for that pack.
     */
    account: z.optional(
      z.strictObject({
        pays: cited(z.literal('personal-burden')),
        order: cited(z.literal('account-first')),
        // `fromAge`: the amount for retirees of that age and over (Chongqing art. 9: 115 from 70).
        retireeMonthlyCredit: z.nullable(cited(z.array(z.strictObject({ amount: MoneyText, who: z.nullable(LocalizedText), fromAge: z.optional(z.int().check(z.gte(0))) })))),
        /** The clause that changes the credit from the month after retirement (次月起), where the document has one. */
        creditChange: z.optional(Source),
      }),
    ),
    /** Things the fund does not pay for that an estimate cannot see; shown to the user as notes. */
    exclusions: z.array(
      z.strictObject({
        code: z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/, { error: 'PACK_CODE_FORMAT' })),
        text: LocalizedText,
        source: Source,
      }),
    ),
  });
});

export type PolicyPack = z.infer<ReturnType<typeof policyPackSchema>>;
/** The shape a pack author writes (identical to what is validated: nothing is defaulted). */
export type PolicyPackInput = z.input<ReturnType<typeof policyPackSchema>>;

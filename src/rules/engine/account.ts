import { Decimal, ZERO, minOf, toMoney } from './decimal.js';
import { notes as noteText, trace as traceText } from '../messages/explanations.js';
import { parseAmount } from './money.js';
import type { EstimateResult, Note, Totals, TraceStep, VisitResult } from './result.js';
import type { Source } from '../schema/citation.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import type { EstimateRequest } from '../schema/request.js';

/** The engine's reading of "monthly credit": none of the documents names the day. */
export const CREDIT_RULE: Source = {
  interpretation: {
    'zh-CN': '文件未规定划入日期：按每月 1 日到账计算（首次就诊当天的余额已含当月划入），余额跨年结转。',
    en: 'No document names the day: the credit is counted on the 1st of each later month (the first visit’s balance includes its month’s), and the balance carries over into later years.',
  },
};

/** The account as it stands between visits. */
export interface AccountState {
  balance: Decimal;
  /** The monthly credit in a month (year × 12 + month), and the change that month brought, if any. */
  readonly credit: (month: number) => Decimal;
  readonly changes: ReadonlyMap<number, CreditChange>;
  /** The month of the last credit counted, as year × 12 + month. */
  month: number;
}

/** A change of the monthly credit: at retirement (次月起) or at an age the policy names. */
export interface CreditChange {
  /** The first month of the new amount, as YYYY-MM. */
  readonly from: string;
  readonly amount: Decimal;
  readonly before: Decimal;
  readonly source: Source;
}

export interface AccountPayment {
  readonly accountPay: Decimal;
  readonly cashPay: Decimal;
  readonly balance: Decimal;
  readonly step: TraceStep;
  readonly notes: Note[];
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/** The policy's fixed retiree credit for someone of `age` (null age: only an amount that does not depend on it). */
function retireeCredit(pack: PolicyPack, age: number | null): { amount: Decimal; source: Source } | null {
  const stated = pack.account?.retireeMonthlyCredit;
  if (!stated) return null;
  const bands = stated.value.filter((band) => (band.fromAge ?? 0) <= (age ?? 0));
  const band = bands.sort((a, b) => (b.fromAge ?? 0) - (a.fromAge ?? 0))[0];
  // Without a birth date, an age-dependent policy's amount is not known: nothing is assumed.
  if (!band || (age === null && stated.value.some((other) => other.fromAge !== undefined))) return null;
  return { amount: parseAmount(band.amount), source: stated.source };
}

/**
 * The monthly credit month by month: the amount given for the first visit's month, then from the
 * month after retirement the retiree credit (the person's figure, else the policy's own amount:
 * Heilongjiang art. 9, Nanyang art. 11 "次月起"), and for a retiree from the month after the
 * birthday that reaches an age band (Chongqing art. 9: 115 from 70; the document names no day, so
 * the same "next month" reading is used).
 */
export function openAccount(account: NonNullable<EstimateRequest['account']>, firstVisitDate: string, request?: Pick<EstimateRequest, 'retired' | 'retiredOn'>, packOn?: (date: string) => PolicyPack): AccountState {
  const first = monthIndex(firstVisitDate);
  const base = account.monthlyCredit === undefined ? ZERO : parseAmount(account.monthlyCredit);
  const changes = new Map<number, CreditChange>();
  let credit = base;
  const change = (month: number, amount: Decimal, source: Source) => {
    const from = `${Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    if (month > first && !amount.equals(credit)) changes.set(month, { from, amount, before: credit, source });
    credit = amount;
  };
  const retiredFrom = request?.retiredOn ? monthIndex(request.retiredOn) + 1 : request?.retired ? first : Infinity;
  const born = account.birthDate ? monthIndex(account.birthDate) : null;
  if (packOn && retiredFrom > first && retiredFrom !== Infinity) {
    const date = `${Math.floor((retiredFrom - 1) / 12)}-${String(((retiredFrom - 1) % 12) + 1).padStart(2, '0')}-01`;
    const pack = packOn(date);
    const stated = retireeCredit(pack, born === null ? null : Math.floor((retiredFrom - born - 1) / 12));
    const amount = account.retireeMonthlyCredit !== undefined ? parseAmount(account.retireeMonthlyCredit) : stated?.amount;
    if (amount) change(retiredFrom, amount, pack.account?.creditChange ?? stated?.source ?? pack.retirementChange.source);
  }
  // An age band reached while retired: the month after the birthday of that age.
  const bands = packOn && born !== null ? (packOn(firstVisitDate).account?.retireeMonthlyCredit?.value ?? []) : [];
  for (const band of bands) {
    const from = band.fromAge === undefined || born === null ? Infinity : born + band.fromAge * 12 + 1;
    if (from > first && from !== Infinity && from >= retiredFrom) change(from, parseAmount(band.amount), packOn!(firstVisitDate).account!.retireeMonthlyCredit!.source);
  }
  const schedule = [...changes.entries()].sort(([a], [b]) => a - b);
  return {
    balance: parseAmount(account.balance),
    credit: (month) => schedule.reduce((amount, [from, next]) => (month >= from ? next.amount : amount), base),
    changes,
    month: first,
  };
}

/**
 * The account pays the person's share of a visit as far as its balance goes; cash pays the rest.
 * Credits for every month begun since the last visit are added first. Updates `state`.
 */
export function payFromAccount(state: AccountState, pack: PolicyPack, date: string, burden: Decimal): AccountPayment {
  const terms = pack.account;
  if (!terms) throw new Error('account terms missing: the request should have been refused');
  const months = monthIndex(date) - state.month;
  let credited = ZERO;
  const changed: CreditChange[] = [];
  for (let month = state.month + 1; month <= state.month + months; month += 1) {
    credited = credited.plus(state.credit(month));
    const change = state.changes.get(month);
    if (change) changed.push(change);
  }
  state.month += months;
  const before = state.balance.plus(credited);
  const accountPay = minOf(before, burden);
  const cashPay = burden.minus(accountPay);
  state.balance = before.minus(accountPay);
  const sources: Source[] = [terms.pays.source, terms.order.source, ...(credited.greaterThan(0) ? [CREDIT_RULE] : [])];
  const amounts = { burden: toMoney(burden), before: toMoney(before), accountPay: toMoney(accountPay), cashPay: toMoney(cashPay), after: toMoney(state.balance) };
  const credit = months > 0 && credited.greaterThan(0) ? { months, amount: toMoney(credited) } : null;
  const notes: Note[] = changed.map((change) => ({ code: 'ACCOUNT_CREDIT_CHANGED', text: noteText.accountCreditChanged(change.from, toMoney(change.before), toMoney(change.amount)), sources: [change.source, CREDIT_RULE] }));
  if (cashPay.greaterThan(0) && accountPay.greaterThan(0)) notes.push({ code: 'ACCOUNT_USED_UP', text: noteText.accountUsedUp(), sources: [terms.pays.source] });
  return {
    accountPay,
    cashPay,
    balance: state.balance,
    step: { code: 'ACCOUNT', amount: amounts.accountPay, value: amounts.before, text: traceText.account(amounts, credit), sources },
    notes,
  };
}

/** A year's or the ledger's figures with the account's share of what the person bears. */
function split<T extends Totals>(figures: T, accountPay: Decimal): T {
  return { ...figures, accountPay: toMoney(accountPay), cashPay: toMoney(new Decimal(figures.personalBurden).minus(accountPay)) };
}

/**
 * The result with the personal account paying what the person bears, visit by visit in date
 * order, until it runs out (cash pays the rest); each year and the totals carry the split, and
 * each visit and year the balance after it.
 */
export function withAccount(result: EstimateResult, account: NonNullable<EstimateRequest['account']>, packOn: (date: string) => PolicyPack, person?: Pick<EstimateRequest, 'retired' | 'retiredOn'>): EstimateResult {
  const state = openAccount(account, result.visits[0]?.date ?? '', person, packOn);
  const paidInYear = new Map<number, { paid: Decimal; balance: Decimal }>();
  let paidInAll = ZERO;
  const visits = result.visits.map((visit): VisitResult => {
    // Each visit's own version of the policy cites what the account may pay.
    const paid = payFromAccount(state, packOn(visit.date), visit.date, new Decimal(visit.personalBurden));
    const year = Number(visit.date.slice(0, 4));
    paidInYear.set(year, { paid: (paidInYear.get(year)?.paid ?? ZERO).plus(paid.accountPay), balance: paid.balance });
    paidInAll = paidInAll.plus(paid.accountPay);
    return {
      ...visit,
      accountPay: toMoney(paid.accountPay),
      cashPay: toMoney(paid.cashPay),
      accountBalance: toMoney(paid.balance),
      trace: [...visit.trace, paid.step],
      notes: [...visit.notes, ...paid.notes],
    };
  });
  const years = result.years.map((year) => {
    const inYear = paidInYear.get(year.year);
    return { ...split(year, inYear?.paid ?? ZERO), accountBalance: inYear ? toMoney(inYear.balance) : null };
  });
  return { ...result, visits, years, totals: split(result.totals, paidInAll) };
}

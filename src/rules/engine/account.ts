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
  readonly credit: Decimal;
  /** The month of the last credit counted, as year × 12 + month. */
  month: number;
}

export interface AccountPayment {
  readonly accountPay: Decimal;
  readonly cashPay: Decimal;
  readonly balance: Decimal;
  readonly step: TraceStep;
  readonly notes: Note[];
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

export function openAccount(account: NonNullable<EstimateRequest['account']>, firstVisitDate: string): AccountState {
  return {
    balance: parseAmount(account.balance),
    credit: account.monthlyCredit === undefined ? ZERO : parseAmount(account.monthlyCredit),
    month: monthIndex(firstVisitDate),
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
  const credited = state.credit.times(months);
  state.month += months;
  const before = state.balance.plus(credited);
  const accountPay = minOf(before, burden);
  const cashPay = burden.minus(accountPay);
  state.balance = before.minus(accountPay);
  const sources: Source[] = [terms.pays.source, terms.order.source, ...(months > 0 && state.credit.greaterThan(0) ? [CREDIT_RULE] : [])];
  const amounts = { burden: toMoney(burden), before: toMoney(before), accountPay: toMoney(accountPay), cashPay: toMoney(cashPay), after: toMoney(state.balance) };
  const credit = months > 0 && credited.greaterThan(0) ? { months, amount: toMoney(credited) } : null;
  const notes: Note[] = cashPay.greaterThan(0) && accountPay.greaterThan(0) ? [{ code: 'ACCOUNT_USED_UP', text: noteText.accountUsedUp(), sources: [terms.pays.source] }] : [];
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
export function withAccount(result: EstimateResult, account: NonNullable<EstimateRequest['account']>, packOn: (date: string) => PolicyPack): EstimateResult {
  const state = openAccount(account, result.visits[0]?.date ?? '');
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

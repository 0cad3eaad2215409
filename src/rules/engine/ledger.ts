import { billScope, type ScopeReading } from './bill-scope.js';
import { Decimal } from './decimal.js';
import type { InputIssue } from './errors.js';
import { inputIssue } from '../messages/input-errors.js';
import type { Facility, Level, OutOfArea } from '../schema/common.js';
import type { BillInput } from '../schema/request.js';

/** One visit: the bills of one day at one institution (or a single bill with no institution). */
export interface Visit {
  readonly date: string;
  /** Trimmed; undefined when not named. */
  readonly institution: string | undefined;
  readonly facility: Facility;
  readonly prescribedBy: Level | undefined;
  readonly outOfArea: OutOfArea;
  readonly duringInpatientStay: boolean;
  readonly bills: number[];
  /** In scope (政策范围内): what the policy's terms apply to. */
  cost: Decimal;
  /** As printed: the receipt total and the parts of it outside the policy's range. */
  total: Decimal;
  fullOwnPay: Decimal;
  preSelfPay: Decimal;
  overLimitOwnPay: Decimal;
  /** How each bill's in-scope amount was found, in bill order. */
  readonly readings: ScopeReading[];
  /** Bills with no institution named, merged because they share a date and level (said in a note). */
  readonly unnamed: boolean;
}

/** Full-width letters, stray spaces and case do not make two institutions of one. */
function institutionKey(name: string | undefined): string | undefined {
  const key = name?.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key ? key : undefined;
}

/** Fields that must agree between bills merged into one visit. */
const MUST_AGREE = ['facility', 'prescribedBy', 'outOfArea', 'duringInpatientStay'] as const;

function describe(bill: BillInput) {
  return {
    facility: bill.facility,
    prescribedBy: bill.prescribedBy,
    outOfArea: bill.outOfArea ?? 'none',
    duringInpatientStay: bill.duringInpatientStay ?? false,
  };
}

/**
 * Groups bills into visits, in date order (bills of one date keep the order they were listed in).
 * Bills of one visit that disagree on the facility or a flag are reported, not silently merged.
 */
export function groupIntoVisits(bills: readonly BillInput[]): { visits: Visit[]; issues: InputIssue[] } {
  const byKey = new Map<string, Visit>();
  const visits: Visit[] = [];
  const issues: InputIssue[] = [];
  bills.forEach((bill, index) => {
    const institution = institutionKey(bill.institution);
    // Unnamed bills of one date, level and kind are taken as one hospital (typing its name is what
    // people skip on a phone); a bill marked as another institution stays a visit of its own.
    const key =
      institution !== undefined
        ? `${bill.date}\u0000${institution}`
        : bill.separateVisit
          ? undefined
          : `${bill.date}\u0001${bill.facility}\u0001${bill.prescribedBy ?? ''}\u0001${bill.outOfArea ?? 'none'}\u0001${bill.duringInpatientStay ?? false}`;
    const existing = key === undefined ? undefined : byKey.get(key);
    const scope = billScope(bill);
    if (existing) {
      const first = existing.bills[0] ?? index;
      const mine = describe(bill);
      const theirs = describe(bills[first] as BillInput);
      for (const field of MUST_AGREE) {
        if (mine[field] !== theirs[field]) {
          issues.push(inputIssue(['visits', index, field], 'MERGED_BILLS_DISAGREE', { otherRow: first + 1 }));
        }
      }
      existing.bills.push(index);
      existing.cost = existing.cost.plus(scope.cost);
      existing.total = existing.total.plus(scope.total);
      existing.fullOwnPay = existing.fullOwnPay.plus(scope.fullOwnPay);
      existing.preSelfPay = existing.preSelfPay.plus(scope.preSelfPay);
      existing.overLimitOwnPay = existing.overLimitOwnPay.plus(scope.overLimitOwnPay);
      existing.readings.push(scope.reading);
      return;
    }
    // One plain literal (no spreads): it is made for every bill of every estimate.
    const visit: Visit = {
      date: bill.date,
      institution: bill.institution?.trim() || undefined,
      facility: bill.facility,
      prescribedBy: bill.prescribedBy,
      outOfArea: bill.outOfArea ?? 'none',
      duringInpatientStay: bill.duringInpatientStay ?? false,
      bills: [index],
      cost: scope.cost,
      total: scope.total,
      fullOwnPay: scope.fullOwnPay,
      preSelfPay: scope.preSelfPay,
      overLimitOwnPay: scope.overLimitOwnPay,
      readings: [scope.reading],
      unnamed: institution === undefined,
    };
    visits.push(visit);
    if (key !== undefined) byKey.set(key, visit);
  });
  // Array.prototype.sort is stable, so visits of one date stay in listing order.
  visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { visits, issues };
}

export function sumOf(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}

import type { BillInput, EstimateRequest, PolicyPack } from '../src/rules/index.js';

/**
 * Six visits through one year the pack is in force (this year, or the nearest one in its period),
 * so the deductible, the ratio and the caps all show. The enrolment is asked only where the pack's
 * cap depends on it: read from the pack, never from the region's name.
 */
export function exampleYear(pack: PolicyPack): EstimateRequest {
  const { from, to } = pack.effective.value;
  const thisYear = new Date().getFullYear();
  const year = Math.max(Number(from.slice(0, 4)), to ? Math.min(thisYear, Number(to.slice(0, 4))) : thisYear);
  const visit = (monthDay: string, facility: BillInput['facility'], cost: string, institution: string): BillInput => ({ date: `${year}-${monthDay}`, facility, cost, institution });
  const visits = [
    visit('01-08', 'level1', '160', '社区卫生服务中心'),
    visit('02-19', 'level2', '480', '区人民医院'),
    visit('04-02', 'level3', '1350', '市中心医院'),
    visit('06-15', 'level2', '920', '区人民医院'),
    visit('08-27', 'level3', '2600', '市中心医院'),
    visit('10-09', 'level2', '1800', '区人民医院'),
  ].filter((bill) => bill.date >= from && (to === null || bill.date <= to));
  return { region: pack.id, retired: false, ...(pack.annualCap.kind === 'by-enrollment' ? { enrollment: 'employer' as const } : {}), visits };
}

// The first-visit page's ledger: six visits of one year, as a host page sets it just after the tag.
// One list for every bench that times a first load (against.mjs, cold-trace.mjs), so their figures
// are of the same page.
export const SIX_VISITS = [
  { date: '2024-01-03', facility: 'level1', cost: '86.50' },
  { date: '2024-02-11', facility: 'level2', cost: '132.00' },
  { date: '2024-03-20', facility: 'level3', cost: '245.80' },
  { date: '2024-05-06', facility: 'unrated', cost: '64.00' },
  { date: '2024-07-15', facility: 'level3', cost: '318.20' },
  { date: '2024-09-02', facility: 'level2', cost: '97.40' },
];

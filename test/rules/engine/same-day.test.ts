// Same-day bills with no institution named (issue 17, item 2): taken as one hospital, said in a note,
// unless a bill says it was another hospital.
import { bill, estimate, expect, expectFigures, noteCodes } from '../helpers.js';

const twoBills = (extra: Parameters<typeof bill>[3] = {}) => ({
  region: 'nanyang',
  retired: false,
  visits: [bill('2024-04-08', 'level2', 300), bill('2024-04-08', 'level2', 140, extra)],
});

describe('same-day bills without an institution', () => {
  it('Nanyang art. 5(1), 24 h at one hospital, one deductible: (300 + 140 − 30) × 55% = 225.50', () => {
    const result = estimate(twoBills());
    expect(result.visits).to.have.length(1);
    expectFigures(result.visits[0], { cost: '440.00', deductible: '30.00', fund: '225.50' });
    expect(result.visits[0]?.bills).to.deep.equal([0, 1]);
    expect(noteCodes(result.visits[0])).to.include('SAME_DAY_UNNAMED_MERGED');
    expect(result.visits[0]?.notes.find((note) => note.code === 'SAME_DAY_UNNAMED_MERGED')?.sources[0]).to.have.property('article');
  });

  it('a bill marked as another hospital is a visit of its own: (300 − 30) × 55% + (140 − 30) × 55% = 209.00', () => {
    const result = estimate(twoBills({ separateVisit: true }));
    expect(result.visits.map((visit) => visit.fund)).to.deep.equal(['148.50', '60.50']);
    expect(result.totals.fund).to.equal('209.00');
  });

  it('unnamed bills of one day at different levels stay two visits (art. 5(1): level 1 none, level 3 50)', () => {
    const result = estimate({ region: 'nanyang', retired: false, visits: [bill('2024-04-08', 'level1', 100), bill('2024-04-08', 'level3', 250)] });
    // 100 × 60% = 60; (250 − 50) × 50% = 100.
    expect(result.visits.map((visit) => visit.fund)).to.deep.equal(['60.00', '100.00']);
  });
});

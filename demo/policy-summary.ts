// The "政策要点" table of a demo policy page, read from the rule pack itself so the page can never
// disagree with the estimator: the engine's own at-a-glance rows, the ones the widget's policy card
// shows, each with the clauses it comes from. The pages carry this text in their HTML (it must
// read without JavaScript); test/guide/demo-without-javascript.test.ts holds it equal to the pack,
// and `npx tsx scripts/write-demo-policy-text.ts` writes it again after a pack changes.
import { isClause, policyGlance, type PolicyPack, type Source } from '../src/rules/index.js';

const cite = (sources: readonly Source[]) => {
  const articles = sources.filter(isClause).map((source) => source.article['zh-CN']);
  return articles.length > 0 ? `（${[...new Set(articles)].join('、')}）` : sources.length > 0 ? '（本估算的理解）' : '';
};

/** [label, value with its clauses] for each row. */
export function summaryRows(pack: PolicyPack): Array<[string, string]> {
  return policyGlance(pack).rows.map((row) => [row.label['zh-CN'], `${row.value['zh-CN']} ${cite(row.sources)}`.trim()]);
}

// Writes dist/policy-pack.schema.json: the rule pack schema as JSON Schema, generated from the zod
// schema the engine validates with (zod 4's own emitter), so an editor checks a pack as it is
// written. Run after scripts/build.mjs (it reads the built dist/rules.js). What JSON Schema cannot
// say (ratios within 0..1 after every change, periods that do not overlap) `check-pack` checks.
import { writeFile } from 'node:fs/promises';
import { toJSONSchema } from 'zod/mini';

const { PolicyPackSchema } = await import('../dist/rules.js');

const schema = toJSONSchema(PolicyPackSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
const published = {
  $schema: schema.$schema,
  title: 'Outpatient reimbursement estimator: policy pack',
  description:
    'One policy (one version of a region) for the employee outpatient pool (职工医保 普通门诊统筹). Every parameter is { value, source }; see docs/authoring-a-pack.md.',
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
};
await writeFile(new URL('../dist/policy-pack.schema.json', import.meta.url), `${JSON.stringify(published, null, 2)}\n`);
console.log('built dist/policy-pack.schema.json');

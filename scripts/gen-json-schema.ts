// Writes docs/plan.schema.json from the zod schema (the one source of truth), so editors
// and other tools can validate *.headroom.json files. Run: npm run schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLAN_SCHEMA_VERSION } from '../src/shared/model';
import { planFileJsonSchema } from '../src/shared/readiness/plan-file';

// "input": what a file may contain (fields with defaults are optional), not the parsed shape;
// the file is the plan plus the checklist state it carries.
const schema = planFileJsonSchema();
const document = {
  ...schema,
  $id: `https://headroom.local/schemas/plan-v${PLAN_SCHEMA_VERSION}.schema.json`,
  title: `Headroom plan document, format ${PLAN_SCHEMA_VERSION}`,
  description: 'A *.headroom.json file: topology, traffic, growth, event, SLO, headroom policy and the readiness checklist state. See docs/plan-format.md.',
};
const out = fileURLToPath(new URL('../docs/plan.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${out}`);

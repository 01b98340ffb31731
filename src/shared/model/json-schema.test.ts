import { describe, expect, it } from 'vitest';
import published from '../../../docs/plan.schema.json';
import { planFileJsonSchema } from '../readiness/plan-file';

describe('docs/plan.schema.json', () => {
  it('is what the zod schema generates today (run `npm run schema` after changing plan.ts or the checklist schema)', () => {
    const generated = planFileJsonSchema();
    const { $id: _id, title: _title, description: _description, ...rest } = published as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(generated))).toEqual(rest);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import published from '../../../docs/plan.schema.json';
import { PlanSchema } from './plan';

describe('docs/plan.schema.json', () => {
  it('is what the zod schema generates today (run `npm run schema` after changing plan.ts)', () => {
    const generated = z.toJSONSchema(PlanSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
    const { $id: _id, title: _title, description: _description, ...rest } = published as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(generated))).toEqual(rest);
  });
});

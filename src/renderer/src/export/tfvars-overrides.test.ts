import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../../shared/model/plan';
import type { VariableNameRow } from '../../../shared/contract/exports';
import { formatExtras, parseExtras, setExtras, setVariableName, variableNameProblem } from './tfvars-overrides';

const plan: Plan = PlanSchema.parse({
  schemaVersion: PLAN_SCHEMA_VERSION,
  name: 'p',
  startMonth: '2026-01',
  event: { name: 'e', startDate: '2026-06-01' },
  nodes: [
    { id: 'a', kind: 'service', name: 'API', params: {} },
    { id: 'b', kind: 'database', name: 'DB', params: {} },
  ],
  edges: [],
});
const rows: VariableNameRow[] = [
  { nodeId: 'a', nodeName: 'API', variable: 'api', source: 'derived' },
  { nodeId: 'b', nodeName: 'DB', variable: 'db', source: 'derived' },
];

describe('variable name overrides', () => {
  it('accepts a valid unused identifier and refuses the rest with a reason', () => {
    expect(variableNameProblem('edge_api', 'a', rows)).toBeNull();
    expect(variableNameProblem('api', 'a', rows)).toBeNull();
    expect(variableNameProblem('', 'a', rows)).toMatch(/needs a Terraform variable name/);
    expect(variableNameProblem('db', 'a', rows)).toMatch(/already the variable of "DB"/);
    expect(variableNameProblem('1api', 'a', rows)).toMatch(/starting with a letter/);
    expect(variableNameProblem('api name', 'a', rows)).toMatch(/letters, digits/);
    expect(variableNameProblem('count', 'a', rows)).toMatch(/reserved/);
  });

  it('stores the new name without touching other nodes or extras', () => {
    const set = setVariableName(plan, 'a', 'edge_api');
    expect(set.nodes[0]!.tfvars).toEqual({ extra: {}, variableName: 'edge_api' });
    expect(set.nodes[1]).toBe(plan.nodes[1]);
    const withExtra = setExtras(set, 'a', { team: 'core' });
    expect(setVariableName(withExtra, 'a', 'api_v2').nodes[0]!.tfvars).toEqual({ extra: { team: 'core' }, variableName: 'api_v2' });
    expect(setExtras(plan, 'b', {}).nodes[1]!.tfvars).toBeUndefined();
  });
});

describe('extra attributes text', () => {
  it('reads booleans, numbers and strings, and writes them back', () => {
    const parsed = parseExtras('team = core\n# comment\nspot = true\nweight = 1.5\nlabel = "a \\"b\\" = c"\n');
    expect(parsed).toEqual({ ok: true, extra: { team: 'core', spot: true, weight: 1.5, label: 'a "b" = c' } });
    if (parsed.ok) expect(parseExtras(formatExtras(parsed.extra))).toEqual(parsed);
  });

  it('says which line is wrong', () => {
    expect(parseExtras('no equals\nx = 1\nx = 2\ny = "open')).toEqual({
      ok: false,
      problems: ['line 1: write key = value', 'line 3: "x" is set twice', 'line 4: the quoted value is not closed or has a bad escape'],
    });
  });
});

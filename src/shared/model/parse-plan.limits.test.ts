import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_DEPTH, parsePlanDocument, parsePlanText, type ParsePlanResult } from './parse-plan';

// Limits a hostile or mangled file runs into: each gets a short message that says what and
// where, never a stack overflow and never the offending value echoed whole.
const sampleText = readFileSync(path.resolve(import.meta.dirname, '../../../resources/samples/global-conference.headroom.json'), 'utf8');

function messages(result: ParsePlanResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('plan files nested too deep', () => {
  it('refuses 100,000 levels of nesting in schemaVersion with a short message instead of overflowing the stack', () => {
    const text = sampleText.replace(/"schemaVersion":\s*\d+/, `"schemaVersion": ${deepArray(100_000)}`);
    const message = messages(parsePlanText(text));
    expect(message).toMatch(new RegExp(`^schemaVersion(\\[0\\])+(…[^:]*)?: nested more than ${MAX_PLAN_DEPTH} levels deep`));
    expect(message.length).toBeLessThan(1000);
  });

  it('refuses 100,000 levels of nesting anywhere, naming where it starts', () => {
    const plan = JSON.parse(sampleText) as { nodes: { params: Record<string, unknown> }[] };
    let deep: unknown[] = [];
    const top = deep;
    for (let i = 0; i < 100_000; i += 1) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    plan.nodes[0]!.params.weird = top;
    expect(messages(parsePlanDocument(plan))).toMatch(/^nodes\[0\]\.params\.weird(\[0\])+(…[^:]*)?: nested more than \d+ levels deep/);
  });

  it('reads every shipped sample, which is far shallower than the limit', () => {
    expect(parsePlanText(sampleText).ok).toBe(true);
  });
});

describe('a 1 MB string in a plan file', () => {
  it('is not echoed whole into the message', () => {
    const text = sampleText.replace(/"schemaVersion":\s*\d+/, `"schemaVersion": "${'v'.repeat(1 << 20)}"`);
    const message = messages(parsePlanText(text));
    expect(message).toMatch(/^schemaVersion: expected a whole number/);
    expect(message.length).toBeLessThan(1000);
    expect(message).toMatch(/more characters/);
  });
});

describe('a plan file saved with a UTF-8 byte order mark', () => {
  it('is read as if the mark were not there', () => {
    const result = parsePlanText(`\uFEFF${sampleText}`);
    expect(result.ok).toBe(true);
    expect(result.ok && result.plan.name).toBe('Global conference (85K peak rps)');
  });
});

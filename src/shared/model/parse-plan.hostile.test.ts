import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine';
import { MAX_PLAN_TEXT_CHARS, parsePlanDocument, parsePlanText, type ParsePlanResult } from './parse-plan';
import { PLAN_SCHEMA_VERSION } from './plan';

// Files colleagues send: every hostile shape gets a result with a path and a message, never a throw or a hang.
const samplesDir = path.resolve(import.meta.dirname, '../../../resources/samples');
const sampleText = readFileSync(path.join(samplesDir, 'flash-sale.headroom.json'), 'utf8');
const sample = (): Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } => JSON.parse(sampleText);

function problems(result: ParsePlanResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const service = (id: string) => ({ id, kind: 'service', name: id });
const base = { schemaVersion: PLAN_SCHEMA_VERSION, name: 'hostile', startMonth: '2026-12', event: { startDate: '2027-06-08' } };

describe('hostile plan files', () => {
  it('refuses text that is not JSON, saying so', () => {
    expect(problems(parsePlanText('{"name": "x", nodes: ['))).toMatch(/^\(file\): not valid JSON/);
    expect(problems(parsePlanText('\u0000\u0001PK\u0003\u0004 a zip file'))).toMatch(/not valid JSON/);
    expect(problems(parsePlanText(''))).toMatch(/not valid JSON/);
    expect(problems(parsePlanText('[1,2,3]'))).toMatch(/expected a JSON object/);
    expect(problems(parsePlanText('null'))).toMatch(/expected a JSON object/);
  });

  it.each([
    [PLAN_SCHEMA_VERSION + 1, /newer Headroom/],
    [999_999, /newer Headroom/],
    [0, /whole number ≥ 1/],
    [1.5, /whole number ≥ 1/],
    [PLAN_SCHEMA_VERSION + 0.5, /newer Headroom/],
    ['2', /whole number ≥ 1/],
  ])('refuses schemaVersion %j with a message', (version, message) => {
    expect(problems(parsePlanDocument({ ...sample(), schemaVersion: version }))).toMatch(message);
  });

  it('reads a topology with a cycle, and the engine names the nodes on it in a critical finding', () => {
    const doc = {
      ...base,
      nodes: [{ id: 'users', kind: 'trafficSource', name: 'users' }, service('api'), service('auth'), service('billing')],
      edges: [
        { id: 'e1', source: 'users', target: 'api' },
        { id: 'e2', source: 'api', target: 'auth' },
        { id: 'e3', source: 'auth', target: 'billing' },
        { id: 'e4', source: 'billing', target: 'api' },
      ],
    };
    const result = parsePlanDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const projection = projectPlan(result.plan);
    expect([...(projection.cycle ?? [])].sort()).toEqual(['api', 'auth', 'billing']);
    const finding = projection.findings.find((f) => f.rule === 'cycle');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toMatch(/cycle: .*api.*→/);
  });

  it('refuses edges to nodes that do not exist, naming the edge and the id', () => {
    const doc = sample();
    doc.edges.push({ id: 'ghost', source: 'shoppers', target: 'no-such-node' });
    expect(problems(parsePlanDocument(doc))).toMatch(/edges\[\d+\]\.target: no node with id "no-such-node"/);
  });

  it('refuses 1e308, NaN, Infinity and negative counts with the path of each', () => {
    const huge = sample();
    huge.nodes[0]!.params = { baselineRps: 1e308 };
    expect(problems(parsePlanDocument(huge))).toMatch(/nodes\[0\]\.params\.baselineRps: 1e\+308 is out of range/);

    // JSON has no NaN or Infinity: these reach the parser through the object path (IPC, tests, the CLI).
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const doc = sample();
      doc.nodes[0]!.params = { baselineRps: bad };
      expect(problems(parsePlanDocument(doc))).toMatch(/nodes\[0\]\.params\.baselineRps/);
    }
    const negative = { ...base, nodes: [{ ...service('svc'), params: { currentInstances: -3 } }], edges: [] };
    expect(problems(parsePlanDocument(negative))).toMatch(/nodes\[0\]\.params\.currentInstances: Too small/);
    const fractional = { ...base, nodes: [{ ...service('svc'), params: { currentInstances: 2.5 } }], edges: [] };
    expect(problems(parsePlanDocument(fractional))).toMatch(/nodes\[0\]\.params\.currentInstances/);
  });

  it('refuses a 100 MB file quickly with its size, before parsing it', () => {
    const text = `{"name":"${'x'.repeat(100 * 1024 * 1024)}"}`;
    const started = performance.now();
    const message = problems(parsePlanText(text));
    expect(performance.now() - started).toBeLessThan(100);
    expect(message).toMatch(/the file is 100 MB; a plan file is at most 50 MB/);
  });

  it('refuses a 40 MB plan name (under the file limit) by the name’s own limit, in about a second at most', () => {
    const doc = { ...sample(), name: 'x'.repeat(40 * 1024 * 1024) };
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_PLAN_TEXT_CHARS);
    const started = performance.now();
    const message = problems(parsePlanText(text));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(message).toMatch(/^name: Too big: expected string to have <=200 characters$/);
    // The message never echoes the hostile string back.
    expect(message.length).toBeLessThan(500);
  });
});

/** Valid JSON values, including the awkward ones: deep nesting, huge numbers, odd keys. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, '', '__proto__', 'constructor'),
    fc.double(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'nodes', 'edges', 'params', 'kind', 'id')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A path to somewhere inside the sample, and what to put there. */
function mutate(doc: unknown, steps: readonly number[], replacement: unknown): unknown {
  if (steps.length === 0 || typeof doc !== 'object' || doc === null) return replacement;
  const [step = 0, ...rest] = steps;
  if (Array.isArray(doc)) {
    if (doc.length === 0) return replacement;
    const copy = [...doc];
    const i = step % copy.length;
    copy[i] = mutate(copy[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(doc);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length]!;
  return { ...doc, [key]: mutate((doc as Record<string, unknown>)[key], rest, replacement) };
}

function expectWellFormed(result: ParsePlanResult): void {
  if (result.ok) {
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing the plan parser', () => {
  it('random JSON values: never throws, answers ok or problems with a path and a message', () => {
    fc.assert(fc.property(jsonValue, (value) => expectWellFormed(parsePlanDocument(value))), { numRuns: 500 });
  });

  it('random text: never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectWellFormed(parsePlanText(text))), { numRuns: 500 });
  });

  it('a real sample with one value replaced anywhere: never throws, and a valid result still projects', () => {
    const original = sample();
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), jsonValue, (steps, replacement) => {
        const result = parsePlanDocument(mutate(original, steps, replacement));
        expectWellFormed(result);
        if (result.ok) expect(() => projectPlan(result.plan)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('a real sample cut or spliced as text: never throws', () => {
    fc.assert(
      fc.property(fc.nat({ max: sampleText.length }), fc.nat({ max: sampleText.length }), fc.string({ maxLength: 20 }), (at, cut, insert) => {
        const text = sampleText.slice(0, at) + insert + sampleText.slice(Math.min(sampleText.length, at + (cut % 50)));
        expectWellFormed(parsePlanText(text));
      }),
      { numRuns: 300 },
    );
  });
});

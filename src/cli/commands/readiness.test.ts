import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { capturedIo } from '../captured-io.test-helper';

const SAMPLE = 'resources/samples/global-conference.headroom.json';

function io(files: Record<string, string> = {}) {
  return capturedIo({ files, diskPrefixes: ['resources/', 'src/'] });
}

async function sample(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(SAMPLE, 'utf8')) as Record<string, unknown>;
}

async function json(argv: string[], files: Record<string, string> = {}) {
  const t = io(files);
  const code = await main(['readiness', ...argv, '--json'], t.cliIo);
  return { code, report: JSON.parse(t.out()) as { event: { startsAt: string }; verdict: { state: string; reasons: { rule: string; text: string; nodeId?: string }[] }; items: { id: string; status: string; dueAt: string }[] } };
}

describe('headroom readiness', () => {
  it('judges the sample three months out with nothing done at risk (exit 3), each reason naming its node', async () => {
    const t = io();
    expect(await main(['readiness', SAMPLE, '--today', '2027-03-08'], t.cliIo)).toBe(3);
    expect(t.out()).toContain('Verdict: AT RISK');
    expect(t.out()).toContain('rule R1: a critical finding is open; the items covering it are on track');
    const { report } = await json([SAMPLE, '--today', '2027-03-08']);
    expect(report.verdict.state).toBe('at-risk');
    expect(report.verdict.reasons.map((r) => r.nodeId)).toEqual(['asset-bucket', 'global-lb', 'app-cache', 'platform-db']);
    expect(report.verdict.reasons.every((r) => r.rule === 'critical-on-track')).toBe(true);
  });

  it('judges the sample the day before with nothing done not ready (exit 4)', async () => {
    const t = io();
    expect(await main(['readiness', SAMPLE, '--today', '2027-06-07'], t.cliIo)).toBe(4);
    expect(t.out()).toContain('Verdict: NOT READY');
    expect(t.out()).toMatch(/\[N2\] T-4 weeks: "Load test current capacity" was due Tue 25 May 2027 09:00 and is not started/);
  });

  it('is ready (exit 0) when nothing is due and no critical finding is open', async () => {
    const calm = { schemaVersion: 2, name: 'calm', startMonth: '2027-01', event: { startDate: '2027-06-08' }, nodes: [], edges: [] };
    const t = io({ 'calm.json': JSON.stringify(calm) });
    expect(await main(['readiness', 'calm.json', '--today', '2027-01-10'], t.cliIo)).toBe(0);
    expect(t.out()).toContain('Verdict: READY');
    expect(t.out()).toContain('nothing is due yet');
  });

  it('dates an event at 18:30 in Los Angeles at 01:30 UTC the next day', async () => {
    const doc = await sample();
    const late = { ...doc, event: { ...(doc.event as object), startTime: '18:30' } };
    const { report } = await json(['late.json', '--today', '2027-03-08'], { 'late.json': JSON.stringify(late) });
    expect(report.event.startsAt).toBe('2027-06-09T01:30:00.000Z');
    expect(report.items.find((i) => i.id === 'test:dress-rehearsal')?.dueAt).toBe('2027-06-07T18:30:00.000-07:00');
  });

  it('reads the checklist state the plan file carries', async () => {
    const doc = await sample();
    const withState = { ...doc, checklist: { items: { 'std:t-4w:order-capacity': { status: 'blocked', note: 'quota ticket open', owner: 'Ana' } } } };
    const files = { 'shared.json': JSON.stringify(withState) };
    const { code, report } = await json(['shared.json', '--today', '2027-03-08'], files);
    expect(code).toBe(4);
    expect(report.items.find((i) => i.id === 'std:t-4w:order-capacity')?.status).toBe('blocked');
    expect(report.verdict.reasons[0]).toMatchObject({ rule: 'blocked', text: 'T-4 weeks: "Order additional capacity" is blocked (quota ticket open)' });
  });

  it('refuses a plan file whose checklist is invalid (exit 2), saying where', async () => {
    const doc = await sample();
    const bad = { ...doc, checklist: { items: { x: { status: 'finished' } } } };
    const t = io({ 'bad.json': JSON.stringify(bad) });
    expect(await main(['readiness', 'bad.json'], t.cliIo)).toBe(2);
    expect(t.err()).toMatch(/checklist\.items\.x\.status: /);
  });

  it('opens a format-1 file (09:00 start, default SLO)', async () => {
    const { code, report } = await json(['src/shared/model/testing/global-conference.v1.headroom.json', '--today', '2027-03-08']);
    expect(code).toBe(3);
    expect(report.event.startsAt).toBe('2027-06-08T16:00:00.000Z');
  });

  it('keeps exit 1 for bad options and 2 for an invalid plan', async () => {
    for (const today of ['2027-02-30', 'tomorrow', '']) {
      const t = io();
      expect(await main(['readiness', SAMPLE, '--today', today], t.cliIo)).toBe(1);
      expect(t.err()).toContain('--today expects a date as YYYY-MM-DD');
    }
    const t = io({ 'x.json': '{"schemaVersion":2,"name":"x"}' });
    expect(await main(['readiness', 'x.json'], t.cliIo)).toBe(2);
    const zone = io({ 'z.json': JSON.stringify({ name: 'z', startMonth: '2027-01', event: { startDate: '2027-06-08', timeZone: 'Mars/Olympus' }, nodes: [], edges: [] }) });
    expect(await main(['readiness', 'z.json'], zone.cliIo)).toBe(2);
    expect(zone.err()).toContain('unknown time zone "Mars/Olympus"');
  });

  it('reads --today as the start of that day in the event’s zone', async () => {
    const { report } = await json([SAMPLE, '--today', '2027-03-08']);
    expect((report as unknown as { asOf: string }).asOf).toBe('2027-03-08T08:00:00.000Z');
  });
});

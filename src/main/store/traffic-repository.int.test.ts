import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTrafficText, type TrafficSummary } from '../../shared/traffic';
import { createDispatcher } from '../api/dispatch';
import { startAppServices } from '../services/app-services';
import { dayBlocksOf } from '../traffic/store-day-blocks';
import { createTrafficRepository } from './traffic-repository';

const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

function start(dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-traffic-repo-'))) {
  const services = startAppServices({ dataDir, samplesDir: samples, version: 'test', transport: 'web' });
  cleanups.push(() => services.close());
  const dispatch = createDispatcher(services.api);
  const planId = (services.db.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
  return { services, dispatch, planId, dataDir };
}

function csv(days: number, base: number): string {
  const start = Date.UTC(2026, 0, 1);
  const rows = ['timestamp,value'];
  for (let i = 0; i < days * 24; i++) rows.push(`${new Date(start + i * 3_600_000).toISOString()},${base + (i % 24)}`);
  return rows.join('\n');
}

function parsed(text: string) {
  const r = parseTrafficText(text, { fileName: 'h.csv', valueKind: 'rate', rateUnit: 'perSecond' });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

function f64(...xs: number[]): Uint8Array {
  return new Uint8Array(new Float64Array(xs).buffer);
}

function wire(text: string) {
  const r = parsed(text);
  const blocks = dayBlocksOf(r.points).map((b) => ({ day: b.day, t: b.t.slice(), v: b.v.slice() }));
  return { blocks, summary: r.summary };
}

async function call<T>(dispatch: ReturnType<typeof createDispatcher>, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

async function importHistory(dispatch: ReturnType<typeof createDispatcher>, planId: string, text: string, commit = true) {
  const { blocks, summary } = wire(text);
  const { importId } = await call<{ importId: string }>(dispatch, 'traffic:begin', { planId, sourceNodeId: 'src', fileName: 'h.csv', format: 'csv' });
  await call(dispatch, 'traffic:append', { importId, blocks: blocks.slice(0, 2) });
  await call(dispatch, 'traffic:append', { importId, blocks: blocks.slice(2) });
  if (commit) await call(dispatch, 'traffic:commit', { importId, summary });
  return { importId, summary };
}

function history(dispatch: ReturnType<typeof createDispatcher>, planId: string) {
  return call<{ rowCount: number; dayCount: number; summary: TrafficSummary } | null>(dispatch, 'traffic:history', { planId, sourceNodeId: 'src' });
}

describe('traffic history store', () => {
  it('stores day blocks and reads the summary and every point back', async () => {
    const { dispatch, planId, services } = start();
    const { summary } = await importHistory(dispatch, planId, csv(5, 100));
    const stored = await history(dispatch, planId);
    expect(stored).toMatchObject({ rowCount: 120, dayCount: 5, summary: { rows: 120, peak: 123 } });
    expect(stored?.summary).toEqual(summary);
    const days = [...createTrafficRepository(services.db).points(planId, 'src')];
    expect(days.map((d) => d.t.length)).toEqual([24, 24, 24, 24, 24]);
    expect(days[0]?.t[0]).toBe(Date.UTC(2026, 0, 1));
    expect(days[4]?.v[23]).toBe(123);
  });

  it('a second import replaces the first only when it commits', async () => {
    const { dispatch, planId, services } = start();
    await importHistory(dispatch, planId, csv(5, 100));
    const { importId } = await importHistory(dispatch, planId, csv(3, 500), false);
    expect((await history(dispatch, planId))?.summary.peak).toBe(123);
    expect(await call(dispatch, 'traffic:discard', { importId })).toEqual({ discarded: true });
    expect((await history(dispatch, planId))?.rowCount).toBe(120);
    await importHistory(dispatch, planId, csv(3, 500));
    expect(await history(dispatch, planId)).toMatchObject({ rowCount: 72, dayCount: 3, summary: { peak: 523 } });
    const series = services.db.prepare('SELECT status, COUNT(*) AS n FROM traffic_series GROUP BY status').all();
    expect(series).toEqual([{ status: 'active', n: 1 }]);
    expect((services.db.prepare('SELECT COUNT(*) AS n FROM traffic_blocks').get() as { n: number }).n).toBe(3);
  });

  it('refuses a commit whose summary disagrees with the rows stored, and keeps the old history', async () => {
    const { dispatch, planId } = start();
    await importHistory(dispatch, planId, csv(5, 100));
    const { importId, summary } = await importHistory(dispatch, planId, csv(3, 500), false);
    const envelope = await dispatch('traffic:commit', { importId, summary: { ...summary, rows: 71 } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/stored 72 points but its summary says 71 rows/) } });
    expect((await history(dispatch, planId))?.rowCount).toBe(120);
  });

  it.each([
    ['bytes that are not whole Float64s', { day: 20454, t: new Uint8Array(3), v: new Uint8Array(3) }, /whole Float64/],
    ['no bytes at all', { day: 20454, t: new Uint8Array(0), v: new Uint8Array(0) }, /at least one point/],
    ['a timestamp outside its day', { day: 1, t: f64(Date.UTC(2026, 0, 1)), v: f64(1) }, /outside the day/],
    ['a negative value', { day: 20454, t: f64(Date.UTC(2026, 0, 1)), v: f64(-1) }, /not a number ≥ 0/],
    ['text instead of bytes (the old base64 wire)', { day: 20454, t: 'AAAAAAAAAAA=', v: 'AAAAAAAAAAA=' }, /bytes of Float64/],
    ['a fractional day', { day: 1.5, t: f64(0), v: f64(0) }, /day/],
  ])('refuses a block with %s', async (_label, block, message) => {
    const { dispatch, planId } = start();
    const { importId } = await call<{ importId: string }>(dispatch, 'traffic:begin', { planId, sourceNodeId: 'src', fileName: 'h.csv', format: 'csv' });
    const envelope = await dispatch('traffic:append', { importId, blocks: [block] });
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error.message).toMatch(message);
  });

  it('refuses an append over the size limit of one call', async () => {
    const { dispatch, planId } = start();
    const { importId } = await call<{ importId: string }>(dispatch, 'traffic:begin', { planId, sourceNodeId: 'src', fileName: 'h.csv', format: 'csv' });
    const big = new Uint8Array(8 * 1024 * 1024 + 8);
    const envelope = await dispatch('traffic:append', { importId, blocks: [{ day: 1, t: big, v: big }] });
    expect(!envelope.ok && envelope.error.message).toMatch(/at most 16,777,216 bytes of blocks per call/);
  });

  it('refuses an import for a plan that does not exist', async () => {
    const { dispatch } = start();
    const envelope = await dispatch('traffic:begin', { planId: 'nope', sourceNodeId: 'src', fileName: 'h.csv', format: 'csv' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('drops staging series left by an interrupted import at start-up, keeping the active one', async () => {
    const first = start();
    await importHistory(first.dispatch, first.planId, csv(5, 100));
    await importHistory(first.dispatch, first.planId, csv(3, 500), false);
    first.services.close();
    const again = start(first.dataDir);
    expect(again.services.db.prepare('SELECT status FROM traffic_series').all()).toEqual([{ status: 'active' }]);
    expect((await history(again.dispatch, again.planId))?.rowCount).toBe(120);
    cleanups.push(() => rmSync(first.dataDir, { recursive: true, force: true }));
  });
});

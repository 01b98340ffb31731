import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateLoader } from '../services/templates';
import { openDatabase } from './open-database';
import { createPlanRepository } from './plan-repository';

const samplesDir = path.resolve(import.meta.dirname, '../../../resources/samples');

describe('a long editing session keeps a bounded, useful history', () => {
  it('keeps the newest save, recent ones coalesced per minute and hour, and one per day, and the file stays small', () => {
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const now = () => new Date(clock);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-revisions-'));
    const { db, file } = openDatabase(dataDir, { now });
    const plans = createPlanRepository(db, now);
    const base = createTemplateLoader(samplesDir, now)('global-conference');
    const { id } = plans.create(base);
    let revision = 1;
    // Three days of work: 3,000 saves a day, 0.6 s apart (the autosave pause while typing).
    for (let day = 0; day < 3; day += 1) {
      for (let i = 0; i < 3000; i += 1) {
        clock += 600;
        revision = plans.save(id, revision, { ...base, description: `day ${day} save ${i}` }).revision;
      }
      clock += 20 * 3600_000;
    }
    const history = plans.revisions(id);
    expect(history[0]!.revision).toBe(revision);
    expect(plans.get(id).plan.description).toBe('day 2 save 2999');
    // The last 30 minutes of the last day: one per minute; the hours before: one per hour.
    expect(history.length).toBeLessThan(120);
    const days = new Set(history.map((r) => r.savedAt.slice(0, 10)));
    expect(days.size).toBe(3);
    db.close();
    expect(statSync(file).size).toBeLessThan(8 * 1024 * 1024);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { openDatabase } from '../store/open-database';
import { createSettingsRepository } from '../store/settings-repository';
import { createExportsHandlers } from './exports-handlers';
import { createTemplateLoader } from './templates';

const root = path.resolve(import.meta.dirname, '../../..');
const plan = createTemplateLoader(path.join(root, 'resources', 'samples'))('flash-sale');
const dirs: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function handlers() {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-exports-scenarios-'));
  dirs.push(dir);
  const opened = openDatabase(dir);
  closers.push(() => opened.db.close());
  return createExportsHandlers({ settings: createSettingsRepository(opened.db), now: () => new Date('2026-01-15T12:00:00Z') });
}

describe('exports of a plan with scenarios', () => {
  it('preview the active scenario by default, with a Scenarios sheet in the workbook', async () => {
    const preview = await handlers().preview({ plan: { ...plan, activeScenario: 'Growth stalls' } });
    expect(preview.scenario).toBe('Growth stalls');
    expect(preview.workbook.sheets.map((s) => s.name)).toContain('Scenarios');
    expect(preview.tfvars[0]!.text).toContain('# Scenario "Growth stalls"');
  });

  it('export the scenario asked for, whatever is active', async () => {
    const preview = await handlers().preview({ plan, scenario: 'Last year (+250%)' });
    expect(preview.scenario).toBe('Last year (+250%)');
    const t1d = preview.tfvars.find((f) => f.name === '04-t-1d.tfvars')!.text;
    expect(t1d).toMatch(/storefront_svc = \{[^}]*desired_capacity\s*=\s*490/);
  });

  it('refuse an unknown scenario as invalid input naming the known ones', async () => {
    const error = await handlers().preview({ plan, scenario: 'Worst' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid-input');
    expect((error as ApiError).message).toContain('its scenarios are: "Base", "Last year (+250%)"');
  });
});

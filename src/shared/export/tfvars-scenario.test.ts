import { describe, expect, it } from 'vitest';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument } from '../model';
import { scenarioForExport } from '../scenarios/export-input';
import { findLiveTemplates } from './hcl';
import { renderTfvarsFiles } from './tfvars';
import { buildTfvarsModel } from './tfvars-model';

function files(scenario?: string, document: unknown = flashSale) {
  const parsed = parsePlanDocument(document);
  if (!parsed.ok) throw new Error('sample');
  const chosen = scenarioForExport(parsed.plan, scenario);
  if (!chosen.ok) throw new Error(chosen.message);
  return renderTfvarsFiles(buildTfvarsModel(chosen.value.plan, chosen.value.projection));
}

describe('tfvars for one scenario', () => {
  it('say in every HCL header which scenario they are for', () => {
    for (const f of files('Stress (+400%, lose a zone)').filter((f) => !f.name.endsWith('.json'))) {
      expect(f.content).toContain('# Scenario "Stress (+400%, lose a zone)": the plan\'s assumptions with this scenario\'s overrides.');
    }
    expect(files()[0]!.content).toContain('# Scenario "Base": the plan\'s own assumptions.');
  });

  it('name a scenario in the header as the user typed it: a comment interpolates nothing, so `${` is not doubled there', () => {
    const hostile = { ...flashSale, scenarios: flashSale.scenarios.map((s, i) => (i === 0 ? { ...s, name: '${x}"' } : s)) };
    for (const f of files('${x}"', hostile).filter((f) => !f.name.endsWith('.json'))) {
      expect(f.content, f.name).toContain('# Scenario "${x}\\"": the plan\'s assumptions with this scenario\'s overrides.');
      expect(f.content, f.name).not.toContain('$${x}');
      expect(findLiveTemplates(f.name, f.content), f.name).toEqual([]);
    }
  });

  it('hold the chosen scenario\'s numbers: last year\'s smaller surge pre-scales the storefront less than the base', () => {
    const desired = (content: string) => Number(/storefront_svc = \{[^}]*desired_capacity\s*=\s*(\d+)/.exec(content)?.[1]);
    const t1d = (list: ReturnType<typeof files>) => list.find((f) => f.name === '04-t-1d.tfvars')!.content;
    expect(desired(t1d(files()))).toBe(558);
    expect(desired(t1d(files('Last year (+250%)')))).toBe(490);
  });

  it('refuse an unknown scenario, naming the known ones', () => {
    expect(() => files('Nope')).toThrow('its scenarios are: "Base"');
  });
});

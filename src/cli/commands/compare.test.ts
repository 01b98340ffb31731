import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { capturedIo } from '../captured-io.test-helper';

function io() {
  return capturedIo({ files: {}, diskPrefixes: ['resources/'] });
}

type CompareJson = {
  horizons: number[];
  scenarios: { name: string; nodes: { nodeId: string; atEvent: { required: number; monthlyCost: number }; horizons: { month: number; required: number | null }[]; firstShortMonth: number | null }[] }[];
  leastRegret: { nodeId: string; drivenBy: string; required: number }[];
};
type ProjectJson = { scenario: string; nodes: { nodeId: string; unit: string | null; atEvent: { required: number; monthlyCost: number }; firstShortMonth: number | null; monthly: { required: number }[] }[] };

async function json<T>(argv: string[]): Promise<T> {
  const t = io();
  const code = await main(argv, t.cliIo);
  if (code !== 0) throw new Error(`${argv.join(' ')} → ${code}: ${t.err()}`);
  return JSON.parse(t.out()) as T;
}

const samples = ['flash-sale', 'global-conference', 'event-platform'].map((s) => `resources/samples/${s}.headroom.json`);

describe('headroom compare', () => {
  for (const file of samples) {
    it(`prints, for every scenario of ${file}, the numbers 'headroom project --scenario' prints`, async () => {
      const c = await json<CompareJson>(['compare', file, '--json', '--horizons', '0,6,12,24']);
      expect(c.horizons).toEqual([0, 6, 12, 24]);
      for (const scenario of c.scenarios) {
        const p = await json<ProjectJson>(['project', file, '--json', '--scenario', scenario.name]);
        expect(p.scenario).toBe(scenario.name);
        const sized = p.nodes.filter((n) => n.unit !== null);
        expect(scenario.nodes.map((n) => n.nodeId)).toEqual(sized.map((n) => n.nodeId));
        for (const n of scenario.nodes) {
          const own = sized.find((s) => s.nodeId === n.nodeId)!;
          expect(n.atEvent.required).toBe(own.atEvent.required);
          expect(n.atEvent.monthlyCost).toBe(own.atEvent.monthlyCost);
          expect(n.firstShortMonth).toBe(own.firstShortMonth);
          expect(n.horizons.map((h) => h.required)).toEqual(n.horizons.map((h) => own.monthly[h.month]?.required ?? null));
        }
      }
    });
  }

  it('compares the flash sale\'s four scenarios and names the stress case as checkout\'s least-regret driver', async () => {
    const c = await json<CompareJson>(['compare', samples[0]!, '--json']);
    expect(c.scenarios.map((s) => s.name)).toEqual(['Base', 'Last year (+250%)', 'Growth stalls', 'Stress (+400%, lose a zone)']);
    expect(c.leastRegret.find((r) => r.nodeId === 'checkout-svc')!.drivenBy).toBe('Stress (+400%, lose a zone)');
  });

  it('compares only --scenarios, in their order', async () => {
    const c = await json<CompareJson>(['compare', samples[0]!, '--json', '--scenarios', 'Growth stalls,Base']);
    expect(c.scenarios.map((s) => s.name)).toEqual(['Growth stalls', 'Base']);
  });

  it('prints a table per scenario and the least-regret table', async () => {
    const t = io();
    expect(await main(['compare', samples[0]!], t.cliIo)).toBe(0);
    expect(t.out()).toContain('Scenario: Stress (+400%, lose a zone) — a 400% increase (5× normal)');
    expect(t.out()).toContain('  override: checkout-svc measuredRps: 180 (base: 200)');
    expect(t.out()).toMatch(/Least regret/);
  });

  it('refuses an unknown scenario, listing the known ones', async () => {
    const t = io();
    expect(await main(['compare', samples[0]!, '--scenarios', 'Base,Worst'], t.cliIo)).toBe(1);
    expect(t.err()).toBe('headroom compare: no scenario named "Worst" in plan "Flash sale (+300%)"; its scenarios are: "Base", "Last year (+250%)", "Growth stalls", "Stress (+400%, lose a zone)"\n');
  });

  it('refuses horizons that are not whole months', async () => {
    const t = io();
    expect(await main(['compare', samples[0]!, '--horizons', '6,x'], t.cliIo)).toBe(1);
    expect(t.err()).toContain('--horizons expects whole months ≥ 0 separated by commas');
  });
});

describe('headroom project --scenario', () => {
  it('projects the named scenario (the stress case\'s 5× surge)', async () => {
    const p = await json<ProjectJson & { surgeMultiplier: number }>(['project', samples[0]!, '--json', '--at-event', '--scenario', 'Stress (+400%, lose a zone)']);
    expect(p.surgeMultiplier).toBe(5);
    expect(p.nodes.find((n) => n.nodeId === 'checkout-svc')!.atEvent.required).toBeGreaterThan(126);
  });

  it('refuses an unknown scenario with the known ones, exit 1', async () => {
    const t = io();
    expect(await main(['project', samples[0]!, '--scenario', 'Nope'], t.cliIo)).toBe(1);
    expect(t.err()).toContain('its scenarios are: "Base", "Last year (+250%)"');
  });
});

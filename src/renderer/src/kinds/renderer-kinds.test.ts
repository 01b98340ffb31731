import { describe, expect, it } from 'vitest';
import { kinds } from '../../../shared/kinds';
import { nodeKinds } from '../../../shared/model/plan';
import { rendererKinds } from '.';

describe('the renderer kinds', () => {
  it('abbreviate a unit on the canvas card exactly for the kinds sized in one', () => {
    for (const kind of nodeKinds) expect(rendererKinds[kind].shortUnit === null, kind).toBe(kinds[kind].unit === null);
  });

  it('keep the card abbreviations the canvas showed before they moved to the kinds', () => {
    const byUnit = Object.fromEntries(nodeKinds.filter((k) => kinds[k].unit !== null).map((k) => [kinds[k].unit, rendererKinds[k].shortUnit]));
    expect(byUnit).toEqual({ instances: 'inst', replicas: 'repl', nodes: 'nodes', workers: 'wkr', units: 'units', pods: 'pods', executions: 'conc' });
  });

  it('show each finding of their own beside a field their inspector has', () => {
    for (const kind of nodeKinds) {
      const keys = rendererKinds[kind].fields.map((f) => f.key);
      for (const [rule, field] of Object.entries(rendererKinds[kind].findingFields ?? {})) expect(keys, `${kind} ${rule}`).toContain(field);
    }
  });
});

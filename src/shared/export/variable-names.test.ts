import { describe, expect, it } from 'vitest';
import { assignVariableNames, deriveIdentifier } from './variable-names';
import { isHclIdentifier } from './hcl';
import { hostileNames } from './testing/fixtures';

describe('deriveIdentifier', () => {
  it('makes snake_case ASCII from a node name', () => {
    expect(deriveIdentifier('Orders DB (primary)')).toBe('orders_db_primary');
    expect(deriveIdentifier('Café-Service')).toBe('cafe_service');
  });
  it('prefixes a leading digit and suffixes a name Terraform reserves', () => {
    expect(deriveIdentifier('1st api')).toBe('n_1st_api');
    expect(deriveIdentifier('Count')).toBe('count_node');
  });
  it('falls back when nothing ASCII is left', () => {
    expect(deriveIdentifier('🛒🛒')).toBe('node');
  });
  it('always yields a valid identifier for hostile names', () => {
    for (const name of hostileNames) expect(isHclIdentifier(deriveIdentifier(name))).toBe(true);
  });
});

describe('assignVariableNames', () => {
  it('numbers collisions in node-id order, whatever the node order', () => {
    const a = assignVariableNames([
      { id: 'b', name: 'API' },
      { id: 'a', name: 'api' },
      { id: 'c', name: 'A.P.I.' },
    ]);
    const b = assignVariableNames([
      { id: 'c', name: 'A.P.I.' },
      { id: 'a', name: 'api' },
      { id: 'b', name: 'API' },
    ]);
    const byId = (list: typeof a) => Object.fromEntries(list.map((e) => [e.nodeId, e.variableName]));
    expect(byId(a)).toEqual({ a: 'api', b: 'api_2', c: 'a_p_i' });
    expect(byId(b)).toEqual(byId(a));
    expect(a.find((e) => e.nodeId === 'b')?.source).toBe('deduplicated');
  });
  it('keeps valid overrides and never hands their name to another node', () => {
    const names = assignVariableNames([
      { id: 'a', name: 'web tier' },
      { id: 'b', name: 'Other', variableName: 'web_tier' },
    ]);
    expect(names).toEqual([
      { nodeId: 'a', nodeName: 'web tier', variableName: 'web_tier_2', source: 'deduplicated', note: '"web_tier" is already used by another node' },
      { nodeId: 'b', nodeName: 'Other', variableName: 'web_tier', source: 'stored' },
    ]);
  });
  it('derives from an invalid override and says so', () => {
    const [entry] = assignVariableNames([{ id: 'a', name: 'x', variableName: 'count' }]);
    expect(entry?.variableName).toBe('count_node');
    expect(entry?.source).toBe('stored-invalid');
    expect(entry?.note).toContain('not a usable');
  });
  it('gives every node a distinct name', () => {
    const nodes = hostileNames.flatMap((name, i) => [{ id: `x${i}`, name }, { id: `y${i}`, name }]);
    const names = assignVariableNames(nodes).map((e) => e.variableName);
    expect(new Set(names).size).toBe(nodes.length);
  });
});

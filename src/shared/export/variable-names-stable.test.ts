import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parsePlanText } from '../model/parse-plan';
import { hasTerraformVariable, isHclIdentifier, RESERVED_VARIABLE_NAMES, variableNamesOf } from '../model/terraform-names';
import { planInputArb } from '../testing/random-plan';
import { nodeKinds, type Plan } from '../model/plan';
import { kinds } from '../kinds';
import { addNode, renameNode } from '../editing/plan-edits';
import { copyFragment, pasteFragment } from '../editing/fragment';
import { projectPlan } from '../engine/project';
import { buildTfvarsModel } from './tfvars-model';
import { renderTfvarsFiles } from './tfvars';

function sample(name: string): Plan {
  const parsed = parsePlanText(readFileSync(new URL(`../../../resources/samples/${name}.headroom.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} did not parse`);
  return parsed.plan;
}

function files(plan: Plan) {
  return renderTfvarsFiles(buildTfvarsModel(plan, projectPlan(plan))).map((f) => ({ name: f.name, content: f.content }));
}

/**
 * The files without their prose: comments and variables.tf descriptions quote the node's
 * name for the reader, and a rename changes those (Terraform plans no change for them).
 */
function withoutProse(list: { name: string; content: string }[]) {
  return list.map((f) => ({ name: f.name, content: f.content.split('\n').filter((l) => !/^\s*(#|description\s*=)/.test(l)).join('\n') }));
}

describe('a node keeps its Terraform variable name', () => {
  it.each(['global-conference', 'ticketing-launch'])('renaming every sized node of %s leaves every tfvars value, variable and the schedule as they were', (name) => {
    const plan = sample(name);
    const before = files(plan);
    let renamed = plan;
    for (const node of plan.nodes) {
      const r = renameNode(renamed, node.id, `${node.name} renamed (v2)`);
      if (!r.ok) throw new Error(r.message);
      renamed = r.plan;
    }
    const after = files(renamed);
    expect(after.map((f) => f.name)).toEqual(before.map((f) => f.name));
    expect(withoutProse(after)).toEqual(withoutProse(before));
    // The JSON files carry no comments: byte for byte the same.
    for (const [i, f] of after.entries()) if (f.name.endsWith('.json')) expect(f.content).toBe(before[i]!.content);
  });

  it('a node added from the palette gets a unique name at once, kept through a rename', () => {
    let plan = sample('global-conference');
    const taken = plan.nodes.map((n) => n.tfvars?.variableName).filter(Boolean);
    plan = addNode(plan, 'service', 'new-svc', { x: 0, y: 0 }, 'platform app');
    const added = plan.nodes.find((n) => n.id === 'new-svc')!;
    expect(added.tfvars?.variableName).toBe('platform_app_2');
    expect(taken).toContain('platform_app');
    const r = renameNode(plan, 'new-svc', 'Search');
    expect(r.ok && r.plan.nodes.find((n) => n.id === 'new-svc')!.tfvars?.variableName).toBe('platform_app_2');
  });

  it('a pasted copy gets its own name in the same plan, and keeps its name in a plan that does not use it', () => {
    const plan = sample('global-conference');
    let n = 0;
    const fragment = copyFragment(plan, ['platform-app']);
    const same = pasteFragment(plan, fragment, () => `copy-${++n}`);
    const copy = same.plan.nodes.find((x) => x.id === same.nodeIds[0])!;
    expect(copy.tfvars?.variableName).toBe('platform_app_2');
    const names = same.plan.nodes.map((x) => x.tfvars?.variableName).filter((x) => x !== undefined);
    expect(new Set(names).size).toBe(names.length);

    const other = sample('flash-sale');
    const elsewhere = pasteFragment(other, fragment, () => `copy-${++n}`);
    expect(elsewhere.plan.nodes.find((x) => x.id === elsewhere.nodeIds[0])!.tfvars?.variableName).toBe('platform_app');
  });
});

describe('random plans', () => {
  it('open with a usable, unique variable name exported for every sized node, whatever they stored, and renames keep them', () => {
    fc.assert(
      fc.property(planInputArb({ maxNodes: 6 }), (input) => {
        const read = parsePlanDocument(input);
        fc.pre(read.ok);
        if (!read.ok) return;
        const names = variableNamesOf(read.plan.nodes);
        expect(names.every((e) => isHclIdentifier(e.variableName) && !RESERVED_VARIABLE_NAMES.has(e.variableName))).toBe(true);
        expect(new Set(names.map((e) => e.variableName)).size).toBe(names.length);
        expect(read.plan.nodes.filter((n) => hasTerraformVariable(n.kind)).every((n) => (n.tfvars?.variableName ?? '') !== '')).toBe(true);
        const renamed = { ...read.plan, nodes: read.plan.nodes.map((n) => ({ ...n, name: `${n.name} (renamed)` })) };
        expect(variableNamesOf(renamed.nodes).map((e) => e.variableName)).toEqual(names.map((e) => e.variableName));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the kinds that carry a name', () => {
  it('are exactly the kinds the tfvars size (the rest are skipped), so no exported node lacks a stored name', () => {
    const plan = sample('global-conference');
    const model = buildTfvarsModel(plan, projectPlan(plan));
    for (const node of model.nodes) expect(hasTerraformVariable(node.kind), node.kind).toBe(true);
    for (const node of model.skipped) expect(hasTerraformVariable(node.kind), node.kind).toBe(false);
    expect(new Set([...model.nodes, ...model.skipped].map((n) => n.kind)).size).toBeGreaterThanOrEqual(7);
  });
  it('are every kind with a tfvars layout, the workload and the function too', () => {
    for (const kind of nodeKinds) expect({ kind, named: hasTerraformVariable(kind) }).toEqual({ kind, named: kinds[kind].tfvars !== null });
  });
});

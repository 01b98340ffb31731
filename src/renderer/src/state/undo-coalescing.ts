/**
 * Which edits are one undo step. Typing "1234" into a field is four edits of the same value:
 * each keystroke changes the same leaf of the plan (nodes[3].params.baselineRps), soon after
 * the last. Those merge into the step the first keystroke opened; a change anywhere else, a
 * pause longer than COALESCE_MS, an undo or redo starts a new step.
 */
export const COALESCE_MS = 1000;

/** More changed leaves than this is a structural edit (add, delete, paste, layout): never merged. */
const MAX_LEAVES = 4;

/**
 * The paths of the leaves that differ between two versions of a plan, or null when the
 * change is structural. Walks only where references differ, so an edit to one field costs a
 * walk down one branch, not the whole plan.
 */
export function changedLeaves(before: unknown, after: unknown): string[] | null {
  const out: string[] = [];
  const stack: { a: unknown; b: unknown; path: string }[] = [{ a: before, b: after, path: '' }];
  while (stack.length > 0) {
    const { a, b, path } = stack.pop()!;
    if (Object.is(a, b)) continue;
    const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
    if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) {
      out.push(path);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return null; // an item added or removed
      for (let i = 0; i < a.length; i += 1) stack.push({ a: a[i], b: b[i], path: `${path}[${i}]` });
    } else {
      const ao = a as Record<string, unknown>;
      const bo = b as Record<string, unknown>;
      for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
        if (!(key in ao) || !(key in bo)) out.push(`${path}.${key}`);
        else stack.push({ a: ao[key], b: bo[key], path: `${path}.${key}` });
      }
    }
    if (out.length > MAX_LEAVES) return null;
  }
  return out.sort();
}

export interface CoalescingRun {
  /** True when this edit continues the step the previous one opened. */
  continues(before: unknown, after: unknown, at: number): boolean;
  /** The next edit starts a step of its own (after an undo, redo, load, or a non-plan change). */
  reset(): void;
}

export function createCoalescingRun(windowMs: number = COALESCE_MS): CoalescingRun {
  let lastKey: string | null = null;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    continues(before, after, at) {
      const leaves = changedLeaves(before, after);
      const key = leaves === null || leaves.length === 0 ? null : leaves.join('\n');
      const merge = key !== null && key === lastKey && at - lastAt <= windowMs;
      lastKey = key;
      lastAt = at;
      return merge;
    },
    reset() {
      lastKey = null;
      lastAt = Number.NEGATIVE_INFINITY;
    },
  };
}

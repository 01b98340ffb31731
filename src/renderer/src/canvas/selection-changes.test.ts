import { describe, expect, it } from 'vitest';
import { nextSelection } from './selection-changes';

const select = (id: string, selected: boolean) => ({ type: 'select', id, selected });

describe('the selection after a batch of React Flow select changes', () => {
  it('a click on a node replaces the selection with that node', () => {
    expect(nextSelection(['a'], [select('a', false), select('b', true)])).toEqual(['b']);
  });

  it('a modifier click adds to the selection, keeping the earlier ids first', () => {
    expect(nextSelection(['a'], [select('b', true)])).toEqual(['a', 'b']);
  });

  it('a click on the empty pane clears it', () => {
    expect(nextSelection(['a', 'b'], [select('a', false), select('b', false)])).toEqual([]);
  });

  it('reports no change when the batch says what the store already holds', () => {
    expect(nextSelection(['a'], [select('a', true)])).toBeNull();
    expect(nextSelection([], [select('x', false)])).toBeNull();
  });

  it('ignores changes that are not selections (drags, measuring, removal)', () => {
    expect(nextSelection(['a'], [{ type: 'position', id: 'a' }, { type: 'dimensions', id: 'b' }, { type: 'remove', id: 'a' }])).toBeNull();
  });
});

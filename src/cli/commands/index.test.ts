import { describe, expect, it } from 'vitest';
import { commands } from './index';

describe('the command list', () => {
  it.each(Object.keys(commands))('%s: the summary shown by --help is the one its module exports', async (name) => {
    const entry = commands[name]!;
    const command = await entry.load();
    expect(entry.summary).toBe(command.summary);
    expect(typeof command.run).toBe('function');
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/model/parse-plan';
import { openDatabase } from './open-database';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(import.meta.dirname, 'testing', 'save-burst.ts');

interface Burst {
  dataDir: string;
  planId: string;
  lastAck: number;
}

/** Runs the save burst in a child and SIGKILLs it once `killAfter` saves were acknowledged. */
function burstThenKill(killAfter: number): Promise<Burst> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-crash-'));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    let planId = '';
    let lastAck = 0;
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value = ''] = line.split(' ');
        if (word === 'ready') planId = value;
        // Acks read after the kill signal was sent still count: each was printed after its save returned.
        if (word === 'ack') lastAck = Math.max(lastAck, Number(value));
      }
      if (!killed && lastAck >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the save burst ended on its own (code ${code}) before the kill:\n${stderr}`));
      else resolve({ dataDir, planId, lastAck });
    });
  });
}

describe('crash safety: SIGKILL in the middle of a burst of saves', () => {
  // Different kill points land in different phases: first checkpoint, a growing WAL, later checkpoints.
  it.each([25, 180, 700])('after %i acknowledged saves, reopens intact with every acknowledged save present', async (killAfter) => {
    const { dataDir, planId, lastAck } = await burstThenKill(killAfter);
    expect(planId).not.toBe('');
    expect(lastAck).toBeGreaterThanOrEqual(killAfter);

    const reopened = openDatabase(dataDir);
    try {
      expect(reopened.movedAside).toEqual([]);
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const head = reopened.db.prepare('SELECT head_revision, document FROM plans WHERE id = ?').get(planId) as { head_revision: number; document: string };
      // The kill may have landed after a commit whose ack was never printed: the head can be ahead, never behind.
      expect(head.head_revision).toBeGreaterThanOrEqual(lastAck);
      const parsed = parsePlanText(head.document);
      expect(parsed.ok && parsed.plan.description).toBe(`burst revision ${head.head_revision}`);
      // Saves within one minute coalesce (revision-retention.ts): the history's newest row is the head itself.
      const newest = reopened.db.prepare('SELECT revision, document FROM plan_revisions WHERE plan_id = ? ORDER BY revision DESC LIMIT 1').get(planId) as {
        revision: number;
        document: string;
      };
      expect(newest.revision).toBe(head.head_revision);
      expect(newest.document).toBe(head.document);
    } finally {
      reopened.db.close();
    }
  }, 60_000);
});

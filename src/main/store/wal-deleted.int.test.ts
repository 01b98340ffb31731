import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppServices } from '../services/app-services';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(import.meta.dirname, 'testing', 'wal-deleted-burst.ts');
const samplesDir = path.join(root, 'resources', 'samples');

/** Runs the child, deletes the WAL (and its index) after `deleteAt` acks, SIGKILLs it after `killAt`. */
function deleteWalThenKill(dataDir: string, deleteAt: number, killAt: number): Promise<{ planId: string; lastAck: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const wal = path.join(dataDir, 'headroom.db-wal');
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    let planId = '';
    let lastAck = 0;
    let deleted = false;
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value = ''] = line.split(' ');
        if (word === 'ready') planId = value;
        if (word === 'ack') lastAck = Math.max(lastAck, Number(value));
      }
      if (!deleted && lastAck >= deleteAt) {
        deleted = true;
        expect(existsSync(wal)).toBe(true);
        rmSync(wal);
        rmSync(`${wal.slice(0, -4)}-shm`, { force: true });
      }
      if (!killed && lastAck >= killAt) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended on its own (code ${code}):\n${stderr}`));
      else resolve({ planId, lastAck });
    });
  });
}

describe('a WAL file deleted behind the app’s back', () => {
  it('loses no acknowledged save across a crash, keeps the user’s plan in a fresh folder, and tells the user', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-wal-deleted-'));
    const { planId, lastAck } = await deleteWalThenKill(dataDir, 30, 60);
    expect(planId).not.toBe('');

    const services = startAppServices({ dataDir, samplesDir, version: 'test', transport: 'web' });
    try {
      const list = await services.api.plans.list(undefined);
      expect(list.map((p) => p.name)).toContain('My own plan');
      const mine = await services.api.plans.get({ id: planId });
      const saved = Number(/^save (\d+)$/.exec(mine.plan.description ?? '')?.[1]);
      // The kill may land after a commit whose ack was never printed: ahead is fine, behind is a loss.
      expect(saved).toBeGreaterThanOrEqual(lastAck);
      const info = await services.api.app.info(undefined);
      expect(info.notices.map((n) => n.message).join('\n')).toMatch(/headroom\.db-wal was deleted by another program.*nothing was lost/);
    } finally {
      services.close();
    }
  }, 60_000);
});

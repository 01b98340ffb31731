import { existsSync, renameSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

export interface WalIncident {
  at: string;
  title: string;
  message: string;
}

/** Where incidents are kept until the app has shown them (the settings table). */
export const WAL_INCIDENT_KEY = 'notice:wal-recovered';

function inode(file: string): number | null {
  try {
    return statSync(file).ino;
  } catch {
    return null;
  }
}

/**
 * Watches the database's write-ahead log. Sync tools and disk cleaners delete `-wal` files
 * behind the app's back; SQLite keeps writing to the deleted file, so every save since the
 * last checkpoint would be lost on the next crash, silently. After each call that may have
 * written, `check()` compares the log on disk with the one this connection opened; when it
 * is gone or replaced, it copies every committed save into the database file (checkpoint
 * through the connection's own handle), leaves the WAL and starts a new one, and returns
 * what happened so the app can tell the user. A stranger `-wal` at the path is moved aside,
 * never replayed.
 */
export function createWalGuard(db: Database, file: string, now: () => Date = () => new Date()) {
  const wal = `${file}-wal`;
  let known = inode(wal);

  function recover(): WalIncident {
    const at = now().toISOString();
    const missing = !existsSync(wal);
    db.pragma('wal_checkpoint(TRUNCATE)');
    let restarted = true;
    try {
      if (!missing) renameSync(wal, `${wal}.foreign-${at.replace(/[:.]/g, '-')}`);
      db.pragma('journal_mode = DELETE');
      db.pragma('journal_mode = WAL');
    } catch {
      // Another connection holds the file: the saves are in the database file already; a restart finishes the switch.
      restarted = false;
    }
    known = inode(wal);
    const check = db.pragma('quick_check', { simple: true });
    const what = missing ? 'was deleted by another program' : 'was replaced by another program';
    return {
      at,
      title: 'Headroom recovered its save log',
      message:
        `${wal} ${what} (a sync tool or disk cleaner?). Every save so far was copied into ${file}; nothing was lost.` +
        (restarted ? '' : ' Restart Headroom to finish the repair.') +
        (check === 'ok' ? '' : ` The database then reported: ${String(check)}.`) +
        ' Keep the data folder out of sync tools and cleaners.',
    };
  }

  return {
    /** Null while the log on disk is the one in use; otherwise recovers and says what happened. */
    check(): WalIncident | null {
      if (!db.open) return null;
      const current = inode(wal);
      if (current !== null && current === known) return null;
      if (known === null && current !== null) {
        known = current; // the first write created it
        return null;
      }
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
      return recover();
    },
  };
}
export type WalGuard = ReturnType<typeof createWalGuard>;

import type { Database } from 'better-sqlite3';

/**
 * Small app-wide preferences (the last export folder, …) in the `settings` table. Values
 * are plain strings; a caller that stores structure owns its parsing.
 */
export function createSettingsRepository(db: Database) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  return {
    get(key: string): string | null {
      return select.get(key)?.value ?? null;
    },
    set(key: string, value: string): void {
      upsert.run(key, value);
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

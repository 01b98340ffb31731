import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AppInfo, ApiHandlers } from '../../shared/api';
import { applyPendingRestore, takeDailyBackupIfDue } from '../store/backups';
import { createChecklistRepository } from '../store/checklist-repository';
import { openDatabase, type OpenOptions } from '../store/open-database';
import { createPlanRepository } from '../store/plan-repository';
import { createSettingsRepository } from '../store/settings-repository';
import { createTrafficRepository } from '../store/traffic-repository';
import { createWalGuard, WAL_INCIDENT_KEY, type WalIncident } from '../store/wal-guard';
import { createApi } from './create-api';
import type { SaveDialogPort } from './exports-handlers';
import { createTemplateLoader } from './templates';

export interface AppServicesOptions extends OpenOptions {
  dataDir: string;
  samplesDir: string;
  version: string;
  transport: AppInfo['transport'];
  /** Native save dialogs (Electron); without them exports are returned for download. */
  dialogs?: SaveDialogPort | undefined;
  /** Where the first export dialog opens. */
  defaultExportFolder?: (() => string) | undefined;
  /** Finishes a staged restore by restarting (Electron: relaunch); without it the user restarts. */
  onRestoreStaged?: (() => void) | undefined;
  /** Told at once when the store repairs something (Electron: a message box; web: the terminal). */
  onNotice?: ((notice: WalIncident) => void) | undefined;
}

/**
 * Everything main runs, without electron: the store, the api over it, and the first-run
 * sample. The Electron shell and the loopback web host both start from here.
 */
/** Named rather than inferred: the database's type must be named for the declaration main's layer emits. */
export interface AppServices {
  api: ApiHandlers;
  info: AppInfo;
  db: Database;
  restored: ReturnType<typeof applyPendingRestore>;
  dailyBackup: ReturnType<typeof takeDailyBackupIfDue>;
  close(): void;
}

export function startAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  // A restore chosen in the last run is swapped in before anything opens the database.
  const restored = applyPendingRestore(options.dataDir, path.join(options.dataDir, 'backups'), now(), options);
  const opened = openDatabase(options.dataDir, options);
  const dailyBackup = takeDailyBackupIfDue(opened.db, opened.backupsDir, now());
  const plans = createPlanRepository(opened.db, options.now);
  const loadTemplate = createTemplateLoader(options.samplesDir, options.now);
  if (plans.count() === 0 && !hasSeeded(opened.db)) {
    // First launch opens on a worked example rather than an empty screen.
    plans.create(loadTemplate('global-conference'));
    opened.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('seeded', '1')").run();
    // Into the database file now, not only the WAL: were the WAL lost, a later start must not
    // take the folder for a fresh one and seed the sample over the user's plans.
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const settings = createSettingsRepository(opened.db);
  const walGuard = createWalGuard(opened.db, opened.file, now);
  // Repairs reported in a run that ended (a crash) before the user saw them are shown now.
  const notices = readNotices(settings.get(WAL_INCIDENT_KEY));
  if (notices.length > 0) settings.set(WAL_INCIDENT_KEY, '[]');
  const info: AppInfo = {
    version: options.version,
    dataFile: opened.file,
    backupsDir: opened.backupsDir,
    movedAside: opened.movedAside,
    transport: options.transport,
    notices,
  };
  // This run's repairs, kept until the next start has shown them (this run may end in a crash).
  const thisRun: WalIncident[] = [];
  function noteIncident(incident: WalIncident | null): void {
    if (!incident) return;
    notices.push(incident);
    thisRun.push(incident);
    settings.set(WAL_INCIDENT_KEY, JSON.stringify(thisRun));
    options.onNotice?.(incident);
  }
  function noticesAfter(seen: number): { notices: WalIncident[]; total: number } {
    // The window has shown every notice so far: this run's need not wait for the next start.
    if (seen >= notices.length && thisRun.length > 0) {
      thisRun.length = 0;
      settings.set(WAL_INCIDENT_KEY, '[]');
    }
    return { notices: notices.slice(seen), total: notices.length };
  }
  const checklist = createChecklistRepository(opened.db, options.now);
  const exports = {
    settings,
    dialogs: options.dialogs,
    defaultFolder: options.defaultExportFolder,
    checklistState: (planId: string) => checklist.get(planId),
  };
  const traffic = createTrafficRepository(opened.db, options.now);
  // An import interrupted by a crash or a closed window left a staging series: drop it.
  traffic.discardAllStaging();
  const unguarded = createApi({ plans, checklist, loadTemplate, appInfo: () => info, notices: noticesAfter, exports, traffic, backups: { dataDir: options.dataDir, backupsDir: opened.backupsDir, nativeBinding: options.nativeBinding, onRestoreStaged: options.onRestoreStaged } });
  // After every call (most write): is the WAL on disk still the one SQLite writes to?
  const api = guardEachCall(unguarded, () => noteIncident(walGuard.check()));
  return {
    api,
    info,
    db: opened.db,
    restored,
    dailyBackup,
    close() {
      if (opened.db.open) opened.db.close();
    },
  };
}

function readNotices(text: string | null): WalIncident[] {
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((n): n is WalIncident => typeof n?.message === 'string' && typeof n?.title === 'string' && typeof n?.at === 'string') : [];
  } catch {
    return [];
  }
}

/** The same api, with `after` run once each call has finished (resolved or thrown). */
function guardEachCall(api: ApiHandlers, after: () => void): ApiHandlers {
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [domain, handlers] of Object.entries(api as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)) {
    wrapped[domain] = Object.fromEntries(
      Object.entries(handlers).map(([verb, fn]) => [
        verb,
        async (input: unknown) => {
          try {
            return await fn.call(handlers, input);
          } finally {
            after();
          }
        },
      ]),
    );
  }
  return wrapped as unknown as ApiHandlers;
}

function hasSeeded(db: ReturnType<typeof openDatabase>['db']): boolean {
  return db.prepare("SELECT 1 FROM settings WHERE key = 'seeded'").get() !== undefined;
}

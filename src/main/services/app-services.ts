import path from 'node:path';
import type { AppInfo } from '../../shared/api';
import { applyPendingRestore, takeDailyBackupIfDue } from '../store/backups';
import { createChecklistRepository } from '../store/checklist-repository';
import { openDatabase, type OpenOptions } from '../store/open-database';
import { createPlanRepository } from '../store/plan-repository';
import { createSettingsRepository } from '../store/settings-repository';
import { createTrafficRepository } from '../store/traffic-repository';
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
}

/**
 * Everything main runs, without electron: the store, the api over it, and the first-run
 * sample. The Electron shell and the loopback web host both start from here.
 */
export function startAppServices(options: AppServicesOptions) {
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
  }
  const info: AppInfo = {
    version: options.version,
    dataFile: opened.file,
    backupsDir: opened.backupsDir,
    movedAside: opened.movedAside,
    transport: options.transport,
  };
  const checklist = createChecklistRepository(opened.db, options.now);
  const exports = {
    settings: createSettingsRepository(opened.db),
    dialogs: options.dialogs,
    defaultFolder: options.defaultExportFolder,
    checklistState: (planId: string) => checklist.get(planId),
  };
  const traffic = createTrafficRepository(opened.db, options.now);
  // An import interrupted by a crash or a closed window left a staging series: drop it.
  traffic.discardAllStaging();
  const api = createApi({ plans, checklist, loadTemplate, appInfo: () => info, exports, traffic, backups: { dataDir: options.dataDir, backupsDir: opened.backupsDir, nativeBinding: options.nativeBinding, onRestoreStaged: options.onRestoreStaged } });
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
export type AppServices = ReturnType<typeof startAppServices>;

function hasSeeded(db: ReturnType<typeof openDatabase>['db']): boolean {
  return db.prepare("SELECT 1 FROM settings WHERE key = 'seeded'").get() !== undefined;
}

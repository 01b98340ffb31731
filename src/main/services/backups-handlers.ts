import { ApiError, type ApiHandlers } from '../../shared/api';
import { BackupError, listBackups, stageRestore } from '../store/backups';

export interface BackupsDeps {
  dataDir: string;
  backupsDir: string;
  nativeBinding?: string | undefined;
  /** The shell relaunches the app to finish a restore; absent in the web host. */
  onRestoreStaged?: (() => void) | undefined;
}

export function createBackupsHandlers(deps: BackupsDeps): ApiHandlers['backups'] {
  return {
    list: async () => listBackups(deps.backupsDir),
    restore: async ({ name }) => {
      try {
        stageRestore(deps.dataDir, deps.backupsDir, name, { nativeBinding: deps.nativeBinding });
      } catch (error) {
        if (error instanceof BackupError) throw new ApiError('invalid-input', `${error.message}. Nothing was changed.`);
        throw error;
      }
      if (deps.onRestoreStaged) {
        deps.onRestoreStaged();
        return { restartRequired: false, message: `Restoring ${name}: Headroom restarts now. Your current data is kept as a backup first.` };
      }
      return { restartRequired: true, message: `${name} will be restored when Headroom next starts. Your current data is kept as a backup first.` };
    },
  };
}

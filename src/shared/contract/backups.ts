import { z } from 'zod';
import { call } from './call';

export const BackupInfoSchema = z.object({
  name: z.string(),
  /** daily: the automatic copy (seven kept); before-migration / before-restore: kept until deleted by hand. */
  kind: z.enum(['daily', 'before-migration', 'before-restore']),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const RestoreResultSchema = z.object({
  /** Electron relaunches by itself; the web host must be restarted to finish. */
  restartRequired: z.boolean(),
  message: z.string(),
});
export type RestoreResult = z.infer<typeof RestoreResultSchema>;

export const backupsContract = {
  list: call(z.undefined(), z.array(BackupInfoSchema)),
  // A bare file name as listed, never a path: the service also checks it against the listing.
  restore: call(z.object({ name: z.string().max(200).regex(/^headroom-[A-Za-z0-9-]+\.db$/, 'a backup name as listed, like headroom-2026-05-01.db') }), RestoreResultSchema),
};

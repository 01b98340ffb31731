import { z } from 'zod';
import { call } from './call';

export const AppInfoSchema = z.object({
  version: z.string(),
  dataFile: z.string(),
  backupsDir: z.string(),
  /** A database file that could not be read at start-up and was moved aside, if any. */
  movedAside: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string() })),
  transport: z.enum(['electron', 'web']),
  /** Things the store repaired that the user should hear about (a deleted WAL recovered, …). */
  notices: z.array(z.object({ at: z.string(), title: z.string(), message: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appContract = {
  info: call(z.undefined(), AppInfoSchema),
};

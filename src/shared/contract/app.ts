import { z } from 'zod';
import { call } from './call';

/** Something the store repaired, said to the user: when, a title and what happened. */
export const NoticeSchema = z.object({ at: z.string(), title: z.string(), message: z.string() });
export type Notice = z.infer<typeof NoticeSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  dataFile: z.string(),
  backupsDir: z.string(),
  /** A database file that could not be read at start-up and was moved aside, if any. */
  movedAside: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string() })),
  transport: z.enum(['electron', 'web']),
  /** Things the store repaired that the user should hear about (a deleted WAL recovered, …). */
  notices: z.array(NoticeSchema),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appContract = {
  info: call(z.undefined(), AppInfoSchema),
  /**
   * The notices after the first `seen` (those the window has shown), and how many there are:
   * a browser tab asks now and then, since the web host cannot tell it unasked.
   */
  notices: call(z.object({ seen: z.number().int().min(0) }), z.object({ notices: z.array(NoticeSchema), total: z.number().int().min(0) })),
};

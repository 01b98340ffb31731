import type { IpcMainInvokeEvent } from 'electron';
import { apiChannels } from '../../shared/api';
import type { Dispatch } from '../api/dispatch';

/** The part of ipcMain this needs, so a test can register against a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>): void;
}

/**
 * Registers every contract channel. A call is served only if it comes from the app's own
 * top frame (not an iframe or a navigated-away page); the dispatcher validates the input.
 */
export function registerIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedSender: (url: string) => boolean): void {
  for (const { channel } of apiChannels()) {
    ipc.handle(channel, async (event, input) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) {
        return { ok: false, error: { code: 'forbidden', message: `${channel}: refused a call from ${frame?.url ?? 'an unknown frame'}` } };
      }
      return dispatch(channel, input);
    });
  }
}

import { contextBridge, ipcRenderer } from 'electron';
import { buildFromContract, type HeadroomBridge } from '../shared/api-object';
import { SHELL_EVENTS, type HeadroomEvents } from '../shared/contract/events';

// Exactly the contract's calls, each bound to its own channel: the renderer cannot name
// a channel, so it cannot reach anything main did not put in api.ts.
const bridge = buildFromContract<HeadroomBridge>((channel, input) => ipcRenderer.invoke(channel, input));
contextBridge.exposeInMainWorld('headroom', bridge);

// Main's few unasked messages. The callbacks never see the IPC event object (it would hand
// the page `sender`, i.e. ipcRenderer), only what each message means.
const events = {
  onFlushRequest(flush) {
    ipcRenderer.on(SHELL_EVENTS.flushRequest, (_event, requestId: unknown) => {
      const done = () => ipcRenderer.send(SHELL_EVENTS.flushDone, requestId);
      // A failed save is reported in the window; quitting still goes ahead once it is answered.
      void flush().then(done, done);
    });
  },
  onOpenBackups(open) {
    ipcRenderer.on(SHELL_EVENTS.openBackups, () => open());
  },
} satisfies HeadroomEvents;
contextBridge.exposeInMainWorld('headroomEvents', events);

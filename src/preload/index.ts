import { contextBridge, ipcRenderer } from 'electron';
import { buildFromContract, type HeadroomBridge } from '../shared/api-object';

// Exactly the contract's calls, each bound to its own channel: the renderer cannot name
// a channel, so it cannot reach anything main did not put in api.ts.
const bridge = buildFromContract<HeadroomBridge>((channel, input) => ipcRenderer.invoke(channel, input));
contextBridge.exposeInMainWorld('headroom', bridge);

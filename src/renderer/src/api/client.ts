import type { HeadroomApi } from '../../../shared/api';
import { apiFromBridge } from '../../../shared/api-calls';
import type { HeadroomBridge } from '../../../shared/api-object';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the loopback web host. */
    headroom?: HeadroomBridge;
  }
}

/** One api for the whole renderer: IPC inside Electron, HTTP against the web host. */
export const api: HeadroomApi = apiFromBridge(window.headroom ?? createHttpBridge());

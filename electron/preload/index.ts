import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, CHANNELS } from '../../shared/api/channels';

/**
 * The sandboxed preload: exposes exactly one function per contract channel on
 * `window.hankinta`, each forwarding its payload to the main process and returning the typed
 * result envelope. Nothing else of Electron or Node reaches the page.
 */
const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));

/// <reference types="vite/client" />
import type { Channel } from '../../shared/api/channels';
import type { Result } from '../../shared/api/errors';

declare global {
  interface Window {
    /** The typed IPC bridge the preload exposes (or the end-to-end harness's HTTP stand-in). */
    hankinta?: Readonly<Record<Channel, (payload: unknown) => Promise<Result<unknown>>>>;
  }
}

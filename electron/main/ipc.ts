import type { IpcMain } from 'electron';
import { CHANNELS, type Channel } from '../../shared/api/channels';
import type { ServiceHandlers } from '../../shared/api/contract';
import { dispatch, type ErrorLogger } from '../../shared/api/dispatch';
import type { Result } from '../../shared/api/errors';
import { isTrustedSender } from './security';

/**
 * Registers one handler per contract channel through a single wrapper: check the sender is
 * our own top frame, then hand the payload to the shared dispatch (zod-parse, call the
 * service, typed result). `after` runs main-process follow-ups (rebuild the menu after a
 * language change) once a call has succeeded.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  service: ServiceHandlers,
  origins: readonly string[],
  log: ErrorLogger,
  after: Partial<Record<Channel, () => void>> = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, origins)) {
        log(`Refused ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`, null);
        return { ok: false, error: { code: 'forbiddenSender', params: { channel } } };
      }
      const result = await dispatch(service, channel, payload, log);
      if (result.ok) after[channel]?.();
      return result;
    });
  }
}

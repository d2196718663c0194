import { describeZodError } from '../domain/common/validation';
import { isChannel } from './channels';
import { contract, type ServiceHandlers } from './contract';
import { ServiceError, type Result } from './errors';

/** Where unexpected errors go (the main process log, or the test harness's output). */
export type ErrorLogger = (message: string, error: unknown) => void;

/**
 * The one path every request takes, in Electron and in the end-to-end harness alike:
 * known channel → zod-parse the payload → call the handler → typed result. An invalid
 * payload or a failing handler becomes an error result the UI can show; nothing throws
 * into the void.
 */
export async function dispatch(
  handlers: ServiceHandlers,
  channel: string,
  payload: unknown,
  logError: ErrorLogger,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknownChannel', params: { channel } } };
  }
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalidRequest',
        params: { channel },
        issues: describeZodError(parsed.error, payload),
      },
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toAppError() };
    logError(`Handler for ${channel} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        params: { channel, detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
}

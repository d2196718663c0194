import type { Channel } from '../../../shared/api/channels';
import type { RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';

/**
 * The renderer's only way to the service: one typed call per contract channel through the
 * bridge the preload exposes. A bridge failure (main process gone) becomes an error result
 * too, so every caller handles exactly one shape.
 */
export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  const bridge = window.hankinta;
  if (!bridge) {
    return { ok: false, error: { code: 'internal', params: { channel, detail: 'no bridge' } } };
  }
  try {
    return (await bridge[channel](request)) as Result<ResponseOf<C>>;
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        params: { channel, detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
}

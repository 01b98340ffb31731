import { callsByName } from '../../../shared/api-calls';
import type { ApiEnvelope } from '../../../shared/api-error';
import type { HeadroomBridge } from '../../../shared/api-object';
import { encodeBinaryBody, holdsBytes } from '../../../shared/api-binary';

/**
 * The web host's transport: same contract, same envelopes, over same-origin fetch (each
 * channel named as it is called: see callsByName). An input holding bytes (the traffic
 * import's day blocks) goes as a binary body, the rest as JSON.
 */
export function createHttpBridge(): HeadroomBridge {
  return callsByName<HeadroomBridge>(async (channel, input): Promise<ApiEnvelope<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        ...(holdsBytes(input)
          ? { headers: { 'content-type': 'application/octet-stream' }, body: encodeBinaryBody(input) }
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) }),
      });
    } catch (error) {
      return { ok: false, error: { code: 'storage', message: `could not reach Headroom's host: ${String(error)}` } };
    }
    if (!response.ok) {
      return { ok: false, error: { code: response.status === 403 ? 'forbidden' : 'internal', message: `${channel}: ${response.status} ${await response.text()}` } };
    }
    return (await response.json()) as ApiEnvelope<unknown>;
  });
}

import { apiContract, ApiError, type ApiEnvelope, type HeadroomApi } from './api';

/**
 * What a transport exposes: the api's shape, but each call resolves to the envelope that
 * crossed the seam. The preload (IPC) and the HTTP client both have this shape.
 */
export type HeadroomBridge = {
  [D in keyof HeadroomApi]: {
    [V in keyof HeadroomApi[D]]: HeadroomApi[D][V] extends (...args: infer A) => Promise<infer O>
      ? (...args: A) => Promise<ApiEnvelope<O>>
      : never;
  };
};

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** Builds `{ domain: { verb: fn } }` from the contract, so no transport lists channels by hand. */
export function buildFromContract<T>(invoke: Invoke): T {
  const out: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domain, verbs] of Object.entries(apiContract)) {
    const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const verb of Object.keys(verbs)) {
      const channel = `${domain}:${verb}`;
      calls[verb] = (input: unknown) => invoke(channel, input);
    }
    out[domain] = calls;
  }
  return out as T;
}

/** The renderer's api: unwraps envelopes and throws ApiError with main's message. */
export function apiFromBridge(bridge: HeadroomBridge): HeadroomApi {
  const raw = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<ApiEnvelope<unknown>>>>;
  return buildFromContract<HeadroomApi>(async (channel, input) => {
    const [domain = '', verb = ''] = channel.split(':');
    const fn = raw[domain]?.[verb];
    if (!fn) throw new ApiError('internal', `the bridge has no call ${channel}`);
    const envelope = await fn(input);
    if (envelope.ok) return envelope.value;
    throw new ApiError(envelope.error.code, envelope.error.message);
  });
}

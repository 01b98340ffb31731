import { apiContract, type ApiEnvelope, type HeadroomApi } from './api';

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

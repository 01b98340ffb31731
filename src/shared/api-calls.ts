import type { HeadroomApi } from './api';
import { ApiError, type ApiEnvelope } from './api-error';
import type { HeadroomBridge } from './api-object';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;
type Calls = Record<string, (input: unknown) => Promise<unknown>>;

/**
 * `{ domain: { verb: fn } }` for the renderer, each `api.domain.verb(input)` invoking the
 * channel `domain:verb`: made from the names it is called with rather than from the
 * contract, so the renderer never imports api.ts, whose zod schemas for every call's input
 * and output took part of the first render to build (issue 18). What reaches main is still
 * checked there against the contract; the types still come from it. The preload keeps
 * buildFromContract: contextBridge copies a plain object, and a copy of a Proxy is empty.
 */
export function callsByName<T>(invoke: Invoke): T {
  const domains = new Map<string, Calls>();
  const domainCalls = (domain: string): Calls => {
    const verbs = new Map<string, (input: unknown) => Promise<unknown>>();
    return new Proxy({} as Calls, {
      get(_target, verb) {
        // `then`: an object with one is taken for a promise by `await`.
        if (typeof verb !== 'string' || verb === 'then') return undefined;
        let call = verbs.get(verb);
        if (!call) verbs.set(verb, (call = (input: unknown) => invoke(`${domain}:${verb}`, input)));
        return call;
      },
    });
  };
  return new Proxy({} as Record<string, Calls>, {
    get(_target, domain) {
      if (typeof domain !== 'string' || domain === 'then') return undefined;
      let calls = domains.get(domain);
      if (!calls) domains.set(domain, (calls = domainCalls(domain)));
      return calls;
    },
  }) as T;
}

/** The renderer's api: unwraps envelopes and throws ApiError with main's message. */
export function apiFromBridge(bridge: HeadroomBridge): HeadroomApi {
  const raw = bridge as unknown as Record<string, Record<string, ((input: unknown) => Promise<ApiEnvelope<unknown>>) | undefined> | undefined>;
  return callsByName<HeadroomApi>(async (channel, input) => {
    const [domain = '', verb = ''] = channel.split(':');
    const fn = raw[domain]?.[verb];
    if (!fn) throw new ApiError('internal', `the bridge has no call ${channel}`);
    const envelope = await fn(input);
    if (envelope.ok) return envelope.value;
    throw new ApiError(envelope.error.code, envelope.error.message);
  });
}

import { apiChannels, ApiError, type ApiEnvelope, type ApiHandlers } from '../../shared/api';
import { describeProblems, problemsFromZod } from '../../shared/model/parse-plan';

export type Dispatch = (channel: string, input: unknown) => Promise<ApiEnvelope<unknown>>;

/**
 * The one place a call from outside reaches a service: the channel must be in the
 * contract, the input must pass its schema, and whatever goes wrong comes back as an
 * envelope with a message a person can read. Both IPC and the web host use it.
 */
export function createDispatcher(api: ApiHandlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  const table = new Map(apiChannels().map((entry) => [entry.channel, entry]));
  return async (channel, input) => {
    const entry = table.get(channel);
    if (!entry) return { ok: false, error: { code: 'forbidden', message: `unknown call "${String(channel).slice(0, 80)}"` } };
    const parsed = entry.spec.input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: `${channel}: ${describeProblems(problemsFromZod(parsed.error))}` } };
    }
    const domain = (api as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[entry.domain];
    const fn = domain?.[entry.verb];
    if (!fn) return { ok: false, error: { code: 'internal', message: `${channel} is not implemented` } };
    try {
      const value = await fn.call(domain, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`${channel} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed: ${message}` } };
    }
  };
}

import { z } from 'zod';
import { appContract } from './contract/app';
import { backupsContract } from './contract/backups';
import { API_ERROR_CODES } from './api-error';
import type { CallSpec } from './contract/call';
import { checklistContract } from './contract/checklist';
import { exportsContract } from './contract/exports';
import { plansContract } from './contract/plans';
import { trafficContract } from './contract/traffic';

export * from './contract/app';
export * from './contract/backups';
export * from './contract/plans';
export * from './contract/checklist';
export * from './contract/exports';
export * from './contract/traffic';
export { call, type CallSpec } from './contract/call';

/**
 * The one contract between the renderer and main. Each call is a `domain:verb` channel
 * with a zod schema for its input and its output; main validates every input with these
 * before a service sees it, and the preload's allow-list is built from this object.
 * Each domain's calls and schemas live in src/shared/contract/<domain>.ts.
 */

export const apiContract = {
  app: appContract,
  backups: backupsContract,
  plans: plansContract,
  checklist: checklistContract,
  exports: exportsContract,
  traffic: trafficContract,
} as const;

export type ApiContract = typeof apiContract;
export type Domain = keyof ApiContract;
type Spec = CallSpec<z.ZodType, z.ZodType>;

/** The api as the renderer calls it: `await api.plans.get({ id })`. */
export type HeadroomApi = {
  [D in Domain]: {
    [V in keyof ApiContract[D]]: ApiContract[D][V] extends CallSpec<infer I, infer O>
      ? undefined extends z.input<I>
        ? (input?: z.input<I>) => Promise<z.output<O>>
        : (input: z.input<I>) => Promise<z.output<O>>
      : never;
  };
};

/** The api as main implements it: inputs arrive already parsed (defaults filled in). */
export type ApiHandlers = {
  [D in Domain]: {
    [V in keyof ApiContract[D]]: ApiContract[D][V] extends CallSpec<infer I, infer O>
      ? (input: z.output<I>) => Promise<z.input<O>>
      : never;
  };
};

/** Every channel name, `domain:verb`, derived from the contract. */
export function apiChannels(): { domain: string; verb: string; channel: string; spec: Spec }[] {
  const out: { domain: string; verb: string; channel: string; spec: Spec }[] = [];
  for (const [domain, verbs] of Object.entries(apiContract)) {
    for (const [verb, spec] of Object.entries(verbs as Record<string, Spec>)) {
      out.push({ domain, verb, channel: `${domain}:${verb}`, spec });
    }
  }
  return out;
}

export { ApiError, type ApiEnvelope, type ApiErrorCode, type ApiErrorShape } from './api-error';
export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);

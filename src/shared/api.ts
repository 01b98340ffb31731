import { z } from 'zod';
import { PlanSchema } from './model/plan';

/**
 * The one contract between the renderer and main. Each call is a `domain:verb` channel
 * with a zod schema for its input and its output; main validates every input with these
 * before a service sees it, and the preload's allow-list is built from this object.
 */

export const PlanIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a plan id');

export const PlanSummarySchema = z.object({
  id: PlanIdSchema,
  name: z.string(),
  revision: z.number().int(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  eventName: z.string(),
  eventDate: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const StoredPlanSchema = z.object({
  id: PlanIdSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  plan: PlanSchema,
});
export type StoredPlan = z.infer<typeof StoredPlanSchema>;

export const RevisionSchema = z.object({
  revision: z.number().int(),
  savedAt: z.string(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
});
export type RevisionInfo = z.infer<typeof RevisionSchema>;

export const TemplateIdSchema = z.enum(['blank', 'global-conference', 'flash-sale', 'event-platform']);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  dataFile: z.string(),
  backupsDir: z.string(),
  /** A database file that could not be read at start-up and was moved aside, if any. */
  movedAside: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string() })),
  transport: z.enum(['electron', 'web']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

interface CallSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
}
function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output };
}
const none = z.undefined();

export const apiContract = {
  app: {
    info: call(none, AppInfoSchema),
  },
  plans: {
    list: call(none, z.array(PlanSummarySchema)),
    get: call(z.object({ id: PlanIdSchema }), StoredPlanSchema),
    create: call(z.object({ name: z.string().trim().min(1).max(200), template: TemplateIdSchema }), StoredPlanSchema),
    /** Saves a new revision; `baseRevision` guards against overwriting a newer save from elsewhere. */
    save: call(
      z.object({ id: PlanIdSchema, baseRevision: z.number().int().min(0), plan: PlanSchema }),
      z.object({ revision: z.number().int(), updatedAt: z.string() }),
    ),
    rename: call(z.object({ id: PlanIdSchema, name: z.string().trim().min(1, 'a plan needs a name').max(200) }), PlanSummarySchema),
    duplicate: call(z.object({ id: PlanIdSchema }), PlanSummarySchema),
    delete: call(z.object({ id: PlanIdSchema }), z.object({ deleted: z.literal(true) })),
    revisions: call(z.object({ id: PlanIdSchema }), z.array(RevisionSchema)),
  },
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

/** What crosses the seam: never a thrown Error (its message and class would be lost over IPC). */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
export const ApiErrorCodeSchema = z.enum(['invalid-input', 'not-found', 'conflict', 'storage', 'forbidden', 'internal']);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

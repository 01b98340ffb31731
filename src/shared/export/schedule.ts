import type { PlanEvent } from '../model';
import { scaleDownSteps, type StageId } from '../engine/stages';
import { eventWindow, phaseWindow, ReadinessInputError, type TimelineOptions } from '../readiness/phases';
import type { TfNode } from './tfvars-model';
import { rampMinutes, type ScalingPolicy } from '../engine/scaling-policy';

/**
 * The countdown as scheduled actions, one list per autoscaled tier (services and worker
 * pools), in the shape `aws_autoscaling_schedule` takes: the infra team applies one
 * schedule instead of five stage files by hand. Every number is a stage file's number:
 *
 *   T-2 weeks  at the T-2 weeks phase start (start − 14 days, event-local time)
 *   T-1 week   at the T-1 week phase start (start − 7 days): min = desired = the pre-warm
 *   T-1 day    at the T-1 day phase start (start − 1 day): min = desired = the event target
 *   after      from the event's end, one step an hour down the checklist's scale-down
 *              ladder (30 % an hour), min = desired on each step; the last step is the
 *              after stage file (the plan's own min, the size after the event).
 *
 * A change that repeats the previous one is left out (compute is unchanged at T-2 weeks).
 * Ramp time: a step that adds instances starts early enough for the group to launch and
 * warm them (`rampMinutes`) before the next milestone: the T-1 day step is finished by the
 * event's start, the T-1 week step by the T-1 day step; when the ramp is longer than the
 * phase allows, the action moves earlier than the phase start (and says so in `early`).
 * Times are UTC RFC 3339 without fractions (`2027-06-01T07:00:00Z`), as AWS wants them.
 */

export const SCHEDULE_VARIABLE = 'autoscaling_schedule';

export interface ScheduledAction {
  /** Unique within the tier: `t-1w-prewarm`, `after-step-2`, … */
  name: string;
  startTime: string;
  min: number;
  desired: number;
  max: number;
  /** Minutes moved ahead of the phase start so the ramp finishes in time (0: on the phase start). */
  early?: number;
}

export interface TierSchedule {
  nodeId: string;
  nodeName: string;
  variableName: string;
  actions: ScheduledAction[];
}

export type ScheduleModel = { ok: true; tiers: TierSchedule[] } | { ok: false; problem: string };

const HOUR_MS = 3_600_000;

/** RFC 3339 in UTC, whole seconds: what aws_autoscaling_schedule's start_time accepts. */
export function utcRfc3339(date: Date): string {
  // A TZDate's own toISOString() prints its zone's wall clock with an offset: go through the instant.
  return `${new Date(date.getTime()).toISOString().slice(0, 19)}Z`;
}

function numberAt(node: TfNode, stage: StageId, attr: string): number {
  const v = node.values[stage][attr];
  if (typeof v !== 'number') throw new Error(`${node.nodeName}: no number ${attr} at ${stage}`);
  return v;
}

const MINUTE_MS = 60_000;

/** The phase start, or earlier when the ramp from `from` to `to` would end after `deadline`. */
function rampStart(phaseStart: Date, deadline: Date, from: number, to: number, ramp: RampPace | null): { at: Date; early: number } {
  const minutes = ramp ? rampMinutes(from, to, ramp) : 0;
  const latest = deadline.getTime() - minutes * MINUTE_MS;
  if (latest >= phaseStart.getTime()) return { at: phaseStart, early: 0 };
  return { at: new Date(Math.floor(latest / MINUTE_MS) * MINUTE_MS), early: Math.ceil((phaseStart.getTime() - latest) / MINUTE_MS) };
}

export type RampPace = Pick<ScalingPolicy, 'launchPerMinute' | 'warmupSeconds'>;

function tierActions(node: TfNode, attrs: { min: string; desired: string; max: string }, times: { t2w: Date; t1w: Date; t1d: Date; start: Date; end: Date }, ramp: RampPace | null): ScheduledAction[] {
  const at = (stage: StageId) => ({ min: numberAt(node, stage, attrs.min), desired: numberAt(node, stage, attrs.desired), max: numberAt(node, stage, attrs.max) });
  const t1d = rampStart(times.t1d, times.start, at('t-1w').desired, at('t-1d').desired, ramp);
  const t1w = rampStart(times.t1w, t1d.at, at('t-2w').desired, at('t-1w').desired, ramp);
  const early = (e: number) => (e > 0 ? { early: e } : {});
  const wanted: ScheduledAction[] = [
    { name: 't-2w', startTime: utcRfc3339(times.t2w), ...at('t-2w') },
    { name: 't-1w-prewarm', startTime: utcRfc3339(t1w.at), ...at('t-1w'), ...early(t1w.early) },
    { name: 't-1d-event-target', startTime: utcRfc3339(t1d.at), ...at('t-1d'), ...early(t1d.early) },
  ];
  const peak = at('t-1d');
  const after = at('after');
  const ladder = scaleDownSteps(peak.desired, after.desired).slice(1);
  if (ladder.length === 0) wanted.push({ name: 'after', startTime: utcRfc3339(times.end), ...after });
  ladder.forEach((size, k) => {
    const last = k === ladder.length - 1;
    const startTime = utcRfc3339(new Date(times.end.getTime() + k * HOUR_MS));
    wanted.push(last ? { name: 'after', startTime, ...after } : { name: `after-step-${k + 1}`, startTime, min: Math.max(after.min, size), desired: size, max: peak.max });
  });
  const out: ScheduledAction[] = [];
  let previous = at('baseline');
  for (const action of wanted) {
    if (action.min === previous.min && action.desired === previous.desired && action.max === previous.max) continue;
    // The ramp may not push the T-1 week step before T-2 weeks: then both stay in order.
    if (out.length > 0 && action.startTime <= out[out.length - 1]!.startTime) action.startTime = out[out.length - 1]!.startTime;
    out.push(action);
    previous = action;
  }
  return out;
}

/** The schedule of every autoscaled tier of a tfvars model, dated from the plan's event. */
export function buildSchedule(nodes: readonly TfNode[], event: PlanEvent, options: TimelineOptions = {}, paces: ReadonlyMap<string, RampPace> = new Map()): ScheduleModel {
  let window;
  try {
    window = eventWindow(event, options);
  } catch (error) {
    if (error instanceof ReadinessInputError) return { ok: false, problem: error.message };
    throw error;
  }
  const times = {
    t2w: phaseWindow('t-2w', window).start,
    t1w: phaseWindow('t-1w', window).start,
    t1d: phaseWindow('t-1d', window).start,
    start: window.start,
    end: window.end,
  };
  const tiers: TierSchedule[] = [];
  for (const node of nodes) {
    if (!node.scheduled) continue;
    const min = node.check.min;
    const max = node.check.max;
    // A tier whose plan has no max cannot be scheduled (aws requires max_size); every service and pool has one.
    if (!('attr' in min) || max === null || node.values.baseline[max.attr] === undefined) continue;
    tiers.push({ nodeId: node.nodeId, nodeName: node.nodeName, variableName: node.variableName, actions: tierActions(node, { min: min.attr, desired: node.check.desired, max: max.attr }, times, paces.get(node.nodeId) ?? null) });
  }
  return { ok: true, tiers };
}

import type { NodeOfKind } from '../../model';
import { HOURS_PER_MONTH, ceilSafe, explainLoad, Sizing, loadOnUnits, policyInput, statusOf, SizeScratch, type SizeContext } from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';

type Params = NodeOfKind<'serverlessFunction'>['params'];

const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** The concurrency the function can reach today: its reservation, else the account's quota. */
export function concurrencyLimit(p: Params): number {
  return p.reservedConcurrency > 0 ? p.reservedConcurrency : p.accountConcurrencyLimit;
}

/** Cost of one invocation: the request price plus duration × memory (GB) at the GB-second price. */
export function costPerRequest(p: Params): number {
  return p.pricePerMillionRequests / 1e6 + (p.averageDurationMs / 1000) * (p.memoryMb / 1024) * p.pricePerGbSecond;
}

/** Little's law: concurrent executions = arrival rate × average duration (before the buffer). */
export function concurrencyFor(p: Params, load: number): number {
  return load * (p.averageDurationMs / 1000);
}

/**
 * How fast concurrency can rise: the platform adds `scalingPer10Seconds` every 10 s above
 * what is already warm (the provisioned environments, or the concurrency the normal load
 * keeps busy). Seconds to go from `warm` to `peak`, and the provisioned concurrency that
 * would let the rise fit in the surge's `surgeRiseSeconds`.
 */
export function burst(p: Params, warm: number, peak: number): { seconds: number; provisionedNeeded: number } {
  const rise = Math.max(0, peak - warm);
  const seconds = Math.ceil(rise / p.scalingPer10Seconds) * 10;
  const addable = p.scalingPer10Seconds * Math.floor(p.surgeRiseSeconds / 10);
  // Environments are whole: a fractional `scalingPer10Seconds` must not leave 12,663.1 to provision.
  return { seconds, provisionedNeeded: Math.max(0, ceilSafe(peak - addable)) };
}

/**
 * Little's law: concurrent executions = arrival rate × average duration. The plan's buffer
 * goes on top; N+k and zones do not apply (the platform places environments). Checked
 * against the reservation or the account quota. Priced per request and per GB-second, at
 * the month's peak rate (an upper bound on the month's bill).
 */
export function functionNumbers(node: NodeOfKind<'serverlessFunction'>, ctx: SizeContext, i: number, slot: number, out: SizeScratch): SizeScratch {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const concurrency = concurrencyFor(p, load);
  const required = ceilSafe(concurrency * (1 + policy.buffer));
  const current = concurrencyLimit(p);
  out.loadRps = load;
  out.base = required;
  out.required = required;
  out.requiredUnclamped = required;
  out.current = current;
  out.status = statusOf(required, required, current, false);
  out.utilization = loadOnUnits(concurrency, current);
  out.monthlyCost = load * SECONDS_PER_MONTH * costPerRequest(p);
  return out;
}

export function sizeFunction(node: NodeOfKind<'serverlessFunction'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const n = functionNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: load, required, current } = n;
  // The same formula the numbers used, kept out of the shared scratch object.
  const concurrency = concurrencyFor(p, load);
  // The surge's rise only exists at the event: from the event month's normal load (the slot after the peak's) to the peak.
  const atEvent = slot === ctx.eventSlot;
  const normalLoad = atEvent ? ctx.loads.load[i * ctx.loads.slots + slot + 1]! : load;
  const warm = Math.max(p.provisionedConcurrency, concurrencyFor(p, normalLoad));
  const rise = burst(p, warm, required);
  const perRequest = costPerRequest(p);
  return new Sizing(
    n,
    {
      kind: 'serverlessFunction', concurrency, limit: current, reserved: p.reservedConcurrency > 0, accountLimit: p.accountConcurrencyLimit,
      warmConcurrency: warm, burstSeconds: atEvent ? rise.seconds : 0, surgeRiseSeconds: p.surgeRiseSeconds,
      provisionedNeeded: atEvent ? rise.provisionedNeeded : 0, provisionedConcurrency: p.provisionedConcurrency, costPerMillionRequests: perRequest * 1e6,
    },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: "Concurrency by Little's law",
        formula: 'load × averageDurationMs / 1000',
        inputs: [
          { name: 'load', value: load, unit: 'rps' },
          { name: 'averageDurationMs', value: p.averageDurationMs, unit: 'ms' },
        ],
        value: concurrency,
        unit: 'executions',
      },
      {
        label: 'Concurrency with the buffer',
        formula: 'ceil(concurrency × (1 + buffer)), checked against the reservation or the account quota',
        inputs: [
          { name: 'concurrency', value: concurrency, unit: 'executions' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: p.reservedConcurrency > 0 ? 'reservedConcurrency' : 'accountConcurrencyLimit', value: current, unit: 'executions' },
        ],
        value: required,
        unit: 'executions',
      },
      // Only the event has a surge to rise to.
      ...(atEvent ? [{
        label: 'Time for concurrency to rise to the peak',
        formula: 'ceil(max(0, need − warm) / scalingPer10Seconds) × 10 s, warm = max(provisioned, normal concurrency)',
        inputs: [
          { name: 'need', value: required, unit: 'executions' },
          { name: 'warm', value: warm, unit: 'executions' },
          { name: 'scalingPer10Seconds', value: p.scalingPer10Seconds, unit: 'executions' },
          { name: 'surgeRiseSeconds', value: p.surgeRiseSeconds, unit: 's' },
        ],
        value: rise.seconds,
        unit: 's',
      }] : []),
      {
        label: 'Cost per million requests',
        formula: 'pricePerMillionRequests + 1e6 × averageDurationMs / 1000 × memoryMb / 1024 × pricePerGbSecond',
        inputs: [
          { name: 'pricePerMillionRequests', value: p.pricePerMillionRequests, unit: 'per 1M' },
          { name: 'averageDurationMs', value: p.averageDurationMs, unit: 'ms' },
          { name: 'memoryMb', value: p.memoryMb, unit: 'MB' },
          { name: 'pricePerGbSecond', value: p.pricePerGbSecond, unit: 'per GB-s' },
        ],
        value: perRequest * 1e6,
        unit: 'per 1M',
      },
      {
        label: 'Cost a month at this rate',
        formula: 'load × 730 h × 3600 s × cost per request',
        inputs: [{ name: 'load', value: load, unit: 'rps' }, { name: 'cost per request', value: perRequest, unit: 'per request' }],
        value: n.monthlyCost,
        unit: 'per month',
      },
    ] : null,
    ctx, i, slot,
  );
}

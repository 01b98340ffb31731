import { z } from 'zod';
import { count, finite, nonNegative, positive } from '../../model/schema-parts';

/**
 * A function (AWS Lambda, Azure Functions, Cloud Run functions): one request per
 * execution environment at a time, so concurrency = rps × duration (Little's law).
 * The prices default to AWS Lambda's x86 list prices (USD).
 */
export const ServerlessFunctionParamsSchema = z.object({
  /** Average billed duration of one invocation. */
  averageDurationMs: positive.max(900_000).default(120),
  memoryMb: z.number().int().min(128).max(10_240).default(512),
  /** Concurrency reserved for this function; 0 = none, it shares the account's unreserved pool. */
  reservedConcurrency: count.default(0),
  /** The account's (region's) concurrent executions quota. */
  accountConcurrencyLimit: count.default(1000),
  /** Execution environments kept initialized (no cold start), today. */
  provisionedConcurrency: count.default(0),
  /** How much concurrency the platform can add every 10 s (Lambda: 1,000 per function). */
  scalingPer10Seconds: positive.max(1_000_000).default(1000),
  /** Seconds over which the event's surge arrives (an on-sale opening: under a minute). */
  surgeRiseSeconds: positive.max(86_400).default(60),
  pricePerMillionRequests: nonNegative.default(0.2),
  pricePerGbSecond: finite.min(0).default(0.0000166667),
  /** Database connections each execution opens (one per environment, without a proxy). */
  dbPoolSize: count.max(100_000).default(1),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const ServerlessFunctionTerraformVariable = true;

import { z } from 'zod';
import { nonNegative } from '../../model/schema-parts';

export const QueueParamsSchema = z.object({
  /** Messages/s the queue accepts, 0 = unlimited (managed queue). */
  maxMessagesPerSecond: nonNegative.default(0),
  /** Backlog present when the event starts, in messages. */
  initialBacklog: nonNegative.default(0),
});

/** Its nodes export no Terraform variable (it has no tfvars), so they store no variable name (model/terraform-names.ts). */
export const QueueTerraformVariable = false;

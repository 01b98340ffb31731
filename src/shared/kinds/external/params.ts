import { z } from 'zod';
import { nonNegative } from '../../model/schema-parts';

export const ExternalParamsSchema = z.object({
  /** The provider's rate limit, requests/s; 0 = none known. */
  rateLimitRps: nonNegative.default(0),
});

/** Its nodes export no Terraform variable (it has no tfvars), so they store no variable name (model/terraform-names.ts). */
export const ExternalTerraformVariable = false;

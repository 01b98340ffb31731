import { z } from 'zod';
import { nonNegative, ratio } from '../../model/schema-parts';

export const CdnParamsSchema = z.object({
  hitRatio: ratio.default(0.9),
  /** Provider limit on requests/s to the edge, 0 = unlimited. */
  maxRps: nonNegative.default(0),
});

/** Its nodes export no Terraform variable (it has no tfvars), so they store no variable name (model/terraform-names.ts). */
export const CdnTerraformVariable = false;

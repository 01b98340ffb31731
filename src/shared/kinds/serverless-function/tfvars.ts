import type { NodeOfKind } from '../../model';
import type { KindTfvars } from '../kind';

/**
 * `concurrent_executions` is the stage's count (what the checklist says); from it
 * `aws_lambda_function.reserved_concurrent_executions` (-1 = unreserved, the shared
 * account pool) and `aws_lambda_provisioned_concurrency_config`. A function the plan does
 * not reserve stays unreserved at the baseline and after the event, and is reserved its
 * event need from T-2 weeks (once the quota increase is granted) so no other function
 * can take it. Provisioned concurrency goes up for the event's T-1 day stage, to what the
 * surge's rise needs warm.
 */
export const functionTfvars: KindTfvars<NodeOfKind<'serverlessFunction'>> = {
  typeAttr: null,
  typeDescription: '',
  min: null,
  desired: 'concurrent_executions',
  max: null,
  unitLabel: 'concurrent executions',
  scheduled: false,
  attributes: [
    { name: 'reserved_concurrent_executions', type: 'number', description: 'reservation at this stage (-1 = unreserved, the account pool)' },
    { name: 'memory_size', type: 'number', description: 'MB of memory per execution environment' },
    { name: 'provisioned_concurrent_executions', type: 'number', description: 'environments kept initialized at this stage' },
  ],
  values: (node, projected, stage, size) => {
    const p = node.params;
    const d = projected.atEvent.detail;
    const needed = d.kind === 'serverlessFunction' ? d.provisionedNeeded : 0;
    const unreserved = p.reservedConcurrency === 0 && (stage === 'baseline' || stage === 'after');
    const provisioned = stage === 't-1d' ? Math.max(p.provisionedConcurrency, needed) : p.provisionedConcurrency;
    return {
      // A reservation holds at least what is provisioned (AWS refuses provisioned concurrency above it).
      reserved_concurrent_executions: unreserved ? -1 : Math.max(size.desired, provisioned),
      memory_size: p.memoryMb,
      provisioned_concurrent_executions: provisioned,
    };
  },
  validations: (v, name) => [
    {
      condition: `${v}.reserved_concurrent_executions == -1 || (floor(${v}.reserved_concurrent_executions) == ${v}.reserved_concurrent_executions && ${v}.reserved_concurrent_executions >= 0)`,
      message: `${name}: reserved_concurrent_executions must be -1 (unreserved) or a whole number of 0 or more.`,
    },
    {
      condition: `floor(${v}.provisioned_concurrent_executions) == ${v}.provisioned_concurrent_executions && ${v}.provisioned_concurrent_executions >= 0 && (${v}.reserved_concurrent_executions == -1 || ${v}.provisioned_concurrent_executions <= ${v}.reserved_concurrent_executions)`,
      message: `${name}: provisioned_concurrent_executions must be a whole number from 0 up to reserved_concurrent_executions (when it is reserved).`,
    },
  ],
};

import { stageIds, type StageId } from '../engine/stages';

/**
 * The countdown as Terraform stages: one tfvars file per step, applied in order by the
 * infra team. The size each stage sets comes from the readiness stage rules
 * (`engine/stages.ts`), the same functions the checklist's texts read.
 */

export { stageIds, sizeAtStage, wantedAtStage, boundsOf, clampToBounds, type StageId, type StageOptions, type Bounds, type StageSize } from '../engine/stages';

export interface StageInfo {
  id: StageId;
  /** File name stem: `01-baseline`, so a directory listing shows the order to apply. */
  fileStem: string;
  label: string;
  description: string;
}

export const stages: readonly StageInfo[] = [
  { id: 'baseline', fileStem: '01-baseline', label: 'Baseline', description: "today's sizes (what runs now)" },
  { id: 't-2w', fileStem: '02-t-2w', label: 'T-2 weeks', description: 'databases and caches pre-scaled to the event target; compute unchanged' },
  { id: 't-1w', fileStem: '03-t-1w', label: 'T-1 week', description: 'compute at the interim level; data tier and load balancers at target' },
  { id: 't-1d', fileStem: '04-t-1d', label: 'T-1 day', description: 'everything at the event target' },
  { id: 'after', fileStem: '05-after', label: 'After', description: 'scaled back to the normal need after the event, never below today' },
];

export function isStageId(text: string): text is StageId {
  return (stageIds as readonly string[]).includes(text);
}

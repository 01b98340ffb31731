import { CircleAlert, CircleCheck, CircleX, type LucideIcon } from 'lucide-react';
import type { ItemStatus, VerdictLevel } from '../../../shared/readiness';

/** One look per verdict, used by the banner, the stepper and the phase header alike. */
export const verdictStyle: Record<VerdictLevel, { label: string; color: string; Icon: LucideIcon }> = {
  ready: { label: 'Ready', color: 'teal', Icon: CircleCheck },
  'at-risk': { label: 'At risk', color: 'yellow', Icon: CircleAlert },
  'not-ready': { label: 'Not ready', color: 'red', Icon: CircleX },
};

/** Status colours: calm grey for work not started, colour only where it needs attention. */
export const statusColor: Record<ItemStatus, string> = {
  todo: 'gray',
  'in-progress': 'blue',
  done: 'teal',
  blocked: 'red',
  'n/a': 'gray',
};

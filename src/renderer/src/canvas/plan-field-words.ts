import type { FieldWords } from './field-message';

/**
 * The plan's own fields as PlanSettings shows them, keyed by their path in the plan: one
 * table for the labels on screen and the words of their messages.
 */
export const planFieldWords: Record<string, FieldWords> = {
  'event.name': { label: 'Event name', kind: 'text' },
  'event.startDate': { label: 'First day', kind: 'text' },
  'event.timeZone': { label: 'Time zone', kind: 'text' },
  'event.durationDays': { label: 'Duration', kind: 'integer', unit: 'days' },
  'event.surge.value': { label: 'Surge', kind: 'number' },
  'growth.monthlyRate': { label: 'Growth per month', kind: 'percent', unit: '% a month' },
  startMonth: { label: 'First month', kind: 'text' },
  horizonMonths: { label: 'Horizon', kind: 'integer', unit: 'months' },
  'headroom.targetUtilization': { label: 'Target utilization', kind: 'percent', unit: '%' },
  'headroom.buffer': { label: 'Buffer', kind: 'percent', unit: '%' },
  'headroom.nPlusK': { label: 'N+k spares', kind: 'integer' },
  'headroom.zones': { label: 'Zones', kind: 'integer' },
};

import type { LucideIcon } from 'lucide-react';
import type { FindingRule } from '../../../shared/engine/types';

/**
 * How each parameter of a node kind is shown and typed. `percent` fields are stored as
 * ratios (0.6) and shown as percentages (60); the schema in src/shared/model validates.
 */
export interface ParamField {
  key: string;
  label: string;
  kind: 'number' | 'integer' | 'percent' | 'text';
  unit?: string;
  help?: string;
  /** A value above this (in the shown unit) is saved but flagged as a likely typo. */
  warnAbove?: number;
}

/** The renderer's part of a node kind: its icon and colour, and its inspector fields. */
export interface RendererKind {
  icon: LucideIcon;
  /** A Mantine colour name. */
  color: string;
  /** Its sizing unit as the canvas card abbreviates it ('inst' for instances); null for kinds without one. */
  shortUnit: string | null;
  fields: ParamField[];
  /**
   * The inspector field a finding about one typed value of its own is shown beside (its count
   * today below its autoscaling min, its min above its max), by rule; the instance type's
   * findings go beside `instanceType` for every kind that has one (canvas/field-findings.ts).
   */
  findingFields?: Partial<Record<FindingRule, string>>;
}

/** No real system carries a billion requests (or messages, or operations) a second. */
export const RATE_LIMIT = 1e9;

/** The cost and hand-off fields of every priced kind. */
export const costFields: ParamField[] = [
  { key: 'instanceType', label: 'Instance type', kind: 'text', help: 'As the infra team names it (m7g.large, db.r6g.xlarge…); goes into the tfvars.' },
  { key: 'hourlyCost', label: 'Price per unit', kind: 'number', unit: '/ hour', help: 'Leave 0 to skip cost.', warnAbove: 10_000 },
];

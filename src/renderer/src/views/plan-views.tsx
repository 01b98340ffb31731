import type { ComponentType } from 'react';
import { CapacityView } from '../capacity/CapacityView';
import { CompareView } from '../compare/CompareView';
import { ExportView } from '../export/ExportView';
import { ReadinessView } from '../readiness/ReadinessView';
import { TrafficView } from '../traffic/TrafficView';
import { TopologyView } from './TopologyView';

/**
 * The views of an open plan, in the order of the switcher in the editor's header. Each
 * issue's screen adds one entry here (and nothing else to the editor).
 */
export interface PlanView {
  id: string;
  label: string;
  component: ComponentType;
}

export const planViews: PlanView[] = [
  { id: 'topology', label: 'Topology', component: TopologyView },
  { id: 'capacity', label: 'Capacity', component: CapacityView },
  { id: 'traffic', label: 'Traffic', component: TrafficView },
  { id: 'compare', label: 'Compare', component: CompareView },
  { id: 'readiness', label: 'Readiness', component: ReadinessView },
  { id: 'export', label: 'Export', component: ExportView },
];

import { lazy, type ComponentType } from 'react';
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

/**
 * A view in a chunk of its own: the first paint loads only the canvas (issue 18), and
 * `preloadPlanViews` fetches the rest once the plan is drawn. Once loaded, the view renders
 * at once; before, it suspends until its chunk arrives.
 */
function lazyView(load: () => Promise<ComponentType>): { component: ComponentType; preload: () => Promise<unknown> } {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  // A failed fetch is forgotten, so opening the view later tries again.
  const fetchView = () =>
    (loading ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Suspending = lazy(() => fetchView().then((view) => ({ default: view })));
  function LazyView() {
    const View = loaded ?? Suspending;
    return <View />;
  }
  return { component: LazyView, preload: fetchView };
}

const capacity = lazyView(() => import('../capacity/CapacityView').then((m) => m.CapacityView));
const traffic = lazyView(() => import('../traffic/TrafficView').then((m) => m.TrafficView));
const compare = lazyView(() => import('../compare/CompareView').then((m) => m.CompareView));
const readiness = lazyView(() => import('../readiness/ReadinessView').then((m) => m.ReadinessView));
const exportView = lazyView(() => import('../export/ExportView').then((m) => m.ExportView));

export const planViews: PlanView[] = [
  { id: 'topology', label: 'Topology', component: TopologyView },
  { id: 'capacity', label: 'Capacity', component: capacity.component },
  { id: 'traffic', label: 'Traffic', component: traffic.component },
  { id: 'compare', label: 'Compare', component: compare.component },
  { id: 'readiness', label: 'Readiness', component: readiness.component },
  { id: 'export', label: 'Export', component: exportView.component },
];

/** Fetches every view's chunk (a failure shows when that view is opened, not here). */
export function preloadPlanViews(): void {
  for (const view of [capacity, traffic, compare, readiness, exportView]) view.preload().catch(() => undefined);
}

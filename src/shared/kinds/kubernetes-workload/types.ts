import type { KindDefinition } from '../kind';

/** A Kubernetes workload: pods by the HPA, and the node group the pods need. */
export type KubernetesDetail = {
  kind: 'kubernetesWorkload';
  capacityPerPod: number;
  hpaMinReplicas: number;
  hpaMaxReplicas: number;
  /** True when the pods needed exceed the HPA max (a finding, never hidden). */
  aboveMax: boolean;
  hpaTargetCpu: number;
  /** Pods one node holds (requests against allocatable, the pod limit); 0 = a pod fits no node. */
  podsPerNode: number;
  /** Nodes the required pods need; null when a pod fits no node. */
  nodesRequired: number | null;
  currentNodes: number;
  nodeGroupMaxSize: number;
  /** True when the node group's max cannot hold the pods: the cluster autoscaler leaves them Pending. */
  nodeGroupShort: boolean;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type KubernetesWorkloadDefinition = KindDefinition<'kubernetesWorkload'>;

// The workload's detail, its unit and its own finding rule join the engine's unions from here.
declare module '../../engine/types' {
  interface SizingDetails {
    kubernetesWorkload: KubernetesDetail;
  }
  interface SizingUnits {
    pods: true;
  }
  interface KindFindingRules {
    'node-group-max': true;
  }
}

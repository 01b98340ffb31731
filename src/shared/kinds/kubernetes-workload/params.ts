import { z } from 'zod';
import { CostSchema, count, positive, utilization } from '../../model/schema-parts';

/**
 * A Deployment on EKS / GKE / AKS scaled by a HorizontalPodAutoscaler on CPU, on a node
 * group the cluster autoscaler grows. `instanceType` and `hourlyCost` are the node's.
 */
export const KubernetesWorkloadParamsSchema = CostSchema.extend({
  /** Observed requests/s one pod serves… */
  measuredRpsPerPod: positive.default(200),
  /** …at this CPU utilization of its CPU request (what the HPA measures). */
  measuredCpuUtilization: utilization.default(0.5),
  /** The HPA's target average CPU utilization; absent = the headroom policy's target. */
  hpaTargetCpu: utilization.optional(),
  currentPods: count.default(3),
  hpaMinReplicas: count.default(3),
  hpaMaxReplicas: count.default(30),
  /** What each pod requests: the scheduler packs nodes by requests, not by use. */
  podCpuRequestMillicores: positive.max(1_000_000).default(500),
  podMemoryRequestMib: positive.max(10_000_000).default(1024),
  /** One node's capacity (its instance type's vCPU × 1000 and memory). */
  nodeCpuMillicores: positive.max(10_000_000).default(4000),
  nodeMemoryMib: positive.max(100_000_000).default(16_384),
  /** Held back on every node: kube-reserved, system-reserved, eviction threshold and the daemonsets' requests. */
  systemReservedCpuMillicores: z.number().finite().min(0).max(10_000_000).default(300),
  systemReservedMemoryMib: z.number().finite().min(0).max(100_000_000).default(1_800),
  /** The kubelet's max pods per node (EKS: the ENI limit, 58 on an m5.xlarge), daemonset pods included. */
  maxPodsPerNode: z.number().int().min(1).max(10_000).default(58),
  /** Daemonset pods on every node, counted against maxPodsPerNode. */
  daemonsetPodsPerNode: count.max(10_000).default(3),
  currentNodes: count.default(3),
  nodeGroupMinSize: count.default(3),
  /** The cluster autoscaler stops here: a need above it leaves pods Pending. */
  nodeGroupMaxSize: count.default(10),
  /** Database connections each pod holds open. */
  dbPoolSize: count.max(100_000).default(10),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const KubernetesWorkloadTerraformVariable = true;

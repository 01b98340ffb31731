import type { NodeOfKind } from '../../model';
import type { KindTfvars } from '../kind';
import { hpaTarget, nodesForPods } from './sizing';

/**
 * One object per workload for the HPA (`kubernetes_horizontal_pod_autoscaler_v2`) and its
 * node group (`aws_eks_node_group` scaling_config, or the GKE / AKS pool's autoscaling):
 * the pods at each stage between the HPA's min and max, and the nodes those pods need,
 * from the same function the sizing uses.
 */
export const kubernetesTfvars: KindTfvars<NodeOfKind<'kubernetesWorkload'>> = {
  typeAttr: 'node_instance_type',
  typeDescription: 'node instance type',
  min: 'hpa_min_replicas',
  desired: 'replicas',
  max: 'hpa_max_replicas',
  unitLabel: 'pods',
  scheduled: false,
  attributes: [
    { name: 'hpa_target_cpu_percent', type: 'number', description: 'HPA target average CPU utilization, percent of the request' },
    { name: 'pod_cpu_request_millicores', type: 'number', description: 'CPU each pod requests' },
    { name: 'pod_memory_request_mib', type: 'number', description: 'memory each pod requests' },
    { name: 'node_group_min_size', type: 'number', description: 'node group minimum (holds the stage minimum of pods)' },
    { name: 'node_group_desired_size', type: 'number', description: 'nodes for the stage count of pods' },
    { name: 'node_group_max_size', type: 'number', description: 'node group maximum (the cluster autoscaler stops here)' },
  ],
  values: (node, _projected, _stage, size, policy) => {
    const p = node.params;
    const max = p.nodeGroupMaxSize;
    // Written within the group's max: a need above it is the node-group-max finding's, and Terraform's validation would refuse it.
    const desired = Math.min(nodesForPods(p, size.desired, policy.zones), max);
    const min = Math.min(nodesForPods(p, size.min, policy.zones), desired);
    return {
      // The HPA takes a whole percent from 1 to 100; the sizing uses the exact target.
      hpa_target_cpu_percent: Math.min(100, Math.max(1, Math.round(hpaTarget(p, policy) * 100))),
      pod_cpu_request_millicores: p.podCpuRequestMillicores,
      pod_memory_request_mib: p.podMemoryRequestMib,
      node_group_min_size: min,
      node_group_desired_size: desired,
      node_group_max_size: max,
    };
  },
  validations: (v, name) => [
    {
      condition: `floor(${v}.node_group_desired_size) == ${v}.node_group_desired_size && ${v}.node_group_min_size <= ${v}.node_group_desired_size && ${v}.node_group_desired_size <= ${v}.node_group_max_size`,
      message: `${name}: node_group_desired_size must be a whole number with node_group_min_size <= node_group_desired_size <= node_group_max_size.`,
    },
    {
      condition: `${v}.hpa_target_cpu_percent >= 1 && ${v}.hpa_target_cpu_percent <= 100`,
      message: `${name}: hpa_target_cpu_percent must be between 1 and 100.`,
    },
  ],
};

import { Boxes } from 'lucide-react';
import { costFields, RATE_LIMIT, type RendererKind } from './kind';

export const kubernetesWorkload: RendererKind = {
  icon: Boxes,
  color: 'blue',
  shortUnit: 'pods',
  fields: [
    { key: 'measuredRpsPerPod', label: 'Measured throughput', kind: 'number', unit: 'req/s per pod', warnAbove: RATE_LIMIT },
    { key: 'measuredCpuUtilization', label: '…at CPU', kind: 'percent', unit: '% of request', help: 'What the HPA measures: CPU used over CPU requested.' },
    { key: 'currentPods', label: 'Pods today', kind: 'integer' },
    { key: 'hpaMinReplicas', label: 'HPA min', kind: 'integer' },
    { key: 'hpaMaxReplicas', label: 'HPA max', kind: 'integer' },
    { key: 'podCpuRequestMillicores', label: 'Pod CPU request', kind: 'number', unit: 'millicores', warnAbove: 256_000 },
    { key: 'podMemoryRequestMib', label: 'Pod memory request', kind: 'number', unit: 'MiB', warnAbove: 2_000_000 },
    { key: 'nodeCpuMillicores', label: 'Node CPU', kind: 'number', unit: 'millicores', warnAbove: 1_000_000 },
    { key: 'nodeMemoryMib', label: 'Node memory', kind: 'number', unit: 'MiB', warnAbove: 25_000_000 },
    { key: 'systemReservedCpuMillicores', label: 'Reserved CPU per node', kind: 'number', unit: 'millicores', help: 'kube- and system-reserved, eviction threshold, daemonset requests.' },
    { key: 'systemReservedMemoryMib', label: 'Reserved memory per node', kind: 'number', unit: 'MiB' },
    { key: 'maxPodsPerNode', label: 'Max pods per node', kind: 'integer', help: 'The kubelet limit (EKS: the ENI limit of the instance type).' },
    { key: 'daemonsetPodsPerNode', label: 'Daemonset pods per node', kind: 'integer' },
    { key: 'currentNodes', label: 'Nodes today', kind: 'integer' },
    { key: 'nodeGroupMinSize', label: 'Node group min', kind: 'integer' },
    { key: 'nodeGroupMaxSize', label: 'Node group max', kind: 'integer', help: 'Where the cluster autoscaler stops.' },
    { key: 'dbPoolSize', label: 'DB connections per pod', kind: 'integer' },
    ...costFields.map((f) => (f.key === 'instanceType' ? { ...f, label: 'Node instance type' } : { ...f, label: 'Price per node' })),
  ],
  findingFields: { 'below-autoscaling-min': 'currentPods', 'min-above-max': 'hpaMinReplicas' },
};

import { Server } from 'lucide-react';
import { costFields, RATE_LIMIT, type RendererKind } from './kind';

export const service: RendererKind = {
  icon: Server,
  color: 'indigo',
  shortUnit: 'inst',
  fields: [
    { key: 'measuredRps', label: 'Measured throughput', kind: 'number', unit: 'req/s per instance', warnAbove: RATE_LIMIT },
    { key: 'measuredUtilization', label: '…at CPU', kind: 'percent', unit: '%', help: 'Capacity at the target scales linearly from this measurement.' },
    { key: 'currentInstances', label: 'Instances today', kind: 'integer' },
    { key: 'minInstances', label: 'Autoscaling min', kind: 'integer' },
    { key: 'maxInstances', label: 'Autoscaling max', kind: 'integer' },
    { key: 'dbPoolSize', label: 'DB connections per instance', kind: 'integer' },
    ...costFields,
  ],
  findingFields: { 'below-autoscaling-min': 'currentInstances', 'min-above-max': 'minInstances' },
};

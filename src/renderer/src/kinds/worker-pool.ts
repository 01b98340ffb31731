import { Cpu } from 'lucide-react';
import { costFields, type RendererKind } from './kind';

export const workerPool: RendererKind = {
  icon: Cpu,
  color: 'lime',
  shortUnit: 'wkr',
  fields: [
    { key: 'secondsPerMessage', label: 'Time per message', kind: 'number', unit: 's', warnAbove: 3600 },
    { key: 'currentWorkers', label: 'Workers today', kind: 'integer' },
    { key: 'minWorkers', label: 'Min workers', kind: 'integer' },
    { key: 'maxWorkers', label: 'Max workers', kind: 'integer' },
    { key: 'dbPoolSize', label: 'DB connections per worker', kind: 'integer' },
    ...costFields,
  ],
  findingFields: { 'below-autoscaling-min': 'currentWorkers', 'min-above-max': 'minWorkers' },
};

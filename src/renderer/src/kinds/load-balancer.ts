import { Network } from 'lucide-react';
import { costFields, RATE_LIMIT, type RendererKind } from './kind';

export const loadBalancer: RendererKind = {
  icon: Network,
  color: 'blue',
  shortUnit: 'units',
  fields: [
    { key: 'rpsPerUnit', label: 'Capacity per unit', kind: 'number', unit: 'req/s', warnAbove: RATE_LIMIT },
    { key: 'currentUnits', label: 'Units today', kind: 'integer' },
    { key: 'cacheHitRatio', label: 'Gateway cache hit ratio', kind: 'percent', unit: '%' },
    ...costFields,
  ],
};

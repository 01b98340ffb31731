import { Globe } from 'lucide-react';
import { RATE_LIMIT, type RendererKind } from './kind';

export const cdn: RendererKind = {
  icon: Globe,
  color: 'cyan',
  shortUnit: null,
  fields: [
    { key: 'hitRatio', label: 'Hit ratio', kind: 'percent', unit: '%', help: 'Only misses are passed on to the origin.' },
    { key: 'maxRps', label: 'Provider limit', kind: 'number', unit: 'req/s', help: '0 = no known limit.', warnAbove: RATE_LIMIT },
  ],
};

import { Cloud } from 'lucide-react';
import { RATE_LIMIT, type RendererKind } from './kind';

export const external: RendererKind = {
  icon: Cloud,
  color: 'gray',
  shortUnit: null,
  fields: [{ key: 'rateLimitRps', label: 'Rate limit', kind: 'number', unit: 'req/s', help: '0 = none known.', warnAbove: RATE_LIMIT }],
};

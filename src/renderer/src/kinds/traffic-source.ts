import { Users } from 'lucide-react';
import { RATE_LIMIT, type RendererKind } from './kind';

export const trafficSource: RendererKind = {
  icon: Users,
  color: 'grape',
  shortUnit: null,
  fields: [
    { key: 'baselineRps', label: 'Peak load today', kind: 'number', unit: 'req/s', help: 'Typed, or derived from imported history.', warnAbove: RATE_LIMIT },
  ],
};

import { SquareFunction } from 'lucide-react';
import type { RendererKind } from './kind';

export const serverlessFunction: RendererKind = {
  icon: SquareFunction,
  color: 'yellow',
  shortUnit: 'conc',
  fields: [
    { key: 'averageDurationMs', label: 'Average duration', kind: 'number', unit: 'ms', warnAbove: 900_000 },
    { key: 'memoryMb', label: 'Memory', kind: 'integer', unit: 'MB' },
    { key: 'reservedConcurrency', label: 'Reserved concurrency', kind: 'integer', help: '0 = none: it shares the account pool.' },
    { key: 'accountConcurrencyLimit', label: 'Account concurrency quota', kind: 'integer' },
    { key: 'provisionedConcurrency', label: 'Provisioned concurrency today', kind: 'integer' },
    { key: 'scalingPer10Seconds', label: 'Scaling rate', kind: 'number', unit: 'executions per 10 s', help: 'Lambda: 1,000 per function every 10 s.' },
    { key: 'surgeRiseSeconds', label: 'Surge arrives in', kind: 'number', unit: 's', help: 'How fast the event traffic arrives (an on-sale opening: seconds).' },
    { key: 'pricePerMillionRequests', label: 'Price per million requests', kind: 'number', warnAbove: 1000 },
    { key: 'pricePerGbSecond', label: 'Price per GB-second', kind: 'number', warnAbove: 1 },
    { key: 'dbPoolSize', label: 'DB connections per execution', kind: 'integer' },
  ],
};

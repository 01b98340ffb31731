import { Inbox } from 'lucide-react';
import { RATE_LIMIT, type RendererKind } from './kind';

export const queue: RendererKind = {
  icon: Inbox,
  color: 'teal',
  shortUnit: null,
  fields: [
    { key: 'maxMessagesPerSecond', label: 'Queue limit', kind: 'number', unit: 'msg/s', help: '0 = unlimited (managed queue).', warnAbove: RATE_LIMIT },
    { key: 'initialBacklog', label: 'Backlog at the start', kind: 'number', unit: 'messages', warnAbove: 1e12 },
  ],
};

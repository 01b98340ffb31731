import type { NodeOfKind } from '../../model';
import { formatNumber as fmt, formatPercent } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { KindFinding } from '../kind';

// Worded here, though engine/types.ts still lists them among the general rules (so findings.ts ranks
// them there, and `findingRules` leaves them out until they leave that list).
declare module '../../engine/types' {
  interface KindFindingRules {
    'db-connections': true;
    'db-primary-writes': true;
  }
}

/**
 * What only a database can run out of at the event peak, besides replicas: connections
 * (every client instance's pool, or the pooler's server connections) against
 * max_connections, and writes, which only the primary takes, against its write capacity.
 */
export function databaseFindings(node: NodeOfKind<'database'>, projected: NodeProjection): KindFinding[] {
  const d = projected.atEvent.detail;
  if (d.kind !== 'database') return [];
  const out: KindFinding[] = [];
  const name = node.name;
  if (d.connections > d.maxConnections) {
    const pooled = d.connections < d.clientConnections;
    out.push({
      rule: 'db-connections', severity: 'critical',
      message: `${name}: ${fmt(d.connections)} connections at peak vs max_connections ${fmt(d.maxConnections)}${pooled ? ' (through the pooler)' : ': put a pooler in front'}`,
      suggestion: pooled
        ? `Lower the pooler's server connections to at most ${fmt(d.maxConnections)}.`
        : `Put a pooler (PgBouncer, RDS Proxy) in front with at most ${fmt(d.maxConnections)} server connections, or shrink the clients' pool size.`,
    });
  }
  if (d.primaryWriteUtilization > 1) {
    out.push({
      rule: 'db-primary-writes', severity: 'critical',
      message: `${name}: ${fmt(d.writeRps)} writes/s at the event need ${formatPercent(d.primaryWriteUtilization, 0)} of the primary's write capacity (with buffer)`,
      suggestion: 'Scale the primary up, shard the writes, or queue them: read replicas do not help writes.',
    });
  }
  return out;
}

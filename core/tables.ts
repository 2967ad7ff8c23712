/**
 * Logward's DynamoDB tables: one definition shared by the CDK stack and the local bootstrap.
 * Keys are strings; `expiresAt` (epoch seconds) is the TTL attribute where data expires.
 * Documented for users in docs/schema.md.
 */
export interface TableDefinition {
  /** Logical name; the physical name comes from the stack (env var `envVar`) or the local prefix. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** TTL attribute, when items expire. */
  readonly ttlAttribute?: string;
  /** Environment variable through which handlers learn the physical table name. */
  readonly envVar: string;
  readonly purpose: string;
}

export const TTL_ATTRIBUTE = 'expiresAt';

export const TABLES = {
  nodes: {
    name: 'nodes',
    partitionKey: 'nodeId',
    envVar: 'NODES_TABLE',
    purpose: 'one item per agent node: last heartbeat (receive time), reported details, liveness state',
  },
  counters: {
    name: 'counters',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: TTL_ATTRIBUTE,
    envVar: 'COUNTERS_TABLE',
    purpose: 'per-minute event counts by service and level, and rule-evaluation counters',
  },
  alerts: {
    name: 'alerts',
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: TTL_ATTRIBUTE,
    envVar: 'ALERTS_TABLE',
    purpose: 'rules, alert state and outbox (conditional writes), silences and alert history',
  },
} as const satisfies Record<string, TableDefinition>;

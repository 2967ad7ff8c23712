import type { AlertState, NodeRecord } from '#core/alerting/model.ts';
import type { LogDocument } from '#core/log-document.ts';

export const T0 = Date.parse('2026-01-05T10:00:00Z');

export function doc(overrides: Partial<LogDocument> = {}): LogDocument {
  return {
    '@timestamp': new Date(T0).toISOString(),
    time_source: 'line',
    event_id: `e-${Math.random().toString(36).slice(2)}`,
    level: 'ERROR',
    service: 'payment-service',
    host: 'web-1',
    message: 'Card declined',
    format: 'leveled',
    source: { kind: 'file', id: 's1', offset: 0, topic: 'logs', partition: 0, kafka_offset: 0 },
    fields: {},
    tags: {},
    ingested_at: new Date(T0).toISOString(),
    parse_failed: false,
    ...overrides,
  };
}

export function alert(overrides: Partial<AlertState> = {}): AlertState {
  return {
    fingerprint: 'rule:default-error:payment-service',
    title: 'ERROR payment-service',
    labels: { ruleId: 'default-error', service: 'payment-service', level: 'ERROR' },
    policy: { groupWaitSeconds: 30, repeatIntervalSeconds: 3600, resolveAfterSeconds: 300, channels: [] },
    openedAt: T0,
    lastSeenAt: T0,
    pendingCount: 12,
    pendingSince: T0,
    samples: [],
    totalCount: 12,
    notifications: 0,
    suppressedCount: 0,
    version: 3,
    ...overrides,
  };
}

export function node(overrides: Partial<NodeRecord> = {}): NodeRecord {
  return {
    nodeId: 'n1',
    host: 'web-1',
    kind: 'agent',
    intervalSeconds: 30,
    firstSeenAt: T0 - 3_600_000,
    lastSeenAt: T0,
    lastSentAt: T0,
    state: 'up',
    stateSince: T0 - 3_600_000,
    version: 1,
    ...overrides,
  };
}

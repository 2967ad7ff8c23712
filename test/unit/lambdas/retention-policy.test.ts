import { describe, expect, it } from 'vitest';
import { retentionPolicyFromEnv } from '#lambdas/handlers/retention.ts';

describe('the retention Lambda policy from its environment', () => {
  it('reads RETENTION_DAYS, WARM_AFTER_DAYS and REPLICA_DAYS (set on OpenSearch-optimized nodes)', () => {
    expect(retentionPolicyFromEnv({})).toEqual({ retentionDays: 30 });
    expect(retentionPolicyFromEnv({ RETENTION_DAYS: '14', REPLICA_DAYS: '1' })).toEqual({
      retentionDays: 14,
      replicaDays: 1,
    });
    expect(() => retentionPolicyFromEnv({ REPLICA_DAYS: '0' })).toThrow(
      'REPLICA_DAYS: expected a whole number of at least 1, got "0"',
    );
  });
});

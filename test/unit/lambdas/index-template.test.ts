import { describe, expect, it } from 'vitest';
import {
  indexTemplateOptionsFromEnv,
  LOCAL_INDEX_SETTINGS,
  logsIndexTemplate,
} from '#lambdas/adapters/opensearch/index-template.ts';

describe('log index template settings', () => {
  it('default to the local single node: one shard, no replica, best_compression, 1 s refresh', () => {
    expect(logsIndexTemplate().template?.settings).toMatchObject({
      number_of_shards: 1,
      number_of_replicas: 0,
      'index.codec': 'best_compression',
      refresh_interval: '1s',
    });
    expect(indexTemplateOptionsFromEnv({})).toEqual({ shards: undefined, replicas: undefined });
    expect(LOCAL_INDEX_SETTINGS).toEqual({
      shards: 1,
      replicas: 0,
      codec: 'best_compression',
      refreshInterval: '1s',
    });
  });

  it('take the refresh interval from LOGWARD_INDEX_REFRESH_INTERVAL (10s on OpenSearch-optimized nodes)', () => {
    const options = indexTemplateOptionsFromEnv({ LOGWARD_INDEX_REFRESH_INTERVAL: '10s' });
    expect(options.refreshInterval).toBe('10s');
    expect(logsIndexTemplate(options).template?.settings).toMatchObject({ refresh_interval: '10s' });
  });

  it('take the deployment shape from LOGWARD_INDEX_* (set by the CDK app)', () => {
    const options = indexTemplateOptionsFromEnv({
      LOGWARD_INDEX_SHARDS: '6',
      LOGWARD_INDEX_REPLICAS: '1',
      LOGWARD_INDEX_CODEC: 'zstd_no_dict',
    });
    expect(options).toEqual({ shards: 6, replicas: 1, codec: 'zstd_no_dict' });
    expect(logsIndexTemplate(options).template?.settings).toMatchObject({
      number_of_shards: 6,
      number_of_replicas: 1,
      'index.codec': 'zstd_no_dict',
    });
  });

  it('name the variable of a bad value', () => {
    expect(() => indexTemplateOptionsFromEnv({ LOGWARD_INDEX_SHARDS: '0' })).toThrow(
      'LOGWARD_INDEX_SHARDS: expected a whole number of at least 1, got "0"',
    );
    expect(() => indexTemplateOptionsFromEnv({ LOGWARD_INDEX_REPLICAS: 'one' })).toThrow(
      /LOGWARD_INDEX_REPLICAS/,
    );
    expect(() => indexTemplateOptionsFromEnv({ LOGWARD_INDEX_CODEC: 'zstd; drop' })).toThrow(
      /LOGWARD_INDEX_CODEC/,
    );
    expect(() => indexTemplateOptionsFromEnv({ LOGWARD_INDEX_REFRESH_INTERVAL: '10' })).toThrow(
      'LOGWARD_INDEX_REFRESH_INTERVAL: expected a duration such as 1s or 10s, got "10"',
    );
  });
});

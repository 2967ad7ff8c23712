/**
 * The log index template on the local single-node engine: the local settings (no replica,
 * `best_compression`) give a green index, while the AWS codec is refused here (no custom-codecs
 * plugin), which is why the local default differs. Applied under a private name and pattern so
 * other tests' `logs-*` indices are not touched.
 */
import { randomBytes } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { type IndexTemplateOptions, logsIndexTemplate } from '#lambdas/adapters/opensearch/index-template.ts';

const opensearch = new Client({ node: inject('endpoints').opensearchUrl });
const prefix = `template-${randomBytes(4).toString('hex')}`;

/** Puts the template for `<prefix>-<name>-*`, creates one index from it, returns its settings and health once its primaries are placed. */
async function indexFrom(name: string, options?: IndexTemplateOptions) {
  const body = logsIndexTemplate(options);
  const pattern = `${prefix}-${name}-*`;
  await opensearch.indices.putIndexTemplate({
    name: `${prefix}-${name}`,
    body: { ...body, index_patterns: [pattern], priority: 500 },
  });
  const index = `${prefix}-${name}-2025.10.23`;
  await opensearch.indices.create({ index });
  const settings = (await opensearch.indices.getSettings({ index })).body[index]?.settings?.index;
  const health = await opensearch.cluster.health({ index, wait_for_status: 'yellow', timeout: '10s' });
  return { settings, status: health.body.status };
}

afterAll(async () => {
  await opensearch.indices.delete({ index: `${prefix}-*`, allow_no_indices: true });
  await opensearch.indices.deleteIndexTemplate({ name: `${prefix}-*` });
  await opensearch.close();
});

describe('the log index template on the local engine', () => {
  test('local settings: one shard, no replica, best_compression, and the index is green', async () => {
    const { settings, status } = await indexFrom('local');
    expect(settings).toMatchObject({
      number_of_shards: '1',
      number_of_replicas: '0',
      codec: 'best_compression',
    });
    expect(status).toBe('green');
  });

  test('the deployed shape applies too; its replica can never be placed on one node, so it stays yellow', async () => {
    const { settings, status } = await indexFrom('aws-shape', {
      shards: 2,
      replicas: 1,
      codec: 'best_compression',
    });
    expect(settings).toMatchObject({ number_of_shards: '2', number_of_replicas: '1' });
    expect(status).toBe('yellow');
  });

  test('zstd_no_dict, the AWS default, is refused here: the custom-codecs plugin is missing', async () => {
    await expect(indexFrom('zstd', { codec: 'zstd_no_dict' })).rejects.toThrow(/codec|zstd_no_dict/);
  });
});

/**
 * The retention Lambda's adapter on the local engine, under a private index prefix so other tests' `logs-*`
 * indices are not touched: it deletes daily indices past retention and, with `replicaDays` (what the stack
 * sets on OpenSearch-optimized nodes), drops the replicas of the older ones it keeps.
 */
import { randomBytes } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { applyLogRetention } from '#lambdas/adapters/opensearch/retention.ts';

const opensearch = new Client({ node: inject('endpoints').opensearchUrl });
const prefix = `retention-${randomBytes(4).toString('hex')}`;
const now = Date.parse('2025-10-23T10:00:00Z');

async function replicas(index: string): Promise<string | undefined> {
  const settings = (await opensearch.indices.getSettings({ index })).body[index]?.settings?.index;
  return settings?.number_of_replicas as string | undefined;
}

afterAll(async () => {
  await opensearch.indices.delete({ index: `${prefix}-*`, allow_no_indices: true });
  await opensearch.close();
});

describe('applyLogRetention on the local engine', () => {
  test('deletes past retention and drops the replicas of indices older than replicaDays', async () => {
    const days = ['2025.10.23', '2025.10.22', '2025.10.20', '2025.10.01', '2025.09.30'];
    for (const day of days) {
      // A replica on a single node stays unassigned (yellow), as a replica of today's index would on AWS
      // until its node copy is made; the setting is what retention changes.
      await opensearch.indices.create({
        index: `${prefix}-${day}`,
        body: { settings: { number_of_shards: 1, number_of_replicas: 1 } },
      });
    }

    const deletes: string[] = [];
    const record = (
      _error: unknown,
      result: { meta: { request: { params: { method: string; path: string } } } },
    ) => {
      if (result.meta.request.params.method === 'DELETE') deletes.push(result.meta.request.params.path);
    };
    opensearch.on('response', record);
    const outcome = await applyLogRetention(opensearch, { retentionDays: 14, replicaDays: 1 }, now, prefix);
    opensearch.off('response', record);

    // One index per request: the role's policy denies comma-joined paths (infra/constructs/search.ts).
    expect(deletes.sort()).toEqual([`/${prefix}-2025.09.30`, `/${prefix}-2025.10.01`]);
    expect({ ...outcome, deleted: [...outcome.deleted].sort() }).toEqual({
      deleted: [`${prefix}-2025.09.30`, `${prefix}-2025.10.01`],
      warmed: [],
      unreplicated: [`${prefix}-2025.10.20`],
      failed: [],
    });
    expect(await replicas(`${prefix}-2025.10.23`)).toBe('1');
    expect(await replicas(`${prefix}-2025.10.22`)).toBe('1');
    expect(await replicas(`${prefix}-2025.10.20`)).toBe('0');
    const left = await opensearch.cat.indices({ index: `${prefix}-*`, format: 'json', h: ['index'] });
    expect((left.body as Array<{ index: string }>).map((row) => row.index).sort()).toEqual([
      `${prefix}-2025.10.20`,
      `${prefix}-2025.10.22`,
      `${prefix}-2025.10.23`,
    ]);

    // A second run finds nothing left to do.
    const again = await applyLogRetention(opensearch, { retentionDays: 14, replicaDays: 1 }, now, prefix);
    expect(again.unreplicated).toEqual([]);
  });

  test('an index the domain refuses to unreplicate is reported failed; the others still lose their replicas', async () => {
    const refused = `${prefix}-refused-2025.10.20`;
    const other = `${prefix}-refused-2025.10.19`;
    for (const index of [refused, other]) {
      await opensearch.indices.create({
        index,
        body: { settings: { number_of_shards: 1, number_of_replicas: 1 } },
      });
    }
    // A read-only index refuses settings changes (as one under a disk-watermark block would).
    await opensearch.indices.putSettings({
      index: refused,
      body: { index: { blocks: { read_only: true } } },
    });
    try {
      const outcome = await applyLogRetention(
        opensearch,
        { retentionDays: 14, replicaDays: 1 },
        now,
        `${prefix}-refused`,
      );
      expect(outcome.unreplicated).toEqual([other]);
      expect(outcome.failed.map((f) => f.index)).toEqual([refused]);
      expect(await replicas(other)).toBe('0');
      expect(await replicas(refused)).toBe('1');
    } finally {
      await opensearch.indices.putSettings({
        index: refused,
        body: { index: { blocks: { read_only: false } } },
      });
    }
  });

  test('an index the domain refuses to delete is reported failed; the others are still deleted and unreplicated', async () => {
    const held = `${prefix}-held-2025.09.01`;
    const expired = `${prefix}-held-2025.09.02`;
    const kept = `${prefix}-held-2025.10.20`;
    for (const index of [held, expired, kept]) {
      await opensearch.indices.create({
        index,
        body: { settings: { number_of_shards: 1, number_of_replicas: 1 } },
      });
    }
    // A read-only index refuses deletion too (an operator's hold on it).
    await opensearch.indices.putSettings({ index: held, body: { index: { blocks: { read_only: true } } } });
    try {
      const outcome = await applyLogRetention(
        opensearch,
        { retentionDays: 14, replicaDays: 1 },
        now,
        `${prefix}-held`,
      );
      expect(outcome.deleted).toEqual([expired]);
      expect(outcome.failed.map((f) => f.index)).toEqual([held]);
      expect(outcome.unreplicated).toEqual([kept]);
      expect((await opensearch.indices.exists({ index: expired })).body).toBe(false);
    } finally {
      await opensearch.indices.putSettings({
        index: held,
        body: { index: { blocks: { read_only: false } } },
      });
    }
  });

  test('without replicaDays keeps every replica', async () => {
    const index = `${prefix}-keep-2025.10.10`;
    await opensearch.indices.create({
      index,
      body: { settings: { number_of_shards: 1, number_of_replicas: 1 } },
    });
    const outcome = await applyLogRetention(opensearch, { retentionDays: 30 }, now, `${prefix}-keep`);
    expect(outcome.unreplicated).toEqual([]);
    expect(await replicas(index)).toBe('1');
  });
});

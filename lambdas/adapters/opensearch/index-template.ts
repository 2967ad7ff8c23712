/**
 * The index template for log documents (schema: docs/schema.md). `fields` is a `flat_object`,
 * so arbitrary parsed extras never add mappings (no explosion) and never conflict on type.
 * Keywords have `ignore_above`, so an over-long value is kept in `_source` instead of failing.
 */
import type { Client } from '@opensearch-project/opensearch';
import type { Indices_PutIndexTemplate_RequestBody } from '@opensearch-project/opensearch/api/indices/putIndexTemplate.js';

export const LOGS_INDEX_PREFIX = 'logs';
export const LOGS_INDEX_PATTERN = `${LOGS_INDEX_PREFIX}-*`;
export const LOGS_TEMPLATE_NAME = 'logward-logs';
/** Fields of a document indexed for search only, never returned to a reader. */
export const SEARCH_ONLY_FIELDS = ['message_words'];

/** Settings of new daily indices; the CDK app sets them per deployment (`LOGWARD_INDEX_*`). */
export interface IndexTemplateOptions {
  /** Primary shards. @default 1 */
  readonly shards?: number;
  /** Replicas. @default 0 */
  readonly replicas?: number;
  /** `index.codec`. @default 'best_compression' */
  readonly codec?: string;
  /**
   * `refresh_interval`: how soon a written line is searchable. OpenSearch-optimized (OR) nodes in AWS take
   * nothing under 10s. @default '1s'
   */
  readonly refreshInterval?: string;
}

/**
 * Without `LOGWARD_INDEX_*` (the local runtime): one shard and no replica, because the local engine is a
 * single node where a replica could never be placed and the index would stay yellow; `best_compression`,
 * because the integ-test engine lacks the custom-codecs plugin that brings zstd. In AWS the stack sets
 * replicas 1, shards sized to the data nodes and `zstd_no_dict` (infra/index-settings.ts).
 */
export const LOCAL_INDEX_SETTINGS = {
  shards: 1,
  replicas: 0,
  codec: 'best_compression',
  refreshInterval: '1s',
} as const;

/**
 * `LOGWARD_INDEX_SHARDS`, `LOGWARD_INDEX_REPLICAS`, `LOGWARD_INDEX_CODEC`, `LOGWARD_INDEX_REFRESH_INTERVAL`; a bad
 * value fails naming the key.
 */
export function indexTemplateOptionsFromEnv(env: NodeJS.ProcessEnv): IndexTemplateOptions {
  const count = (key: string, min: number): number | undefined => {
    const value = env[key];
    if (value === undefined || value === '') return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) {
      throw new Error(`${key}: expected a whole number of at least ${min}, got ${JSON.stringify(value)}`);
    }
    return parsed;
  };
  const codec = env.LOGWARD_INDEX_CODEC;
  if (codec !== undefined && codec !== '' && !/^[a-z_]+$/.test(codec)) {
    throw new Error(
      `LOGWARD_INDEX_CODEC: expected a codec name such as zstd_no_dict, got ${JSON.stringify(codec)}`,
    );
  }
  const refreshInterval = env.LOGWARD_INDEX_REFRESH_INTERVAL;
  if (
    refreshInterval !== undefined &&
    refreshInterval !== '' &&
    !/^[1-9]\d*(ms|s|m)$/.test(refreshInterval)
  ) {
    throw new Error(
      `LOGWARD_INDEX_REFRESH_INTERVAL: expected a duration such as 1s or 10s, got ${JSON.stringify(refreshInterval)}`,
    );
  }
  return {
    shards: count('LOGWARD_INDEX_SHARDS', 1),
    replicas: count('LOGWARD_INDEX_REPLICAS', 0),
    ...(codec ? { codec } : {}),
    ...(refreshInterval ? { refreshInterval } : {}),
  };
}

export function logsIndexTemplate(options: IndexTemplateOptions = {}): Indices_PutIndexTemplate_RequestBody {
  return {
    index_patterns: [LOGS_INDEX_PATTERN],
    priority: 100,
    template: {
      settings: {
        number_of_shards: options.shards ?? LOCAL_INDEX_SETTINGS.shards,
        number_of_replicas: options.replicas ?? LOCAL_INDEX_SETTINGS.replicas,
        'index.codec': options.codec ?? LOCAL_INDEX_SETTINGS.codec,
        refresh_interval: options.refreshInterval ?? LOCAL_INDEX_SETTINGS.refreshInterval,
        'index.mapping.total_fields.limit': 200,
        'index.query.default_field': ['message'],
      },
      mappings: {
        dynamic: false,
        properties: {
          '@timestamp': { type: 'date' },
          time_source: { type: 'keyword' },
          event_id: { type: 'keyword' },
          level: { type: 'keyword', ignore_above: 1024 },
          service: { type: 'keyword', ignore_above: 1024 },
          host: { type: 'keyword', ignore_above: 1024 },
          // `parts`: the words between any non-letters, so `q=InvalidReceiveException` finds
          // `org.apache.kafka.common.network.InvalidReceiveException` and `q=logward` finds
          // `/var/lib/logward/x.jar` (the standard analyzer keeps dotted names whole). `simple` is
          // built in: the local engine has no analysis-common module (no pattern analyzer).
          message: { type: 'text', fields: { parts: { type: 'text', analyzer: 'simple' } } },
          // CamelCase identifiers split by the ingest (core/identifier-words.ts), so `q=Receive`
          // finds `InvalidReceiveException`: the pattern tokenizer that would split them is in
          // analysis-common too.
          message_words: { type: 'text', analyzer: 'simple' },
          message_shape: { type: 'keyword', ignore_above: 256 },
          pattern_id: { type: 'keyword' },
          trace_id: { type: 'keyword' },
          span_id: { type: 'keyword' },
          pattern: { type: 'keyword', ignore_above: 1024 },
          logger: { type: 'keyword', ignore_above: 1024 },
          format: { type: 'keyword', ignore_above: 1024 },
          parse_structure: { type: 'keyword', ignore_above: 256 },
          source: {
            properties: {
              kind: { type: 'keyword' },
              id: { type: 'keyword', ignore_above: 1024 },
              path: { type: 'keyword', ignore_above: 4096 },
              offset: { type: 'long' },
              topic: { type: 'keyword' },
              partition: { type: 'integer' },
              kafka_offset: { type: 'long' },
            },
          },
          fields: { type: 'flat_object' },
          tags: { type: 'flat_object' },
          // Where `fields` go, serialised, when OpenSearch rejected them (e.g. a value over 32 KB).
          fields_text: { type: 'text' },
          ingested_at: { type: 'date' },
          parse_failed: { type: 'boolean' },
          parse_error: { type: 'keyword', ignore_above: 1024 },
          flags: { type: 'keyword' },
        },
      },
    },
  };
}

/**
 * Creates or updates the template, and adds fields it gained to the daily indices that already
 * exist (a mapping can only grow, so this is safe); idempotent, so every writer can call it once
 * per process and an upgrade needs no migration step.
 */
export async function putLogsIndexTemplate(client: Client, options?: IndexTemplateOptions): Promise<void> {
  const body = logsIndexTemplate(options);
  await client.indices.putIndexTemplate({ name: LOGS_TEMPLATE_NAME, body });
  const mappings = body.template?.mappings;
  if (mappings) {
    try {
      await client.indices.putMapping({
        index: LOGS_INDEX_PATTERN,
        allow_no_indices: true,
        body: mappings,
      } as Parameters<Client['indices']['putMapping']>[0]);
    } catch (error) {
      // One daily index blocked read-only (a full disk's flood-stage block) must not stop every
      // write: that index refuses writes anyway (they are retried, then dead-lettered), the rest
      // take the new fields from the template.
      if (!isClusterBlock(error)) throw error;
    }
  }
}

function isClusterBlock(error: unknown): boolean {
  const body = (error as { meta?: { body?: { error?: { type?: string } } } } | undefined)?.meta?.body;
  return body?.error?.type === 'cluster_block_exception';
}

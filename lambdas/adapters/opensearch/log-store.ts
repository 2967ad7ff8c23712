import type { Client } from '@opensearch-project/opensearch';
import type { Bulk_RequestBody } from '@opensearch-project/opensearch/api/_core/bulk.js';
import { dailyIndexName, type LogDocument } from '#core/log-document.ts';
import { encodeCursor, type LogPage, type LogQuery } from '#core/logs-query.ts';
import { type RetryPolicy, withRetries } from '#core/retry.ts';
import type { IndexOutcome, LogReader, LogWriter } from '../../ports.ts';
import { LOGS_INDEX_PATTERN, LOGS_INDEX_PREFIX } from './index-template.ts';
import { buildLogSearch } from './log-search.ts';

export interface LogStoreOptions {
  /** Upper bound of one `_bulk` request body. @default 5 MiB */
  readonly maxBulkBytes?: number;
  readonly retry?: RetryPolicy;
  /** Refresh after writing (tests and the local demo want read-after-write). @default false */
  readonly refresh?: boolean;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };

/** Writes and searches log documents in OpenSearch. */
export class OpenSearchLogStore implements LogWriter, LogReader {
  readonly #client: Client;
  readonly #maxBulkBytes: number;
  readonly #retry: RetryPolicy;
  readonly #refresh: boolean;

  constructor(client: Client, options: LogStoreOptions = {}) {
    this.#client = client;
    this.#maxBulkBytes = options.maxBulkBytes ?? 5 * 1024 * 1024;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#refresh = options.refresh ?? false;
  }

  async index(documents: readonly LogDocument[]): Promise<IndexOutcome> {
    let indexed = 0;
    const failed: Array<{ document: LogDocument; reason: string }> = [];
    for (const chunk of bulkChunks(documents, this.#maxBulkBytes)) {
      const outcome = await this.#indexChunk(chunk);
      indexed += outcome.indexed;
      failed.push(...outcome.failed);
    }
    return { indexed, failed };
  }

  /** One bounded `_bulk`; items rejected with 429 are retried with the request, others reported. */
  async #indexChunk(chunk: readonly EncodedDocument[]): Promise<IndexOutcome> {
    let pending = chunk;
    let indexed = 0;
    const failed: Array<{ document: LogDocument; reason: string }> = [];
    await withRetries(this.#retry, isRetryableError, async () => {
      if (pending.length === 0) return;
      const response = await this.#client.bulk({
        // A pre-serialised NDJSON string is sent as is; the typings only describe the array form.
        body: pending.map((d) => d.lines).join('') as unknown as Bulk_RequestBody,
        refresh: this.#refresh ? 'true' : 'false',
      });
      const items = response.body.items ?? [];
      const retry: EncodedDocument[] = [];
      items.forEach((item, i) => {
        const result = Object.values(item)[0];
        const doc = pending[i] as EncodedDocument;
        if (result?.error === undefined || result.error === null) indexed++;
        else if (result.status === 429) retry.push(doc);
        else
          failed.push({
            document: doc.document,
            reason: `${result.status}: ${describeItemError(result.error)}`,
          });
      });
      pending = retry;
      if (retry.length > 0) throw new RetryableBulkError(`${retry.length} documents rejected with 429`);
    });
    return { indexed, failed };
  }

  async search(query: LogQuery): Promise<LogPage> {
    const request = buildLogSearch(query);
    const response = await this.#client.search({
      index: LOGS_INDEX_PATTERN,
      ignore_unavailable: true,
      allow_no_indices: true,
      body: request,
    } as Parameters<Client['search']>[0]);
    const hits = response.body.hits.hits;
    const items = hits.map((hit) => hit._source as LogDocument);
    const last = hits.at(-1);
    const sort = last?.sort as [number, string] | undefined;
    const full = hits.length === query.limit;
    return full && sort
      ? { items, nextCursor: encodeCursor({ timestamp: sort[0], eventId: sort[1] }) }
      : { items };
  }
}

interface EncodedDocument {
  readonly document: LogDocument;
  readonly lines: string;
}

function* bulkChunks(documents: readonly LogDocument[], maxBytes: number): Generator<EncodedDocument[]> {
  let chunk: EncodedDocument[] = [];
  let bytes = 0;
  for (const document of documents) {
    const action = {
      index: { _index: dailyIndexName(LOGS_INDEX_PREFIX, document['@timestamp']), _id: document.event_id },
    };
    const lines = `${JSON.stringify(action)}\n${JSON.stringify(document)}\n`;
    const size = Buffer.byteLength(lines);
    if (chunk.length > 0 && bytes + size > maxBytes) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push({ document, lines });
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}

class RetryableBulkError extends Error {
  override name = 'RetryableBulkError';
}

function isRetryableError(error: unknown): boolean {
  if (error instanceof RetryableBulkError) return true;
  if (!(error instanceof Error)) return false;
  const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
  if (status !== undefined) return status === 429 || status >= 500;
  return ['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError'].includes(error.name);
}

function describeItemError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const e = error as { type?: string; reason?: string };
  return `${e.type ?? 'error'}: ${e.reason ?? JSON.stringify(error)}`;
}

import type { Client } from '@opensearch-project/opensearch';
import type { Bulk_RequestBody } from '@opensearch-project/opensearch/api/_core/bulk.js';
import { dailyIndexName, type LogDocument, withFieldsAsText } from '#core/log-document.ts';
import { type RetryPolicy, withRetries } from '#core/retry.ts';
import type { IndexOutcome, LogWriter } from '../../ports.ts';
import { LOGS_INDEX_PREFIX, putLogsIndexTemplate } from './index-template.ts';

export interface LogWriterOptions {
  /** Upper bound of one `_bulk` request body, in characters. @default 5 Mi */
  readonly maxBulkBytes?: number;
  readonly retry?: RetryPolicy;
  /** Refresh after writing (tests and the local demo want read-after-write). @default false */
  readonly refresh?: boolean;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000 };
type Failure = { document: LogDocument; reason: string };

/**
 * Writes log documents to OpenSearch. Writes go in bounded `_bulk` requests;
 * 429/5xx and connection errors are retried with backoff, a 413 splits the request, and a
 * document rejected for its fields is written again with them as text. What still fails is
 * returned with the reason, never dropped.
 */
export class OpenSearchLogWriter implements LogWriter {
  readonly #client: Client;
  readonly #maxBulkBytes: number;
  readonly #retry: RetryPolicy;
  readonly #refresh: boolean;
  #templateReady: Promise<void> | undefined;

  constructor(client: Client, options: LogWriterOptions = {}) {
    this.#client = client;
    this.#maxBulkBytes = options.maxBulkBytes ?? 5 * 1024 * 1024;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#refresh = options.refresh ?? false;
  }

  async index(documents: readonly LogDocument[]): Promise<IndexOutcome> {
    await this.#ensureTemplate();
    let indexed = 0;
    const failed: Failure[] = [];
    for (const chunk of bulkChunks(documents, this.#maxBulkBytes)) {
      const outcome = await this.#indexChunk(chunk, true);
      indexed += outcome.indexed;
      failed.push(...outcome.failed);
    }
    return { indexed, failed };
  }

  /**
   * The first write of a process puts the index template (idempotent), so a new deployment's first
   * daily index always gets Logward's mappings: no deploy-time step to forget or to get out of date.
   */
  #ensureTemplate(): Promise<void> {
    this.#templateReady ??= withRetries(this.#retry, isRetryableError, () =>
      putLogsIndexTemplate(this.#client),
    ).catch((error: unknown) => {
      this.#templateReady = undefined;
      throw error;
    });
    return this.#templateReady;
  }

  async #indexChunk(chunk: readonly EncodedDocument[], mayRewrite: boolean): Promise<IndexOutcome> {
    let results: ItemResult[];
    try {
      results = await this.#bulkWithRetries(chunk);
    } catch (error) {
      if (statusOf(error) !== 413) throw error;
      if (chunk.length === 1) {
        return {
          indexed: 0,
          failed: [
            {
              document: (chunk[0] as EncodedDocument).document,
              reason: '413: document larger than the bulk request limit',
            },
          ],
        };
      }
      const half = Math.ceil(chunk.length / 2);
      const [a, b] = [
        await this.#indexChunk(chunk.slice(0, half), mayRewrite),
        await this.#indexChunk(chunk.slice(half), mayRewrite),
      ];
      return { indexed: a.indexed + b.indexed, failed: [...a.failed, ...b.failed] };
    }
    let indexed = 0;
    const failed: Failure[] = [];
    const rewrite: EncodedDocument[] = [];
    for (const result of results) {
      if (result.ok) indexed++;
      else if (mayRewrite && result.rejectedForFields)
        rewrite.push(encode(withFieldsAsText(result.doc.document)));
      else failed.push({ document: result.doc.document, reason: result.reason });
    }
    if (rewrite.length > 0) {
      const again = await this.#indexChunk(rewrite, false);
      indexed += again.indexed;
      failed.push(...again.failed);
    }
    return { indexed, failed };
  }

  /** One `_bulk` of the chunk; items rejected with 429 are sent again with backoff. */
  async #bulkWithRetries(chunk: readonly EncodedDocument[]): Promise<ItemResult[]> {
    const results: ItemResult[] = [];
    let pending = chunk;
    await withRetries(this.#retry, isRetryableError, async () => {
      const response = await this.#client.bulk({
        // A pre-serialised NDJSON string is sent as is; the typings only describe the array form.
        body: bulkBody(pending) as unknown as Bulk_RequestBody,
        refresh: this.#refresh ? 'true' : 'false',
      });
      const retry: EncodedDocument[] = [];
      (response.body.items ?? []).forEach((item, i) => {
        const doc = pending[i] as EncodedDocument;
        const result = Object.values(item)[0];
        if (result?.error === undefined || result.error === null) results.push({ ok: true, doc });
        else if (result.status === 429) retry.push(doc);
        else results.push(failedItem(doc, result.status, result.error));
      });
      pending = retry;
      if (retry.length > 0) throw new RetryableBulkError(`${retry.length} documents rejected with 429`);
    }).catch((error: unknown) => {
      if (!(error instanceof RetryableBulkError)) throw error;
      for (const doc of pending)
        results.push({
          ok: false,
          doc,
          rejectedForFields: false,
          reason: `429: ${error.message} after retries`,
        });
    });
    return results;
  }
}

export interface EncodedDocument {
  readonly document: LogDocument;
  /** The `_bulk` action line, without its newline. */
  readonly action: string;
  /** The document as JSON, without its newline. */
  readonly source: string;
}

type ItemResult =
  | { readonly ok: true; readonly doc: EncodedDocument }
  | {
      readonly ok: false;
      readonly doc: EncodedDocument;
      readonly rejectedForFields: boolean;
      readonly reason: string;
    };

function encode(document: LogDocument): EncodedDocument {
  const index = dailyIndexName(LOGS_INDEX_PREFIX, document['@timestamp']);
  // Index names and event ids are made of JSON-safe characters only: the action needs no serialiser.
  return {
    document,
    action: `${actionPrefix(index)}${document.event_id}"}}`,
    source: JSON.stringify(document),
  };
}

const actionPrefixes = new Map<string, string>();

function actionPrefix(index: string): string {
  let prefix = actionPrefixes.get(index);
  if (prefix === undefined) {
    if (actionPrefixes.size >= 1000) actionPrefixes.clear();
    prefix = `{"index":{"_index":"${index}","_id":"`;
    actionPrefixes.set(index, prefix);
  }
  return prefix;
}

/** Documents as `_bulk` NDJSON, in chunks of at most `maxBytes` (a single larger document goes alone). */
export function* bulkChunks(
  documents: readonly LogDocument[],
  maxBytes: number,
): Generator<EncodedDocument[]> {
  let chunk: EncodedDocument[] = [];
  let bytes = 0;
  for (const document of documents) {
    const encoded = encode(document);
    // Characters, not bytes: counting bytes cost ~5 % of the handler. Non-ASCII text can make a body
    // up to 3x larger than the bound, which stays well under OpenSearch's request limit; a 413 splits.
    const size = encoded.action.length + encoded.source.length + 2;
    if (chunk.length > 0 && bytes + size > maxBytes) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(encoded);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}

/** The NDJSON body of a chunk: one join of flat strings, so the body is built in one copy. */
export function bulkBody(chunk: readonly EncodedDocument[]): string {
  const lines: string[] = [];
  for (const { action, source } of chunk) lines.push(action, source);
  lines.push('');
  return lines.join('\n');
}

/** Error types OpenSearch gives a document whose content (not the cluster) is the problem. */
const FIELD_ERRORS = new Set([
  'mapper_parsing_exception',
  'illegal_argument_exception',
  'document_parsing_exception',
]);

function failedItem(doc: EncodedDocument, status: number, error: unknown): ItemResult {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { type?: string; reason?: string };
  const reason = `${status}: ${e.type ?? 'error'}: ${e.reason ?? JSON.stringify(error)}`;
  return { ok: false, doc, rejectedForFields: status === 400 && FIELD_ERRORS.has(e.type ?? ''), reason };
}

class RetryableBulkError extends Error {
  override name = 'RetryableBulkError';
}

/** The HTTP status of a client error; undefined when the request got no response (connection errors). */
function statusOf(error: unknown): number | undefined {
  const status = (error as { meta?: { statusCode?: unknown } } | undefined)?.meta?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function isRetryableError(error: unknown): boolean {
  if (error instanceof RetryableBulkError) return true;
  if (!(error instanceof Error)) return false;
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  return ['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError'].includes(error.name);
}

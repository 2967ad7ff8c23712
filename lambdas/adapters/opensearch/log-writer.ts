import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Client } from '@opensearch-project/opensearch';
import type { Bulk_RequestBody } from '@opensearch-project/opensearch/api/_core/bulk.js';
import { dailyIndexName, type LogDocument, withFieldsAsText } from '#core/log-document.ts';
import { type RetryPolicy, withRetries } from '#core/retry.ts';
import type { BulkWrite, IndexOutcome, LogWriter, WriteFailure, WrittenDocument } from '../../ports.ts';
import { type IndexTemplateOptions, LOGS_INDEX_PREFIX, putLogsIndexTemplate } from './index-template.ts';

export interface LogWriterOptions {
  /** Upper bound of one `_bulk` request body, in bytes. @default 5 MiB */
  readonly maxBulkBytes?: number;
  readonly retry?: RetryPolicy;
  /** Refresh after writing (tests and the local demo want read-after-write). @default false */
  readonly refresh?: boolean;
  /** Shards, replicas and codec of the index template this writer puts. @default the local settings */
  readonly template?: IndexTemplateOptions;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * gzip level of `_bulk` bodies. A body is about 4.8 x its raw lines; level 1 takes it to 0.25 x at
 * more than twice the speed of the default level (0.20 x): `node bench/index-size.ts`. Fewer bytes to
 * send, and to pay for where they cross an AZ (docs/cost.md), for little of the handler's CPU.
 */
export const BULK_GZIP_LEVEL = 1;
const gzipAsync = promisify(gzip);

/**
 * Writes log documents to OpenSearch. Writes go in bounded `_bulk` requests;
 * 429/5xx and connection errors are retried with backoff, a 413 splits the request, and a
 * document rejected for its fields is written again with them as text. What still fails is
 * returned with the reason, never dropped.
 *
 * The first write of an id wins: every action is a `create`, and OpenSearch's 409 for an id it
 * holds means the line is already indexed (a redelivered batch, an agent's re-send), which counts
 * as written. So nothing that writes to the index through here can replace a line indexed before.
 */
export class OpenSearchLogWriter implements LogWriter {
  readonly #client: Client;
  readonly #maxBulkBytes: number;
  readonly #retry: RetryPolicy;
  readonly #refresh: boolean;
  readonly #template: IndexTemplateOptions | undefined;
  #templateReady: Promise<void> | undefined;

  constructor(client: Client, options: LogWriterOptions = {}) {
    this.#client = client;
    this.#maxBulkBytes = options.maxBulkBytes ?? 5 * 1024 * 1024;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#refresh = options.refresh ?? false;
    this.#template = options.template;
  }

  start(): BulkWrite {
    return bulkWriteOn(new BulkBody(), (chunk) => this.#send(chunk));
  }

  async #send(chunk: BulkChunk): Promise<IndexOutcome> {
    await this.#ensureTemplate();
    return this.#indexPieces(chunk, true);
  }

  /** The chunk in requests of at most `maxBulkBytes`, one after another. */
  async #indexPieces(chunk: BulkChunk, mayRewrite: boolean): Promise<IndexOutcome> {
    let indexed = 0;
    const failed: WriteFailure[] = [];
    for (const piece of splitChunk(chunk, this.#maxBulkBytes)) {
      const outcome = await this.#indexChunk(piece, mayRewrite);
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
      putLogsIndexTemplate(this.#client, this.#template),
    ).catch((error: unknown) => {
      this.#templateReady = undefined;
      throw error;
    });
    return this.#templateReady;
  }

  async #indexChunk(chunk: BulkChunk, mayRewrite: boolean): Promise<IndexOutcome> {
    let results: ItemResult[];
    try {
      results = await this.#bulkWithRetries(chunk);
    } catch (error) {
      if (statusOf(error) !== 413) throw error;
      const { documents } = chunk;
      if (documents.length === 1) {
        return {
          indexed: 0,
          failed: [
            {
              document: documents[0] as WrittenDocument,
              reason: '413: document larger than the bulk request limit',
            },
          ],
        };
      }
      const half = Math.ceil(documents.length / 2);
      const [a, b] = [
        await this.#indexChunk(sliceChunk(chunk, 0, half), mayRewrite),
        await this.#indexChunk(sliceChunk(chunk, half, documents.length), mayRewrite),
      ];
      return { indexed: a.indexed + b.indexed, failed: [...a.failed, ...b.failed] };
    }
    let indexed = 0;
    const failed: WriteFailure[] = [];
    const rewrite = new BulkBody();
    for (const result of results) {
      if (result.ok) indexed++;
      else if (mayRewrite && result.rejectedForFields)
        rewrite.add([withFieldsAsText(JSON.parse(result.json.toString('utf8')) as LogDocument)]);
      else failed.push({ document: result.document, reason: result.reason });
    }
    if (rewrite.count === 0) return { indexed, failed };
    const again = await this.#indexPieces(rewrite.take(), false);
    return { indexed: indexed + again.indexed, failed: [...failed, ...again.failed] };
  }

  /** One `_bulk` of the chunk; items rejected with 429 are sent again with backoff. */
  async #bulkWithRetries(chunk: BulkChunk): Promise<ItemResult[]> {
    const results: ItemResult[] = [];
    let pending = chunk;
    await withRetries(this.#retry, isRetryableError, async () => {
      const gzipped = await gzipAsync(pending.body, { level: BULK_GZIP_LEVEL });
      const response = await this.#client.bulk(
        {
          // A pre-encoded NDJSON body is sent as is; the typings only describe the array form.
          body: gzipped as unknown as Bulk_RequestBody,
          refresh: this.#refresh ? 'true' : 'false',
        },
        { headers: { 'content-encoding': 'gzip' } },
      );
      const retry: number[] = [];
      const sent = pending;
      (response.body.items ?? []).forEach((item, i) => {
        const document = sent.documents[i] as WrittenDocument;
        const result = Object.values(item)[0];
        if (result?.error === undefined || result.error === null || isAlreadyIndexed(result))
          results.push({ ok: true, document });
        else if (result.status === 429) retry.push(i);
        else results.push(failedItem(document, sourceJson(sent, i), result.status, result.error));
      });
      pending = pickFromChunk(pending, retry);
      if (retry.length > 0) throw new RetryableBulkError(`${retry.length} documents rejected with 429`);
    }).catch((error: unknown) => {
      if (!(error instanceof RetryableBulkError)) throw error;
      const reason = `429: ${error.message} after retries`;
      pending.documents.forEach((document, i) => {
        results.push({ ok: false, document, json: sourceJson(pending, i), rejectedForFields: false, reason });
      });
    });
    return results;
  }
}

/**
 * Documents encoded as one `_bulk` NDJSON body. The body is written straight into bytes (what the
 * request sends) rather than joined from strings: one copy per document and no megabyte strings
 * for the garbage collector to move. `ends[i]` is the byte where document i's two lines end, so
 * a chunk can be split (413) or partly resent (429) without encoding again.
 */
export interface BulkChunk {
  readonly documents: readonly WrittenDocument[];
  readonly body: Buffer;
  readonly ends: readonly number[];
}

type ItemResult =
  | { readonly ok: true; readonly document: WrittenDocument }
  | {
      readonly ok: false;
      readonly document: WrittenDocument;
      /** The document as sent, to write it again with its fields as text. */
      readonly json: Buffer;
      readonly rejectedForFields: boolean;
      readonly reason: string;
    };

const actionPrefixes = new Map<string, Buffer>();

/**
 * `{"create":{"_index":"<index>","_id":"` for an index, as bytes; index names and ids are JSON-safe.
 * `create`, not `index`: a write never replaces a document already indexed under the id.
 */
function actionPrefix(index: string): Buffer {
  // A batch's lines fall on few days: the last index's prefix is checked first, without a look-up.
  if (index === lastIndex) return lastPrefix;
  let prefix = actionPrefixes.get(index);
  if (prefix === undefined) {
    if (actionPrefixes.size >= 1000) actionPrefixes.clear();
    prefix = Buffer.from(`{"create":{"_index":"${index}","_id":"`);
    actionPrefixes.set(index, prefix);
  }
  lastIndex = index;
  lastPrefix = prefix;
  return prefix;
}

let lastIndex = '';
let lastPrefix: Buffer = Buffer.alloc(0);

/** What closes an action line after the id: `"}}` and the newline. */
const ACTION_END = Buffer.from('"}}\n');

const NO_BYTES = Buffer.alloc(0);

/**
 * The document as JSON. Fields nested too deep to encode (JSON.stringify runs out of stack) cost
 * the line its fields, never its batch: it is written without them, saying why.
 */
function encodeDocument(document: LogDocument): string {
  try {
    return JSON.stringify(document);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A document may lack the key `parse_error` (`buildDocument`): it goes in its place, before `flags`.
    const { flags, ...rest } = document;
    return JSON.stringify({
      ...rest,
      fields: {},
      fields_text: undefined,
      parse_error: `fields could not be stored: ${reason}`.slice(0, 500),
      flags,
    });
  }
}

/** Collects documents as one growing `_bulk` body; a document is encoded once, when added. */
export class BulkBody {
  #body: Buffer = NO_BYTES;
  #size = 0;
  #ends: number[] = [];
  #documents: WrittenDocument[] = [];
  /**
   * About the most bytes the bodies taken lately held, in any batch (a batch's last body is often
   * smaller, so a larger one is forgotten slowly): a body starts that large and an eighth more, as
   * a warm Lambda's bodies are alike, so one is rarely copied to grow.
   */
  static #sizeHint = 0;

  /** Documents added since the last `take`. */
  get count(): number {
    return this.#ends.length;
  }

  add(documents: readonly LogDocument[]): void {
    for (const document of documents) {
      const prefix = actionPrefix(dailyIndexName(LOGS_INDEX_PREFIX, document['@timestamp']));
      const id = document.event_id;
      const source = encodeDocument(document);
      // At most 3 bytes per UTF-16 unit, plus the newline.
      const room = prefix.length + 3 * (id.length + source.length) + ACTION_END.length + 1;
      if (this.#size + room > this.#body.length) this.#grow(this.#size + room);
      // The action line in pieces, its constant ones copied as bytes: a string joined from them
      // would be flattened before it is encoded (about 80 ns a document in isolation).
      this.#body.set(prefix, this.#size);
      this.#size += prefix.length;
      this.#size += this.#body.write(id, this.#size);
      this.#body.set(ACTION_END, this.#size);
      this.#size += ACTION_END.length;
      this.#size += this.#body.write(source, this.#size);
      this.#body[this.#size++] = 0x0a;
      this.#ends.push(this.#size);
      const { topic, partition, kafka_offset: offset } = document.source;
      this.#documents.push({ eventId: document.event_id, topic, partition, offset });
    }
  }

  /** Everything added so far as one chunk; the body starts empty again. */
  take(): BulkChunk {
    const chunk = { documents: this.#documents, body: this.#body.subarray(0, this.#size), ends: this.#ends };
    BulkBody.#sizeHint = Math.max(this.#size, BulkBody.#sizeHint - (BulkBody.#sizeHint >> 2));
    this.#body = NO_BYTES;
    this.#size = 0;
    this.#ends = [];
    this.#documents = [];
    return chunk;
  }

  #grow(needed: number): void {
    const first = this.#body.length === 0 ? BulkBody.#sizeHint + (BulkBody.#sizeHint >> 3) : 0;
    const next = Buffer.allocUnsafe(Math.max(needed, first, 2 * this.#body.length, 1024 * 1024));
    this.#body.copy(next, 0, 0, this.#size);
    this.#body = next;
  }
}

/** The `BulkWrite` port over a body: `send` takes what was added since the last send and writes it. */
export function bulkWriteOn(body: BulkBody, write: (chunk: BulkChunk) => Promise<IndexOutcome>): BulkWrite {
  return {
    add: (documents) => body.add(documents),
    get pending() {
      return body.count;
    },
    send: () => write(body.take()),
  };
}

/** A chunk in pieces of at most `maxBytes` (a single larger document goes alone). */
export function* splitChunk(chunk: BulkChunk, maxBytes: number): Generator<BulkChunk> {
  let first = 0;
  let start = 0;
  for (let i = 0; i < chunk.ends.length; i++) {
    if (i > first && (chunk.ends[i] as number) - start > maxBytes) {
      yield sliceChunk(chunk, first, i);
      first = i;
      start = chunk.ends[i - 1] as number;
    }
  }
  if (first < chunk.ends.length) yield first === 0 ? chunk : sliceChunk(chunk, first, chunk.ends.length);
}

/** The JSON of document `i` of a chunk (its second line, without the newline). */
function sourceJson(chunk: BulkChunk, i: number): Buffer {
  const lines = sliceChunk(chunk, i, i + 1).body;
  return lines.subarray(lines.indexOf(0x0a) + 1, lines.length - 1);
}

/** Documents `from` (inclusive) to `to` (exclusive) of a chunk, sharing its bytes. */
export function sliceChunk(chunk: BulkChunk, from: number, to: number): BulkChunk {
  const start = from === 0 ? 0 : (chunk.ends[from - 1] as number);
  return {
    documents: chunk.documents.slice(from, to),
    body: chunk.body.subarray(start, chunk.ends[to - 1]),
    ends: chunk.ends.slice(from, to).map((end) => end - start),
  };
}

/** The documents at `positions` of a chunk, as a chunk of their own. */
function pickFromChunk(chunk: BulkChunk, positions: readonly number[]): BulkChunk {
  const parts = positions.map((i) => sliceChunk(chunk, i, i + 1));
  let end = 0;
  return {
    documents: parts.map((part) => part.documents[0] as WrittenDocument),
    body: Buffer.concat(parts.map((part) => part.body)),
    ends: parts.map((part) => (end += part.body.length)),
  };
}

/** Error types OpenSearch gives a document whose content (not the cluster) is the problem. */
const FIELD_ERRORS = new Set([
  'mapper_parsing_exception',
  'illegal_argument_exception',
  'document_parsing_exception',
]);

/** A `create` refused because the id is indexed already: the line is there, written by an earlier delivery. */
function isAlreadyIndexed(result: { status?: number; error?: unknown }): boolean {
  const type = (result.error as { type?: unknown } | undefined)?.type;
  return result.status === 409 && type === 'version_conflict_engine_exception';
}

function failedItem(document: WrittenDocument, json: Buffer, status: number, error: unknown): ItemResult {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { type?: string; reason?: string };
  const reason = `${status}: ${e.type ?? 'error'}: ${e.reason ?? JSON.stringify(error)}`;
  return {
    ok: false,
    document,
    json,
    rejectedForFields: status === 400 && FIELD_ERRORS.has(e.type ?? ''),
    reason,
  };
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

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { type AppHeartbeat, appNodeId, encodeHeartbeat, HEARTBEAT_CONTENT_TYPE } from '#core/wire.ts';
import type { HttpInputConfig } from '../config/types.ts';
import type { OutRecord } from '../sink/sink.ts';
import { HttpError, HttpGuard, readBody, reply } from './http-guard.ts';
import { decodeOtlpProtobuf, isOtlpJson, OtlpRequestError, OtlpTooLargeError, otlpToLines } from './otlp.ts';
import type { Spool } from './spool.ts';
import { createListener, listenerUrl } from './tls-listener.ts';

export interface HttpInputOptions {
  readonly config: HttpInputConfig;
  /** The token callers must send (`loadToken`). */
  readonly token: string;
  readonly spool: Spool;
  readonly nodeId: string;
  readonly host: string;
  readonly heartbeatTopic: string;
  /** Heartbeats bypass the spool: they only matter while fresh. */
  readonly enqueue: (record: OutRecord) => void;
  readonly sinkFull: () => boolean;
  readonly log: (line: string) => void;
}

/** What an app may call itself in a heartbeat: it becomes part of a node id (`<node id>/<app>`). */
const APP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * HTTP input, loopback by default, every route behind `HttpGuard` (token, Host, concurrency cap).
 * `POST /v1/logs` takes `{"lines": ["..."]}`, a JSON array of strings, `{"line": "..."}` or a
 * text/plain body (one line per line); lines are on disk (fsynced, in group commits) before the
 * 202 answer. `POST /v1/heartbeat` takes `{"app": "...", "status"?, "interval_s"?, "details"?}`.
 * A full spool answers 503 with Retry-After, so the caller retries instead of losing lines.
 */
export class HttpInput {
  readonly #o: HttpInputOptions;
  readonly #server: Server;
  readonly guard: HttpGuard;
  accepted = 0;

  private constructor(o: HttpInputOptions) {
    this.#o = o;
    this.guard = new HttpGuard({
      token: o.token,
      allowedHosts: o.config.allowedHosts,
      maxConcurrentRequests: o.config.maxConcurrentRequests,
      log: o.log,
    });
    this.#server = createListener(
      (req, res) => {
        void this.#route(req, res);
      },
      o.config.tls,
      'inputs.http.tls',
      o.log,
    );
    // Slow clients must not hold one of the few request slots for long.
    this.#server.requestTimeout = 30_000;
    this.#server.headersTimeout = 10_000;
  }

  static async start(o: HttpInputOptions): Promise<HttpInput> {
    const input = new HttpInput(o);
    await new Promise<void>((resolve, reject) => {
      input.#server.once('error', reject);
      input.#server.listen(o.config.port, o.config.host, () => {
        input.#server.off('error', reject);
        resolve();
      });
    });
    input.#server.on('error', (error) => o.log(`http input: ${error.message}`));
    return input;
  }

  get url(): string {
    return listenerUrl(this.#server);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const guard = this.guard;
    if (req.method === 'GET' && path === '/health')
      return guard.handle(
        req,
        res,
        async () => reply(res, 200, { ok: true, spoolFull: this.#o.spool.full }),
        {
          open: true,
        },
      );
    if (req.method === 'POST' && (path === '/v1/logs' || path === '/logs'))
      return guard.handle(req, res, () => this.#logs(req, res));
    if (req.method === 'POST' && (path === '/v1/heartbeat' || path === '/heartbeat'))
      return guard.handle(req, res, () => this.#heartbeat(req, res));
    return guard.handle(req, res, async () => {
      throw req.method === 'POST'
        ? new HttpError(404, `no route ${path}`)
        : new HttpError(405, 'use POST /v1/logs or POST /v1/heartbeat');
    });
  }

  async #logs(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#o.spool.full)
      throw new HttpError(503, 'spool full: Kafka is behind, retry later', { 'retry-after': '1' });
    const body = await this.#body(req);
    const contentType = req.headers['content-type'] ?? '';
    const protobuf = contentType.startsWith('application/x-protobuf');
    // Lines may be larger than the request (each record repeats its resource), but only boundedly.
    const maxLineBytes = OTLP_EXPANSION * this.#o.config.maxBodyBytes;
    const otlp = protobuf ? otlpLines(() => decodeOtlpProtobuf(body), maxLineBytes) : undefined;
    const json =
      otlp === undefined && contentType.includes('json') ? parseJson(body.toString('utf8')) : undefined;
    const lines =
      otlp ??
      (isOtlpJson(json) ? otlpLines(() => json, maxLineBytes) : undefined) ??
      parseLines(body.toString('utf8'), contentType, json);
    if (lines.length > 0) {
      try {
        await this.#o.spool.append(Buffer.from(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`));
      } catch (error) {
        this.#o.log(`http input: cannot spool ${lines.length} lines: ${(error as Error).message}`);
        throw new HttpError(503, 'cannot write to the spool, retry later', { 'retry-after': '1' });
      }
    }
    this.accepted += lines.length;
    // OTLP/HTTP clients expect 200 and an (empty) ExportLogsServiceResponse in their own encoding.
    if (protobuf) {
      res.writeHead(200, { 'content-type': 'application/x-protobuf' });
      res.end();
    } else if (isOtlpJson(json)) reply(res, 200, {});
    else reply(res, 202, { accepted: lines.length });
  }

  /** The request body, gunzipped when sent with `Content-Encoding: gzip` (as OTLP exporters may). */
  async #body(req: IncomingMessage): Promise<Buffer> {
    const raw = await readBody(req, this.#o.config.maxBodyBytes);
    const encoding = req.headers['content-encoding'];
    if (encoding === undefined || encoding === 'identity') return raw;
    if (encoding !== 'gzip') throw new HttpError(415, `content-encoding ${encoding}: expected gzip or none`);
    try {
      return gunzipSync(raw, { maxOutputLength: this.#o.config.maxBodyBytes });
    } catch {
      throw new HttpError(
        413,
        `the body is not gzip, or is over ${this.#o.config.maxBodyBytes} bytes unzipped`,
      );
    }
  }

  async #heartbeat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#o.sinkFull()) throw new HttpError(503, 'Kafka is behind, retry later', { 'retry-after': '1' });
    const body = parseJson((await readBody(req, 64 * 1024)).toString('utf8'));
    if (typeof body !== 'object' || body === null) throw new HttpError(400, 'expected a JSON object');
    const b = body as Record<string, unknown>;
    if (typeof b.app !== 'string' || !APP_NAME.test(b.app))
      throw new HttpError(
        400,
        'app: expected 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit',
      );
    if (b.status !== undefined && typeof b.status !== 'string')
      throw new HttpError(400, 'status: expected a string');
    const interval = b.interval_s;
    if (
      interval !== undefined &&
      !(Number.isInteger(interval) && (interval as number) >= 1 && (interval as number) <= 3600)
    )
      throw new HttpError(400, 'interval_s: expected an integer from 1 to 3600');
    const details: Record<string, string> = {};
    if (b.details !== undefined) {
      if (typeof b.details !== 'object' || b.details === null)
        throw new HttpError(400, 'details: expected an object');
      for (const [k, v] of Object.entries(b.details))
        details[k] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    const heartbeat: AppHeartbeat = {
      v: 1,
      type: 'app',
      nodeId: this.#o.nodeId,
      host: this.#o.host,
      app: b.app,
      status: b.status as string | undefined,
      intervalSeconds: interval as number | undefined,
      sentAt: Date.now(),
      details: b.details === undefined ? undefined : details,
    };
    this.#o.enqueue({
      topic: this.#o.heartbeatTopic,
      key: appNodeId(this.#o.nodeId, b.app),
      value: encodeHeartbeat(heartbeat),
      contentType: HEARTBEAT_CONTENT_TYPE,
    });
    reply(res, 202, { accepted: 1 });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

/** How many times `max_body_bytes` the lines of one OTLP request may come to. */
const OTLP_EXPANSION = 8;

function otlpLines(request: () => Parameters<typeof otlpToLines>[0], maxBytes: number): string[] {
  try {
    return otlpToLines(request(), maxBytes);
  } catch (error) {
    if (error instanceof OtlpTooLargeError) throw new HttpError(413, error.message);
    if (error instanceof OtlpRequestError) throw new HttpError(400, error.message);
    throw error;
  }
}

/** Accepted shapes: {"lines": [...]}, [...], {"line": "..."}, or plain text. */
export function parseLines(body: string, contentType: string, parsed?: unknown): string[] {
  if (!contentType.includes('json')) {
    const lines = body.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  const value = parsed ?? parseJson(body);
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && 'lines' in value
      ? (value as { lines: unknown }).lines
      : typeof value === 'object' && value !== null && 'line' in value
        ? [(value as { line: unknown }).line]
        : undefined;
  if (!Array.isArray(list) || !list.every((l) => typeof l === 'string')) {
    throw new HttpError(400, 'expected {"lines": [strings]}, a JSON array of strings, or {"line": string}');
  }
  return list as string[];
}

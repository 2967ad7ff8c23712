import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppHeartbeat, encodeHeartbeat, HEARTBEAT_CONTENT_TYPE } from '#core/wire.ts';
import type { HttpInputConfig } from '../config/types.ts';
import type { OutRecord } from '../sink/sink.ts';
import type { Spool } from './spool.ts';

export interface HttpInputOptions {
  readonly config: HttpInputConfig;
  readonly spool: Spool;
  readonly nodeId: string;
  readonly host: string;
  readonly heartbeatTopic: string;
  /** Heartbeats bypass the spool: they only matter while fresh. */
  readonly enqueue: (record: OutRecord) => void;
  readonly sinkFull: () => boolean;
  readonly log: (line: string) => void;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

/**
 * Loopback HTTP input. `POST /v1/logs` takes `{"lines": ["..."]}`, a JSON array of strings,
 * `{"line": "..."}` or a text/plain body (one line per line); lines are spooled to disk before the
 * 202 answer. `POST /v1/heartbeat` takes `{"app": "...", "status"?: "...", "details"?: {...}}`.
 * A full spool answers 503 with Retry-After, so the caller retries instead of losing lines.
 */
export class HttpInput {
  readonly #o: HttpInputOptions;
  readonly #server: Server;
  accepted = 0;
  rejected = 0;

  private constructor(o: HttpInputOptions) {
    this.#o = o;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status >= 500 && !(error instanceof HttpError)) o.log(`http input: ${(error as Error).message}`);
        this.rejected++;
        reply(res, status, { error: (error as Error).message }, status === 503 ? { 'retry-after': '1' } : {});
      });
    });
  }

  static async start(o: HttpInputOptions): Promise<HttpInput> {
    const input = new HttpInput(o);
    await new Promise<void>((resolve, reject) => {
      input.#server.once('error', reject);
      input.#server.listen(o.config.port, o.config.host, () => resolve());
    });
    return input;
  }

  get url(): string {
    const a = this.#server.address() as AddressInfo;
    return `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health')
      return reply(res, 200, { ok: true, spoolFull: this.#o.spool.full });
    if (req.method !== 'POST') throw new HttpError(405, 'use POST /v1/logs or POST /v1/heartbeat');
    if (path === '/v1/logs' || path === '/logs') return this.#logs(req, res);
    if (path === '/v1/heartbeat' || path === '/heartbeat') return this.#heartbeat(req, res);
    throw new HttpError(404, `no route ${path}`);
  }

  async #logs(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#o.spool.full) throw new HttpError(503, 'spool full: Kafka is behind, retry later');
    const body = await readBody(req, this.#o.config.maxBodyBytes);
    const lines = parseLines(body, req.headers['content-type'] ?? '');
    if (lines.length > 0) {
      await this.#o.spool.append(Buffer.from(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`));
    }
    this.accepted += lines.length;
    reply(res, 202, { accepted: lines.length });
  }

  async #heartbeat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#o.sinkFull()) throw new HttpError(503, 'Kafka is behind, retry later');
    const body = parseJson(await readBody(req, 64 * 1024));
    if (typeof body !== 'object' || body === null) throw new HttpError(400, 'expected a JSON object');
    const b = body as Record<string, unknown>;
    if (typeof b.app !== 'string' || b.app === '')
      throw new HttpError(400, 'app: expected a non-empty string');
    if (b.status !== undefined && typeof b.status !== 'string')
      throw new HttpError(400, 'status: expected a string');
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
      sentAt: Date.now(),
      details: b.details === undefined ? undefined : details,
    };
    this.#o.enqueue({
      topic: this.#o.heartbeatTopic,
      key: `${this.#o.nodeId}/${b.app}`,
      value: encodeHeartbeat(heartbeat),
      contentType: HEARTBEAT_CONTENT_TYPE,
    });
    reply(res, 202, { accepted: 1 });
  }
}

function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size > max) throw new HttpError(413, `body larger than ${max} bytes`);
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

/** Accepted shapes: {"lines": [...]}, [...], {"line": "..."}, or plain text. */
export function parseLines(body: string, contentType: string): string[] {
  if (!contentType.includes('json')) {
    const lines = body.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  const value = parseJson(body);
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

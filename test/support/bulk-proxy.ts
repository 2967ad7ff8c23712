import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * A loopback HTTP proxy in front of the real OpenSearch that behaves as Amazon OpenSearch Service
 * does under pressure, where the local engine cannot be made to:
 * - a request body larger than `maxBodyBytes` is answered 413 (the local limit, 100 MB, is too
 *   large to reach in a test);
 * - the first time a `_bulk` request carries a document whose `_id` is in `throttleIds`, that
 *   document is held back and its item answered 429 (a full write queue), while the rest of the
 *   request is forwarded.
 * A gzipped body is read (and forwarded) decompressed, and measured decompressed: the writer bounds
 * its bodies before compression. Everything else is forwarded unchanged.
 */
export interface BulkProxyOptions {
  readonly maxBodyBytes?: number;
  readonly throttleIds?: ReadonlySet<string>;
}

export interface BulkProxy {
  readonly url: string;
  /** Sizes of the requests answered 413. */
  readonly rejected: number[];
  /** Ids answered 429, in order. */
  readonly throttled: string[];
  /** Documents in each `_bulk` request received, in order. */
  readonly bulkSizes: number[];
  /** `content-encoding` of each `_bulk` request received (`identity` when none), in order. */
  readonly bulkEncodings: string[];
  close(): Promise<void>;
}

export async function startBulkProxy(target: URL, options: BulkProxyOptions): Promise<BulkProxy> {
  const rejected: number[] = [];
  const throttled: string[] = [];
  const bulkSizes: number[] = [];
  const bulkEncodings: string[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const parts: Buffer[] = [];
    for await (const part of incoming) parts.push(part as Buffer);
    const encoding = incoming.headers['content-encoding'] ?? 'identity';
    let body = encoding === 'gzip' ? gunzipSync(Buffer.concat(parts)) : Buffer.concat(parts);
    const { 'content-encoding': _encoding, ...headers } = incoming.headers;
    if (body.length > (options.maxBodyBytes ?? Number.POSITIVE_INFINITY)) {
      rejected.push(body.length);
      outgoing.writeHead(413, { 'content-type': 'text/plain' }).end('413 Request Entity Too Large');
      return;
    }
    let held: number[] = [];
    const bulk = incoming.url?.startsWith('/_bulk') === true;
    if (bulk) {
      bulkSizes.push(Math.floor(body.toString('utf8').split('\n').length / 2));
      bulkEncodings.push(encoding);
    }
    if (bulk && options.throttleIds) {
      const lines = body.toString('utf8').split('\n');
      const kept: string[] = [];
      for (let i = 0; i + 1 < lines.length; i += 2) {
        const id = (JSON.parse(lines[i] as string) as { create: { _id: string } }).create._id;
        if (options.throttleIds.has(id) && !throttled.includes(id)) {
          throttled.push(id);
          held.push(i / 2);
        } else kept.push(lines[i] as string, lines[i + 1] as string);
      }
      body = Buffer.from(`${kept.join('\n')}\n`);
      if (kept.length === 0) held = [];
    }
    const forwarded = request(
      // The target's path prefix (OpenSearch behind LocalStack) comes before the client's path.
      new URL(`${target.pathname.replace(/\/$/, '')}${incoming.url ?? '/'}`, target),
      {
        method: incoming.method,
        headers: { ...headers, host: target.host, 'content-length': body.length },
      },
      async (response) => {
        if (held.length === 0) {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          errors: boolean;
          items: unknown[];
        };
        for (const position of held)
          result.items.splice(position, 0, {
            create: { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } },
          });
        result.errors = true;
        outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    forwarded.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    rejected,
    throttled,
    bulkSizes,
    bulkEncodings,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of the real OpenSearch that answers 413, as Amazon OpenSearch
 * Service does, to any request whose body is larger than `maxBodyBytes`; everything else is
 * forwarded unchanged. The local engine's own limit (100 MB) is too large to reach in a test.
 */
export interface BodyLimitProxy {
  readonly url: string;
  /** Sizes of the requests answered 413. */
  readonly rejected: number[];
  close(): Promise<void>;
}

export async function startBodyLimitProxy(target: URL, maxBodyBytes: number): Promise<BodyLimitProxy> {
  const rejected: number[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const parts: Buffer[] = [];
    for await (const part of incoming) parts.push(part as Buffer);
    const body = Buffer.concat(parts);
    if (body.length > maxBodyBytes) {
      rejected.push(body.length);
      outgoing.writeHead(413, { 'content-type': 'text/plain' }).end('413 Request Entity Too Large');
      return;
    }
    const forwarded = request(
      new URL(incoming.url ?? '/', target),
      { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

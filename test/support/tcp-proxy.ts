import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy that can be made unavailable and available again: the handler under test
 * sees its backend go away (connections refused and cut) without stopping the shared engine.
 */
export interface FaultProxy {
  readonly url: string;
  /** Cuts open connections and refuses new ones until `restore()`. */
  cut(): void;
  /** Connections refused since the proxy started: how often the client under test tried. */
  readonly refused: number;
  restore(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: URL): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  let available = true;
  let refused = 0;
  const server: Server = createServer((client) => {
    if (!available) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    // Keeps the target's path: OpenSearch behind LocalStack answers under /opensearch/<region>/<domain>.
    url: `${target.protocol}//127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    get refused() {
      return refused;
    },
    cut() {
      available = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      available = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

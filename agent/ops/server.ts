import type { Server } from 'node:http';
import { hostName, isLoopbackHost } from '#core/loopback.ts';
import type { ListenerTlsConfig } from '../config/types.ts';
import { type HttpError, tokenChecker } from '../inputs/http-guard.ts';
import { createListener, listenerUrl } from '../inputs/tls-listener.ts';
import type { AgentStatus } from '../status.ts';
import { renderMetrics } from './metrics.ts';

/** Failed sends in a row after which /health reports unhealthy. */
const UNHEALTHY_AFTER_FAILURES = 3;

/**
 * `/health`, `/status` (JSON, used by `logward-agent status`), `/metrics` (Prometheus). On loopback
 * it answers loopback Host names only; with a token (required off loopback) every request must send
 * it, as the HTTP input's callers do.
 */
export class OpsServer {
  readonly #server: Server;

  private constructor(
    status: () => AgentStatus,
    loopback: boolean,
    token: string | undefined,
    tls: ListenerTlsConfig | undefined,
    log: (line: string) => void,
  ) {
    const checkToken = token === undefined ? undefined : tokenChecker(token);
    this.#server = createListener(
      (req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method !== 'GET') {
          res.writeHead(405).end();
          return;
        }
        // On loopback, only loopback names: a web page rebinding its name to 127.0.0.1 reads nothing.
        if (loopback && !isLoopbackHost(hostName(req.headers.host ?? '') ?? '')) {
          res.writeHead(421, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'Host is not a loopback name' }));
          return;
        }
        try {
          checkToken?.(req);
        } catch (error) {
          const refusal = error as HttpError;
          res.writeHead(refusal.status, { 'content-type': 'application/json', ...refusal.headers });
          res.end(JSON.stringify({ error: refusal.message }));
          return;
        }
        let s: AgentStatus;
        try {
          s = status();
        } catch (error) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: `status unavailable: ${(error as Error).message}` }));
          return;
        }
        if (path === '/health') {
          // Refused credentials or permissions are unhealthy at once: retrying will not fix them.
          const refused = s.kafka.failure === 'authentication' || s.kafka.failure === 'authorization';
          const healthy = !refused && s.kafka.consecutiveFailures < UNHEALTHY_AFTER_FAILURES;
          res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              healthy,
              paused: s.paused,
              kafkaError: s.kafka.lastError ?? null,
              kafkaFailure: s.kafka.failure ?? null,
            }),
          );
        } else if (path === '/status') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(s));
        } else if (path === '/metrics') {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
          res.end(renderMetrics(s));
        } else {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'try /health, /status or /metrics' }));
        }
      },
      tls,
      'status.tls',
      log,
    );
  }

  /**
   * Listens on `host:port`, over HTTPS with `tls`; a non-loopback `host` needs a `token` (refused
   * otherwise).
   */
  static async start(
    listen: { readonly host: string; readonly port: number; readonly tls?: ListenerTlsConfig },
    status: () => AgentStatus,
    token?: string,
    log: (line: string) => void = () => {},
  ): Promise<OpsServer> {
    const { host, port, tls } = listen;
    const loopback = isLoopbackHost(host);
    if (!loopback && token === undefined)
      throw new RangeError(`the status endpoint listens on ${host}, off loopback, only with a token`);
    const ops = new OpsServer(status, loopback, token, tls, log);
    await new Promise<void>((resolve, reject) => {
      ops.#server.once('error', reject);
      ops.#server.listen(port, host, () => resolve());
    });
    return ops;
  }

  get url(): string {
    return listenerUrl(this.#server);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

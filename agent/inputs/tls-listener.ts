import { readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SecureContextOptions } from 'node:tls';
import type { ListenerTlsConfig as TlsFiles } from '../config/types.ts';
import { AgentConfigError } from '../config/validate.ts';

/** How often the certificate and key files are checked for a renewal. */
const RELOAD_CHECK_MS = 60_000;
/**
 * How long a connection may take to complete its TLS handshake. Node's default, 120 s, would let
 * a caller with no token hold a socket twelve times longer than the 10 s a plain request may take
 * to send its headers.
 */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * node:https and node:tls are loaded only for a listener with TLS: loading them costs about 5 MB
 * of RSS (measured in a node process that had node:http and node:crypto already), which an agent
 * without TLS need not pay, idle or not.
 */
const tlsModules = () => ({
  https: process.getBuiltinModule('node:https'),
  tls: process.getBuiltinModule('node:tls'),
});

/** The servers createListener made with TLS (listenerUrl's scheme, without loading node:https). */
const secureServers = new WeakSet<Server>();

/**
 * An HTTP server, or with `tls` an HTTPS one whose certificate and key are read again when either
 * file changes (a renewal by certbot or cert-manager needs no restart). `field` names the setting in
 * errors (`status.tls`). The reload timer ends with the server.
 */
export function createListener(
  handler: RequestListener,
  tls: TlsFiles | undefined,
  field: string,
  log: (line: string) => void,
  reloadCheckMs = RELOAD_CHECK_MS,
  handshakeTimeoutMs = HANDSHAKE_TIMEOUT_MS,
): Server {
  if (!tls) return createHttpServer(handler);
  let stamp = fileStamp(tls);
  const server = tlsModules().https.createServer(
    { ...loadTlsPair(tls, field), handshakeTimeout: handshakeTimeoutMs },
    handler,
  );
  secureServers.add(server);
  const timer = setInterval(() => {
    try {
      const now = fileStamp(tls);
      if (now === stamp) return;
      server.setSecureContext(loadTlsPair(tls, field));
      stamp = now;
      log(`${field}: certificate reloaded from ${tls.certFile}`);
    } catch (error) {
      // A half-written renewal: keep serving the pair already loaded and try again next time.
      log(`${field}: certificate not reloaded: ${(error as Error).message}`);
    }
  }, reloadCheckMs);
  timer.unref();
  server.on('close', () => clearInterval(timer));
  return server;
}

/** The base URL a listening server made by createListener answers on (`https://[::1]:8686`). */
export function listenerUrl(server: Server): string {
  const a = server.address() as AddressInfo;
  const scheme = secureServers.has(server) ? 'https' : 'http';
  return `${scheme}://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
}

/** The scheme a listener with (or without) `tls` serves. */
export function schemeOf(tls: TlsFiles | undefined): 'http' | 'https' {
  return tls ? 'https' : 'http';
}

/**
 * Reads and checks an endpoint's certificate and key: readable, the key not readable by other users,
 * and the two a pair. Errors name the setting (`status.tls.key_file`) and what was expected.
 */
export function loadTlsPair(tls: TlsFiles, field: string): SecureContextOptions {
  const read = (path: string, key: string): Buffer => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new AgentConfigError(key, `a readable PEM file at ${path}`, undefined, { cause: error });
    }
  };
  const cert = read(tls.certFile, `${field}.cert_file`);
  const key = read(tls.keyFile, `${field}.key_file`);
  if ((statSync(tls.keyFile).mode & 0o007) !== 0)
    throw new AgentConfigError(
      `${field}.key_file`,
      `a file other users cannot read (chmod o-rwx ${tls.keyFile})`,
    );
  const options: SecureContextOptions = { cert, key, minVersion: 'TLSv1.2' };
  try {
    tlsModules().tls.createSecureContext(options);
  } catch (error) {
    throw new AgentConfigError(
      field,
      `a PEM certificate and the private key that matches it (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  return options;
}

function fileStamp(tls: TlsFiles): string {
  const stamp = (path: string): string => {
    const s = statSync(path, { throwIfNoEntry: false });
    return s ? `${s.mtimeMs}:${s.size}` : 'missing';
  };
  return `${stamp(tls.certFile)}|${stamp(tls.keyFile)}`;
}

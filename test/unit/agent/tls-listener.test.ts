import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createListener, loadTlsPair } from '#agent/inputs/tls-listener.ts';
import { selfSigned } from './self-signed.ts';

let dir: string;
const servers: Server[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-tls-'));
});
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  await rm(dir, { recursive: true, force: true });
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The subject CN of the certificate the server presents, trusting only `ca`. */
function presented(port: number, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', ca, agent: false }, (res) => {
      const cn = String((res.socket as TLSSocket).getPeerCertificate().subject.CN);
      res.resume();
      res.on('end', () => resolve(cn));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('listener TLS (status endpoint, HTTP input)', () => {
  it('serves HTTPS with the configured pair, and takes a renewed pair without a restart', async () => {
    const first = await selfSigned(dir, 'first');
    const renewed = await selfSigned(dir, 'renewed');
    const tls = { certFile: join(dir, 'live.pem'), keyFile: join(dir, 'live.key') };
    await copyFile(first.certFile, tls.certFile);
    await copyFile(first.keyFile, tls.keyFile);
    await chmod(tls.keyFile, 0o600);
    const lines: string[] = [];
    const port = await listen(
      createListener(
        (_req, res) => res.end('ok'),
        tls,
        'status.tls',
        (l) => lines.push(l),
        20,
      ),
    );
    expect(await presented(port, first.cert)).toBe('first');

    await copyFile(renewed.certFile, tls.certFile);
    await copyFile(renewed.keyFile, tls.keyFile);
    await expect.poll(() => lines.some((l) => l.includes('certificate reloaded'))).toBe(true);
    expect(await presented(port, renewed.cert)).toBe('renewed');
  });

  it('closes a connection that never completes its TLS handshake, so idle sockets cannot pile up', async () => {
    const pair = await selfSigned(dir, 'idle');
    await chmod(pair.keyFile, 0o600);
    const port = await listen(
      createListener(
        (_req, res) => res.end('ok'),
        pair,
        'inputs.http.tls',
        () => {},
        60_000,
        200,
      ),
    );
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(socket.destroyed).toBe(true);
  });

  it('refuses a key other users can read, and a key that is not the certificate’s, naming the field', async () => {
    const a = await selfSigned(dir, 'a');
    const b = await selfSigned(dir, 'b');
    expect(() => loadTlsPair({ certFile: a.certFile, keyFile: b.keyFile }, 'status.tls')).toThrow(
      /^status\.tls: expected a PEM certificate and the private key that matches it/,
    );
    await chmod(a.keyFile, 0o644);
    expect(() => loadTlsPair(a, 'inputs.http.tls')).toThrow(
      `inputs.http.tls.key_file: expected a file other users cannot read (chmod o-rwx ${a.keyFile})`,
    );
    expect(() => loadTlsPair({ ...a, certFile: join(dir, 'none.pem') }, 'status.tls')).toThrow(
      `status.tls.cert_file: expected a readable PEM file at ${join(dir, 'none.pem')}`,
    );
  });
});

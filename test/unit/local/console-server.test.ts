/**
 * The console as the local API serves it: its files with a strict content security policy, its
 * config.json, and the local sign-in, which answers only pages of its own loopback origin.
 */

import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLocalCredentials, LOCAL_PEOPLE, type LocalCredentials } from '#local/access.ts';
import { type RunningApi, startLocalApi } from '#local/api-gateway.ts';

describe('the local console site', () => {
  let api: RunningApi;
  let credentials: LocalCredentials;
  let host: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-console-site-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Logward</title>');
    credentials = await createLocalCredentials();
    api = await startLocalApi(async () => ({ statusCode: 200, body: '{}' }), {
      port: 0,
      access: credentials.access,
      console: { dir, people: LOCAL_PEOPLE, userPool: credentials.access.userPool },
    });
    host = new URL(api.url).host;
  });

  afterAll(() => api?.stop());

  /** A raw request, so the Host and Origin headers are exactly what a browser (or an attacker) sends. */
  function send(method: string, path: string, headers: Record<string, string>, body = '') {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = request(`${api.url}${path}`, { method, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      },
    );
  }

  test('serves index.html with a policy that runs nothing but its own scripts, and config.json', async () => {
    const page = await send('GET', '/', { host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Logward</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const config = await send('GET', '/config.json', { host });
    expect(JSON.parse(config.body)).toEqual({ apiBase: '/people', auth: { kind: 'local' } });
    const missing = await send('GET', '/app.js', { host });
    expect(missing.status).toBe(503);
    expect(missing.body).toContain('npm run build:console');
  });

  test('signs in a local person from a page of its own origin, with their groups', async () => {
    const signIn = await send(
      'POST',
      '/local/sign-in',
      { host, origin: `http://${host}`, 'content-type': 'application/json' },
      JSON.stringify({ username: 'reader' }),
    );
    expect(signIn.status).toBe(200);
    const { idToken } = JSON.parse(signIn.body) as { idToken: string };
    expect(await credentials.access.userPool.verify(idToken)).toMatchObject({
      'cognito:username': 'reader',
      'cognito:groups': 'logward-reader',
    });
  });

  test('refuses another origin, a host that is not loopback, another content type and an unknown person', async () => {
    const json = { 'content-type': 'application/json' };
    const body = JSON.stringify({ username: 'admin' });
    expect(
      (await send('POST', '/local/sign-in', { ...json, host, origin: 'http://evil.test' }, body)).status,
    ).toBe(403);
    expect((await send('POST', '/local/sign-in', { ...json, host: 'evil.test:18080' }, body)).status).toBe(
      403,
    );
    expect((await send('POST', '/local/sign-in', { host, 'content-type': 'text/plain' }, body)).status).toBe(
      400,
    );
    const unknown = await send(
      'POST',
      '/local/sign-in',
      { ...json, host },
      JSON.stringify({ username: 'root' }),
    );
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body)).toEqual({
      error: { code: 'bad_request', message: 'expected one of admin, reader', field: 'username' },
    });
  });
});

describe('the local sign-in, reached over the network', () => {
  test('refuses a caller whose address is not loopback, whatever Host it sends', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-console-site-'));
    const credentials = await createLocalCredentials();
    const api = await startLocalApi(async () => ({ statusCode: 200, body: '{}' }), {
      port: 0,
      host: '0.0.0.0',
      access: credentials.access,
      console: { dir, people: LOCAL_PEOPLE, userPool: credentials.access.userPool },
    });
    try {
      const lan = Object.values(networkInterfaces())
        .flat()
        .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
      if (lan === undefined) throw new Error('this test needs a non-loopback IPv4 address on the machine');
      const port = new URL(api.url).port;
      const signIn = (address: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request(
            `http://${address}:${port}/local/sign-in`,
            {
              method: 'POST',
              headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ username: 'admin' }));
        });
      expect(await signIn(lan)).toBe(403);
      expect(await signIn('127.0.0.1')).toBe(200);
    } finally {
      await api.stop();
    }
  });
});

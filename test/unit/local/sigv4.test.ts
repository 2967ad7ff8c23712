import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { type IamUser, signRequest, verifySigV4 } from '#local/sigv4.ts';

const admin = { accessKeyId: 'AKIALOCALTEST', secretAccessKey: 'local-secret-of-the-admin' };
const users = new Map<string, IamUser>([
  [
    admin.accessKeyId,
    { secretAccessKey: admin.secretAccessKey, arn: 'arn:aws:iam::000000000000:user/admin' },
  ],
]);
const region = 'us-east-1';

/** A request signed by the SDK's signer, as the local gateway receives it. */
async function signed(
  method: string,
  url: string,
  body = '',
  credentials = admin,
): Promise<{ method: string; url: URL; headers: IncomingHttpHeaders; body: string }> {
  const target = new URL(url);
  const headers = await signRequest(
    { method, url: target, headers: { 'content-type': 'application/json' }, body },
    credentials,
    region,
  );
  return { method, url: target, headers: lowerCased(headers), body };
}

function lowerCased(headers: Record<string, string>): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

describe('SigV4 verification of the local gateway', () => {
  it('accepts a request the SDK signed, and names its IAM user', async () => {
    const request = await signed('POST', 'http://127.0.0.1:18080/iam/silences?x=1&x=2', '{"a":1}');
    expect(await verifySigV4(request, users, { region })).toMatchObject({
      ok: true,
      accessKeyId: admin.accessKeyId,
      user: { arn: 'arn:aws:iam::000000000000:user/admin' },
    });
  });

  it.each([
    ['a changed body', (r: Awaited<ReturnType<typeof signed>>) => ({ ...r, body: '{"a":2}' })],
    [
      'a changed path',
      (r: Awaited<ReturnType<typeof signed>>) => ({ ...r, url: new URL('http://127.0.0.1:18080/iam/rules') }),
    ],
    ['a changed method', (r: Awaited<ReturnType<typeof signed>>) => ({ ...r, method: 'DELETE' })],
    [
      'a changed query',
      (r: Awaited<ReturnType<typeof signed>>) => ({
        ...r,
        url: new URL('http://127.0.0.1:18080/iam/silences?x=1'),
      }),
    ],
    [
      'a changed signed header',
      (r: Awaited<ReturnType<typeof signed>>) => ({
        ...r,
        headers: { ...r.headers, 'content-type': 'text/plain' },
      }),
    ],
  ])('refuses %s', async (_name, tamper) => {
    const request = tamper(await signed('POST', 'http://127.0.0.1:18080/iam/silences?x=1&x=2', '{"a":1}'));
    expect(await verifySigV4(request, users, { region })).toMatchObject({
      ok: false,
      message: expect.stringContaining('does not match'),
    });
  });

  it('refuses a signature made with another secret', async () => {
    const request = await signed('GET', 'http://127.0.0.1:18080/iam/rules', '', {
      accessKeyId: admin.accessKeyId,
      secretAccessKey: 'guessed',
    });
    expect(await verifySigV4(request, users, { region })).toMatchObject({ ok: false });
  });

  it('refuses an unknown access key, no signature, another region and an old signature', async () => {
    const unknown = await signed('GET', 'http://127.0.0.1:18080/iam/rules', '', {
      accessKeyId: 'AKIAUNKNOWN',
      secretAccessKey: 'x',
    });
    expect(await verifySigV4(unknown, users, { region })).toEqual({
      ok: false,
      message: 'The security token included in the request is invalid.',
    });
    const request = await signed('GET', 'http://127.0.0.1:18080/iam/rules');
    const { authorization: _, ...unsigned } = request.headers;
    expect(await verifySigV4({ ...request, headers: unsigned }, users, { region })).toMatchObject({
      ok: false,
    });
    expect(await verifySigV4(request, users, { region: 'eu-west-1' })).toMatchObject({ ok: false });
    expect(await verifySigV4(request, users, { region, now: Date.now() + 6 * 60_000 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('expired'),
    });
  });

  it('refuses a payload hash header that does not match the body', async () => {
    const request = await signed('POST', 'http://127.0.0.1:18080/iam/rules', '{"a":1}');
    const headers = { ...request.headers, 'x-amz-content-sha256': '0'.repeat(64) };
    expect(await verifySigV4({ ...request, headers }, users, { region })).toMatchObject({ ok: false });
  });
});

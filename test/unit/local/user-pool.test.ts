import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { LocalUserPool } from '#local/user-pool.ts';

describe('the local user pool', () => {
  it('verifies its own ID tokens and hands the claims over as API Gateway does', async () => {
    const pool = await LocalUserPool.create();
    const token = await pool.issue({ username: 'ada', groups: ['logward-admin', 'logward-reader'] });
    const claims = await pool.verify(token);
    expect(claims).toMatchObject({
      'cognito:username': 'ada',
      'cognito:groups': '[logward-admin logward-reader]',
      token_use: 'id',
      sub: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const single = await pool.verify(await pool.issue({ username: 'bob', groups: ['logward-reader'] }));
    expect(single?.['cognito:groups']).toBe('logward-reader');
  });

  it('keeps the sub of a username', async () => {
    const pool = await LocalUserPool.create();
    const a = await pool.verify(await pool.issue({ username: 'ada', groups: [] }));
    const b = await pool.verify(await pool.issue({ username: 'ada', groups: [] }));
    expect(a?.sub).toBe(b?.sub);
  });

  it('refuses tokens of another pool, expired, tampered and HS256-signed ones', async () => {
    const pool = await LocalUserPool.create();
    const other = await LocalUserPool.create(pool.issuer, pool.clientId);
    expect(
      await pool.verify(await other.issue({ username: 'eve', groups: ['logward-admin'] })),
    ).toBeUndefined();
    expect(await pool.verify(await pool.issue({ username: 'old', groups: [] }, -60))).toBeUndefined();

    const token = await pool.issue({ username: 'eve', groups: ['logward-reader'] });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['logward-admin'] })).toString(
      'base64url',
    );
    expect(await pool.verify(`${header}.${raised}.${signature}`)).toBeUndefined();

    const unsigned = await new SignJWT({ 'cognito:groups': ['logward-admin'], token_use: 'id' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(pool.issuer)
      .setAudience(pool.clientId)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-guessed-by-an-attacker'));
    expect(await pool.verify(unsigned)).toBeUndefined();
    expect(await pool.verify('not a token')).toBeUndefined();
  });
});

/**
 * The local stand-in for the Cognito user pool behind the API's `/people` tree: an RS256 key pair
 * made at start (Cognito signs with RS256 too), ID tokens issued for local users with their
 * `cognito:groups`, and verification as API Gateway's Cognito authorizer does it (signature,
 * issuer, audience = the app client, expiry, `token_use: id`). Verified claims are handed to the
 * handler as API Gateway does: every value a string, a list of groups as `[a b]`.
 */
import { randomUUID } from 'node:crypto';
import { type CryptoKey, generateKeyPair, jwtVerify, SignJWT } from 'jose';

export interface IssuedUser {
  readonly username: string;
  readonly groups: readonly string[];
}

export class LocalUserPool {
  readonly issuer: string;
  readonly clientId: string;
  readonly #privateKey: CryptoKey;
  readonly #publicKey: CryptoKey;
  readonly #subs = new Map<string, string>();

  private constructor(
    keys: { privateKey: CryptoKey; publicKey: CryptoKey },
    issuer: string,
    clientId: string,
  ) {
    this.#privateKey = keys.privateKey;
    this.#publicKey = keys.publicKey;
    this.issuer = issuer;
    this.clientId = clientId;
  }

  /** A pool with a fresh signing key: tokens of an earlier run (or of AWS) never verify here. */
  static async create(
    issuer = 'https://cognito-idp.local.amazonaws.com/local_logward',
    clientId = 'logward-local-console',
  ): Promise<LocalUserPool> {
    return new LocalUserPool(await generateKeyPair('RS256'), issuer, clientId);
  }

  /** An ID token for `user`, valid for `ttlSeconds`; a username keeps its `sub` for the pool's life. */
  async issue(user: IssuedUser, ttlSeconds = 8 * 3600): Promise<string> {
    let sub = this.#subs.get(user.username);
    if (sub === undefined) {
      sub = randomUUID();
      this.#subs.set(user.username, sub);
    }
    return new SignJWT({
      'cognito:username': user.username,
      'cognito:groups': [...user.groups],
      token_use: 'id',
      auth_time: Math.floor(Date.now() / 1000),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'local' })
      .setSubject(sub)
      .setIssuer(this.issuer)
      .setAudience(this.clientId)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(this.#privateKey);
  }

  /** The claims of a valid ID token as API Gateway passes them, or undefined when it is not valid. */
  async verify(token: string): Promise<Record<string, string> | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.#publicKey, {
        issuer: this.issuer,
        audience: this.clientId,
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.token_use !== 'id') return undefined;
      return Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, claimText(value)]));
    } catch {
      return undefined;
    }
  }
}

function claimText(value: unknown): string {
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : `[${value.map(String).join(' ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The credentials of the local API, one of each kind the deployed API accepts (see
 * lambdas/api/access.ts): a read-only API key, an IAM user with an access key (admin, SigV4 under
 * `/iam`), and a user pool issuing ID tokens to an admin and a reader (under `/people`). Made
 * fresh for each run, never written to disk; `npm run local` prints them.
 */
import { randomBytes } from 'node:crypto';
import { ADMIN_GROUP, READER_GROUP } from '#lambdas/api/access.ts';
import type { IamUser } from './sigv4.ts';
import { LocalUserPool } from './user-pool.ts';

/** What the local API Gateway checks credentials against. */
export interface LocalAccess {
  readonly region: string;
  readonly accountId: string;
  /** API key value → key id: read-only machine clients. */
  readonly apiKeys: ReadonlyMap<string, string>;
  /** Access key id → IAM user: admins and automation. */
  readonly iamUsers: ReadonlyMap<string, IamUser>;
  /** People, as the Cognito user pool would sign them in. */
  readonly userPool: LocalUserPool;
}

/** The local access, and the credentials to hand to each kind of caller. */
export interface LocalCredentials {
  readonly access: LocalAccess;
  readonly readerApiKey: string;
  readonly admin: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly arn: string };
  /** ID tokens of two local people: `admin` (group logward-admin) and `reader` (group logward-reader). */
  readonly tokens: { readonly admin: string; readonly reader: string };
}

/** The local user pool's people and their groups: who may sign in to the local console. */
export const LOCAL_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  admin: [ADMIN_GROUP],
  reader: [READER_GROUP],
};

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '000000000000';

export async function createLocalCredentials(
  options: { readonly readerApiKey?: string } = {},
): Promise<LocalCredentials> {
  const readerApiKey = options.readerApiKey ?? randomBytes(16).toString('hex');
  const admin = {
    accessKeyId: `AKIALOCAL${randomBytes(6).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
    arn: `arn:aws:iam::${LOCAL_ACCOUNT}:user/logward-admin`,
  };
  const userPool = await LocalUserPool.create();
  return {
    access: {
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      apiKeys: new Map([[readerApiKey, 'local-reader-key']]),
      iamUsers: new Map([[admin.accessKeyId, { secretAccessKey: admin.secretAccessKey, arn: admin.arn }]]),
      userPool,
    },
    readerApiKey,
    admin,
    tokens: {
      admin: await userPool.issue({ username: 'admin', groups: LOCAL_PEOPLE.admin ?? [] }),
      reader: await userPool.issue({ username: 'reader', groups: LOCAL_PEOPLE.reader ?? [] }),
    },
  };
}

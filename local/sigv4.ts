/**
 * AWS Signature Version 4 for the local API Gateway: verifies a request's signature the way
 * API Gateway's `AWS_IAM` authorization does, by computing it again with the secret of the access
 * key it names (a local credentials map plays IAM) and comparing. Computing uses the AWS SDK's own
 * signer (`@smithy/signature-v4`), so a request signed by the SDK, by `curl --aws-sigv4` or by any
 * other SigV4 client verifies here exactly when it would in AWS.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';

/** An IAM principal the local gateway knows: its secret, and the ARN API Gateway reports for it. */
export interface IamUser {
  readonly secretAccessKey: string;
  readonly arn: string;
}

/** What verification needs of a request, as it arrived. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query as received (percent-encoding kept). */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type SigV4Result =
  | { readonly ok: true; readonly accessKeyId: string; readonly user: IamUser }
  | { readonly ok: false; readonly message: string };

/** SigV4 signatures older or newer than this are refused (API Gateway: 5 minutes). */
const MAX_SKEW_MS = 5 * 60_000;
const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

/** What a SigV4 `Authorization` header claims, once its credential is known and in scope and time. */
interface CheckedCredential {
  readonly ok: true;
  readonly accessKeyId: string;
  readonly user: IamUser;
  readonly signedAt: Date;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/**
 * Checks what a SigV4 request claims before its body is read: a well-formed `Authorization`
 * header naming a known access key, scoped to the region and service, signed within 5 minutes of
 * now, with `Host` signed. Only the signature itself (which covers the body) is left to
 * `verifySigV4`, so an anonymous caller never gets its body read.
 */
export function checkSigV4Credential(
  headers: IncomingHttpHeaders,
  users: ReadonlyMap<string, IamUser>,
  options: { readonly region: string; readonly service?: string; readonly now?: number },
): CheckedCredential | { readonly ok: false; readonly message: string } {
  const service = options.service ?? 'execute-api';
  const header = single(headers.authorization);
  if (header === undefined) return { ok: false, message: 'Missing Authentication Token' };
  const match = AUTH.exec(header);
  if (!match)
    return {
      ok: false,
      message: 'Authorization header requires a valid SigV4 Credential, SignedHeaders and Signature',
    };
  const [, accessKeyId, day, region, scopeService, signedList, signature] = match as unknown as string[];
  const user = users.get(accessKeyId as string);
  if (!user) return { ok: false, message: 'The security token included in the request is invalid.' };
  if (region !== options.region || scopeService !== service) {
    return { ok: false, message: `Credential should be scoped to a valid region and the ${service} service` };
  }
  const signedAt = parseAmzDate(single(headers['x-amz-date']));
  if (signedAt === undefined || amzDay(signedAt) !== day) {
    return {
      ok: false,
      message: 'Signature requires an X-Amz-Date header on the day of the credential scope',
    };
  }
  if (Math.abs((options.now ?? Date.now()) - signedAt.getTime()) > MAX_SKEW_MS) {
    return { ok: false, message: 'Signature expired: the request time is more than 5 minutes from now' };
  }
  const signedHeaders = (signedList as string).split(';');
  if (!signedHeaders.includes('host')) return { ok: false, message: "'Host' must be a signed header" };
  return {
    ok: true,
    accessKeyId: accessKeyId as string,
    user,
    signedAt,
    signedHeaders,
    signature: signature as string,
  };
}

/** Verifies the SigV4 `Authorization` header of `request` against `users` (access key id → user). */
export async function verifySigV4(
  request: SignedRequest,
  users: ReadonlyMap<string, IamUser>,
  options: { readonly region: string; readonly service?: string; readonly now?: number },
): Promise<SigV4Result> {
  const service = options.service ?? 'execute-api';
  const checked = checkSigV4Credential(request.headers, users, options);
  if (!checked.ok) return checked;
  const { accessKeyId, user, signedAt, signedHeaders, signature } = checked;
  const claimedHash = single(request.headers['x-amz-content-sha256']);
  if (claimedHash !== undefined && claimedHash !== sha256Hex(request.body)) {
    return {
      ok: false,
      message: 'The provided x-amz-content-sha256 header does not match what was computed.',
    };
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, message: `signed header ${name} is missing` };
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: user.secretAccessKey },
    region: options.region,
    service,
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const expected = await signer.sign(
    {
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      path: request.url.pathname,
      query: queryOf(request.url),
      headers,
      body: request.body,
    },
    { signingDate: signedAt, signableHeaders: new Set(signedHeaders) },
  );
  const computed = /Signature=([0-9a-f]{64})$/.exec(String(expected.headers.authorization))?.[1] ?? '';
  if (!sameText(computed, signature)) {
    return {
      ok: false,
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    };
  }
  return { ok: true, accessKeyId, user };
}

/** Signs a request for the local gateway (or AWS) with `@smithy/signature-v4`; returns the headers to send. */
export async function signRequest(
  request: {
    readonly method: string;
    readonly url: URL;
    readonly headers?: Record<string, string>;
    readonly body?: string;
  },
  credentials: { readonly accessKeyId: string; readonly secretAccessKey: string },
  region: string,
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    credentials,
    region,
    service: 'execute-api',
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const signed = await signer.sign({
    method: request.method,
    protocol: request.url.protocol,
    hostname: request.url.hostname,
    ...(request.url.port ? { port: Number(request.url.port) } : {}),
    path: request.url.pathname,
    query: queryOf(request.url),
    headers: { ...request.headers, host: request.url.host },
    body: request.body ?? '',
  });
  return signed.headers as Record<string, string>;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `20250102T030405Z` → Date. */
function parseAmzDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

function amzDay(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

function sha256Hex(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The `Checksum` the signer needs (SHA-256, or HMAC-SHA256 with a secret), on node:crypto. */
class NodeSha256 {
  readonly #secret: Uint8Array | undefined;
  #hash: ReturnType<typeof createHash> | ReturnType<typeof createHmac>;

  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#secret = secret === undefined ? undefined : toBytes(secret);
    this.#hash = this.#fresh();
  }

  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#hash.update(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }

  reset(): void {
    this.#hash = this.#fresh();
  }

  #fresh() {
    return this.#secret === undefined ? createHash('sha256') : createHmac('sha256', this.#secret);
  }
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

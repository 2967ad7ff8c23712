/**
 * The HTTP input's trust boundary, as small pieces any route can use (`/v1/logs`, `/v1/heartbeat`,
 * and later ones): a cap on requests in flight, the Host check against DNS rebinding, and the
 * token check. A route handler runs inside `guard.handle`, which answers the refusals.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, mkdir, open, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { hostName, isLoopbackHost } from '#core/loopback.ts';
import { AgentConfigError } from '../config/validate.ts';

/** An answer other than success: status, message, and optional headers. */
export class HttpError extends Error {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

export function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Reads a request body of at most `max` bytes (413 beyond, without reading the rest). */
export async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) throw new HttpError(413, `body larger than ${max} bytes`);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size > max) throw new HttpError(413, `body larger than ${max} bytes`);
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

/**
 * Refuses a request whose Host is neither a loopback name nor one of `allowed` (421): a web page
 * that rebinds its own name to 127.0.0.1 still sends its own name as Host.
 */
export function requireHost(req: IncomingMessage, allowed: readonly string[]): void {
  const header = req.headers.host;
  if (header === undefined) throw new HttpError(421, 'a Host header is required');
  const name = hostName(header);
  if (name === undefined)
    throw new HttpError(421, `Host ${JSON.stringify(header)} is not a host name with an optional port`);
  if (isLoopbackHost(name) || allowed.includes(name)) return;
  throw new HttpError(421, `Host ${JSON.stringify(name)} is not served here (inputs.http.allowed_hosts)`);
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks the token given as `Authorization: Bearer <token>` or `X-Logward-Token: <token>`. Both
 * headers make a browser send a CORS preflight, which this input never approves, so a web page
 * cannot post here even when it knows the address. Compared in constant time (as SHA-256 digests,
 * so the length does not leak either).
 */
export function tokenChecker(token: string): (req: IncomingMessage) => void {
  const expected = digest(token);
  return (req) => {
    const auth = req.headers.authorization;
    const given = auth?.toLowerCase().startsWith('bearer ')
      ? auth.slice(7).trim()
      : headerValue(req.headers['x-logward-token']);
    if (given === undefined || given === '')
      throw new HttpError(401, 'a token is required: Authorization: Bearer <token> or X-Logward-Token', {
        'www-authenticate': 'Bearer',
      });
    if (!timingSafeEqual(digest(given), expected))
      throw new HttpError(401, 'wrong token', { 'www-authenticate': 'Bearer error="invalid_token"' });
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value?.trim();
}

export interface GuardOptions {
  readonly token: string;
  readonly allowedHosts: readonly string[];
  readonly maxConcurrentRequests: number;
  readonly log: (line: string) => void;
}

/** Runs route handlers behind the concurrency cap, the Host check and (unless `open`) the token check. */
export class HttpGuard {
  readonly #o: GuardOptions;
  readonly #checkToken: (req: IncomingMessage) => void;
  #inFlight = 0;
  /** Requests refused, by reason, for status. */
  readonly refused = { overloaded: 0, host: 0, token: 0 };

  constructor(options: GuardOptions) {
    this.#o = options;
    this.#checkToken = tokenChecker(options.token);
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * Answers the request with `handler`, or with the refusal or error it raises (HttpError's status;
   * 500 otherwise, logged). `open` routes (health) skip the token check but not the Host check.
   */
  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    handler: () => Promise<void>,
    options: { open?: boolean } = {},
  ): Promise<void> {
    if (this.#inFlight >= this.#o.maxConcurrentRequests) {
      this.refused.overloaded++;
      return reply(
        res,
        503,
        { error: 'too many requests in flight, retry later' },
        { 'retry-after': '1', connection: 'close' },
      );
    }
    this.#inFlight++;
    try {
      try {
        requireHost(req, this.#o.allowedHosts);
      } catch (error) {
        this.refused.host++;
        throw error;
      }
      if (!options.open) {
        try {
          this.#checkToken(req);
        } catch (error) {
          this.refused.token++;
          throw error;
        }
      }
      await handler();
    } catch (error) {
      // The connection closes after a refusal: an unread body (unauthenticated, too large) is not read.
      if (error instanceof HttpError) {
        reply(res, error.status, { error: error.message }, { ...error.headers, connection: 'close' });
      } else {
        this.#o.log(`http input: ${error instanceof Error ? error.message : String(error)}`);
        reply(res, 500, { error: 'internal error' });
      }
    } finally {
      this.#inFlight--;
    }
  }
}

const MIN_TOKEN_LENGTH = 16;

/**
 * Reads a token file (the HTTP input's, the status endpoint's). A missing file at a default path
 * is created with a random token (mode 0600); a missing explicit file, a short token, or a file
 * other users can read are configuration errors naming `key`.
 */
export async function loadToken(
  path: string,
  createIfMissing: boolean,
  key = 'inputs.http.token_file',
): Promise<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !createIfMissing)
      throw new AgentConfigError(key, `a readable file at ${path}`, undefined, { cause: error });
    const token = randomBytes(32).toString('hex');
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return token;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new AgentConfigError(key, `a regular file at ${path}`);
    if ((st.mode & 0o007) !== 0)
      throw new AgentConfigError(key, `a file other users cannot read (chmod o-rwx ${path})`);
    const token = (await handle.readFile('utf8')).trim();
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))
      throw new AgentConfigError(
        key,
        `a token of at least ${MIN_TOKEN_LENGTH} characters without spaces in ${path}`,
      );
    return token;
  } finally {
    await handle.close();
  }
}

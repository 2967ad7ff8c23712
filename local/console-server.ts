/**
 * Serves the web console from the local API's address, as CloudFront serves it in AWS:
 * `GET /` (index.html), `/app.js`, `/app.css`, and a `config.json` that points the console at this
 * API's `/people` tree with the local sign-in. Local only: `POST /local/sign-in` issues an ID
 * token of one of the local user pool's people (admin or reader) to a page of this very origin;
 * the deployed stack has no such route (people sign in with Cognito there).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { hostName, isLoopbackAddress, isLoopbackHost } from '#core/loopback.ts';
import { PEOPLE_TREE } from '#lambdas/api/access.ts';
import { readBody } from './read-body.ts';
import type { LocalUserPool } from './user-pool.ts';

export interface ConsoleSite {
  /** The built console (console/dist). */
  readonly dir: string;
  /** People who may sign in locally: username → Cognito groups. */
  readonly people: Readonly<Record<string, readonly string[]>>;
  readonly userPool: LocalUserPool;
}

const FILES: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};
export const LOCAL_SIGN_IN_PATH = '/local/sign-in';

/** Headers of every console response: nothing but this origin may run or frame anything. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** Whether the request is the console's (a file, its config or the local sign-in); answers it if so. */
export async function serveConsole(
  site: ConsoleSite,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (method === 'POST' && url.pathname === LOCAL_SIGN_IN_PATH) {
    await signIn(site, req, res);
    return true;
  }
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url.pathname === '/config.json') {
    // Relative: the console reads it against its own address, whichever loopback name it was opened by.
    send(res, 200, 'application/json', JSON.stringify({ apiBase: PEOPLE_TREE, auth: { kind: 'local' } }));
    return true;
  }
  const entry = FILES[url.pathname];
  if (!entry) return false;
  try {
    send(res, 200, entry.type, await readFile(join(site.dir, entry.file)));
  } catch {
    send(
      res,
      503,
      'text/plain; charset=utf-8',
      `The console is not built (no ${join(site.dir, entry.file)}): run npm run build:console\n`,
    );
  }
  return true;
}

async function signIn(site: ConsoleSite, req: IncomingMessage, res: ServerResponse) {
  // Only a page of this origin may get a token: a browser sends Origin on a cross-site POST, and a
  // JSON content type cannot be sent cross-site without a preflight this server never answers.
  // The Host header is the caller's to choose: the peer's own address must be loopback too.
  const host = req.headers.host ?? '';
  const origin = req.headers.origin;
  const name = hostName(host);
  const fromLoopback = isLoopbackAddress(req.socket.remoteAddress ?? '');
  if (
    !fromLoopback ||
    name === undefined ||
    !isLoopbackHost(name) ||
    (origin !== undefined && origin !== `http://${host}`)
  ) {
    return error(res, 403, 'forbidden', 'the local sign-in answers pages of its own loopback origin only');
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return error(res, 400, 'bad_request', 'expected content-type application/json', 'body');
  }
  const body = await readBody(req, MAX_SIGN_IN_BYTES);
  if (body === undefined)
    return error(res, 413, 'payload_too_large', `at most ${MAX_SIGN_IN_BYTES} bytes`, 'body');
  let username: unknown;
  try {
    username = (JSON.parse(body) as { username?: unknown }).username;
  } catch {
    return error(res, 400, 'bad_request', 'not valid JSON', 'body');
  }
  const groups = typeof username === 'string' ? site.people[username] : undefined;
  if (typeof username !== 'string' || !groups) {
    return error(
      res,
      400,
      'bad_request',
      `expected one of ${Object.keys(site.people).join(', ')}`,
      'username',
    );
  }
  const idToken = await site.userPool.issue({ username, groups });
  send(res, 200, 'application/json', JSON.stringify({ idToken }));
}

const MAX_SIGN_IN_BYTES = 1024;

function error(res: ServerResponse, status: number, code: string, message: string, field?: string) {
  send(
    res,
    status,
    'application/json',
    JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }),
  );
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS });
  res.end(body);
}

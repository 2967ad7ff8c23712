/**
 * Every request the console makes goes through here, to the public API's `/people` tree with the
 * person's ID token. Errors keep the API's `{ error: { code, message, field } }` so a form can
 * show the message next to the field it names.
 */

export type Params = Record<string, string | undefined>;

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  /** The parameter or body field at fault, as the API names it (`endsAt`, `matchers.service`). */
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export class Api {
  readonly #base: string;
  readonly #token: () => string;
  readonly #onUnauthorized: () => void;

  constructor(base: string, token: () => string, onUnauthorized: () => void) {
    this.#base = base;
    this.#token = token;
    this.#onUnauthorized = onUnauthorized;
  }

  get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('GET', path, params, undefined, signal);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.#request<T>('POST', path, {}, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.#request<T>('PUT', path, {}, body);
  }

  delete(path: string): Promise<void> {
    return this.#request<void>('DELETE', path, {}, undefined);
  }

  async #request<T>(
    method: string,
    path: string,
    params: Params,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const url = new URL(this.#base + path);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') url.searchParams.set(name, value);
    }
    const headers: Record<string, string> = { authorization: this.#token() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
    if (response.status === 401) {
      this.#onUnauthorized();
      throw new ApiError(401, 'unauthorized', 'your sign-in has expired; sign in again');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const parsed = text === '' ? undefined : safeJson(text);
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string; field?: string } } | undefined)
        ?.error;
      const message =
        error?.message ?? (parsed as { message?: string } | undefined)?.message ?? `HTTP ${response.status}`;
      throw new ApiError(response.status, error?.code ?? 'http', message, error?.field);
    }
    return parsed as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

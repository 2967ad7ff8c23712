import type { APIGatewayProxyResult } from 'aws-lambda';
import { ConflictError, isValidationError, UnprocessableError } from '#core/validation-error.ts';
import type { Logger } from '../logger.ts';
import { BackendUnavailableError } from '../ports.ts';

/** The one error shape every route returns (`code` is stable; `message` is for humans). */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    /** The parameter, path segment or body field at fault, for 400s. */
    readonly field?: string;
  };
}

export type ErrorCode =
  | 'bad_request'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'unprocessable'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unavailable'
  | 'internal';

/** The thing a path names does not exist (404). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(
  statusCode: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): APIGatewayProxyResult {
  return { statusCode, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function errorResponse(
  statusCode: number,
  code: ErrorCode,
  message: string,
  field?: string,
  headers: Readonly<Record<string, string>> = {},
): APIGatewayProxyResult {
  const body: ErrorBody = { error: field === undefined ? { code, message } : { code, message, field } };
  return json(statusCode, body, headers);
}

/**
 * Maps a thrown error to a response: client mistakes are 4xx with the reason, an unavailable
 * backend a 503 the client may retry, anything else a logged 500 that reveals nothing.
 */
export function responseForError(error: unknown, logger: Logger): APIGatewayProxyResult {
  if (error instanceof UnprocessableError)
    return errorResponse(422, 'unprocessable', error.message, error.field);
  if (isValidationError(error)) return errorResponse(400, 'bad_request', error.message, error.field);
  if (error instanceof NotFoundError) return errorResponse(404, 'not_found', error.message);
  if (error instanceof ConflictError) return errorResponse(409, 'conflict', error.message);
  if (error instanceof BackendUnavailableError) {
    logger.warn('backend unavailable', { backend: error.backend, cause: describe(error.cause) });
    return errorResponse(503, 'unavailable', error.message, undefined, { 'retry-after': '5' });
  }
  logger.error('unhandled error', { error: describe(error) });
  return errorResponse(500, 'internal', 'internal error; see the api function logs');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

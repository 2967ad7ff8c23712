import type { APIGatewayProxyResult } from 'aws-lambda';
import { isValidationError } from '#core/validation-error.ts';
import type { Logger } from '../logger.ts';

/** The one error shape every route returns. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown): APIGatewayProxyResult {
  return { statusCode, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

export function errorResponse(
  statusCode: number,
  code: string,
  message: string,
  field?: string,
): APIGatewayProxyResult {
  const body: ErrorBody = { error: field === undefined ? { code, message } : { code, message, field } };
  return json(statusCode, body);
}

/** Maps a thrown error to a response: client mistakes are 4xx with the reason; anything else a logged 500. */
export function responseForError(error: unknown, logger: Logger): APIGatewayProxyResult {
  if (isValidationError(error)) return errorResponse(400, 'bad_request', error.message, error.field);
  if (error instanceof NotFoundError) return errorResponse(404, 'not_found', error.message);
  logger.error('unhandled error', {
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return errorResponse(500, 'internal', 'internal error; see the api function logs');
}

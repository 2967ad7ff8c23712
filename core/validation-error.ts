/** Bad input from a user or a config file: names the field and says what was expected. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly field: string;

  constructor(field: string, expected: string, options?: ErrorOptions) {
    super(`${field}: ${expected}`, options);
    this.field = field;
  }
}

/**
 * Input of the documented shape whose values do not hold together or with the present: an end
 * before its start, a time already past, a window longer than allowed. The API answers 422, so a
 * client can tell "the request breaks the schema" (400) from "the schema holds, the values don't".
 */
export class UnprocessableError extends ValidationError {
  override name = 'UnprocessableError';
}

export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError;
}

/** The request conflicts with the current state, e.g. resuming a node that is not paused (409). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

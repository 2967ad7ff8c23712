/** Bad input from a user or a config file: names the field and says what was expected. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly field: string;

  constructor(field: string, expected: string, options?: ErrorOptions) {
    super(`${field}: ${expected}`, options);
    this.field = field;
  }
}

export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError;
}

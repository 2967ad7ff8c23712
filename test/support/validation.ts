import { ValidationError } from '#core/validation-error.ts';

/** The `ValidationError` that `run` throws, or undefined when it succeeds; other errors propagate. */
export function validationProblem(run: () => unknown): ValidationError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  return undefined;
}

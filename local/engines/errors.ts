/** A configuration value (usually an environment variable) is invalid. */
export class EngineConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineConfigError';
  }
}

/** A tool the launcher needs (java, mvn, python3) is missing or too old. */
export class PreflightError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PreflightError';
  }
}

/** Downloading or unpacking an engine failed. */
export class EngineInstallError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineInstallError';
  }
}

/** An engine did not become healthy, exited early, or its port is taken by something else. */
export class EngineStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineStartError';
  }
}

/** An engine's process group could not be stopped. */
export class EngineStopError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineStopError';
  }
}

/** Narrows an unknown caught value to an Error with a `code` (as Node's system errors have). */
export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

/**
 * Option handling shared by Logward's commands (`npm run local`, `replay`, `drill`, `bench`): a
 * bad option prints what was wrong and where the help is, and exits 2, never a stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isValidationError } from '#core/validation-error.ts';

/** `parseArgs`, exiting 2 with the message on an unknown or malformed option. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    return exitOnBadOption(error, help);
  }
}

/** Exits 2 with the message when `error` is a bad option (a ValidationError or parseArgs' own); rethrows anything else. */
export function exitOnBadOption(error: unknown, help: string): never {
  const badOption =
    isValidationError(error) || String((error as { code?: unknown })?.code).startsWith('ERR_PARSE_ARGS');
  if (!badOption) throw error;
  process.stderr.write(`${(error as Error).message}\nSee: ${help}\n`);
  process.exit(2);
}

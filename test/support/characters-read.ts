/**
 * A deterministic measure of the work code does on a string: the characters it may examine through
 * String's and RegExp's methods while `run` runs. A clock is no test (the machine's load moves it);
 * this count is the same on every run, so a test can hold a reading to linear work by comparing a
 * line with one twice as long. Each call counts what it may examine: one character for
 * `charCodeAt`, `codePointAt` and `at`, the span searched for `indexOf`, `lastIndexOf` and
 * `includes`, the span compared for `startsWith` and `endsWith`, the characters copied for `slice`
 * and `substring`, and the input from `lastIndex` on for a regular expression (`exec`, which
 * `test`, `match`, `replace` and `split` call once patched).
 */

type Method = (this: unknown, ...args: never[]) => unknown;

/** What one call of a method may examine, from its receiver, its arguments and its result. */
type Cost = (self: string, args: readonly unknown[], result: unknown) => number;

const searchedForward: Cost = (self, args, result) => {
  const from = Math.max(0, Number(args[1] ?? 0) || 0);
  return (typeof result === 'number' && result >= 0 ? result : self.length) - from + 1;
};

const STRING_COSTS: Readonly<Record<string, Cost>> = {
  charCodeAt: () => 1,
  codePointAt: () => 1,
  at: () => 1,
  indexOf: searchedForward,
  includes: (self, args) => self.length - Math.max(0, Number(args[1] ?? 0) || 0) + 1,
  lastIndexOf: (self, args, result) => {
    const from = args[1] === undefined ? self.length : Math.min(self.length, Number(args[1]));
    return from - (typeof result === 'number' && result >= 0 ? result : 0) + 1;
  },
  startsWith: (_self, args) => String(args[0]).length,
  endsWith: (_self, args) => String(args[0]).length,
  slice: (_self, _args, result) => String(result).length + 1,
  substring: (_self, _args, result) => String(result).length + 1,
};

/** The characters `run` may examine through String's and RegExp's methods (module comment). */
export function charactersRead(run: () => void): number {
  let read = 0;
  const strings = String.prototype as unknown as Record<string, Method>;
  const originals: [string, Method][] = Object.keys(STRING_COSTS).map((name) => [
    name,
    strings[name] as Method,
  ]);
  const exec = RegExp.prototype.exec;
  for (const [name, original] of originals) {
    const cost = STRING_COSTS[name] as Cost;
    strings[name] = function (this: unknown, ...args: never[]) {
      const result = original.apply(this, args);
      read += cost(String(this), args, result);
      return result;
    };
  }
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    read += String(input).length - (this.global || this.sticky ? this.lastIndex : 0) + 1;
    return exec.call(this, input);
  };
  try {
    run();
  } finally {
    for (const [name, original] of originals) strings[name] = original;
    RegExp.prototype.exec = exec;
  }
  return read;
}

import { readFileSync } from 'node:fs';
import type { MSKEvent } from 'aws-lambda';

/** Event payloads exactly as AWS delivers them, one JSON file per source under test/fixtures/events. */
interface EventFixtures {
  'msk-logs': MSKEvent;
}

/** Loads a fixture; each call returns a fresh copy, so a test may change it freely. */
export function loadEvent<K extends keyof EventFixtures>(name: K): EventFixtures[K] {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), 'utf8'),
  ) as EventFixtures[K];
}

/** Narrows away `undefined`, failing the test with `what` when the value is missing. */
export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected ${what} to be defined`);
  return value;
}

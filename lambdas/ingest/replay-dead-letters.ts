import type { MSKEvent } from 'aws-lambda';
import type { DeadLetterSource } from '../ports.ts';

export interface ReplayOutcome {
  readonly replayed: number;
  readonly records: number;
  readonly failed: ReadonlyArray<{ readonly key: string; readonly reason: string }>;
}

/**
 * Sends every pending dead letter's records through the ingest handler again. A letter is moved
 * to `replayed/` only after the handler accepted it; records that fail again are dead-lettered
 * anew by the handler with a fresh reason. Safe to rerun: document ids are deterministic.
 */
export async function replayDeadLetters(
  source: DeadLetterSource,
  invokeIngest: (event: MSKEvent) => Promise<unknown>,
  log: (line: string) => void = () => {},
): Promise<ReplayOutcome> {
  let replayed = 0;
  let records = 0;
  const failed: Array<{ key: string; reason: string }> = [];
  for await (const { key, letter } of source.list()) {
    const count = Object.values(letter.event.records).reduce((n, r) => n + r.length, 0);
    try {
      await invokeIngest(letter.event);
      await source.markReplayed(key);
      replayed++;
      records += count;
      log(`replayed ${key} (${count} records; was: ${letter.reasons[0]?.reason ?? 'no reason'})`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failed.push({ key, reason });
      log(`could not replay ${key}: ${reason}`);
    }
  }
  return { replayed, records, failed };
}

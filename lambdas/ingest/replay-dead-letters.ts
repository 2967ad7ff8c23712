import type { MSKEvent } from 'aws-lambda';
import type { DeadLetterSource } from '../ports.ts';

export interface ReplayOutcome {
  readonly replayed: number;
  readonly records: number;
  /** Letters the handler refused again; they stay pending. */
  readonly failed: ReadonlyArray<{ readonly key: string; readonly reason: string }>;
  /** Objects that are not readable dead letters; left where they are for a person to look at. */
  readonly skipped: ReadonlyArray<{ readonly key: string; readonly reason: string }>;
}

/**
 * Sends every pending dead letter's records through the ingest handler again. The pending keys are
 * listed to the end first, so letters the handler writes during this run (records that fail again,
 * dead-lettered anew with a fresh reason) wait for the next run instead of being replayed in a loop.
 * A letter is moved to `replayed/` only after the handler accepted it; an object that is not a
 * readable dead letter is reported and skipped, and the rest go on. Safe to rerun: document ids are
 * deterministic.
 */
export async function replayDeadLetters(
  source: DeadLetterSource,
  invokeIngest: (event: MSKEvent) => Promise<unknown>,
  log: (line: string) => void = () => {},
): Promise<ReplayOutcome> {
  const keys: string[] = [];
  for await (const key of source.pendingKeys()) keys.push(key);
  let replayed = 0;
  let records = 0;
  const failed: Array<{ key: string; reason: string }> = [];
  const skipped: Array<{ key: string; reason: string }> = [];
  for (const key of keys) {
    const read = await source.read(key);
    if (!read.ok) {
      skipped.push({ key, reason: read.reason });
      log(`skipped ${key}: not a dead letter (${read.reason})`);
      continue;
    }
    const { letter } = read;
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
  return { replayed, records, failed, skipped };
}

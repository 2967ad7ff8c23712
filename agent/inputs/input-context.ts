import type { AllocateValue } from '../pipeline/chunker.ts';
import type { OutRecord } from '../sink/sink.ts';

/** What every input (files, and the stdin/HTTP spools) needs to turn its lines into Kafka records. */
export interface InputContext {
  readonly host: string;
  readonly topic: string;
  readonly recordMaxBytes: number;
  readonly recordMaxLines: number;
  /** File lines go as v2 (raw-body) records where they can (`kafka.wire_format`); false pins v1. @default true */
  readonly rawBody?: boolean;
  readonly redact?: (text: string) => string;
  readonly enqueue: (record: OutRecord) => void;
  /** Memory for record values, reused once acknowledged (`Sink.allocate`). */
  readonly allocate?: AllocateValue;
}

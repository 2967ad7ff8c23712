import type { AllocateValue } from '../pipeline/chunker.ts';
import type { OutRecord } from '../sink/sink.ts';

/** What every input (files, and the stdin/HTTP spools) needs to turn its lines into Kafka records. */
export interface InputContext {
  readonly host: string;
  readonly topic: string;
  readonly recordMaxBytes: number;
  readonly recordMaxLines: number;
  readonly redact?: (text: string) => string;
  readonly enqueue: (record: OutRecord) => void;
  /** Memory for record values, reused once acknowledged (`Sink.allocate`). */
  readonly allocate?: AllocateValue;
}

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { type DeadLetter, deadLetterKey, parseDeadLetter } from '#core/dead-letter.ts';
import type { DeadLetterSink, DeadLetterSource } from '../../ports.ts';

const PENDING = 'dead-letters/';
/** Where AWS's event source mapping writes failed batches in an S3 on-failure destination. */
const EVENT_SOURCE_PENDING = 'aws/lambda/';
const REPLAYED = 'replayed/';

/**
 * Dead letters as JSON objects in an S3 bucket, encrypted at rest with the bucket's key: Logward's
 * own under `dead-letters/`, and the event source mapping's failed batches under `aws/lambda/`.
 */
export class S3DeadLetters implements DeadLetterSink, DeadLetterSource {
  readonly #s3: S3Client;
  readonly #bucket: string;

  constructor(s3: S3Client, bucket: string) {
    this.#s3 = s3;
    this.#bucket = bucket;
  }

  async send(letter: DeadLetter): Promise<void> {
    await this.#s3.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: deadLetterKey(PENDING, letter),
        Body: JSON.stringify(letter),
        ContentType: 'application/json',
      }),
    );
  }

  async *list(): AsyncIterable<{ key: string; letter: DeadLetter }> {
    yield* this.#listUnder(PENDING);
    yield* this.#listUnder(EVENT_SOURCE_PENDING);
  }

  async *#listUnder(prefix: string): AsyncIterable<{ key: string; letter: DeadLetter }> {
    let token: string | undefined;
    do {
      const page = await this.#s3.send(
        new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        const body = await this.#s3.send(new GetObjectCommand({ Bucket: this.#bucket, Key: object.Key }));
        const parsed = parseDeadLetter((await body.Body?.transformToString('utf8')) ?? '');
        if (!parsed.ok) throw new Error(`s3://${this.#bucket}/${object.Key}: ${parsed.reason}`);
        yield { key: object.Key, letter: parsed.letter };
      }
      token = page.NextContinuationToken;
    } while (token);
  }

  async markReplayed(key: string): Promise<void> {
    const target = `${REPLAYED}${key}`;
    await this.#s3.send(
      new CopyObjectCommand({
        Bucket: this.#bucket,
        Key: target,
        CopySource: `${this.#bucket}/${encodeURIComponent(key).replaceAll('%2F', '/')}`,
      }),
    );
    await this.#s3.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
  }
}

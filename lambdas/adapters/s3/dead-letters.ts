import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { type DeadLetter, deadLetterKey, parseDeadLetter } from '#core/dead-letter.ts';
import type { DeadLetterRead, DeadLetterSink, DeadLetterSource } from '../../ports.ts';

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
  readonly #pageSize: number | undefined;

  /** `pageSize` caps the keys of one ListObjectsV2 page (S3's own cap, 1000, by default). */
  constructor(s3: S3Client, bucket: string, options: { readonly pageSize?: number } = {}) {
    this.#s3 = s3;
    this.#bucket = bucket;
    this.#pageSize = options.pageSize;
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

  async *pendingKeys(): AsyncIterable<string> {
    yield* this.#keysUnder(PENDING);
    yield* this.#keysUnder(EVENT_SOURCE_PENDING);
  }

  /** The readable pending letters (for inspection; replay lists keys first, then reads). */
  async *list(): AsyncIterable<{ key: string; letter: DeadLetter }> {
    for await (const key of this.pendingKeys()) {
      const read = await this.read(key);
      if (read.ok) yield { key, letter: read.letter };
    }
  }

  async read(key: string): Promise<DeadLetterRead> {
    let text: string;
    try {
      const body = await this.#s3.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }));
      text = (await body.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      if ((error as { name?: string }).name !== 'NoSuchKey') throw error;
      return { ok: false, reason: 'gone (deleted or expired since it was listed)' };
    }
    return parseDeadLetter(text);
  }

  async *#keysUnder(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.#s3.send(
        new ListObjectsV2Command({
          Bucket: this.#bucket,
          Prefix: prefix,
          ContinuationToken: token,
          MaxKeys: this.#pageSize,
        }),
      );
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
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

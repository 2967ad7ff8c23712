import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient, SendRawEmailCommand, VerifyEmailIdentityCommand } from '@aws-sdk/client-ses';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { LOCAL_AWS } from '../local-aws.ts';
import { sentMail } from '../sent-mail.ts';
import type { LogLine } from './engine.ts';
import { EngineStartError } from './errors.ts';
import type { EngineEndpoints } from './index.ts';

/**
 * Exercises each engine the way Logward will: a Kafka round trip, an OpenSearch index and search,
 * a DynamoDB CreateTable, and an SES email read back from moto. Cleans up what it created.
 */
export async function smokeCheck(endpoints: EngineEndpoints, log: LogLine): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const checks: Array<[string, () => Promise<string>]> = [
    ['kafka', () => checkKafka(endpoints.kafkaBootstrap, suffix)],
    ['opensearch', () => checkOpenSearch(endpoints.opensearchUrl, suffix)],
    ['dynamodb', () => checkDynamoDb(endpoints.dynamodbUrl, suffix)],
    ['ses', () => checkSes(endpoints.sesUrl, suffix)],
  ];
  for (const [name, check] of checks) {
    const startedAt = Date.now();
    try {
      const detail = await check();
      log(`${name}: ok (${Date.now() - startedAt} ms) ${detail}`);
    } catch (error) {
      throw new EngineStartError(`${name}: smoke check failed: ${String(error)}`, { cause: error });
    }
  }
}

async function checkKafka(bootstrap: string, suffix: string): Promise<string> {
  const topic = `logward-smoke-${suffix}`;
  const base = { clientId: 'logward-smoke', bootstrapBrokers: bootstrap.split(',') };
  const admin = new Admin(base);
  const producer = new Producer({ ...base, serializers: stringSerializers });
  const consumer = new Consumer({ ...base, groupId: `smoke-${suffix}`, deserializers: stringDeserializers });
  try {
    await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 });
    await producer.send({ messages: [{ topic, key: 'k', value: `hello ${suffix}` }] });
    const stream = await consumer.consume({ topics: [topic], mode: 'earliest' });
    const value = await firstValue(stream, 15_000);
    await stream.close();
    if (value !== `hello ${suffix}`) throw new Error(`consumed ${JSON.stringify(value)}`);
    return `created ${topic}, produced and consumed "${value}"`;
  } finally {
    await consumer.close(true).catch(() => {});
    await producer.close().catch(() => {});
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.close().catch(() => {});
  }
}

async function firstValue(stream: AsyncIterable<{ value: string }>, timeoutMs: number): Promise<string> {
  const iterator = stream[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const next = await Promise.race([iterator.next(), timeout]);
    if (next.done) throw new Error('the stream ended without a message');
    return next.value.value;
  } finally {
    clearTimeout(timer);
  }
}

async function checkOpenSearch(url: string, suffix: string): Promise<string> {
  const index = `logward-smoke-${suffix}`;
  const base = url.replace(/\/$/, '');
  const json = { 'content-type': 'application/json' };
  try {
    await expectOk(
      fetch(`${base}/${index}/_doc/1?refresh=true`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ message: `hello ${suffix}` }),
      }),
    );
    const response = await expectOk(
      fetch(`${base}/${index}/_search`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ query: { match: { message: suffix } } }),
      }),
    );
    const body = (await response.json()) as { hits?: { total?: { value?: number } } };
    const hits = body.hits?.total?.value;
    if (hits !== 1) throw new Error(`search found ${hits} documents, expected 1`);
    return `indexed into ${index} and found it by search`;
  } finally {
    await fetch(`${base}/${index}`, { method: 'DELETE' }).catch(() => {});
  }
}

async function checkDynamoDb(url: string, suffix: string): Promise<string> {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: url });
  const TableName = `logward-smoke-${suffix}`;
  try {
    const created = await client.send(
      new CreateTableCommand({
        TableName,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    await client.send(new DeleteTableCommand({ TableName }));
    return `created table ${TableName} (${created.TableDescription?.TableStatus})`;
  } finally {
    client.destroy();
  }
}

async function checkSes(url: string, suffix: string): Promise<string> {
  const client = new SESClient({ ...LOCAL_AWS, endpoint: url });
  const source = `alerts-${suffix}@logward.test`;
  const subject = `logward smoke ${suffix}`;
  try {
    await client.send(new VerifyEmailIdentityCommand({ EmailAddress: source }));
    // Raw, as Logward's alert mail is sent.
    const raw = `From: ${source}\r\nTo: oncall@logward.test\r\nSubject: ${subject}\r\n\r\nhello\r\n`;
    await client.send(
      new SendRawEmailCommand({
        Source: source,
        Destinations: ['oncall@logward.test'],
        RawMessage: { Data: Buffer.from(raw) },
      }),
    );
  } finally {
    client.destroy();
  }
  if (!(await sentMail(url)).some((mail) => mail.raw.includes(subject)))
    throw new Error('the sent email is not among the sent mail');
  return `sent "${subject}" and read it back from the sent mail`;
}

async function expectOk(pending: Promise<Response>): Promise<Response> {
  const response = await pending;
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

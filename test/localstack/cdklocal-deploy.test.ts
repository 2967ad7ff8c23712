/**
 * The Logward stack deployed through LocalStack's CloudFormation with cdklocal, in its LocalStack
 * profile (`logward:localstackApiUrl`): the dead-letter bucket, the alert topic, the schedules and
 * the REST API with its usage plan and key, proxying over HTTP to a local API started here. Runs in the LocalStack mode only (LOGWARD_AWS=localstack), against the run's LocalStack.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { freePort } from '#local/engines/index.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '..', '..');
/** The local runtime's default alert sender (local/alerting.ts). */
const SENDER = 'alerts@logward.local';

interface Outputs {
  readonly ApiUrl: string;
  readonly ApiId: string;
  readonly ApiKeyId: string;
  readonly DeadLetterBucket: string;
  readonly AlertTopicArn: string;
}

describe('cdklocal deploy of the LocalStack profile', () => {
  const gateway = inject('endpoints').sesUrl.replace(/\/$/, '');
  let stack: TestStack;
  let outputs: Outputs;

  /** An AWS API call on LocalStack: it reads the service and region from the Authorization header only. */
  const aws = (service: string, path: string, init: RequestInit = {}) =>
    fetch(`${gateway}${path}`, {
      ...init,
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`,
        ...init.headers,
      },
    });

  beforeAll(async () => {
    // The API Gateway key is made by the deploy; the local API behind it then checks that same key.
    const apiPort = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'logward-cdklocal-'));
    const env = {
      ...process.env,
      AWS_ENDPOINT_URL: gateway,
      AWS_ENDPOINT_URL_S3: gateway,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      CDK_DISABLE_VERSION_CHECK: '1',
    };
    const context = [
      '-c',
      `logward:localstackApiUrl=http://127.0.0.1:${apiPort}`,
      '-c',
      'logward:account=000000000000',
      '-c',
      'logward:region=us-east-1',
    ];
    const cdklocal = join(repo, 'node_modules', '.bin', 'cdklocal');
    const common = { cwd: repo, env, maxBuffer: 16 * 2 ** 20 };
    await run(cdklocal, ['bootstrap', '--output', join(dir, 'cdk.out'), ...context], common);
    const outputsFile = join(dir, 'outputs.json');
    await run(
      cdklocal,
      [
        'deploy',
        '--require-approval',
        'never',
        '--output',
        join(dir, 'cdk.out'),
        '--outputs-file',
        outputsFile,
        ...context,
      ],
      common,
    );
    outputs = (JSON.parse(await readFile(outputsFile, 'utf8')) as { Logward: Outputs }).Logward;
    stack = await startTestStack('cdklocal', { apiPort, apiKey: await gatewayKey() });
  });

  const gatewayKey = async () =>
    (
      (await (await aws('apigateway', `/apikeys/${outputs.ApiKeyId}?includeValue=true`)).json()) as {
        value: string;
      }
    ).value;

  afterAll(async () => {
    await stack?.pipeline.stop();
  });

  test('the outputs name what was deployed, and each exists', async () => {
    expect(outputs).toMatchObject({
      ApiId: expect.stringMatching(/^\w+$/),
      ApiKeyId: expect.stringMatching(/^\w+$/),
      DeadLetterBucket: expect.stringMatching(/deadletters/i),
      AlertTopicArn: expect.stringMatching(/^arn:aws:sns:us-east-1:000000000000:/),
      ApiUrl: expect.stringContaining(outputs.ApiId),
    });
    expect((await aws('s3', `/${outputs.DeadLetterBucket}`, { method: 'HEAD' })).status).toBe(200);
    const topic = await aws('sns', '/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Action: 'GetTopicAttributes', TopicArn: outputs.AlertTopicArn }),
    });
    expect(topic.status).toBe(200);
    const identities = await aws('ses', '/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Action: 'ListIdentities' }),
    });
    // Not deployed (LocalStack's AWS::SES::EmailIdentity is a stub): the local runtime verified its sender.
    expect(await identities.text()).toContain(SENDER);
    const rules = await aws('events', '/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSEvents.ListRules' },
      body: '{}',
    });
    const expressions = ((await rules.json()) as { Rules: Array<{ ScheduleExpression?: string }> }).Rules.map(
      (rule) => rule.ScheduleExpression,
    );
    expect(expressions).toEqual(expect.arrayContaining(['rate(1 minute)', 'rate(1 minute)', 'rate(1 day)']));
    const plans = (await (await aws('apigateway', '/usageplans')).json()) as {
      item: Array<{ apiStages: Array<{ apiId: string }>; throttle?: { rateLimit: number } }>;
    };
    expect(plans.item.find((plan) => plan.apiStages.some((s) => s.apiId === outputs.ApiId))).toMatchObject({
      throttle: { rateLimit: 50 },
    });
  });

  test('/health answers through the gateway, from the local API, without a key', async () => {
    const response = await fetch(`${gateway}/restapis/${outputs.ApiId}/v1/_user_request_/health`);
    expect([200, 503]).toContain(response.status); // 503: degraded, e.g. nothing ingested yet
    expect(await response.json()).toMatchObject({
      checkedAt: expect.any(String),
      backends: expect.any(Object),
    });
  });

  test('a request without the API key is refused; with the usage plan key it is answered', async () => {
    const url = `${gateway}/restapis/${outputs.ApiId}/v1/_user_request_/nodes`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { 'x-api-key': 'not-the-key-0123456789' } })).status).toBe(403);
    const allowed = await fetch(url, { headers: { 'x-api-key': stack.apiKey } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ items: expect.any(Array) });
  });
});

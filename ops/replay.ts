/**
 * `npm run replay`: sends dead-lettered records through the ingest handler again.
 * Locally it runs the handler in-process against the local engines; against AWS it invokes the
 * deployed ingest function with each dead letter's MSK event.
 */

import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { asReplay } from '#core/dead-letter.ts';
import { S3DeadLetters } from '#lambdas/adapters/s3/dead-letters.ts';
import { ingestDependenciesFromEnv, s3ClientFromEnv } from '#lambdas/handlers/ingest.ts';
import { ingestLogs } from '#lambdas/ingest/ingest-logs.ts';
import { replayDeadLetters } from '#lambdas/ingest/replay-dead-letters.ts';
import { localTopology } from '#local/bootstrap.ts';
import { endpointsFor, resolveEngineConfig } from '#local/engines/index.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run replay -- [--bucket NAME --function NAME [--region REGION]]

Without options: replays the local stack's dead letters (npm run local must have created them).
With --bucket and --function: replays dead letters from the S3 bucket through the deployed
ingest Lambda (the stack outputs both names), using your AWS credentials.`;

async function main(): Promise<number> {
  const { values } = parseCommandLine(
    {
      options: {
        bucket: { type: 'string' },
        function: { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    'npm run replay -- --help',
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (line: string) => console.log(line);
  if ((values.bucket === undefined) !== (values.function === undefined)) {
    console.error('--bucket and --function go together: name the dead-letter bucket and the ingest function');
    return 2;
  }
  const outcome =
    values.bucket && values.function
      ? await replayToAws(values.bucket, values.function, values.region, log)
      : await replayLocally(log);
  console.log(
    `replayed ${outcome.replayed} dead letters (${outcome.records} records); ${outcome.failed.length} failed; ` +
      `${outcome.skipped.length} skipped (not dead letters)`,
  );
  return outcome.failed.length === 0 && outcome.skipped.length === 0 ? 0 : 1;
}

function replayLocally(log: (line: string) => void) {
  const env = lambdaEnvironment(endpointsFor(resolveEngineConfig()), localTopology());
  const deps = ingestDependenciesFromEnv(env);
  const source = new S3DeadLetters(s3ClientFromEnv(env), env.DEAD_LETTER_BUCKET as string);
  return replayDeadLetters(source, (event) => ingestLogs(event, deps), log);
}

function replayToAws(
  bucket: string,
  functionName: string,
  region: string | undefined,
  log: (line: string) => void,
) {
  const config = region ? { region } : {};
  const lambda = new LambdaClient(config);
  const source = new S3DeadLetters(new S3Client(config), bucket);
  return replayDeadLetters(
    source,
    async (event) => {
      const result = await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          Payload: Buffer.from(JSON.stringify(asReplay(event))),
        }),
      );
      if (result.FunctionError) {
        throw new Error(
          `${functionName}: ${result.FunctionError}: ${Buffer.from(result.Payload ?? []).toString('utf8')}`,
        );
      }
    },
    log,
  );
}

process.exitCode = await main();

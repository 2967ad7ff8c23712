import { defineConfig } from 'vitest/config';
import { UNIT_TMPDIR } from './test/unit-temp-dir.ts';

/**
 * Two projects: `unit` (pure logic and CDK assertions, no engines) and `engines` (integration and
 * end-to-end tests against real Kafka, OpenSearch and moto's server (DynamoDB, SES, S3, SNS), which
 * the global setup starts once per run, reusing healthy ones, and stops afterwards if it started them).
 * In the LocalStack mode (LOGWARD_AWS=localstack) the engines project also runs test/localstack/, which
 * deploys the stack through LocalStack's CloudFormation.
 */
const localstackMode = process.env.LOGWARD_AWS === 'localstack';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          globalSetup: ['test/unit-temp-dir.ts'],
          env: { TMPDIR: UNIT_TMPDIR },
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          include: [
            'test/integration/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            ...(localstackMode ? ['test/localstack/**/*.test.ts'] : []),
          ],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          // One engine set on a 2-core machine: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});

import { App, Validations } from 'aws-cdk-lib';
import { ConfigError, configFromContext } from './config.ts';
import { LogwardLocalStackStack } from './localstack-stack.ts';
import { LogwardStack } from './logward-stack.ts';
import { AwsSolutionsChecks, ServerlessChecks } from './nag.ts';

const app = new App();
try {
  const config = configFromContext(app.node);
  const env =
    config.account || config.region ? { account: config.account, region: config.region } : undefined;
  const { localstackApiUrl } = config;
  if (localstackApiUrl) {
    new LogwardLocalStackStack(app, 'Logward', {
      description: 'Logward on LocalStack: dead letters, alert topic and sender, schedules, REST API',
      env,
      config: { ...config, localstackApiUrl },
    });
  } else {
    new LogwardStack(app, 'Logward', {
      description:
        'Logward: serverless log pipeline (MSK -> Lambda -> OpenSearch/DynamoDB, SES alerts, REST API)',
      env,
      config,
    });
  }
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { verbose: true }),
    new ServerlessChecks(app, { verbose: true }),
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Logward configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as events from 'aws-cdk-lib/aws-events';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { LogwardConfig } from './config.ts';
import { Alerting } from './constructs/alerting.ts';
import { createDeadLetterBucket } from './constructs/ingestion.ts';
import { SCHEDULES } from './constructs/schedule.ts';
import { acknowledge } from './nag.ts';

/** Properties of the LocalStack profile of the stack. */
export interface LogwardLocalStackStackProps extends StackProps {
  /** Validated configuration with `localstackApiUrl` set. */
  readonly config: LogwardConfig & { readonly localstackApiUrl: string };
}

/**
 * What LocalStack's community runtime can hold of the Logward stack (`logward:localstackApiUrl`): the
 * dead-letter bucket and the alert topic from the stack's own constructs, the schedules, and a REST API
 * with its usage plan and key, proxying over HTTP to the local API of `npm run local`.
 * Switched off: the VPC, MSK, the OpenSearch domain, the DynamoDB tables (LocalStack's DynamoDB is
 * DynamoDB Local), every Lambda function (LocalStack runs Lambdas only in Docker; the schedules
 * therefore have no target, and the local runtime's timers play them), and the SES identity: LocalStack
 * 4.14's AWS::SES::EmailIdentity provider is an unimplemented stub (SESv2 is a paid feature), so the
 * local runtime verifies its sender with SES v1 instead.
 */
export class LogwardLocalStackStack extends Stack {
  constructor(scope: Construct, id: string, props: LogwardLocalStackStackProps) {
    super(scope, id, props);
    const { config } = props;
    const deadLetterBucket = createDeadLetterBucket(this, Duration.days(config.deadLetterExpiryDays));
    const alerting = new Alerting(this, 'Alerting', { recipients: config.alertRecipients });
    for (const [name, schedule] of Object.entries(SCHEDULES)) {
      const rule = new events.Rule(this, `Schedule-${name}`, {
        description: `Logward: would run ${schedule.entry} every ${schedule.rate.toHumanString()} (no Lambda on LocalStack)`,
        schedule: events.Schedule.rate(schedule.rate),
      });
      acknowledge(rule, [
        {
          id: 'Serverless-EventBusDLQ',
          reason: 'LocalStack profile: the rule has no target, so nothing to dead-letter.',
        },
      ]);
    }
    const api = new LocalApiProxy(this, 'Api', config.localstackApiUrl);

    new CfnOutput(this, 'ApiUrl', { value: api.restApi.url });
    new CfnOutput(this, 'ApiId', { value: api.restApi.restApiId });
    new CfnOutput(this, 'ApiKeyId', { value: api.apiKey.keyId });
    new CfnOutput(this, 'DeadLetterBucket', { value: deadLetterBucket.bucketName });
    new CfnOutput(this, 'AlertTopicArn', { value: alerting.channels.topic.topicArn });
  }
}

/**
 * The REST API of the profile: the read tree (`GET /{proxy+}`, API key, usage plan of 50 rps and burst
 * 100 as in `Api`) and the open `GET /health`, each an HTTP_PROXY integration to the local API. Not the
 * `Api` construct: its `/people` tree needs Cognito and its `/iam` tree SigV4 checks, which community
 * LocalStack does not have; the local API Gateway adapter (npm run local) serves those trees.
 */
class LocalApiProxy extends Construct {
  public readonly restApi: apigateway.RestApi;
  public readonly apiKey: apigateway.IApiKey;

  constructor(scope: Construct, id: string, baseUrl: string) {
    super(scope, id);
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_WEEK,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.restApi = new apigateway.RestApi(this, 'RestApi', {
      description: 'Logward query API, proxied to the local API',
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: false,
      deployOptions: {
        stageName: 'v1',
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        throttlingRateLimit: 100,
        throttlingBurstLimit: 200,
      },
    });
    const base = baseUrl.replace(/\/$/, '');
    this.restApi.root.addResource('{proxy+}').addMethod(
      'GET',
      new apigateway.HttpIntegration(`${base}/{proxy}`, {
        httpMethod: 'GET',
        proxy: true,
        options: { requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' } },
      }),
      { apiKeyRequired: true, requestParameters: { 'method.request.path.proxy': true } },
    );
    this.restApi.root
      .addResource('health')
      .addMethod(
        'GET',
        new apigateway.HttpIntegration(`${base}/health`, { httpMethod: 'GET', proxy: true }),
        {
          apiKeyRequired: false,
        },
      );
    const plan = this.restApi.addUsagePlan('UsagePlan', {
      description: 'Logward API clients',
      throttle: { rateLimit: 50, burstLimit: 100 },
    });
    plan.addApiStage({ stage: this.restApi.deploymentStage });
    this.apiKey = this.restApi.addApiKey('ApiKey', { description: 'Logward API key' });
    plan.addApiKey(this.apiKey);
    acknowledge(this.restApi, [
      { id: 'AwsSolutions-APIG2', reason: 'HTTP proxy: the local API validates every request itself.' },
      { id: 'AwsSolutions-APIG3', reason: 'LocalStack profile for local tests: no WAF.' },
      {
        id: 'AwsSolutions-APIG4',
        reason:
          'LocalStack profile: reads take API keys (usage plan); GET /health is open and returns no log data.',
      },
      { id: 'AwsSolutions-COG4', reason: 'LocalStack profile: community LocalStack has no Cognito.' },
      { id: 'Serverless-APIGWXrayEnabled', reason: 'LocalStack profile: no X-Ray locally.' },
    ]);
  }
}

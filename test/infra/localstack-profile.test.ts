import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromContext } from '../../infra/config.ts';
import { LogwardLocalStackStack } from '../../infra/localstack-stack.ts';
import { nagFindings } from './support.ts';

function synthProfile(context: Record<string, unknown>) {
  const app = new App({ builtinCloudFormationValidation: false, context });
  const config = configFromContext(app.node, {});
  const { localstackApiUrl } = config;
  if (!localstackApiUrl) throw new Error('the test needs logward:localstackApiUrl');
  const stack = new LogwardLocalStackStack(app, 'Logward', { config: { ...config, localstackApiUrl } });
  return { app, template: Template.fromStack(stack) };
}

describe('the LocalStack profile (logward:localstackApiUrl)', () => {
  const { app, template } = synthProfile({
    'logward:localstackApiUrl': 'http://127.0.0.1:18080/',
    'logward:senderIdentity': 'alerts@logward.local',
  });

  it('holds only what community LocalStack runs: no VPC, MSK, OpenSearch domain, tables, Lambdas, SES identity', () => {
    for (const type of [
      'AWS::SES::EmailIdentity',
      'AWS::EC2::VPC',
      'AWS::MSK::Cluster',
      'AWS::OpenSearchService::Domain',
      'AWS::DynamoDB::Table',
      'AWS::Lambda::Function',
    ]) {
      template.resourceCountIs(type, 0);
    }
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'replayed/' })]) },
    });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const schedules = Object.values(template.findResources('AWS::Events::Rule')).map(
      (rule) => (rule as { Properties: { ScheduleExpression: string } }).Properties.ScheduleExpression,
    );
    expect(schedules.sort()).toEqual(['rate(1 day)', 'rate(1 minute)', 'rate(1 minute)']);
  });

  it('proxies the read tree and /health over HTTP to the local API, with the key required but on /health', () => {
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      ApiKeyRequired: false,
      Integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'GET', Uri: 'http://127.0.0.1:18080/health' },
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      ApiKeyRequired: true,
      RequestParameters: { 'method.request.path.proxy': true },
      Integration: {
        Type: 'HTTP_PROXY',
        Uri: 'http://127.0.0.1:18080/{proxy}',
        RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
      },
    });
    template.resourceCountIs('AWS::ApiGateway::Method', 2);
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 50, BurstLimit: 100 },
    });
    template.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 1);
    expect(Object.keys(template.toJSON().Outputs)).toEqual(
      expect.arrayContaining(['ApiUrl', 'ApiId', 'ApiKeyId', 'DeadLetterBucket', 'AlertTopicArn']),
    );
  });

  it('passes cdk-nag with the same acknowledgements as the full stack', () => {
    expect(nagFindings(app)).toEqual([]);
  });

  it('takes only an http(s) URL, naming the key otherwise', () => {
    for (const bad of ['127.0.0.1:18080', 'ftp://host', 'http://host/?x=1']) {
      const app = new App({ context: { 'logward:localstackApiUrl': bad } });
      expect(() => configFromContext(app.node, {})).toThrowError(ConfigError);
      expect(() => configFromContext(app.node, {})).toThrowError(/logward:localstackApiUrl/);
    }
  });
});

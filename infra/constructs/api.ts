import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { type FunctionAccess, type FunctionDefaults, LogwardFunction } from './function.ts';

/** CORS settings of the API. */
export interface ApiCors {
  /** Origins allowed to call the API from a browser, e.g. `https://logs.example.com`. */
  readonly allowOrigins: readonly string[];
}

/** Properties of the API stage. */
export interface ApiProps {
  /** Entry file of the api Lambda handling every route (proxy integration), e.g. `api.ts`. */
  readonly entry: string;
  /** Settings shared by every Logward Lambda. */
  readonly functions: FunctionDefaults;
  /**
   * Tables and search the api Lambda uses.
   * @default { search: true, tables: ['nodes', 'counters', 'alerts', 'patterns'] }
   */
  readonly access?: FunctionAccess;
  /** Retention of the access log group. */
  readonly logRetention: logs.RetentionDays;
  /**
   * Steady-state requests per second allowed per API key.
   * @default 50
   */
  readonly rateLimit?: number;
  /**
   * Burst of requests allowed per API key.
   * @default 100
   */
  readonly burstLimit?: number;
  /**
   * CORS preflight for browsers.
   * @default - no CORS
   */
  readonly cors?: ApiCors;
  /**
   * X-Ray tracing on the stage.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * Stage name.
   * @default 'v1'
   */
  readonly stageName?: string;
  /**
   * Extra environment of the api Lambda, e.g. the alert channels a retired node's closing notification uses.
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * API Gateway REST API in front of the api Lambda: every method needs an API key except `GET /health`;
 * one usage plan with throttling; JSON access logs; execution logs at ERROR level.
 */
export class Api extends Construct {
  /** The REST API. */
  public readonly restApi: apigateway.LambdaRestApi;
  /** The api Lambda. */
  public readonly handler: NodejsFunction;
  /** The API key issued for clients (read its value with `aws apigateway get-api-key --include-value`). */
  public readonly apiKey: apigateway.IApiKey;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const rateLimit = props.rateLimit ?? 50;
    const burstLimit = props.burstLimit ?? 100;
    if (rateLimit <= 0 || !Number.isInteger(burstLimit) || burstLimit < 1) {
      throw new Error(
        `${this.node.path}: rateLimit got ${rateLimit}, burstLimit got ${burstLimit}; use a positive rate and a whole burst >= 1.`,
      );
    }
    for (const origin of props.cors?.allowOrigins ?? []) {
      if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new Error(
          `${this.node.path}: cors origin got ${origin}; use scheme://host[:port] without a path.`,
        );
      }
    }
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.handler = new LogwardFunction(this, 'ApiHandler', {
      ...props.functions,
      entry: props.entry,
      description: 'Logward: REST API',
      timeout: Duration.seconds(29),
      access: props.access ?? { search: true, tables: ['nodes', 'counters', 'alerts', 'patterns'] },
      // The handler answers CORS on its responses; API Gateway answers the preflight.
      extraEnvironment: {
        ...props.environment,
        ...(props.cors ? { LOGWARD_CORS_ORIGINS: props.cors.allowOrigins.join(',') } : {}),
      },
    }).function;

    this.restApi = new apigateway.LambdaRestApi(this, 'RestApi', {
      handler: this.handler,
      proxy: false,
      description: 'Logward query and management API',
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      defaultMethodOptions: { apiKeyRequired: true },
      ...(props.cors
        ? {
            defaultCorsPreflightOptions: {
              allowOrigins: [...props.cors.allowOrigins],
              allowHeaders: ['Content-Type', 'X-Api-Key', 'Authorization'],
              allowMethods: apigateway.Cors.ALL_METHODS,
            },
          }
        : {}),
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: props.stageName ?? 'v1',
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: props.tracing ?? false,
        throttlingRateLimit: rateLimit * 2,
        throttlingBurstLimit: burstLimit * 2,
      },
    });
    this.restApi.root.addMethod('ANY');
    this.restApi.root.addProxy({ anyMethod: true });
    const health = this.restApi.root.addResource('health');
    health.addMethod('GET', undefined, { apiKeyRequired: false });

    const plan = this.restApi.addUsagePlan('UsagePlan', {
      description: 'Logward API clients',
      throttle: { rateLimit, burstLimit },
    });
    plan.addApiStage({ stage: this.restApi.deploymentStage });
    this.apiKey = this.restApi.addApiKey('ApiKey', { description: 'Logward API key' });
    plan.addApiKey(this.apiKey);

    acknowledge(this.restApi, [
      {
        id: 'AwsSolutions-APIG2',
        reason:
          'Lambda proxy integration: the api handler validates every request body and parameter itself.',
      },
      {
        id: 'AwsSolutions-APIG3',
        reason: 'WAF is an account-level choice (cost); API keys plus usage-plan throttling bound abuse.',
      },
      {
        id: 'AwsSolutions-APIG4',
        reason:
          'Callers are authenticated with API keys (required on every method) and throttled by a usage plan; ' +
          'GET /health is deliberately open and returns no data.',
      },
      { id: 'AwsSolutions-COG4', reason: 'No Cognito: Logward API clients are machines holding API keys.' },
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'AmazonAPIGatewayPushToCloudWatchLogs is the AWS-maintained policy for API Gateway execution logs.',
        findings: [
          'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
        ],
      },
    ]);
  }

  /** The invoke URL of the stage. */
  public get url(): string {
    return this.restApi.url;
  }
}

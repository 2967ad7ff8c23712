import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { HEALTH_THROTTLE, IAM_TREE, PEOPLE_TREE } from '#lambdas/api/access.ts';
import { ALLOWED_HEADERS } from '#lambdas/api/cors.ts';
import { acknowledge, logicalId, nagText } from '../nag.ts';
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
   * Entry file of the read-only Lambda serving the API-key tree's GETs and `GET /health`.
   * @default 'api-reader.ts'
   */
  readonly readerEntry?: string;
  /**
   * Tables and search the api Lambda (the `/iam` and `/people` trees) uses.
   * @default { search: true, tables: ['nodes', 'counters', 'alerts', 'patterns'] }
   */
  readonly access?: FunctionAccess;
  /**
   * Tables and search the read-only Lambda reads (`readOnly` is always set).
   * @default { search: true, tables: ['nodes', 'alerts', 'patterns'] }
   */
  readonly readerAccess?: Omit<FunctionAccess, 'readOnly'>;
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
  /** The user pool whose ID tokens the `/people` tree accepts (groups logward-admin, logward-reader). */
  readonly userPool: cognito.IUserPool;
  /**
   * Requests one IP address may make in 5 minutes before an AWS WAF web ACL on the stage blocks it.
   * @default - no WAF
   */
  readonly wafRateLimit?: number;
}

/**
 * API Gateway REST API in front of the api Lambda, one resource tree per kind of credential
 * (lambdas/api/access.ts): `GET /{proxy+}` with an API key (read-only clients, usage plan),
 * `ANY /iam/{proxy+}` with IAM (admins and automation), `ANY /people/{proxy+}` with the Cognito
 * authorizer (people, by group), and `GET /health` open with a throttle of its own. JSON access
 * logs name the principal; execution logs at ERROR level; optionally a WAF rate-based rule.
 */
export class Api extends Construct {
  /** The REST API. */
  public readonly restApi: apigateway.LambdaRestApi;
  /** The api Lambda of the `/iam` and `/people` trees (admins and people): reads and writes. */
  public readonly handler: NodejsFunction;
  /** The read-only Lambda of the API-key tree (`GET /{proxy+}`) and `GET /health`: its role only reads. */
  public readonly reader: NodejsFunction;
  /** The read-only API key issued for clients (read its value with `aws apigateway get-api-key --include-value`). */
  public readonly apiKey: apigateway.IApiKey;
  /** Lets an IAM principal call every method under `/iam` (admin); attach it to admin and automation roles. */
  public readonly adminPolicy: iam.ManagedPolicy;
  /** The web ACL on the stage, when `wafRateLimit` is set. */
  public readonly webAcl?: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    if (
      props.wafRateLimit !== undefined &&
      (!Number.isInteger(props.wafRateLimit) || props.wafRateLimit < 10 || props.wafRateLimit > 2_000_000_000)
    ) {
      throw new Error(
        `${this.node.path}: wafRateLimit got ${props.wafRateLimit}; use a whole number of requests per IP per 5 minutes from 10 to 2000000000.`,
      );
    }
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

    // The handler answers CORS on its responses; API Gateway answers the preflight.
    const extraEnvironment = {
      ...props.environment,
      ...(props.cors ? { LOGWARD_CORS_ORIGINS: props.cors.allowOrigins.join(',') } : {}),
    };
    this.handler = new LogwardFunction(this, 'ApiHandler', {
      ...props.functions,
      entry: props.entry,
      description: 'Logward: REST API',
      timeout: Duration.seconds(29),
      access: props.access ?? { search: true, tables: ['nodes', 'counters', 'alerts', 'patterns'] },
      extraEnvironment,
    }).function;
    // Least privilege: what an API key reaches runs under a role that cannot write anything.
    this.reader = new LogwardFunction(this, 'ApiReader', {
      ...props.functions,
      entry: props.readerEntry ?? 'api-reader.ts',
      description: 'Logward: REST API reads (API key tree, health)',
      timeout: Duration.seconds(29),
      access: {
        ...(props.readerAccess ?? { search: true, tables: ['nodes', 'alerts', 'patterns'] }),
        readOnly: true,
      },
      extraEnvironment,
    }).function;
    const reads = new apigateway.LambdaIntegration(this.reader);

    this.restApi = new apigateway.LambdaRestApi(this, 'RestApi', {
      handler: this.handler,
      proxy: false,
      description: 'Logward query and management API',
      endpointTypes: [apigateway.EndpointType.REGIONAL],

      ...(props.cors
        ? {
            defaultCorsPreflightOptions: {
              allowOrigins: [...props.cors.allowOrigins],
              // The same list as the handler's (lambdas/api/cors.ts): keys, ID tokens and SigV4's headers.
              allowHeaders: ALLOWED_HEADERS.split(','),
              allowMethods: apigateway.Cors.ALL_METHODS,
            },
          }
        : {}),
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: props.stageName ?? 'v1',
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: accessLogFormat(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: props.tracing ?? false,
        throttlingRateLimit: rateLimit * 2,
        throttlingBurstLimit: burstLimit * 2,
        // The open route's own bucket: a flood of it is refused here, whatever the other methods' traffic.
        methodOptions: {
          '/health/GET': {
            throttlingRateLimit: HEALTH_THROTTLE.rate,
            throttlingBurstLimit: HEALTH_THROTTLE.burst,
          },
        },
      },
    });
    const [firstOrigin] = props.cors?.allowOrigins ?? [];
    if (firstOrigin !== undefined) {
      // API Gateway's own refusals (401 without a token, 403, 429) carry CORS too, so a browser client
      // such as the console sees the status instead of an opaque network error. They cannot echo the
      // request's origin, so they name the first allowed one: the console's.
      for (const [id, type] of [
        ['Default4xx', apigateway.ResponseType.DEFAULT_4XX],
        ['Default5xx', apigateway.ResponseType.DEFAULT_5XX],
      ] as const) {
        this.restApi.addGatewayResponse(id, {
          type,
          responseHeaders: {
            'Access-Control-Allow-Origin': `'${firstOrigin}'`,
            ...(firstOrigin === '*' ? {} : { Vary: "'Origin'" }),
          },
        });
      }
    }
    const { root } = this.restApi;
    // Reads with an API key: GET only, so a key can never reach a write.
    root.addResource('{proxy+}').addMethod('GET', reads, {
      apiKeyRequired: true,
      authorizationType: apigateway.AuthorizationType.NONE,
    });
    root
      .addResource(IAM_TREE.slice(1))
      .addResource('{proxy+}')
      .addMethod('ANY', undefined, { authorizationType: apigateway.AuthorizationType.IAM });
    const authorizer = new apigateway.CognitoUserPoolsAuthorizer(this, 'PeopleAuthorizer', {
      cognitoUserPools: [props.userPool],
      identitySource: apigateway.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    root
      .addResource(PEOPLE_TREE.slice(1))
      .addResource('{proxy+}')
      .addMethod('ANY', undefined, { authorizer, authorizationType: apigateway.AuthorizationType.COGNITO });
    root.addResource('health').addMethod('GET', reads, {
      apiKeyRequired: false,
      authorizationType: apigateway.AuthorizationType.NONE,
    });

    this.adminPolicy = new iam.ManagedPolicy(this, 'AdminPolicy', {
      description:
        'Logward API admin: every method under /iam (rules, silences, acknowledgements, node actions, reads)',
      statements: [
        new iam.PolicyStatement({
          actions: ['execute-api:Invoke'],
          resources: [
            this.restApi.arnForExecuteApi('*', `${IAM_TREE}/*`, this.restApi.deploymentStage.stageName),
          ],
        }),
      ],
    });
    const stack = Stack.of(this);
    acknowledge(this.adminPolicy, [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'Admin means every method and path under /iam of this API stage; the wildcard spans exactly those and ' +
          'nothing else (no other API, stage or tree).',
        findings: [
          `Resource::arn:${nagText(stack.partition, 'AWS::Partition')}:execute-api:` +
            `${nagText(stack.region, 'AWS::Region')}:${nagText(stack.account, 'AWS::AccountId')}:` +
            `<${logicalId(this.restApi)}>/<${logicalId(this.restApi.deploymentStage)}>/*${IAM_TREE}/*`,
        ],
      },
    ]);
    if (props.wafRateLimit !== undefined) this.webAcl = this.rateLimitAcl(props.wafRateLimit);

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
      ...(props.tracing
        ? []
        : [
            {
              id: 'Serverless-APIGWXrayEnabled',
              reason:
                'X-Ray tracing of the stage is opt-in (logward:apiTracing) for its cost; access logs with the ' +
                'principal and latency, and execution logs at ERROR level, are always on.',
            },
          ]),
      ...(this.webAcl
        ? []
        : [
            {
              id: 'AwsSolutions-APIG3',
              reason:
                'WAF costs a monthly fee per web ACL and rule; it is opt-in with logward:wafRateLimit. Without it, ' +
                'stage, method and usage-plan throttles bound the request rate, not per source IP.',
            },
          ]),
      {
        id: 'AwsSolutions-APIG4',
        reason:
          'Two kinds of method have no authorizer, both on purpose. GET /{proxy+} takes API keys, which only identify ' +
          'read-only machine clients for quotas (they are not authorization): it is GET only and the handler serves a ' +
          'key reads only. GET /health is open, returns no log data, is cached 5 s and throttled on its own. Every ' +
          'write is under /iam (AWS_IAM) or /people (Cognito), and the handler checks the role again.',
      },
      {
        id: 'AwsSolutions-COG4',
        reason:
          'Only /people/{proxy+} is for people and uses the Cognito authorizer. /iam/{proxy+} uses IAM (SigV4) for ' +
          'admins and automation, GET /{proxy+} API keys for read-only clients, and GET /health is open.',
      },
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

  /** An AWS WAF web ACL on the stage that blocks an IP address above `limit` requests in 5 minutes. */
  private rateLimitAcl(limit: number): wafv2.CfnWebACL {
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const acl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      description: 'Logward API: rate limit per source IP',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('LogwardApi'),
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          visibilityConfig: visibility('LogwardApiRateLimitPerIp'),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'WebAclAssociation', {
      resourceArn: this.restApi.deploymentStage.stageArn,
      webAclArn: acl.attrArn,
    });
    return acl;
  }

  /**
   * The API's origin, `https://<id>.execute-api.<region>.<suffix>`: from the REST API alone, so a
   * resource the API's methods depend on (the console's CSP) can name it without a cycle.
   */
  public get origin(): string {
    const stack = Stack.of(this);
    return `https://${this.restApi.restApiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /** The invoke URL of the stage. */
  public get url(): string {
    return this.restApi.url;
  }
}

/** JSON access log lines that name who called: IAM ARN, Cognito `sub`, or API key id. */
function accessLogFormat(): apigateway.AccessLogFormat {
  const f = apigateway.AccessLogField;
  return apigateway.AccessLogFormat.custom(
    JSON.stringify({
      requestId: f.contextRequestId(),
      requestTime: f.contextRequestTime(),
      ip: f.contextIdentitySourceIp(),
      userAgent: f.contextIdentityUserAgent(),
      httpMethod: f.contextHttpMethod(),
      resourcePath: f.contextResourcePath(),
      path: f.contextPath(),
      status: f.contextStatus(),
      responseLength: f.contextResponseLength(),
      responseLatency: f.contextResponseLatency(),
      userArn: f.contextIdentityUserArn(),
      caller: f.contextIdentityCaller(),
      apiKeyId: f.contextIdentityApiKeyId(),
      cognitoSub: f.contextAuthorizerClaims('sub'),
      principalId: f.contextAuthorizerPrincipalId(),
      error: f.contextErrorMessage(),
      wafStatus: f.contextWafResponseCode(),
    }),
  );
}

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  CfnOutput,
  DefaultStackSynthesizer,
  DockerImage,
  Duration,
  Lazy,
  RemovalPolicy,
  Stack,
} from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, logicalId, nagText } from '../nag.ts';

/** The console's folder: `console/build.ts` bundles `console/src` with esbuild (`npm run build:console`). */
export const CONSOLE_SOURCE = join(import.meta.dirname, '..', '..', 'console');

/** `config.json`'s `auth` for the deployed console: Cognito's hosted UI (console/src/auth-cognito.ts). */
export interface ConsoleCognitoAuth {
  readonly kind: 'cognito';
  /** The user pool domain's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domain: string;
  /** The console's app client id. */
  readonly clientId: string;
  /** The console URL, a callback URL of the app client. */
  readonly redirectUri: string;
}

/** What the deployed console is told in `config.json` (the contract of console/src/config.ts). */
export interface ConsolePublishProps {
  /** URL of the API's `/people` tree. */
  readonly apiBase: string;
  /** The API's origin (`https://<id>.execute-api.<region>.<suffix>`), which the CSP lets the console call. */
  readonly apiOrigin: string;
  readonly auth: ConsoleCognitoAuth;
}

/** Properties of the console's hosting. */
export interface ConsoleProps {
  /** Retention of the deployment function's log group. */
  readonly logRetention: logs.RetentionDays;
  /**
   * Directory served as the console instead of building `console/` (tests point this at a fixture).
   * @default - `npm run build:console` output, built at synth
   */
  readonly builtDir?: string;
  /**
   * Days the access logs of the distribution and the bucket are kept.
   * @default 90
   */
  readonly accessLogDays?: number;
}

/**
 * The web console in AWS: its built files in a private, encrypted, versioned S3 bucket that only
 * CloudFront reads (origin access control), behind a distribution that answers over HTTPS only with
 * security headers (CSP, HSTS, no framing, nosniff, no referrer), and access logs for both. The
 * files are built with esbuild at synth and uploaded, with the `config.json` that `publish` writes,
 * by a BucketDeployment that invalidates the distribution.
 */
export class Console extends Construct {
  /** The bucket holding the console's files. */
  public readonly bucket: s3.Bucket;
  /** The access logs of the distribution (`cloudfront/`) and of the bucket (`s3/`). */
  public readonly logBucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  public readonly headers: cloudfront.ResponseHeadersPolicy;
  readonly #props: ConsoleProps;
  readonly #connectSources: string[] = [];
  #published = false;

  constructor(scope: Construct, id: string, props: ConsoleProps) {
    super(scope, id);
    this.#props = props;
    const accessLogDays = props.accessLogDays ?? 90;
    if (!Number.isInteger(accessLogDays) || accessLogDays < 1) {
      throw new Error(
        `${this.node.path}: accessLogDays got ${accessLogDays}; use a whole number of days >= 1.`,
      );
    }
    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // CloudFront's standard logs are written with an ACL, so the bucket must accept ACLs.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: Duration.days(accessLogDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.logBucket, [
      {
        id: 'AwsSolutions-S1',
        reason:
          'This is the access-log bucket of the console bucket and distribution; logging it into itself would ' +
          'log its own log writes without end.',
      },
    ]);
    this.bucket = new s3.Bucket(this, 'Files', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      // Earlier builds stay a month, to go back to one by restoring its versions.
      lifecycleRules: [{ id: 'ExpireOldBuilds', noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Logward console: CSP, HSTS, no framing, nosniff, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: Lazy.string({ produce: () => this.contentSecurityPolicy() }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true }],
      },
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Logward console',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    acknowledge(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The console is static code with no data in it; who may read logs is decided by Cognito sign-in and the ' +
          'API, not by country. Operators who need it can add a geo restriction.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'A CloudFront web ACL must live in us-east-1, apart from this regional stack; the distribution serves ' +
          'only static files, and the data behind them is on the API, which has its own optional WAF ' +
          '(logward:wafRateLimit) and throttles.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "The distribution uses CloudFront's default *.cloudfront.net certificate, with which CloudFront keeps " +
          'TLSv1 for old clients whatever the security policy; TLS 1.2 is enforced once a custom domain and ' +
          'certificate are set. HSTS keeps browsers on HTTPS.',
      },
    ]);
    this.node.addValidation({
      validate: () =>
        this.#published ? [] : ['The console was never published: call publish() with its config.json.'],
    });
  }

  /** The console's URL, `https://<distribution>.cloudfront.net/`. */
  public get url(): string {
    return `https://${this.distribution.distributionDomainName}/`;
  }

  /** The console's origin, for the API's CORS. */
  public get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Uploads the built console and its `config.json`, invalidating the distribution, and lets the
   * console call the API and the Cognito domain (CSP `connect-src`). Call once.
   */
  public publish(props: ConsolePublishProps): s3deploy.BucketDeployment {
    if (this.#published) throw new Error(`${this.node.path}: publish() was already called.`);
    this.#published = true;
    this.#connectSources.push(props.apiOrigin, props.auth.domain);
    const config = { apiBase: props.apiBase, auth: props.auth };
    const deployment = new s3deploy.BucketDeployment(this, 'Deploy', {
      sources: [this.files(), s3deploy.Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      // Fixed file names (app.js): browsers revalidate every load; CloudFront is invalidated per deploy.
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 256,
      logGroup: new logs.LogGroup(this, 'DeployLogs', {
        retention: this.#props.logRetention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    this.acknowledgeDeploymentFunction(deployment);
    new CfnOutput(Stack.of(this), 'ConsoleUrl', {
      description:
        'The web console; people sign in with the user pool (groups logward-admin, logward-reader)',
      value: this.url,
    });
    return deployment;
  }

  /** The deployment's function is aws-cdk-lib's singleton (one per memory size) at the stack's root. */
  private acknowledgeDeploymentFunction(deployment: s3deploy.BucketDeployment): void {
    const owner =
      'CDK BucketDeployment (aws-cdk-lib), run only by CloudFormation while the console is deployed';
    const stack = Stack.of(this);
    const qualifier: string =
      this.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ??
      DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const assetBucket =
      `arn:${nagText(stack.partition, 'AWS::Partition')}:s3:::cdk-${qualifier}-assets-` +
      `${nagText(stack.account, 'AWS::AccountId')}-${nagText(stack.region, 'AWS::Region')}`;
    acknowledge(deployment.handlerRole, [
      {
        id: 'AwsSolutions-IAM4',
        reason: `${owner}: AWSLambdaBasicExecutionRole only lets it write its own logs.`,
        findings: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      },
      {
        id: 'AwsSolutions-IAM5',
        reason:
          `${owner}: aws-cdk-lib grants it reads of the CDK asset bucket, reads and writes of every object of ` +
          'the console bucket (it syncs the whole build and prunes old files), and CloudFront invalidations, ' +
          'which IAM cannot scope to one distribution in its API.',
        findings: [
          ...['GetBucket*', 'GetObject*', 'List*', 'Abort*', 'DeleteObject*'].map(
            (action) => `Action::s3:${action}`,
          ),
          `Resource::${assetBucket}/*`,
          `Resource::<${logicalId(this.bucket)}.Arn>/*`,
          'Resource::*',
        ],
      },
    ]);
    const singleton = stack.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!singleton) throw new Error(`${this.node.path}: the BucketDeployment function was not found.`);
    acknowledge(singleton, [
      {
        id: 'AwsSolutions-L1',
        reason: `${owner}: its runtime is chosen and upgraded by aws-cdk-lib, not by us.`,
      },
      ...['Serverless-LambdaLatestVersion', 'Serverless-LambdaDLQ', 'Serverless-LambdaTracing'].map((id) => ({
        id,
        reason:
          `${owner}, which waits for its answer and fails the deploy with its error; there is nothing to ` +
          'dead-letter or trace, and its runtime is aws-cdk-lib’s choice.',
      })),
    ]);
  }

  /** The built console: `npm run build:console` into the asset's output directory, at synth. */
  private files(): s3deploy.ISource {
    if (this.#props.builtDir) return s3deploy.Source.asset(this.#props.builtDir);
    return s3deploy.Source.asset(CONSOLE_SOURCE, {
      exclude: ['dist', 'node_modules'],
      bundling: {
        // Never pulled: the local build below either succeeds or throws.
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24-slim'),
        local: {
          tryBundle(outputDir: string): boolean {
            const build = spawnSync(
              process.execPath,
              [join(CONSOLE_SOURCE, 'build.ts'), '--outdir', outputDir],
              {
                encoding: 'utf8',
              },
            );
            if (build.status !== 0) {
              throw new Error(
                `Building the console (node console/build.ts) failed with status ${build.status}:\n${build.stderr}`,
              );
            }
            return true;
          },
        },
      },
    });
  }

  private contentSecurityPolicy(): string {
    return [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${this.#connectSources.join(' ')}`.trim(),
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
  }
}

import { Annotations, CustomResource, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { LOGS_INDEX_PATTERN } from '#lambdas/adapters/opensearch/index-template.ts';
import { acknowledge } from '../nag.ts';
import { isS3BackedInstanceType } from '../sizing.ts';

/** Properties of the search stage. */
export interface SearchProps {
  /** VPC of the domain. */
  readonly vpc: ec2.IVpc;
  /** Private subnets; the domain uses one per zone. */
  readonly subnets: ec2.SubnetSelection;
  /** Security groups allowed to call the domain on 443. */
  readonly clientSecurityGroups: readonly ec2.ISecurityGroup[];
  /**
   * Data node instance type.
   * @default 'm7g.large.search'
   */
  readonly dataNodeInstanceType?: string;
  /**
   * Data node count; a multiple of the zone count when zone awareness is on.
   * @default - number of AZs of `subnets` (at least 2)
   */
  readonly dataNodes?: number;
  /**
   * gp3 storage per data node, GiB.
   * @default 100
   */
  readonly volumeGiB?: number;
  /**
   * Dedicated master nodes: 0 or 3 (or 5).
   * @default 0
   */
  readonly masterNodes?: number;
  /**
   * Dedicated master instance type.
   * @default 'm7g.large.search'
   */
  readonly masterNodeInstanceType?: string;
  /**
   * UltraWarm nodes (0, or at least 2); they need dedicated masters and non-T3 data nodes.
   * @default 0
   */
  readonly warmNodes?: number;
  /**
   * UltraWarm node type.
   * @default 'ultrawarm1.medium.search'
   */
  readonly warmInstanceType?: string;
  /**
   * Engine version.
   * @default EngineVersion.OPENSEARCH_2_19
   */
  readonly version?: opensearch.EngineVersion;
  /**
   * Domain name (3–28 characters: lowercase letters, digits, hyphens). Fixed so the access policy can name
   * the domain's ARN without referring to the domain itself.
   * @default - `<stack name>-logs`, lowercased and truncated
   */
  readonly domainName?: string;
  /** Retention of the domain's slow and application log groups. */
  readonly logRetention: logs.RetentionDays;
  /**
   * What happens to the domain when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Whether an engine version string (`OpenSearch_2.19`) is OpenSearch `major.minor` or later. */
function openSearchAtLeast(version: string, major: number, minor: number): boolean {
  const match = /^OpenSearch_(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const [got, gotMinor] = [Number(match[1]), Number(match[2])];
  return got > major || (got === major && gotMinor >= minor);
}

/** Actions on resources named by a path on the domain (`domainArn('/logs-*')`), allowed unless `deny`. */
type ScopedStatements = (
  domainArn: (path: string) => string,
) => { actions: string[]; resources: string[]; deny?: true }[];

/** A scoped statement as IAM's: in a role's policy, or with `principals` in the domain's access policy. */
function policyStatement(
  { actions, resources, deny }: ReturnType<ScopedStatements>[number],
  principals?: iam.IPrincipal[],
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    effect: deny ? iam.Effect.DENY : iam.Effect.ALLOW,
    actions,
    resources,
    principals,
  });
}

/** What searching the log indices needs: GET/HEAD anywhere on the domain, POST only to their `_search`. */
const searchStatements: ScopedStatements = (domainArn) => [
  { actions: ['es:ESHttpGet', 'es:ESHttpHead'], resources: [domainArn(''), domainArn('/*')] },
  { actions: ['es:ESHttpPost'], resources: [domainArn(`/${LOGS_INDEX_PATTERN}/_search`)] },
];

/**
 * What index retention sends (lambdas/adapters/opensearch/retention.ts), and nothing else: it lists the
 * indices (`GET _cat/indices/logs-*`), deletes log indices one per request (`DELETE logs-…`) and drops their
 * replicas (`PUT logs-…/_settings`); with UltraWarm nodes it also lists the warm ones
 * (`GET _cat/indices/_warm`, `GET _ultrawarm/migration/_status`) and migrates
 * (`POST _ultrawarm/migration/logs-…/_warm`). A `*` in a resource matches `/` and `,` too, so `logs-*`
 * alone would also allow `DELETE logs-x,other-index` and `DELETE logs-x/_doc/1`: the writes are denied
 * on any path with a comma (or `%2C`) and on any path deeper than the ones retention sends.
 */
function retentionStatements(warm: boolean): ScopedStatements {
  return (domainArn) => [
    {
      actions: ['es:ESHttpGet'],
      resources: [
        domainArn('/_cat/indices/*'),
        ...(warm ? [domainArn('/_ultrawarm/migration/_status')] : []),
      ],
    },
    { actions: ['es:ESHttpDelete'], resources: [domainArn(`/${LOGS_INDEX_PATTERN}`)] },
    { actions: ['es:ESHttpPut'], resources: [domainArn(`/${LOGS_INDEX_PATTERN}/_settings`)] },
    ...(warm
      ? [
          {
            actions: ['es:ESHttpPost'],
            resources: [domainArn(`/_ultrawarm/migration/${LOGS_INDEX_PATTERN}/_warm`)],
          },
        ]
      : []),
    {
      actions: ['es:ESHttpDelete', 'es:ESHttpPut', ...(warm ? ['es:ESHttpPost'] : [])],
      // A comma may come percent-encoded (the OpenSearch client sends `logs-a%2Clogs-b`), which the
      // domain decodes into a list of indices.
      resources: [domainArn('/*,*'), domainArn('/*%2C*'), domainArn('/*%2c*')],
      deny: true,
    },
    { actions: ['es:ESHttpDelete'], resources: [domainArn(`/${LOGS_INDEX_PATTERN}/*`)], deny: true },
    { actions: ['es:ESHttpPut'], resources: [domainArn(`/${LOGS_INDEX_PATTERN}/*/*`)], deny: true },
    ...(warm
      ? [
          {
            actions: ['es:ESHttpPost'],
            resources: [domainArn('/_ultrawarm/migration/*/*/*')],
            deny: true as const,
          },
        ]
      : []),
  ];
}

/**
 * The OpenSearch domain in the VPC: encrypted at rest and node to node, HTTPS only with TLS 1.2, slow and
 * application logs to CloudWatch, and an IAM-only access policy naming exactly the roles granted via
 * `grantReadWrite`, `grantSearch` or `grantRetention` (requests must be SigV4-signed; no fine-grained access
 * control, no master user).
 */
export class Search extends Construct {
  /** The domain. */
  public readonly domain: opensearch.Domain;
  /** `https://<vpc endpoint>` of the domain. */
  public readonly url: string;
  /** Whether the domain has UltraWarm nodes, so the retention Lambda may migrate indices to them. */
  public readonly warm: boolean;
  private readonly principals: iam.IRole[] = [];
  /** Roles granted only some paths, with the statements they were granted. */
  private readonly scoped: { readonly roles: iam.IRole[]; readonly statements: ScopedStatements }[] = [];

  constructor(scope: Construct, id: string, props: SearchProps) {
    super(scope, id);
    const selected = props.vpc.selectSubnets(props.subnets);
    const azCount = Math.min(3, selected.subnets.length);
    const dataNodes = props.dataNodes ?? Math.max(2, azCount);
    const zoneCount = Math.min(azCount, dataNodes);
    if (!Number.isInteger(dataNodes) || dataNodes < 1) {
      throw new Error(`${this.node.path}: dataNodes got ${dataNodes}; use 1 or more.`);
    }
    if (zoneCount > 1 && dataNodes % zoneCount !== 0) {
      throw new Error(
        `${this.node.path}: dataNodes got ${dataNodes}; with zone awareness over ${zoneCount} AZs use a multiple of ${zoneCount}.`,
      );
    }
    const masterNodes = props.masterNodes ?? 0;
    if (![0, 3, 5].includes(masterNodes)) {
      throw new Error(`${this.node.path}: masterNodes got ${masterNodes}; use 0, 3 or 5 (an odd quorum).`);
    }
    const warmNodes = props.warmNodes ?? 0;
    const dataNodeInstanceType = props.dataNodeInstanceType ?? 'm7g.large.search';
    if (warmNodes !== 0 && (!Number.isInteger(warmNodes) || warmNodes < 2)) {
      throw new Error(`${this.node.path}: warmNodes got ${warmNodes}; use 0, or 2 or more UltraWarm nodes.`);
    }
    if (warmNodes > 0 && masterNodes === 0) {
      throw new Error(
        `${this.node.path}: warmNodes got ${warmNodes} without dedicated masters; UltraWarm needs them: set masterNodes to 3.`,
      );
    }
    if (warmNodes > 0 && /^t[23]\./.test(dataNodeInstanceType)) {
      throw new Error(
        `${this.node.path}: warmNodes got ${warmNodes} with ${dataNodeInstanceType} data nodes; UltraWarm cannot be used with T2/T3 data nodes.`,
      );
    }
    const masterNodeInstanceType = props.masterNodeInstanceType ?? 'm7g.large.search';
    if (
      isS3BackedInstanceType(dataNodeInstanceType) &&
      masterNodes > 0 &&
      !/^[a-z]+\d+g[a-z]*\./.test(masterNodeInstanceType)
    ) {
      throw new Error(
        `${this.node.path}: masterNodeInstanceType got ${masterNodeInstanceType} with ${dataNodeInstanceType} data nodes; OpenSearch-optimized domains need Graviton masters, such as m7g.large.search.`,
      );
    }
    const version = props.version ?? opensearch.EngineVersion.OPENSEARCH_2_19;
    if (isS3BackedInstanceType(dataNodeInstanceType) && !openSearchAtLeast(version.version, 2, 11)) {
      throw new Error(
        `${this.node.path}: version got ${version.version} with ${dataNodeInstanceType} data nodes; OpenSearch-optimized nodes need OpenSearch 2.11 or later.`,
      );
    }
    this.warm = warmNodes > 0;
    const volumeGiB = props.volumeGiB ?? 100;
    if (!Number.isInteger(volumeGiB) || volumeGiB < 10) {
      throw new Error(
        `${this.node.path}: volumeGiB got ${volumeGiB}; use a whole number of GiB, at least 10.`,
      );
    }

    const domainName =
      props.domainName ??
      `${Stack.of(this)
        .stackName.toLowerCase()
        .replace(/[^a-z0-9-]/g, '-')
        .slice(0, 23)}-logs`.replace(/^[^a-z]+/, 'l');
    if (!/^[a-z][a-z0-9-]{2,27}$/.test(domainName)) {
      throw new Error(
        `${this.node.path}: domainName got ${domainName}; use 3-28 characters, lowercase letters, digits and hyphens, starting with a letter.`,
      );
    }

    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Logward OpenSearch domain (HTTPS from Logward Lambdas)',
      allowAllOutbound: false,
    });
    for (const client of props.clientSecurityGroups) {
      securityGroup.addIngressRule(client, ec2.Port.tcp(443), 'Logward Lambdas');
    }
    const logGroup = (name: string) =>
      new logs.LogGroup(this, name, { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });

    this.domain = new opensearch.Domain(this, 'Domain', {
      domainName,
      version,
      vpc: props.vpc,
      vpcSubnets: [{ subnets: selected.subnets.slice(0, zoneCount) }],
      securityGroups: [securityGroup],
      capacity: {
        dataNodes,
        dataNodeInstanceType,
        ...(masterNodes > 0 ? { masterNodes, masterNodeInstanceType } : {}),
        ...(warmNodes > 0
          ? { warmNodes, warmInstanceType: props.warmInstanceType ?? 'ultrawarm1.medium.search' }
          : {}),
        multiAzWithStandbyEnabled: false,
      },
      // An engine version bump upgrades the domain in place; without this CloudFormation would replace it,
      // which fails on the fixed domain name (and would start an empty domain).
      enableVersionUpgrade: true,
      zoneAwareness: zoneCount > 1 ? { enabled: true, availabilityZoneCount: zoneCount } : { enabled: false },
      ebs: { volumeSize: volumeGiB, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,
      logging: {
        slowSearchLogEnabled: true,
        slowSearchLogGroup: logGroup('SlowSearchLogs'),
        slowIndexLogEnabled: true,
        slowIndexLogGroup: logGroup('SlowIndexLogs'),
        appLogEnabled: true,
        appLogGroup: logGroup('AppLogs'),
      },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.url = `https://${this.domain.domainEndpoint}`;

    // IAM-only resource policy: exactly the roles granted below, writers and searchers each with only their
    // actions (a same-account resource policy grants on its own, so it must be no wider than the role's);
    // evaluated lazily so later grants are included.
    const domainArn = (path: string) =>
      Stack.of(this).formatArn({ service: 'es', resource: 'domain', resourceName: `${domainName}${path}` });
    const cfnDomain = this.domain.node.defaultChild as opensearch.CfnDomain;
    cfnDomain.accessPolicies = Lazy.any({
      produce: () => {
        const arns = (roles: iam.IRole[]) => roles.map((role) => new iam.ArnPrincipal(role.roleArn));
        const statements = [
          ...(this.principals.length === 0
            ? []
            : [
                new iam.PolicyStatement({
                  actions: ['es:ESHttp*'],
                  principals: arns(this.principals),
                  resources: [domainArn('/*')],
                }),
              ]),
          ...this.scoped.flatMap(({ roles, statements }) =>
            statements(domainArn).map((statement) => policyStatement(statement, arns(roles))),
          ),
        ];
        return statements.length === 0 ? undefined : new iam.PolicyDocument({ statements }).toJSON();
      },
    });

    acknowledge(this.domain, [
      {
        id: 'AwsSolutions-OS3',
        reason:
          'The domain is VPC-only behind a security group admitting only the Logward Lambdas, and its access policy ' +
          'names their IAM roles; source-IP allowlists cannot express Lambda ENIs and would add nothing.',
      },
    ]);
    const logPolicy = this.domain.node.children.find((child) => child.node.id.startsWith('ESLogGroupPolicy'));
    if (logPolicy) {
      acknowledge(logPolicy, [
        {
          id: 'AwsSolutions-IAM5',
          findings: ['Resource::*'],
          reason:
            'aws-cdk-lib sets the CloudWatch Logs resource policy for domain logs; logs:PutResourcePolicy has no resource scope.',
        },
      ]);
    }
    if (masterNodes === 0) {
      acknowledge(this.domain, [
        {
          id: 'AwsSolutions-OS4',
          reason:
            'Dedicated masters cost three extra instances; below ~10 data nodes they are optional. ' +
            'Enable with -c logward:searchMasterNodes=3 for production clusters.',
        },
      ]);
    }
    if (zoneCount < 2) {
      Annotations.of(this).addWarningV2(
        'logward:search:singleZone',
        `The domain runs in one AZ (${dataNodes} data node(s)); an AZ outage stops search and ingestion.`,
      );
      acknowledge(this.domain, [
        {
          id: 'AwsSolutions-OS7',
          reason: 'Single-AZ by explicit choice (dataNodes=1); a synth warning says so.',
        },
      ]);
    }
  }

  /** Grants HTTP read/write on the domain's indices to `role` and names it in the domain's access policy. */
  public grantReadWrite(role: iam.IRole): void {
    this.domain.grantReadWrite(role);
    this.principals.push(role);
    acknowledge(role, [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'OpenSearch HTTP permissions are on the Logward domain only; the wildcard covers its index paths.',
        findings: [`Resource::<${this.domainLogicalId()}.Arn>/*`],
      },
    ]);
  }

  /**
   * Grants `role` searching the log indices and nothing else: GET and HEAD on the domain (a ping,
   * reads) and POST only to `<logs index pattern>/_search`, in its policy and the domain's.
   */
  public grantSearch(role: iam.IRole): void {
    this.grantScoped(
      role,
      searchStatements,
      "OpenSearch reads are on the Logward domain only: GET/HEAD on its paths, POST only to the log indices' _search.",
    );
  }

  /**
   * Grants `role` what index retention does and nothing else: listing the indices, deleting and changing the
   * settings of the log indices, and with UltraWarm nodes migrating them to warm (`retentionStatements`), in
   * its policy and the domain's.
   */
  public grantRetention(role: iam.IRole): void {
    this.grantScoped(
      role,
      retentionStatements(this.warm),
      "Index retention's OpenSearch paths only: listing indices, and deleting, re-setting and migrating the log indices.",
    );
  }

  /** `statements` in `role`'s policy and, for the same role, in the domain's access policy. */
  private grantScoped(role: iam.IRole, statements: ScopedStatements, reason: string): void {
    for (const statement of statements((path) => `${this.domain.domainArn}${path}`)) {
      role.addToPrincipalPolicy(policyStatement(statement));
    }
    const same = this.scoped.find((entry) => entry.statements === statements);
    if (same) same.roles.push(role);
    else this.scoped.push({ roles: [role], statements });
    const findings = statements((path) => `Resource::<${this.domainLogicalId()}.Arn>${path}`)
      .filter((statement) => !statement.deny)
      .flatMap((statement) => statement.resources)
      .filter((resource) => resource.includes('*'));
    acknowledge(role, [{ id: 'AwsSolutions-IAM5', reason, findings }]);
  }

  private domainLogicalId(): string {
    const stack = Stack.of(this);
    return stack.resolve(stack.getLogicalId(this.domain.node.defaultChild as opensearch.CfnDomain)) as string;
  }

  /**
   * Hook for deploy-time setup of the domain: runs `onEvent` as a CloudFormation custom resource after the
   * domain exists, re-running when `properties` change. Logward itself needs none: the ingest Lambda puts
   * the index template on its first write, and retention deletes daily indices by name (no ISM).
   * The function must be in the VPC and granted with `grantReadWrite`.
   */
  public addDeployTimeSetup(
    id: string,
    onEvent: lambda.IFunction,
    properties: Readonly<Record<string, string>>,
  ): CustomResource {
    const provider = new cr.Provider(this, `${id}Provider`, { onEventHandler: onEvent });
    const stack = Stack.of(this);
    const fnLogicalId = stack.resolve(
      stack.getLogicalId(onEvent.node.defaultChild as lambda.CfnFunction),
    ) as string;
    acknowledge(provider, [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'CDK custom resource provider framework: AWSLambdaBasicExecutionRole only lets it write its own logs.',
        findings: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      },
      {
        id: 'AwsSolutions-IAM5',
        reason: 'CDK custom resource provider framework: may invoke every version of the one setup function.',
        findings: [`Resource::<${fnLogicalId}.Arn>:*`],
      },
      ...['Serverless-LambdaDefaultMemorySize', 'Serverless-LambdaDLQ', 'Serverless-LambdaTracing'].map(
        (id) => ({
          id,
          reason:
            "CDK custom resource provider framework: aws-cdk-lib's own function, run only by CloudFormation during a " +
            'deploy, which waits for its answer and reports its failure; its memory and tracing are set by aws-cdk-lib.',
        }),
      ),
    ]);
    const resource = new CustomResource(this, id, {
      serviceToken: provider.serviceToken,
      properties: { ...properties, url: this.url },
    });
    resource.node.addDependency(this.domain);
    return resource;
  }
}

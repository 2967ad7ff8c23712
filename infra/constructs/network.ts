import { Annotations, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** An existing VPC to deploy into instead of creating one. */
export interface ImportedVpc {
  /** The VPC id, e.g. `vpc-0abc…`. */
  readonly vpcId: string;
  /**
   * Private subnet ids (routed to a NAT or to VPC endpoints). With `availabilityZones` this imports the VPC
   * offline; without them the VPC is looked up, which needs AWS credentials and an explicit account/region.
   * @default - look the VPC up
   */
  readonly privateSubnetIds?: readonly string[];
  /**
   * Availability zone of each subnet in `privateSubnetIds`, in the same order.
   * @default - look the VPC up
   */
  readonly availabilityZones?: readonly string[];
  /**
   * The VPC's IPv4 CIDR; required with `privateSubnetIds` (it is the default network agents connect from).
   * @default - look the VPC up
   */
  readonly cidr?: string;
}

/** Properties of the Logward network. */
export interface NetworkProps {
  /**
   * Deploy into this existing VPC.
   * @default - a new VPC
   */
  readonly existingVpc?: ImportedVpc;
  /**
   * Availability zones of a new VPC (needs a region-pinned stack). Ignored for an imported VPC.
   * @default - the first two AZs of the region
   */
  readonly availabilityZones?: readonly string[];
  /**
   * NAT gateways of a new VPC. 0 builds isolated private subnets reachable only through VPC endpoints
   * (no Slack or webhook alerts then).
   * @default 1
   */
  readonly natGateways?: number;
  /**
   * CIDR of a new VPC.
   * @default '10.64.0.0/16'
   */
  readonly cidr?: string;
  /**
   * Create interface endpoints for Lambda and STS (which the MSK event source mapping needs inside the
   * cluster's VPC; its S3 on-failure destination goes through the S3 gateway endpoint) and for SES and SNS
   * when there is no NAT.
   * @default true for a new VPC, false for an imported one
   */
  readonly interfaceEndpoints?: boolean;
  /** Retention of the VPC flow log group. */
  readonly logRetention: logs.RetentionDays;
}

/**
 * The VPC Logward runs in: private subnets for MSK, OpenSearch and the Lambdas, a gateway endpoint for
 * DynamoDB (and S3), interface endpoints for what the MSK event source mapping must reach, flow logs.
 */
export class Network extends Construct {
  /** The VPC. */
  public readonly vpc: ec2.IVpc;
  /** The private subnets every Logward resource uses. */
  public readonly privateSubnets: ec2.SubnetSelection;
  /** Security group of the Logward Lambdas (OpenSearch admits it). */
  public readonly lambdaSecurityGroup: ec2.SecurityGroup;
  /** Number of availability zones the private subnets span. */
  public readonly azCount: number;
  /** CIDR of the VPC as a literal when known (new VPC, or imported with its CIDR), for rules cdk-nag can check. */
  public readonly cidr?: string;

  private readonly endpoints: ec2.InterfaceVpcEndpoint[] = [];

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const natGateways = props.natGateways ?? 1;
    if (!Number.isInteger(natGateways) || natGateways < 0) {
      throw new Error(`${this.node.path}: natGateways got ${natGateways}; use 0 (endpoints only) or more.`);
    }

    if (props.existingVpc) {
      this.vpc = this.importVpc(props.existingVpc);
      this.cidr = props.existingVpc.cidr;
      this.privateSubnets = props.existingVpc.privateSubnetIds?.length
        ? { subnets: this.vpc.privateSubnets }
        : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
      if (props.natGateways !== undefined) {
        Annotations.of(this).addWarningV2(
          'logward:network:natIgnored',
          `natGateways got ${props.natGateways} but an existing VPC is imported; the setting is ignored.`,
        );
      }
    } else {
      const isolated = natGateways === 0;
      const vpc = new ec2.Vpc(this, 'Vpc', {
        ipAddresses: ec2.IpAddresses.cidr(props.cidr ?? '10.64.0.0/16'),
        ...(props.availabilityZones?.length
          ? { availabilityZones: [...props.availabilityZones] }
          : { maxAzs: 2 }),
        natGateways,
        subnetConfiguration: isolated
          ? [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 }]
          : [
              { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
              { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
            ],
        restrictDefaultSecurityGroup: false,
      });
      const flowLogs = new logs.LogGroup(this, 'FlowLogs', {
        retention: props.logRetention,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      vpc.addFlowLog('FlowLog', {
        destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
        trafficType: ec2.FlowLogTrafficType.REJECT,
      });
      this.vpc = vpc;
      this.cidr = props.cidr ?? '10.64.0.0/16';
      this.privateSubnets = {
        subnetType: isolated ? ec2.SubnetType.PRIVATE_ISOLATED : ec2.SubnetType.PRIVATE_WITH_EGRESS,
      };
    }
    this.azCount = this.vpc.selectSubnets(this.privateSubnets).availabilityZones.length;

    this.lambdaSecurityGroup = new ec2.SecurityGroup(this, 'LambdaSecurityGroup', {
      vpc: this.vpc,
      description: 'Logward Lambda functions',
      allowAllOutbound: true,
    });
    this.addEndpoints(
      props.interfaceEndpoints ?? !props.existingVpc,
      natGateways === 0 && !props.existingVpc,
    );
    this.allowEndpointsFrom(this.lambdaSecurityGroup);
  }

  /** Lets `peer` (e.g. the MSK security group, which the event source mapping's pollers use) reach the endpoints. */
  public allowEndpointsFrom(peer: ec2.IConnectable): void {
    for (const endpoint of this.endpoints)
      endpoint.connections.allowDefaultPortFrom(peer, 'HTTPS to AWS APIs');
  }

  private importVpc(existing: ImportedVpc): ec2.IVpc {
    const subnets = existing.privateSubnetIds ?? [];
    const zones = existing.availabilityZones ?? [];
    if (subnets.length > 0 || zones.length > 0) {
      if (subnets.length === 0 || subnets.length !== zones.length) {
        throw new Error(
          `${this.node.path}: got ${subnets.length} private subnet id(s) and ${zones.length} availability zone(s); ` +
            'pass one AZ per subnet, in the same order (logward:privateSubnetIds and logward:availabilityZones).',
        );
      }
      if (!existing.cidr || !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(existing.cidr)) {
        throw new Error(
          `${this.node.path}: importing ${existing.vpcId} by subnet ids needs its CIDR, got ${JSON.stringify(existing.cidr)}; ` +
            'pass -c logward:vpcCidr=10.0.0.0/16 (see `aws ec2 describe-vpcs --vpc-ids <id>`).',
        );
      }
      return ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
        vpcId: existing.vpcId,
        vpcCidrBlock: existing.cidr,
        availabilityZones: [...zones],
        privateSubnetIds: [...subnets],
      });
    }
    const stack = Stack.of(this);
    if (Token.isUnresolved(stack.account) || Token.isUnresolved(stack.region)) {
      throw new Error(
        `${this.node.path}: vpcId got ${existing.vpcId} without subnets, which needs a VPC lookup, and lookups need ` +
          'an account and region: pass -c logward:account=… -c logward:region=…, or pass ' +
          '-c logward:privateSubnetIds=subnet-a,subnet-b -c logward:availabilityZones=eu-west-1a,eu-west-1b to import offline.',
      );
    }
    return ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: existing.vpcId });
  }

  private addEndpoints(interfaceEndpoints: boolean, isolated: boolean): void {
    if (this.vpc instanceof ec2.Vpc) {
      this.vpc.addGatewayEndpoint('DynamoDb', {
        service: ec2.GatewayVpcEndpointAwsService.DYNAMODB,
        subnets: [this.privateSubnets],
      });
      this.vpc.addGatewayEndpoint('S3', {
        service: ec2.GatewayVpcEndpointAwsService.S3,
        subnets: [this.privateSubnets],
      });
    }
    if (!interfaceEndpoints) {
      Annotations.of(this).addWarningV2(
        'logward:network:noEndpoints',
        'No interface endpoints are created in the imported VPC: the MSK event source mapping needs Lambda, STS ' +
          'and S3 reachable from the cluster subnets (NAT or endpoints), and the Lambdas need DynamoDB and S3.',
      );
      return;
    }
    const services: Record<string, ec2.InterfaceVpcEndpointAwsService> = {
      Lambda: ec2.InterfaceVpcEndpointAwsService.LAMBDA,
      Sts: ec2.InterfaceVpcEndpointAwsService.STS,
    };
    // Without NAT the dispatcher reaches SES and the alert topic only through endpoints.
    if (isolated) {
      services.Ses = ec2.InterfaceVpcEndpointAwsService.EMAIL;
      services.Sns = ec2.InterfaceVpcEndpointAwsService.SNS;
    }
    for (const [name, service] of Object.entries(services)) {
      this.endpoints.push(
        new ec2.InterfaceVpcEndpoint(this, `${name}Endpoint`, {
          vpc: this.vpc,
          service,
          subnets: this.privateSubnets,
          privateDnsEnabled: true,
          open: false,
        }),
      );
    }
  }
}

/**
 * Who a rule may mail: only configured allow-lists. A rule's email channel names addresses in an
 * allowed domain, or named recipient groups whose addresses the deployment's configuration holds.
 * So someone who can write rules cannot make Logward mail log samples to an outside address.
 */
import { ValidationError } from '../validation-error.ts';

export interface RecipientPolicy {
  /** Lower-case domains whose addresses rules may name (`example.com`; no subdomains implied). */
  readonly domains: readonly string[];
  /** Named groups a rule may name instead of addresses, each with its addresses. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Single addresses allowed too: the deployment's default recipients. */
  readonly addresses?: readonly string[];
}

export const NO_RECIPIENTS: RecipientPolicy = { domains: [], groups: {} };

function isAllowedAddress(policy: RecipientPolicy, value: string): boolean {
  const match = ADDRESS.exec(value);
  if (!match) return false;
  const lower = value.toLowerCase();
  return (
    policy.domains.includes((match[2] as string).toLowerCase()) ||
    (policy.addresses ?? []).some((a) => a.toLowerCase() === lower)
  );
}

/** A group name: what a rule writes instead of an address. */
export const GROUP_NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
const GROUP_NAME = new RegExp(GROUP_NAME_PATTERN);
/** The local part of an address: RFC 5322 atoms and dots, ASCII only (what SES delivers everywhere). */
export const LOCAL_PART = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}";
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ADDRESS = new RegExp(`^(${LOCAL_PART})@([A-Za-z0-9.-]{1,253})$`);

/**
 * The JSON Schema of one recipient a rule may name under `policy`, for the OpenAPI document;
 * undefined when the policy allows none.
 */
export function recipientSchema(policy: RecipientPolicy): Record<string, unknown> | undefined {
  // Domains compare case-insensitively, as the server compares them.
  const domainPattern = (text: string) =>
    text.replaceAll('.', '\\.').replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  const options: Record<string, unknown>[] = [];
  const names = [...Object.keys(policy.groups), ...(policy.addresses ?? [])];
  if (names.length) options.push({ type: 'string', enum: names });
  if (policy.domains.length) {
    const domains = policy.domains.map(domainPattern).join('|');
    options.push({ type: 'string', pattern: `^${LOCAL_PART}@(?:${domains})$` });
  }
  if (options.length === 0) return undefined;
  return options.length === 1 ? options[0] : { anyOf: options };
}

/** Checks one recipient a rule names; throws a ValidationError naming `field` otherwise. */
export function checkRecipient(policy: RecipientPolicy, value: string, field: string): string {
  if (Object.hasOwn(policy.groups, value) || isAllowedAddress(policy, value)) return value;
  const allowed = [
    ...(policy.domains.length ? [`an address at ${policy.domains.join(', ')}`] : []),
    ...(policy.addresses?.length ? [`a default recipient (${policy.addresses.join(', ')})`] : []),
    ...(Object.keys(policy.groups).length ? [`a group (${Object.keys(policy.groups).join(', ')})`] : []),
  ];
  throw new ValidationError(
    field,
    allowed.length
      ? `${JSON.stringify(value)} is not an allowed recipient; expected ${allowed.join(' or ')}`
      : `${JSON.stringify(value)} is not an allowed recipient; this deployment allows none in rules (configure alertRecipientDomains or alertRecipientGroups), so leave channels empty for the default recipients`,
  );
}

/**
 * The addresses to send to: groups expanded, and addresses outside the allow-list dropped (a rule
 * written before the list was narrowed never mails outside it).
 */
export function expandRecipients(policy: RecipientPolicy, to: readonly string[]): string[] {
  const out = new Set<string>();
  for (const value of to) {
    const group = Object.hasOwn(policy.groups, value) ? policy.groups[value] : undefined;
    if (group) for (const address of group) out.add(address);
    else if (isAllowedAddress(policy, value)) out.add(value);
  }
  return [...out];
}

/**
 * Parses the configured allow-lists: domains as a comma-separated list, groups as JSON
 * (`{"payments-oncall":["a@example.com"]}`). Throws a ValidationError naming the setting.
 */
export function parseRecipientPolicy(
  domains: string | undefined,
  groups: string | undefined,
  names = { domains: 'alertRecipientDomains', groups: 'alertRecipientGroups' },
): RecipientPolicy {
  const domainList = (domains ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  for (const d of domainList) {
    if (!DOMAIN.test(d))
      throw new ValidationError(
        names.domains,
        `expected domains such as example.com, got ${JSON.stringify(d)}`,
      );
  }
  const parsed: Record<string, string[]> = {};
  if (groups?.trim()) {
    let value: unknown;
    try {
      value = JSON.parse(groups);
    } catch (cause) {
      throw new ValidationError(names.groups, 'expected JSON such as {"oncall":["a@example.com"]}', {
        cause,
      });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ValidationError(names.groups, 'expected a JSON object of group name → addresses');
    for (const [name, addresses] of Object.entries(value)) {
      if (!GROUP_NAME.test(name))
        throw new ValidationError(`${names.groups}.${name}`, 'group names are [a-z0-9-]{1,64}');
      if (!Array.isArray(addresses) || addresses.length === 0 || addresses.length > 50)
        throw new ValidationError(`${names.groups}.${name}`, 'expected 1 to 50 addresses');
      parsed[name] = addresses.map((a, i) => {
        if (typeof a !== 'string' || !ADDRESS.exec(a)?.[2]?.includes('.'))
          throw new ValidationError(
            `${names.groups}.${name}[${i}]`,
            `expected an email address, got ${JSON.stringify(a)}`,
          );
        return a;
      });
    }
  }
  return { domains: domainList, groups: parsed };
}

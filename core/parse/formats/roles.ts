/**
 * The keys structured formats (JSON, logfmt) use for the event's own properties, most specific first.
 * systemd journal's export (`journalctl -o json`, and the shippers that forward it) names them
 * `__REALTIME_TIMESTAMP` (epoch µs) and `PRIORITY` (a syslog severity): listed in upper case, they
 * match only so, as the journal writes them (a task's `priority` is no level). GELF's message is its
 * required `short_message` (its `full_message`, a backtrace, stays in `fields`). A key naming the
 * level (`level_name`, `levelname`) that spells it wins over one holding a number, whatever their
 * ranks (`namesOverNumber` in `json.ts`).
 */
export const ROLE_KEYS = {
  timestamp: [
    '@timestamp',
    'timestamp',
    'time',
    'ts',
    '@t',
    'datetime',
    'date',
    'eventtime',
    't',
    '__REALTIME_TIMESTAMP',
  ],
  level: [
    'level',
    'severity',
    'lvl',
    'loglevel',
    'log_level',
    'levelname',
    'level_name',
    '@l',
    'log.level',
    's',
    'PRIORITY',
  ],
  message: ['msg', 'message', '@m', '@mt', 'log', 'text', 'event', 'short_message'],
  logger: ['logger', 'logger_name', 'loggername', 'log.logger', 'name', 'component', 'category'],
  service: ['service', 'service.name', 'app', 'application', 'service_name'],
  host: ['host', 'hostname', 'host.name'],
} as const;

export type Role = keyof typeof ROLE_KEYS;
export const ROLES = Object.keys(ROLE_KEYS) as Role[];

export interface RoleRank {
  readonly role: Role;
  /** Position of the role in `ROLES`. */
  readonly index: number;
  /**
   * Position in the role's list: lower wins when a line has several. One exception, in JSON
   * (`finerTimeKey` in `json.ts`): a time key to the whole second yields to another naming the same
   * second with a fraction (Olric's `timestamp` and `time`).
   */
  readonly rank: number;
}

/**
 * Key → role and rank. Keys are listed in lower case; their PascalCase and camelCase spellings
 * (.NET's `LogLevel`, `Message`, `Timestamp`) are the same key: see `roleOf`. A key listed in upper
 * case matches only in upper case.
 */
export const ROLE_OF = new Map<string, RoleRank>();
ROLES.forEach((role, index) => {
  ROLE_KEYS[role].forEach((key, rank) => {
    ROLE_OF.set(key, { role, index, rank });
  });
});

/** The role of a key in any letter case, or undefined. Lower-cases only keys that hold upper case. */
export function roleOf(key: string): RoleRank | undefined {
  const exact = ROLE_OF.get(key);
  if (exact !== undefined || key.length > 16) return exact;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) return ROLE_OF.get(key.toLowerCase());
  }
  return undefined;
}

/** ECS-style nested objects: `{"log":{"level":…}}` reads as `log.level`. */
export const NESTED_ROLES = new Map<string, ReadonlyArray<readonly [leaf: string, role: RoleRank]>>();
for (const [key, rr] of ROLE_OF) {
  const dot = key.indexOf('.');
  if (dot < 0) continue;
  const parent = key.slice(0, dot);
  const list = (NESTED_ROLES.get(parent) ?? []) as Array<readonly [string, RoleRank]>;
  list.push([key.slice(dot + 1), rr]);
  NESTED_ROLES.set(parent, list);
}

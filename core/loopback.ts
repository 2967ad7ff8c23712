/** Whether a host or a peer address stays on this machine: one answer for every listener and URL check. */

/** A Host header exactly (RFC 9110: `uri-host [":" port]`): a bracketed IPv6 literal or a name, then an optional port. */
const HOST_HEADER = /^(?:\[([0-9a-f:.]*:[0-9a-f:.]*)\]|([a-z0-9_.-]+))(?::\d{1,5})?$/;
const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

/**
 * The host name of a Host header, lower-cased, without port or IPv6 brackets; undefined when the
 * header is anything else (`[::1]evil`, `::1` unbracketed, `a b`, `host:`), which no check may read
 * as a host it knows.
 */
export function hostName(header: string): string | undefined {
  const match = HOST_HEADER.exec(header.trim().toLowerCase());
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * A loopback IP address: 127.0.0.0/8 or ::1 (without brackets), or 127.0.0.0/8 mapped into IPv6
 * (`::ffff:127.0.0.1`, as a dual-stack socket reports its peer). Never a name: `localhost` is
 * whatever a resolver says.
 */
export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase();
  return a === '::1' || LOOPBACK_V4.test(a.startsWith('::ffff:') ? a.slice('::ffff:'.length) : a);
}

/** A loopback address or the name `localhost` (lower-case or not, without brackets or port). */
export function isLoopbackHost(host: string): boolean {
  return host.toLowerCase() === 'localhost' || isLoopbackAddress(host);
}

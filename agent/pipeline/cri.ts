import type { Line } from './lines.ts';

/**
 * Kubernetes container logs as the kubelet's container runtime writes them (the CRI logging format):
 * `<RFC 3339 time> <stdout|stderr> <P|F> <text>`, one file per container under
 * `/var/log/pods/<namespace>_<pod>_<pod uid>/<container>/<restart count>.log`. A line longer than the
 * runtime's buffer (16 KiB) is split into `P` (partial) parts ended by an `F` (full) part.
 */

const CRI_LINE = /^(\S+) (stdout|stderr) ([PF])(?: (.*))?$/s;

/**
 * Namespace, pod and container of a container log file, from its path (also once the kubelet has
 * rotated it to `0.log.<time>`); undefined for other paths.
 */
export function kubernetesPathMetadata(
  path: string,
): { namespace: string; pod: string; podUid: string; container: string } | undefined {
  const match = /\/([^/]+)\/([^/]+)\/\d+\.log(?:\.[^/]+)?$/.exec(path);
  if (!match) return undefined;
  const [, podDir = '', container = ''] = match;
  // Namespace and pod names are DNS labels and subdomains: neither holds an underscore.
  const parts = podDir.split('_');
  if (parts.length !== 3 || parts.some((part) => part === '')) return undefined;
  const [namespace = '', pod = '', podUid = ''] = parts;
  // Each goes into every line's source (the container as its service, which the ingest side refuses
  // past 200 characters or with a control character): only names Kubernetes gives are taken.
  if (!DNS_LABEL.test(namespace) || !DNS_SUBDOMAIN.test(pod) || !DNS_LABEL.test(container)) return undefined;
  return { namespace, pod, podUid, container };
}

/** RFC 1123 names, as Kubernetes allows them for namespaces and containers (labels) and pods (subdomains). */
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;

interface Pending {
  readonly first: Line;
  /** `<time> <stream> `: the first part's, which the joined line keeps. */
  readonly head: string;
  readonly parts: string[];
  end: number;
  bytes: number;
  truncated: boolean;
}

/**
 * Joins a runtime's partial (`P`) parts with the full (`F`) part that ends them, per stream, into one
 * CRI line with the first part's time, offset and `F` tag, so the ingest side parses one line. A
 * joined line is capped at `maxBytes` of text and flagged truncated past it. Lines that are not
 * CRI lines pass through untouched.
 */
export class CriPartialJoiner {
  readonly #maxBytes: number;
  readonly #pending = new Map<string, Pending>();

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Offset of the first byte of a partial line still waiting for its end. */
  get pendingStart(): number | undefined {
    let start: number | undefined;
    for (const pending of this.#pending.values())
      start = start === undefined ? pending.first.offset : Math.min(start, pending.first.offset);
    return start;
  }

  push(line: Line, out: Line[]): void {
    const match = CRI_LINE.exec(line.text);
    if (!match) {
      out.push(line);
      return;
    }
    const [, time = '', stream = '', tag = '', text = ''] = match;
    const pending = this.#pending.get(stream);
    if (tag === 'P') {
      if (pending) this.#append(pending, text, line.end);
      else
        this.#pending.set(stream, {
          first: line,
          head: `${time} ${stream} `,
          parts: [text],
          end: line.end,
          bytes: Buffer.byteLength(text),
          truncated: false,
        });
      return;
    }
    if (!pending) {
      out.push(line);
      return;
    }
    this.#append(pending, text, line.end);
    this.#pending.delete(stream);
    out.push(this.#joined(pending, 'F', line.flags));
  }

  /** Emits every partial line still waiting, still tagged `P` (end of the file, or the file released). */
  flush(out: Line[]): void {
    for (const pending of this.#pending.values()) out.push(this.#joined(pending, 'P', []));
    this.#pending.clear();
  }

  #append(pending: Pending, text: string, end: number): void {
    pending.end = end;
    const room = this.#maxBytes - pending.bytes;
    if (room <= 0) {
      pending.truncated ||= text.length > 0;
      return;
    }
    const bytes = Buffer.byteLength(text);
    if (bytes <= room) {
      pending.parts.push(text);
      pending.bytes += bytes;
      return;
    }
    const kept = Buffer.from(text)
      .subarray(0, room)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
    pending.parts.push(kept);
    pending.bytes += Buffer.byteLength(kept);
    pending.truncated = true;
  }

  #joined(pending: Pending, tag: 'P' | 'F', lastFlags: Line['flags']): Line {
    const flags = new Set([...pending.first.flags, ...lastFlags]);
    if (pending.truncated) flags.add('truncated');
    return {
      offset: pending.first.offset,
      end: pending.end,
      text: `${pending.head}${tag} ${pending.parts.join('')}`,
      flags: [...flags],
    };
  }
}

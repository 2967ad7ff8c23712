/**
 * Alert email: subject, plain text and HTML rendered from a Notification, and the raw MIME
 * message SES sends. Log text is untrusted: in HTML every piece is escaped; everything is
 * truncated; nothing from a log ever reaches a header unencoded (the subject is an RFC 2047
 * encoded word, so a CR or LF in it cannot start a new header), and control characters are
 * replaced before anything is rendered.
 */
import { createHash } from 'node:crypto';
import { ValidationError } from '../validation-error.ts';
import { consoleLinks } from './console-links.ts';
import type { Notification } from './model.ts';

export const EMAIL_LIMITS = { subjectChars: 200, sampleChars: 500, samples: 5, detailLines: 100 } as const;

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Replaces control characters (CR, LF, NUL, ESC, U+2028/9…) except tab with a visible placeholder. */
export function stripControl(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += (c < 32 && c !== 9) || c === 127 || c === 0x2028 || c === 0x2029 ? '\u2424' : ch;
  }
  return out;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** One line of untrusted text, safe for any context once escaped. */
function clean(text: string, max: number): string {
  return truncate(stripControl(text), max);
}

/**
 * Renders a notification; `consoleUrl` (see `consoleBase`) adds links to the alert, its matching
 * logs and its pattern in the web console.
 */
export function renderEmail(n: Notification, consoleUrl: string | undefined): RenderedEmail {
  const subject = clean(n.subject, EMAIL_LIMITS.subjectChars);
  const linkList = labelledLinks(n, consoleUrl);
  const samples = n.samples.slice(0, EMAIL_LIMITS.samples).map((s) => ({
    head: clean(`${s.at} ${s.level ?? '-'} ${s.service} @ ${s.host}`, 300),
    message: clean(s.message, EMAIL_LIMITS.sampleChars),
  }));
  const details = n.details.slice(0, EMAIL_LIMITS.detailLines).map((d) => clean(d, 500));
  const more = n.details.length - details.length;
  const state = n.kind === 'resolved' ? 'RESOLVED' : n.kind === 'reminder' ? 'STILL FIRING' : 'FIRING';
  const title = clean(n.title, 300);
  const summary = clean(n.summary, 2000);

  const text = [
    `${state}: ${title}`,
    '',
    summary,
    ...(details.length ? ['', ...details, ...(more > 0 ? [`… and ${more} more`] : [])] : []),
    ...(samples.length
      ? [
          '',
          `Samples (${samples.length} of ${n.count}):`,
          ...samples.flatMap((s) => [`  ${s.head}`, `    ${s.message}`]),
        ]
      : []),
    ...(linkList.length ? ['', ...linkLines(linkList)] : []),
    '',
    `Alert: ${clean(n.fingerprint, 300)}`,
  ].join('\n');

  const color = n.kind === 'resolved' ? '#1a7f37' : '#cf222e';
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<h2 style="color:${color}">${state}: ${escapeHtml(title)}</h2>`,
    `<p>${escapeHtml(summary)}</p>`,
    details.length
      ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}${more > 0 ? `<li>… and ${more} more</li>` : ''}</ul>`
      : '',
    samples.length
      ? `<h3>Samples (${samples.length} of ${n.count})</h3>${samples
          .map((s) => `<p><small>${escapeHtml(s.head)}</small><br><code>${escapeHtml(s.message)}</code></p>`)
          .join('')}`
      : '',
    linkList.length
      ? `<p>${linkList.map(([label, href]) => `<a href="${escapeHtml(href)}">${label}</a>`).join(' · ')}</p>`
      : '',
    `<p><small>Alert ${escapeHtml(clean(n.fingerprint, 300))}</small></p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

/** The console links of `n` with their labels; none without a `consoleUrl`. */
function labelledLinks(n: Notification, consoleUrl: string | undefined): Array<readonly [string, string]> {
  if (consoleUrl === undefined) return [];
  const links = consoleLinks(consoleUrl, n);
  const all: Array<readonly [string, string | undefined]> = [
    ['Alert in the console', links.alert],
    ['Matching logs', links.logs],
    ['Pattern', links.pattern],
  ];
  return all.flatMap(([label, href]) => (href === undefined ? [] : [[label, href] as const]));
}

/** The console links of `n` as plain-text lines (`label: href`), as the text of a mail ends with them. */
export function consoleLinkLines(n: Notification, consoleUrl: string | undefined): string[] {
  return linkLines(labelledLinks(n, consoleUrl));
}

function linkLines(links: ReadonlyArray<readonly [string, string]>): string[] {
  return links.map(([label, href]) => `${label}: ${href}`);
}

export interface MimeAddresses {
  readonly from: string;
  readonly to: readonly string[];
  /**
   * The Message-ID the first mail of the thread got from the mail service (`<…@…>`), which a
   * follow-up replies to. SES replaces any Message-ID a message sets, so only the one it assigned
   * and reported threads. @default - none: the follow-up starts no reply
   */
  readonly inReplyTo?: string;
}

/** RFC 2047 encoded word(s), base64: whatever the text holds, the header stays one line. */
export function encodeHeaderWord(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

/** Message-ID style id of an alert episode's thread. */
export function threadMessageId(threadId: string, domain: string): string {
  return `<${createHash('sha256').update(threadId).digest('hex').slice(0, 32)}@${domain}>`;
}

const ADDRESS = /^[^\s@<>,;"\\]+@[^\s@<>,;"\\]+$/;
/** A Message-ID (RFC 5322 msg-id, dot-atom form): nothing that could end the header. */
const MESSAGE_ID = /^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>$/;
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const DOMAIN = new RegExp(`^${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*$`);

/** True when `value` can stand in In-Reply-To and References as it is. */
export function isMessageId(value: string): boolean {
  return MESSAGE_ID.test(value);
}

/** `value` as the domain of Message-IDs, or a ValidationError naming `field`. */
export function messageIdDomain(value: string, field: string): string {
  if (!DOMAIN.test(value))
    throw new ValidationError(
      field,
      `expected a domain name such as eu-west-1.amazonses.com, got ${JSON.stringify(value)}`,
    );
  return value;
}

/** The raw MIME message (multipart/alternative: text, then HTML). Addresses are validated, never log text. */
export function buildMimeMessage(n: Notification, email: RenderedEmail, addresses: MimeAddresses): string {
  for (const a of [addresses.from, ...addresses.to]) {
    if (!ADDRESS.test(a)) throw new RangeError(`not a plain email address: ${JSON.stringify(a)}`);
  }
  const replyTo = addresses.inReplyTo;
  if (replyTo !== undefined && !isMessageId(replyTo))
    throw new RangeError(`not a Message-ID: ${JSON.stringify(replyTo)}`);
  const domain = addresses.from.split('@')[1] ?? 'logward';
  const thread = threadMessageId(n.threadId, domain);
  const boundary = `logward-${createHash('sha256').update(n.id).digest('hex').slice(0, 24)}`;
  const headers = [
    `From: ${addresses.from}`,
    `To: ${addresses.to.join(', ')}`,
    `Subject: ${encodeHeaderWord(email.subject)}`,
    'MIME-Version: 1.0',
    `Date: ${new Date(n.createdAt).toUTCString()}`,
    // Follow-ups reply to the Message-ID SES gave the episode's first mail; the thread header
    // groups an episode's mails for filters whatever the mail service does to Message-IDs.
    `X-Logward-Thread: ${thread}`,
    ...(n.kind !== 'firing' && replyTo !== undefined
      ? [`In-Reply-To: ${replyTo}`, `References: ${replyTo}`]
      : []),
    `X-Logward-Alert: ${n.kind}`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  return [
    ...headers,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(email.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(email.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

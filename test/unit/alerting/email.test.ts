import { describe, expect, test } from 'vitest';
import { buildMimeMessage, escapeHtml, renderEmail } from '#core/alerting/email.ts';
import type { Notification } from '#core/alerting/model.ts';
import { defined } from '../../support/fixtures.ts';
import { T0 } from './fixtures.ts';

const hostile =
  'boom <script>alert(1)</script>\r\nBcc: victim@example.com\r\n\r\n<img src=x onerror=alert(2)>';

function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'rule:r:svc#1#1',
    fingerprint: 'rule:r:svc',
    kind: 'firing',
    subject: `[Logward] ERROR svc\r\nBcc: evil@example.com: 2 events in 1 min`,
    threadId: 'rule:r:svc#1',
    title: 'ERROR svc',
    summary: '2 matching events',
    count: 2,
    samples: [
      {
        at: new Date(T0).toISOString(),
        service: 'svc',
        host: 'h',
        level: 'ERROR',
        message: hostile,
        eventId: 'e1',
      },
    ],
    details: [],
    queryPath: '/logs?service=svc&level=ERROR',
    channels: [],
    createdAt: T0,
    ...overrides,
  };
}

function headersOf(raw: string): string[] {
  return raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
}

function decodePart(raw: string, type: string): string {
  const start = raw.indexOf(`Content-Type: ${type}`);
  const body = raw.slice(raw.indexOf('\r\n\r\n', start) + 4, raw.indexOf('\r\n--', start));
  return Buffer.from(body.replaceAll('\r\n', ''), 'base64').toString('utf8');
}

describe('alert email', () => {
  test('log text is escaped in HTML and cannot add headers', () => {
    const n = notification();
    const raw = buildMimeMessage(n, renderEmail(n, 'https://console.example.test/'), {
      from: 'alerts@example.test',
      to: ['ops@example.test'],
    });
    const headers = headersOf(raw);
    expect(headers.filter((h) => /^bcc:/i.test(h))).toEqual([]);
    // Continuation lines of the encoded subject start with a space; no other header appears.
    expect(headers.filter((h) => !h.startsWith(' ')).map((h) => h.split(':')[0])).toEqual([
      'From',
      'To',
      'Subject',
      'MIME-Version',
      'Date',
      'X-Logward-Thread',
      'X-Logward-Alert',
      'Content-Type',
    ]);
    const html = decodePart(raw, 'text/html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://console.example.test/#/search?level=ERROR&amp;service=svc">');
    const text = decodePart(raw, 'text/plain');
    expect(text).toContain('boom <script>alert(1)</script>␤␤Bcc: victim@example.com␤␤␤␤<img');
  });

  test('samples are truncated', () => {
    const n = notification({
      samples: [{ ...defined(notification().samples[0]), message: 'x'.repeat(5000) }],
    });
    expect(renderEmail(n, undefined).text).toContain(`${'x'.repeat(499)}…`);
  });

  test('follow-ups reply to the Message-ID the first mail got; every mail names its thread', () => {
    const first = notification({ subject: 'S' });
    const resolved = notification({ kind: 'resolved', subject: 'Re: S' });
    const addresses = { from: 'alerts@example.test', to: ['ops@example.test'] };
    const sesId = '<0100018c1b2e3f4a-5b6c7d8e-0000-0000-0000-000000000000-000000@email.amazonses.com>';
    const root = headersOf(buildMimeMessage(first, renderEmail(first, undefined), addresses));
    const reply = headersOf(
      buildMimeMessage(resolved, renderEmail(resolved, undefined), { ...addresses, inReplyTo: sesId }),
    );
    const thread = (headers: string[]) => headers.find((h) => h.startsWith('X-Logward-Thread: '));
    expect(thread(reply)).toBe(thread(root));
    expect(root.filter((h) => /^(In-Reply-To|References|Message-ID):/i.test(h))).toEqual([]);
    expect(reply).toEqual(expect.arrayContaining([`In-Reply-To: ${sesId}`, `References: ${sesId}`]));
    // Without the first mail's Message-ID, a follow-up claims no reply rather than a made-up one.
    const unknown = headersOf(buildMimeMessage(resolved, renderEmail(resolved, undefined), addresses));
    expect(unknown.filter((h) => /^(In-Reply-To|References):/.test(h))).toEqual([]);
    expect(() =>
      buildMimeMessage(resolved, renderEmail(resolved, undefined), {
        ...addresses,
        inReplyTo: '<a@b>\r\nBcc: q@r.s',
      }),
    ).toThrow('not a Message-ID');
  });

  test('rejects addresses that would inject headers', () => {
    const n = notification();
    expect(() =>
      buildMimeMessage(n, renderEmail(n, undefined), { from: 'a@b.c', to: ['x@y.z\r\nBcc: q@r.s'] }),
    ).toThrow(RangeError);
  });

  test('links open the alert, its logs and its pattern in the console, every part encoded', () => {
    const n = notification({
      fingerprint: 'rule:r:svc "a"&<b>#1',
      queryPath:
        '/logs?service=pay+%26+co&host=h%3Cx%3E&level=ERROR&pattern=p%2F1%22&from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-01T01%3A00%3A00.000Z',
    });
    const { text, html } = renderEmail(n, 'https://console.example.test/');
    const alert = 'https://console.example.test/#/alerts/rule%3Ar%3Asvc%20%22a%22%26%3Cb%3E%231';
    const logs =
      'https://console.example.test/#/search?from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-01T01%3A00%3A00.000Z' +
      '&level=ERROR&service=pay+%26+co&host=h%3Cx%3E&pattern=p%2F1%22';
    const pattern = 'https://console.example.test/#/patterns/p%2F1%22';
    expect(text.split('\n').filter((line) => line.includes('https://'))).toEqual([
      `Alert in the console: ${alert}`,
      `Matching logs: ${logs}`,
      `Pattern: ${pattern}`,
    ]);
    expect(html).toContain(
      `<p><a href="${alert}">Alert in the console</a> · <a href="${logs.replaceAll('&', '&amp;')}">Matching logs</a>` +
        ` · <a href="${pattern}">Pattern</a></p>`,
    );
    expect(html).not.toMatch(/href="[^"]*[<>'][^"]*"/);
  });

  test('without a console URL, no links (an API link would need a key a browser cannot send)', () => {
    const { text, html } = renderEmail(notification(), undefined);
    expect(text).not.toContain('http');
    expect(html).not.toContain('<a ');
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

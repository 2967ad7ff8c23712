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
    const raw = buildMimeMessage(n, renderEmail(n, 'https://api.example.test/prod'), {
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
    expect(html).toContain('<a href="https://api.example.test/prod/logs?service=svc&amp;level=ERROR">');
    const text = decodePart(raw, 'text/plain');
    expect(text).toContain('boom <script>alert(1)</script>␤␤Bcc: victim@example.com␤␤␤␤<img');
  });

  test('samples are truncated', () => {
    const n = notification({
      samples: [{ ...defined(notification().samples[0]), message: 'x'.repeat(5000) }],
    });
    expect(renderEmail(n, undefined).text).toContain(`${'x'.repeat(499)}…`);
  });

  test('follow-ups reference the thread of the first mail', () => {
    const first = notification({ subject: 'S' });
    const resolved = notification({ kind: 'resolved', subject: 'Re: S' });
    const addresses = { from: 'alerts@example.test', to: ['ops@example.test'] };
    const root = headersOf(buildMimeMessage(first, renderEmail(first, undefined), addresses)).find((h) =>
      h.startsWith('X-Logward-Thread'),
    );
    const reply = headersOf(buildMimeMessage(resolved, renderEmail(resolved, undefined), addresses)).find(
      (h) => h.startsWith('References'),
    );
    expect(reply?.split(': ')[1]).toBe(root?.split(': ')[1]);
  });

  test('rejects addresses that would inject headers', () => {
    const n = notification();
    expect(() =>
      buildMimeMessage(n, renderEmail(n, undefined), { from: 'a@b.c', to: ['x@y.z\r\nBcc: q@r.s'] }),
    ).toThrow(RangeError);
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

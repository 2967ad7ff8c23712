/** The mail the local SES endpoint accepted, as raw MIME, read back the way the tests and the bench need it. */
export interface SentMail {
  readonly id: string;
  readonly destinations: readonly string[];
  /** The whole MIME message, headers and body. */
  readonly raw: string;
}

/**
 * Every raw message the SES endpoint at `sesUrl` holds, oldest first, from either local SES:
 * LocalStack lists them at `/_aws/ses`, moto's server at `/moto-api/data.json`.
 */
export async function sentMail(sesUrl: string): Promise<SentMail[]> {
  const base = sesUrl.replace(/\/$/, '');
  const localstack = await fetch(`${base}/_aws/ses`);
  if (localstack.ok) return fromLocalStack(await localstack.json());
  await localstack.body?.cancel();
  const moto = await fetch(`${base}/moto-api/data.json`);
  if (!moto.ok) throw new Error(`${moto.url}: HTTP ${moto.status} ${await moto.text()}`);
  const data = (await moto.json()) as {
    ses?: { RawMessage?: Array<{ id: string; destinations: string[]; raw_data: string }> };
  };
  return (data.ses?.RawMessage ?? []).map((m) => ({
    id: m.id,
    destinations: m.destinations,
    raw: m.raw_data,
  }));
}

/** LocalStack keeps a raw message's text but not its Destinations: they are read from To and Cc. */
function fromLocalStack(body: unknown): SentMail[] {
  const messages = (body as { messages?: Array<{ Id: string; RawData?: string }> }).messages ?? [];
  return messages.flatMap((m) =>
    m.RawData === undefined ? [] : [{ id: m.Id, destinations: headerAddresses(m.RawData), raw: m.RawData }],
  );
}

function headerAddresses(raw: string): string[] {
  const end = raw.indexOf('\r\n\r\n');
  const headers = (end < 0 ? raw : raw.slice(0, end)).replace(/\r\n[ \t]+/g, ' ').split('\r\n');
  return headers
    .filter((line) => /^(to|cc):/i.test(line))
    .flatMap((line) => line.slice(line.indexOf(':') + 1).split(','))
    .map((address) => /<([^>]+)>/.exec(address)?.[1] ?? address.trim())
    .filter((address) => address !== '');
}

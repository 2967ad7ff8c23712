/** The mail the local SES endpoint accepted, as raw MIME, read back the way the tests and the bench need it. */
export interface SentMail {
  readonly id: string;
  readonly destinations: readonly string[];
  /** The whole MIME message, headers and body. */
  readonly raw: string;
}

/** Every message the SES endpoint at `sesUrl` holds, oldest first (moto's server keeps them in memory). */
export async function sentMail(sesUrl: string): Promise<SentMail[]> {
  const base = sesUrl.replace(/\/$/, '');
  const response = await fetch(`${base}/moto-api/data.json`);
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  const data = (await response.json()) as {
    ses?: { RawMessage?: Array<{ id: string; destinations: string[]; raw_data: string }> };
  };
  return (data.ses?.RawMessage ?? []).map((m) => ({
    id: m.id,
    destinations: m.destinations,
    raw: m.raw_data,
  }));
}

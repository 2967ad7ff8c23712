import { execFileSync } from 'node:child_process';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A self-signed certificate for 127.0.0.1 and localhost, made by Debian's openssl, valid one day. */
export async function selfSigned(
  dir: string,
  name = 'agent',
): Promise<{ certFile: string; keyFile: string; cert: Buffer }> {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  await chmod(keyFile, 0o600);
  return { certFile, keyFile, cert: await readFile(certFile) };
}

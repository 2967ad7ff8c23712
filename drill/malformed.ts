/**
 * A burst of malformed input between numbered lines: invalid UTF-8, NUL and control bytes, a line
 * four times `max_line_bytes`, empty lines, CRLF, broken and deeply nested JSON, random binary.
 * Every newline-terminated line must become exactly one document (flagged, truncated or
 * `parse_failed` as it may be): checked by byte offset, and by number for the numbered lines.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AgentProcess,
  checkNumbered,
  type Drill,
  indexedDocs,
  makeDir,
  numberedLine,
  startStack,
  waitForIndex,
} from './harness.ts';

function garbage(i: number): Buffer {
  switch (i % 10) {
    case 0:
      return Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0xe2, 0x82]);
    case 1:
      return Buffer.from('nul\u0000byte\u0001\u0007\u001b[31mred\u001b[0m');
    case 2:
      // One line in ten of this kind is four times max_line_bytes.
      return Buffer.alloc(i % 100 === 2 ? 4 * 65_536 : 2000, 'x');
    case 3:
      return Buffer.alloc(0);
    case 4:
      return Buffer.from('windows line ending\r');
    case 5:
      return Buffer.from('{"level":"error","msg":"cut off');
    case 6:
      return Buffer.from(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`);
    case 7:
      return Buffer.from(randomBytes(300).toString('latin1').replace(/\n/g, ' '), 'latin1');
    case 8:
      return Buffer.from('   \t  ');
    default:
      return Buffer.from('2026-13-45T99:99:99Z FATAL ] [ unbalanced level= = =');
  }
}

export const malformed: Drill = {
  name: 'malformed',
  what: 'a burst of 5,000 malformed lines (bad UTF-8, NUL, 256 KiB line, CRLF, broken JSON, binary) between 5,000 numbered ones',
  budgetSeconds: 150,
  async run(ctx) {
    const stack = await startStack('malformed');
    const path = join(await makeDir(join(stack.dir, 'logs')), 'app.log');
    const agent = await AgentProcess.configure(stack, [path]);
    try {
      let numbered = 0;
      const parts: Buffer[] = [];
      for (let i = 0; i < 10_000; i++) {
        parts.push(i % 2 === 0 ? Buffer.from(numberedLine('malformed', numbered++)) : garbage(i >> 1));
        parts.push(Buffer.from('\n'));
      }
      await appendFile(path, Buffer.concat(parts));
      agent.start();
      const bytes = await readFile(path);
      const offsets = new Set<number>();
      for (let start = 0; start < bytes.length; ) {
        const nl = bytes.indexOf(10, start);
        if (nl === -1) break;
        offsets.add(start);
        start = nl + 1;
      }
      ctx.log(
        `    wrote ${offsets.size.toLocaleString('en-US')} lines (${(bytes.length / 1e6).toFixed(1)} MB) in one burst`,
      );
      const count = await waitForIndex(stack.opensearch, stack.service, offsets.size, ctx.deadline);
      ctx.log(`    index holds ${count.toLocaleString('en-US')}`);
      const docs = await indexedDocs(stack.opensearch, stack.service);
      const byOffset = new Map<number, number>();
      for (const d of docs) byOffset.set(d.offset, (byOffset.get(d.offset) ?? 0) + 1);
      let lost = 0;
      for (const o of offsets) if (!byOffset.has(o)) lost++;
      const duplicates = [...byOffset.values()].reduce((sum, n) => sum + n - 1, 0);
      const stray = [...byOffset.keys()].filter((o) => !offsets.has(o)).length;
      const numberedCheck = checkNumbered(docs, numbered);
      return {
        written: offsets.size,
        indexed: docs.length,
        distinct: byOffset.size,
        duplicates,
        lost: lost + stray,
        notes: [
          `numbered lines: ${numberedCheck.distinct} of ${numbered} found, ${numberedCheck.duplicates} duplicated`,
          ...(stray > 0 ? [`${stray} documents at offsets where no line starts`] : []),
        ],
      };
    } finally {
      await agent.stop();
      await stack.close();
    }
  },
};

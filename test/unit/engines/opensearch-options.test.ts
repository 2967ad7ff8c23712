import { describe, expect, it } from 'vitest';
import { withAbsoluteStatePaths } from '#local/engines/opensearch.ts';

describe('withAbsoluteStatePaths', () => {
  it('moves GC logs, crash files and heap dumps from the install to the state dir', () => {
    const stock = [
      '-XX:HeapDumpPath=data',
      '-XX:ErrorFile=logs/hs_err_pid%p.log',
      '8:-Xloggc:logs/gc.log',
      '9-:-Xlog:gc*,gc+age=trace,safepoint:file=logs/gc.log:utctime,pid,tags:filecount=32,filesize=64m',
      '-Xms1g',
    ].join('\n');
    expect(withAbsoluteStatePaths(stock, '/state/opensearch').split('\n')).toEqual([
      '-XX:HeapDumpPath=/state/opensearch/data',
      '-XX:ErrorFile=/state/opensearch/logs/hs_err_pid%p.log',
      '8:-Xloggc:/state/opensearch/logs/gc.log',
      '9-:-Xlog:gc*,gc+age=trace,safepoint:file=/state/opensearch/logs/gc.log:utctime,pid,tags:filecount=32,filesize=64m',
      '-Xms1g',
    ]);
  });
});

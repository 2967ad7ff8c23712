/**
 * The local pipeline (event source + ingest + api) in a process of its own, for drills that need
 * to restart it when it dies: `node drill/pipeline-child.ts '<json PipelineOptions>'`. Prints
 * `ready` once consuming; SIGTERM stops it cleanly.
 */
import { startPipeline } from '#local/pipeline.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof startPipeline>[0];
const pipeline = await startPipeline({ ...options, log: (line) => console.error(line) });
console.log('ready');
process.once('SIGTERM', () => {
  pipeline.stop().finally(() => process.exit(0));
});

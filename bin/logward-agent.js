#!/usr/bin/env node
// Entry point of the `logward-agent` command. Node 24 strips the TypeScript types of agent/cli.ts
// itself; installs on servers use the bundled dist/logward-agent.mjs (see agent/build.ts).
import { main } from '../agent/cli.ts';

process.exitCode = await main(process.argv.slice(2));

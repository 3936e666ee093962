#!/usr/bin/env node
// Entry point of `npx duizhao`. The CLI is written in TypeScript and shares
// src/core with the app; registering tsx's loader lets it run straight from
// the sources, with no build step, right after `npm ci`.
import { register } from 'tsx/esm/api';

register();

// `duizhao align … | head` closes the pipe early; that is the reader saying
// "enough", not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || 100,
});
// exitCode rather than process.exit(): exit() can cut off output still
// queued for a pipe (`duizhao align … | jq`).
process.exitCode = code;

/**
 * The built app behind a local HTTP server: `vite build`, then
 * `vite preview --port <free port> --strictPort`. Used by the end-to-end
 * tests' global setup and by the browser benchmarks, which both need the
 * production bundle rather than the dev server (what ships is what is
 * measured and tested).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
// vite.config.ts opens a browser unless BROWSER=none; a test run must not.
// Vitest sets NODE_ENV=test, which would make `vite build` bundle React's
// development build and drop production-only code (the service worker):
// what is tested must be what ships.
const env = { ...process.env, BROWSER: 'none', NODE_ENV: 'production' };

/** A running preview server. */
export interface PreviewServer {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  stop(): Promise<void>;
}

/** Runs `vite build` in the repository root, throwing with its output on failure. */
export function buildApp(): void {
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
}

/** Asks the OS for a free TCP port. Racy in principle; `--strictPort` makes a lost race fail loudly. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

/** Polls until the server answers, or fails with what it printed. */
async function waitForServer(
  url: string,
  server: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited with ${server.exitCode}:\n${output()}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s:\n${output()}`);
}

/** Serves the existing `dist/` with `vite preview` on a free port of 127.0.0.1. */
export async function startPreview(): Promise<PreviewServer> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  };
  try {
    await waitForServer(url, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Vitest global setup of the end-to-end tests: build the app once, serve
 * `dist/` with `vite preview` on a free port, hand the URL to the tests with
 * `provide('baseUrl', …)`, and stop the server afterwards.
 *
 * Set DUIZHAO_E2E_NO_BUILD=1 to reuse an existing `dist/` while iterating.
 */
import type { TestProject } from 'vitest/node';
import { buildApp, startPreview } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built app, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

/** Builds, starts the preview server, provides its URL; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DUIZHAO_E2E_NO_BUILD !== '1') buildApp();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

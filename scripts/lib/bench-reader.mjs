// The real page reader (lib/site: readPage, watchPage) bundled for a plain web page, so
// the benchmark can count and time reads without any hook in the extension's code.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** IIFE source that sets `window.__shopPulse = { readPage, watchPage, isInsideOverlay }`. */
export async function readerBundle() {
  const result = await build({
    stdin: {
      contents: `
        import { readPage } from './lib/site';
        import { watchPage, isInsideOverlay } from './lib/site/watch';
        window.__shopPulse = { readPage, watchPage, isInsideOverlay };`,
      resolveDir: resolve('.'),
      loader: 'ts',
      sourcefile: 'bench-reader-entry.ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** IIFE source that sets `window.__shopPulseHistory = { openHistory }` (the real lib/history over IndexedDB). */
export async function historyBundle() {
  const result = await build({
    stdin: {
      contents: `
        import './lib/zod-setup';
        import { openHistory } from './lib/history';
        window.__shopPulseHistory = { openHistory };`,
      resolveDir: resolve('.'),
      loader: 'ts',
      sourcefile: 'bench-history-entry.ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

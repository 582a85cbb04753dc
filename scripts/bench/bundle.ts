// The analyzer as the browser gets it: lib/dockerfile bundled and minified by esbuild. The benchmark
// times this build (not the TypeScript sources run through tsx, whose `keepNames` wraps every
// closure the analyzer creates in an Object.defineProperty call no shipped build makes) and prints
// its gzip size.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface AnalyzerBundle {
  /** The module written to a temporary folder, ready to import. */
  url: string;
  bytes: number;
  gzipBytes: number;
}

let built: Promise<AnalyzerBundle> | undefined;

export function analyzerBundle(): Promise<AnalyzerBundle> {
  built ??= buildBundle();
  return built;
}

async function buildBundle(): Promise<AnalyzerBundle> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../lib/dockerfile/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const path = join(mkdtempSync(join(tmpdir(), 'bench-analyzer-')), 'analyzer.mjs');
  writeFileSync(path, code);
  return { url: pathToFileURL(path).href, bytes: code.length, gzipBytes: gzipSync(code).length };
}

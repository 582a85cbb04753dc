// The large-file measurement of `npm run bench`, repeated in Chromium: the analyzer runs in a
// learner's browser, whose V8 stores each field of the syntax tree in 4 bytes where Node's build
// uses 8, so its garbage collector has about half the bytes to copy. Ours alone: dockerfilelint
// reads files with `fs`, dockerfile-utils needs Node's `Buffer` and dockerlinter spawns processes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export interface BrowserProtocol {
  /** Analyses of each warm-up set before the large files, as the Node section's sets give each tool. */
  warmUpRuns: number;
  /** Untimed runs of each large file: at least this many, for at least `largeWarmUpMs`. */
  largeWarmUpRuns: number;
  largeWarmUpMs: number;
  timedRuns: number;
}

export interface BrowserFigures {
  browser: string;
  /** Median ms per large file, in the order given. */
  medians: number[];
}

/** Any origin will do (the page is served by the route below, never fetched): one that needs no server. */
const PAGE = 'http://localhost:9/';

/**
 * Times `analyze` from the bundle at `bundleUrl` on each of `texts` in a Chromium page, after warm-up
 * analyses of `warmUpSets`. Returns null when no Chromium can be launched.
 */
export async function largeFilesInChromium(bundleUrl: string, warmUpSets: string[][], texts: string[], protocol: BrowserProtocol): Promise<BrowserFigures | null> {
  const browser = await chromium
    .launch({ ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    .catch(() => null);
  if (browser === null) return null;
  try {
    const page = await browser.newPage();
    // A cross-origin-isolated page: its `performance.now()` steps by 5 µs, not 100 µs (a tenth of
    // the 1,000-line analysis).
    await page.route(PAGE, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
        body: '<!doctype html><title>bench</title>',
      }),
    );
    await page.goto(PAGE);
    const code = readFileSync(fileURLToPath(bundleUrl), 'utf8');
    // No named inner functions below: tsx would wrap them in a `__name` helper the page lacks.
    const medians = await page.evaluate(
      async ({ code, warmUpSets, texts, protocol }) => {
        const moduleUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        const { analyze } = (await import(moduleUrl)) as { analyze(text: string): unknown };
        for (const set of warmUpSets) {
          const passes = Math.max(1, Math.ceil(protocol.warmUpRuns / set.length));
          for (let pass = 0; pass < passes; pass++) for (const text of set) analyze(text);
        }
        const result: number[] = [];
        for (const text of texts) {
          const warmUpStart = performance.now();
          for (let i = 0; i < protocol.largeWarmUpRuns || performance.now() - warmUpStart < protocol.largeWarmUpMs; i++) analyze(text);
          const times: number[] = [];
          for (let i = 0; i < protocol.timedRuns; i++) {
            const start = performance.now();
            analyze(text);
            times.push(performance.now() - start);
          }
          result.push(times.sort((a, b) => a - b)[times.length >> 1]!);
        }
        return result;
      },
      { code, warmUpSets, texts, protocol },
    );
    return { browser: `Chromium ${browser.version()}`, medians };
  } finally {
    await browser.close();
  }
}

// Shared Playwright fixture: every test that imports `test` from here fails when the page logs a
// console error, throws an uncaught error, or requests anything from another origin.
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';

export interface SiteGuard {
  /** Every URL requested during the test, in order. */
  requests: string[];
  /** Lets a test expect a console error it causes on purpose (e.g. the 404 of a missing page). */
  allowConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ siteGuard: SiteGuard }>({
  siteGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const requests: string[] = [];
      const foreign: string[] = [];
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      const allowed: RegExp[] = [];

      page.on('request', (request) => {
        const url = request.url();
        requests.push(url);
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const where = message.location().url;
        consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

      await use({ requests, allowConsoleError: (pattern) => allowed.push(pattern) });

      expect(foreign, 'requests that left the site origin').toEqual([]);
      expect(pageErrors, 'uncaught page errors').toEqual([]);
      expect(
        consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** lz-string, as the links use it. It is CommonJS without detectable named exports: Node's ESM loader needs require. */
export const lz = createRequire(import.meta.url)('lz-string') as typeof import('lz-string');

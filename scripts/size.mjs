#!/usr/bin/env node
// First-load JS of every built page, in KB gzip, read from the `<script src>` tags of the exported HTML
// (not the `noModule` polyfills: browsers that run modules never download them).
// Next 16 no longer prints First Load JS. The baseline "empty page" is 404.html: the site layout with
// no content, so each page's extra is what its own content ships.
// Usage: node scripts/size.mjs [OUT_DIR] [--budget KB]   (fails when a lesson exceeds the baseline by more)
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetFlag = args.indexOf('--budget');
const budgetKb = budgetFlag >= 0 ? Number(args[budgetFlag + 1]) : 10;
const outDir = args.find((arg, i) => !arg.startsWith('--') && (budgetFlag < 0 || i !== budgetFlag + 1)) ?? process.env.E2E_OUT_DIR ?? 'out';

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

const gzipped = new Map();
async function gzipSize(src) {
  if (!gzipped.has(src)) {
    const file = join(outDir, decodeURIComponent(src.split(/[?#]/)[0] ?? ''));
    gzipped.set(src, readFile(file).then((body) => gzipSync(body).length));
  }
  return gzipped.get(src);
}

async function firstLoad(htmlPath) {
  const html = await readFile(htmlPath, 'utf8');
  const sources = [...new Set([...html.matchAll(/<script\b(?![^>]*\bnoModule)[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]))].filter((src) => src.startsWith('/'));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipSync(m[1] ?? '').length, 0);
  const sizes = await Promise.all(sources.map(gzipSize));
  return { files: sources.length, external: sizes.reduce((a, b) => a + b, 0), inline };
}

function route(htmlPath) {
  const path = relative(outDir, htmlPath).split(sep).join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const pages = await htmlFiles(outDir);
const baselinePath = join(outDir, '404.html');
const baseline = await firstLoad(baselinePath);
const rows = await Promise.all(pages.map(async (path) => ({ route: route(path), ...(await firstLoad(path)) })));
rows.sort((a, b) => a.route.localeCompare(b.route));

console.log(`First-load JS, KB gzip (scripts in <script src>; inline RSC payload shown apart). Baseline: 404.html = ${kb(baseline.external)} KB`);
console.log(`${'page'.padEnd(48)} ${'files'.padStart(5)} ${'JS'.padStart(8)} ${'vs empty'.padStart(9)} ${'inline'.padStart(8)}`);
const overBudget = [];
for (const row of rows) {
  const extra = row.external - baseline.external;
  console.log(`${row.route.padEnd(48)} ${String(row.files).padStart(5)} ${kb(row.external).padStart(8)} ${((extra >= 0 ? '+' : '') + kb(extra)).padStart(9)} ${kb(row.inline).padStart(8)}`);
  if (/^\/docker\/[^/]+\/$/.test(row.route) && extra > budgetKb * 1024) overBudget.push(row.route);
}
if (overBudget.length > 0) {
  console.error(`Over the ${budgetKb} KB lesson budget: ${overBudget.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`Every lesson page is within ${budgetKb} KB gzip of the empty page.`);
}

// Benchmark inputs: the chapter's Dockerfiles, the official-images corpus (when present next to the
// repo), realistic generated files, large files and stress inputs. Deterministic (seeded PRNG).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerfileBlocks } from '../../lib/content/seed-blocks';

export interface BenchFile {
  name: string;
  text: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every ```dockerfile block of the chapter (the seed copy kept for tests). */
export function chapterDockerfiles(): BenchFile[] {
  const seed = readFileSync(join(root, 'lib/content/fixtures/01-docker.seed.md'), 'utf8');
  return dockerfileBlocks(seed).map((block) => ({ name: `seed line ${block.line}`, text: block.text }));
}

export const CORPUS_DIR = join(root, '../shared/corpus/official');

/** The 593 official-image Dockerfiles, or [] when the corpus is not next to the repo. */
export function corpusDockerfiles(): BenchFile[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const files: BenchFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'MANIFEST.tsv' && !name.endsWith('.md')) files.push({ name: path.slice(CORPUS_DIR.length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  walk(CORPUS_DIR);
  return files;
}

/** Mulberry32: a tiny seeded PRNG so generated inputs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const BASES = ['python:3.11-slim', 'python:3.9', 'node:20-alpine', 'golang:1.22', 'ubuntu:22.04', 'debian:bookworm-slim', 'nvidia/cuda:12.2.0-runtime-ubuntu22.04'];
const PACKAGES = ['curl', 'git', 'build-essential', 'libpq-dev', 'ca-certificates', 'gcc', 'wget', 'unzip', 'libgomp1'];
const PIP = ['numpy==1.26.4', 'pandas==2.2.0', 'scikit-learn==1.4.0', 'fastapi==0.110.0', 'uvicorn==0.27.1', 'torch', 'mlflow==2.10.2'];

/** One realistic Dockerfile section: what ML and web images really contain. */
function section(random: () => number, stage: number): string[] {
  const lines: string[] = [];
  const base = pick(random, BASES);
  lines.push(`FROM ${base}${stage > 0 ? '' : ' AS builder'}`, `LABEL org.opencontainers.image.source="https://example.com/repo${stage}"`);
  lines.push('ENV PYTHONUNBUFFERED=1 \\', '    PIP_NO_CACHE_DIR=1 \\', `    APP_HOME=/app${stage}`);
  lines.push(`WORKDIR /app${stage}`);
  const packages = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(random, PACKAGES));
  lines.push('RUN apt-get update \\', `    && apt-get install -y --no-install-recommends ${packages.join(' ')} \\`, '    && rm -rf /var/lib/apt/lists/*');
  lines.push('COPY requirements.txt .');
  lines.push(`RUN --mount=type=cache,target=/root/.cache/pip pip install ${Array.from({ length: 3 }, () => pick(random, PIP)).join(' ')}`);
  if (random() < 0.3) lines.push('RUN <<EOF', 'set -eux', 'python -c "import numpy"', 'echo done > /tmp/ok', 'EOF');
  lines.push('COPY . .');
  if (random() < 0.5) lines.push(`RUN useradd -m app${stage} && chown -R app${stage} /app${stage}`, `USER app${stage}`);
  lines.push('EXPOSE 8000', 'HEALTHCHECK --interval=30s CMD curl -f http://localhost:8000/health || exit 1');
  lines.push('CMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]', '');
  return lines;
}

/** A realistic Dockerfile of about `lineCount` lines. */
export function generatedDockerfile(seed: number, lineCount: number): string {
  const random = prng(seed);
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG PYTHON_VERSION=3.11'];
  for (let stage = 0; lines.length < lineCount; stage++) lines.push(...section(random, stage));
  return `${lines.slice(0, lineCount).join('\n')}\n`;
}

export function generatedSet(count: number): BenchFile[] {
  return Array.from({ length: count }, (_, i) => ({ name: `generated#${i + 1}`, text: generatedDockerfile(1000 + i, 20 + ((i * 37) % 120)) }));
}

/** Inputs that break naive parsers: they must return quickly, never throw or hang. */
export function stressInputs(): BenchFile[] {
  const random = prng(42);
  const bytes = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
  return [
    { name: '1 MB line', text: `FROM python:3.11-slim\nRUN echo ${'a'.repeat(1_000_000)}\n` },
    { name: '5,000 continuations', text: `FROM python:3.11-slim\nRUN true \\\n${'  && echo x \\\n'.repeat(5000)}  && echo end\n` },
    { name: 'unterminated heredoc', text: `FROM python:3.11-slim\nRUN <<EOF\n${'echo line\n'.repeat(20_000)}` },
    { name: 'random bytes', text: bytes },
    { name: '1 MB token', text: `FROM ${'x'.repeat(1_000_000)}\n` },
  ];
}

import { describe, expect, it } from 'vitest';
import { parse } from './parse';
import {
  baseImageOf,
  defaultCommandOf,
  imageRefOf,
  isInterpreterImage,
  isKnownNonRoot,
  isOfficialImage,
  isPythonImage,
  isScratch,
  isTrustedBy,
  isVerifiedPublisher,
  libraryName,
  providesDefaultCmd,
  setsWorkdir,
  shipsTool,
  slimmerVariant,
} from './images';

const ref = imageRefOf;

describe('imageRefOf', () => {
  it('splits registry, repository, tag and digest', () => {
    const r = ref('registry.example.com:5000/team/app:1.2@sha256:abc');
    expect([r.registry, r.repository, r.tag, r.digest]).toEqual(['registry.example.com:5000', 'team/app', '1.2', 'sha256:abc']);
  });
  it('keeps a Docker Hub namespace as part of the repository', () => {
    const r = ref('nvidia/cuda:12.2.0-devel-ubuntu22.04');
    expect([r.registry, r.repository, r.tag]).toEqual([null, 'nvidia/cuda', '12.2.0-devel-ubuntu22.04']);
  });
  it('marks references holding a variable as unresolved', () => {
    expect(ref('${BASE}').unresolved).toBe(true);
  });
});

describe('official images', () => {
  it.each(['python:3.11-slim', 'library/python', 'docker.io/library/node:20', 'ubuntu', 'nginx:1.27', 'golang:1.22'])(
    '%s is official',
    (text) => expect(isOfficialImage(ref(text))).toBe(true),
  );
  it.each(['mycompany/python', 'ghcr.io/x/python', 'pythonn:3', 'quay.io/python:3', '${BASE}'])('%s is not official', (text) =>
    expect(isOfficialImage(ref(text))).toBe(false),
  );
  it('names the library image whatever the spelling', () => {
    expect(libraryName(ref('docker.io/library/Python:3'))).toBe('python');
    expect(libraryName(ref('nvidia/cuda'))).toBeNull();
  });
  it('knows scratch', () => {
    expect(isScratch(ref('scratch'))).toBe(true);
    expect(isScratch(ref('myscratch'))).toBe(false);
  });
});

describe('verified publishers and trusted registries', () => {
  it.each(['nvidia/cuda:12.2.0-runtime-ubuntu22.04', 'pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'gcr.io/distroless/python3', 'mcr.microsoft.com/dotnet/aspnet:8.0', 'bitnami/redis'])(
    '%s is a verified publisher',
    (text) => expect(isVerifiedPublisher(ref(text))).toBe(true),
  );
  it.each(['mycompany/python', 'gcr.io/someone/image', 'nvidiaa/cuda'])('%s is not', (text) =>
    expect(isVerifiedPublisher(ref(text))).toBe(false),
  );
  it('trusts whole path components only', () => {
    expect(isTrustedBy(ref('registry.company.com/ml/base:1'), ['registry.company.com'])).toBe(true);
    expect(isTrustedBy(ref('myorg/base:1'), ['myorg'])).toBe(true);
    expect(isTrustedBy(ref('myorgevil/base:1'), ['myorg'])).toBe(false);
    expect(isTrustedBy(ref('myorg/base:1'), [])).toBe(false);
  });
});

describe('non-root images', () => {
  it('knows distroless nonroot tags', () => {
    expect(isKnownNonRoot(ref('gcr.io/distroless/python3-debian12:nonroot'))).toBe(true);
    expect(isKnownNonRoot(ref('gcr.io/distroless/static:debug-nonroot'))).toBe(true);
    expect(isKnownNonRoot(ref('nginxinc/nginx-unprivileged:1.27'))).toBe(true);
  });
  it('knows the images that end on a user of their own (jupyter stacks: jovyan; micromamba: mambauser)', () => {
    expect(isKnownNonRoot(ref('jupyter/scipy-notebook:2024-05-27'))).toBe(true);
    expect(isKnownNonRoot(ref('quay.io/jupyter/pytorch-notebook:cuda12-2024-05-27'))).toBe(true);
    expect(isKnownNonRoot(ref('mambaorg/micromamba:1.5.8'))).toBe(true);
    expect(isKnownNonRoot(ref('docker.io/mambaorg/micromamba:1.5.8'))).toBe(true);
  });
  it('does not assume non-root otherwise', () => {
    expect(isKnownNonRoot(ref('gcr.io/distroless/python3-debian12'))).toBe(false);
    expect(isKnownNonRoot(ref('python:3.11-slim'))).toBe(false);
    expect(isKnownNonRoot(ref('mycompany/nonroot:nonroot'))).toBe(false);
    expect(isKnownNonRoot(ref('nginxinc/nginx-unprivileged-fork:1'))).toBe(false);
    expect(isKnownNonRoot(ref('mambaorg/micromamba-devcontainer:latest'))).toBe(false);
    expect(isKnownNonRoot(ref('myjupyter/notebook:1'))).toBe(false);
  });
});

describe('curl and wget', () => {
  it.each([
    ['python:3.11-slim', false, false],
    ['python:3.11-slim-bookworm', false, false],
    ['python:3.11', true, true],
    ['python', true, true],
    ['node:20-alpine', false, true],
    ['alpine:3.20', false, true],
    ['gcr.io/distroless/python3', false, false],
    ['ubuntu:22.04', false, false],
    ['debian:bookworm-slim', false, false],
    ['mycompany/app:1', null, null],
    ['nvidia/cuda:12.2.0-runtime-ubuntu22.04', null, null],
    ['${BASE}', null, null],
  ] as const)('%s: curl %s, wget %s', (text, curl, wget) => {
    expect(shipsTool(ref(text), 'curl')).toBe(curl);
    expect(shipsTool(ref(text), 'wget')).toBe(wget);
  });
});

describe('slimmer variants', () => {
  it.each([
    ['python:3.9', 'python:3.9-slim'],
    ['python', 'python:slim'],
    ['python:latest', 'python:slim'],
    ['python:3.11-bookworm', 'python:3.11-slim-bookworm'],
    ['node:20', 'node:20-slim'],
    ['node:20-bookworm', 'node:20-bookworm-slim'],
    ['pytorch/pytorch:2.2.0-cuda12.1-cudnn8-devel', 'pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime'],
    ['nvidia/cuda:12.2.0-devel-ubuntu22.04', 'nvidia/cuda:12.2.0-runtime-ubuntu22.04'],
  ])('%s → %s', (text, smaller) => {
    expect(slimmerVariant(ref(text))?.image).toBe(smaller);
  });
  it('quotes the lesson table for python', () => {
    expect(slimmerVariant(ref('python:3.9'))).toEqual({ image: 'python:3.9-slim', fromSize: '~1GB', toSize: '~150MB' });
  });
  it('suggests python:slim for ubuntu only in a Python app', () => {
    expect(slimmerVariant(ref('ubuntu:22.04'))).toBeNull();
    expect(slimmerVariant(ref('ubuntu:22.04'), () => true)?.image).toMatch(/^python:.*-slim$/);
  });
  it.each(['python:3.9-slim', 'python:3.9-alpine', 'node:20-alpine', 'node:20-slim', 'pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'nvidia/cuda:12.2.0-base-ubuntu22.04', 'python:3.9@sha256:abc', 'mycompany/python:3.9', '${BASE}'])(
    'has nothing smaller to offer for %s',
    (text) => expect(slimmerVariant(ref(text))).toBeNull(),
  );
});

describe('default commands', () => {
  it('knows services and interpreters', () => {
    expect(providesDefaultCmd(ref('nginx:1.27'))).toBe(true);
    expect(providesDefaultCmd(ref('postgres:16'))).toBe(true);
    expect(providesDefaultCmd(ref('python:3.11-slim'))).toBe(true);
    expect(isInterpreterImage(ref('python:3.11-slim'))).toBe(true);
    expect(isInterpreterImage(ref('nginx:1.27'))).toBe(false);
  });
  it('does not credit OS images or unknown ones', () => {
    expect(providesDefaultCmd(ref('ubuntu:22.04'))).toBe(false);
    expect(providesDefaultCmd(ref('mycompany/app'))).toBe(false);
  });
  it('knows Python images', () => {
    expect(isPythonImage(ref('python:3.11-slim'))).toBe(true);
    expect(isPythonImage(ref('pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime'))).toBe(true);
    expect(isPythonImage(ref('quay.io/jupyter/base-notebook:2024-05-27'))).toBe(true);
    expect(isPythonImage(ref('nvcr.io/nvidia/pytorch:24.05-py3'))).toBe(true);
    expect(isPythonImage(ref('node:20'))).toBe(false);
    expect(isPythonImage(ref('tensorflow/tensorflow:2.15.0-gpu'))).toBe(true);
    expect(isPythonImage(ref('pytorch/pytorch-nightly:latest'))).toBe(false);
    expect(isPythonImage(ref('tensorflow/serving:2.15.0'))).toBe(false);
  });
});

describe('what an image runs without CMD', () => {
  it.each([
    ['nginx:1.27', 'service'],
    ['python:3.11-slim', 'interpreter'],
    ['gcr.io/distroless/python3-debian12', 'interpreter'],
    ['gcr.io/distroless/static-debian12', 'none'],
    ['scratch', 'none'],
    ['ubuntu:22.04', 'shell'],
    ['nvidia/cuda:12.2.0-runtime-ubuntu22.04', 'shell'],
    ['mycompany/server:1', null],
    ['${BASE}', null],
  ] as const)('%s → %s', (text, kind) => expect(defaultCommandOf(ref(text))).toBe(kind));
});

describe('images that set a WORKDIR', () => {
  it('knows golang and pytorch', () => {
    expect(setsWorkdir(ref('golang:1.22'))).toBe(true);
    expect(setsWorkdir(ref('pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime'))).toBe(true);
    expect(setsWorkdir(ref('quay.io/jupyter/minimal-notebook:latest'))).toBe(true);
  });
  it('does not assume it for python or unknown images', () => {
    expect(setsWorkdir(ref('python:3.11-slim'))).toBe(false);
    expect(setsWorkdir(ref('mycompany/app'))).toBe(false);
  });
});

describe('baseImageOf', () => {
  it('follows FROM <stage> to the external image', () => {
    const ast = parse('FROM python:3.11-slim AS base\nFROM base AS test\nFROM test\n');
    expect(baseImageOf(ast, ast.stages[2]!)?.resolved).toBe('python:3.11-slim');
  });
  it('returns the stage\'s own image when it has one', () => {
    const ast = parse('FROM python:3.11 AS build\nFROM nginx:1.27\n');
    expect(baseImageOf(ast, ast.stages[1]!)?.resolved).toBe('nginx:1.27');
  });
});

describe('slimmerVariant with a lazy Python-app answer', () => {
  it('asks only when the answer matters (ubuntu), and follows it', () => {
    let asked = 0;
    const yes = () => (asked++, true);
    expect(slimmerVariant(ref('python:3.9'), yes)?.image).toBe('python:3.9-slim');
    expect(slimmerVariant(ref('alpine:3.20'), yes)).toBeNull();
    expect(asked).toBe(0);
    expect(slimmerVariant(ref('ubuntu:22.04'), yes)?.image).toBe('python:3.11-slim');
    expect(asked).toBe(1);
    expect(slimmerVariant(ref('ubuntu:22.04'), () => false)).toBeNull();
  });
});

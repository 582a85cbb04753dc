import { describe, expect, it } from 'vitest';
import {
  aptInstallWord,
  buildStep,
  dependencyInstall,
  hasCacheMount,
  installedPackages,
  installsPackage,
  isDryRun,
  isToolchainPackage,
  packageName,
  packageWords,
  removedPackages,
  removesPath,
  unpurgedToolchain,
} from './packages';
import { parse } from './parse';
import { commandsOf } from './query';

const run = (line: string) => parse(`FROM debian:12\nRUN ${line}\n`).instructions[1]!;
const firstCommand = (line: string) => commandsOf(run(line))[0]!;
const values = (words: readonly { value: string }[] | null) => words?.map((w) => w.value) ?? null;

describe('packages', () => {
  it('reads installed and removed packages of apt, apk, yum and its kin, skipping option values', () => {
    expect(values(installedPackages(firstCommand('apt-get -o Dpkg::Options::=--force-confold install -y -t bookworm curl git')))).toEqual(['curl', 'git']);
    expect(values(installedPackages(firstCommand('apk add --no-cache --virtual .deps gcc')))).toEqual(['gcc']);
    expect(values(installedPackages(firstCommand('dnf install -y gcc-c++')))).toEqual(['gcc-c++']);
    expect(values(installedPackages(firstCommand('dnf in -y curl')))).toEqual(['curl']);
    expect(values(installedPackages(firstCommand('zypper --non-interactive in curl wget')))).toEqual(['curl', 'wget']);
    expect(values(removedPackages(firstCommand('zypper rm -y gcc')))).toEqual(['gcc']);
  });

  it('tells whether an install names a package that passes a test', () => {
    const isCurl = (word: { value: string }) => packageName(word.value) === 'curl';
    expect(installsPackage(firstCommand('apt-get install -y curl=7.88.1-10'), isCurl)).toBe(true);
    expect(installsPackage(firstCommand('apt-get install -y wget'), isCurl)).toBe(false);
    expect(installsPackage(firstCommand('apt-get purge -y curl'), isCurl)).toBe(false);
    expect(values(installedPackages(firstCommand('apt-get update')))).toBeNull();
    expect(values(removedPackages(firstCommand('apt-get purge -y --auto-remove gcc')))).toEqual(['gcc']);
    expect(values(removedPackages(firstCommand('apk del .deps')))).toEqual(['.deps']);
  });

  it('knows a build toolchain from runtime packages', () => {
    for (const name of ['build-essential', 'gcc', 'g++', 'make', 'cmake', 'golang', 'gcc-12', 'libpq-dev', 'python3-devel', 'build-base', 'musl-dev', 'gcc=4:12.2.0-3']) {
      expect(isToolchainPackage(name), name).toBe(true);
    }
    for (const name of ['curl', 'libpq5', 'libgcc-s1', 'makedev', 'devscripts-el', '$BUILD_DEPS', 'python3']) {
      expect(isToolchainPackage(name), name).toBe(false);
    }
    expect(packageName('libpq-dev:amd64')).toBe('libpq-dev');
    expect(packageName('curl')).toBe('curl');
    expect(packageName('curl=7.88.1-10')).toBe('curl');
    expect(packageName('gcc=4:12.2.0-3')).toBe('gcc');
    expect(packageName('python3-devel>=3.9')).toBe('python3-devel');
    expect(packageName('openssl~1.1')).toBe('openssl');
  });

  it('keeps the toolchain a RUN does not purge itself', () => {
    expect(values(unpurgedToolchain(run('apt-get install -y gcc make curl && apt-get purge -y gcc')))).toEqual(['make']);
    expect(values(unpurgedToolchain(run('apk add --virtual .b gcc musl-dev && apk del .b')))).toEqual([]);
  });

  it('knows a toolchain written in upper case, and purges it whatever the case', () => {
    for (const name of ['GCC', 'LibPQ-Dev', 'Build-Essential=12.9', 'G++-12']) expect(isToolchainPackage(name), name).toBe(true);
    for (const name of ['CURL', 'LibPQ5', '$GCC']) expect(isToolchainPackage(name), name).toBe(false);
    expect(values(unpurgedToolchain(run('apt-get install -y GCC Make && apt-get purge -y gcc')))).toEqual(['Make']);
  });

  it('keeps every toolchain package when a removal list holds a variable, and none of the others', () => {
    expect(values(unpurgedToolchain(run('apt-get install -y gcc libpq-dev curl && apt-get purge -y $BUILD_DEPS')))).toEqual([]);
    expect(values(unpurgedToolchain(run('apt-get install -y curl wget && apt-get purge -y curl')))).toEqual([]);
    expect(values(unpurgedToolchain(run('apt-get purge -y gcc && apt-get install -y gcc')))).toEqual(['gcc']);
  });

  it('lists only the package words that pass a filter, skipping option values', () => {
    const cmd = firstCommand('apt-get install -t bookworm curl=7.1 git -o Dpkg::Options::=--force-confold vim');
    expect(values(packageWords(cmd))).toEqual(['curl=7.1', 'git', 'vim']);
    expect(values(packageWords(cmd, (w) => !w.value.includes('=')))).toEqual(['git', 'vim']);
  });

  it('finds cache and tmpfs mount targets without their trailing slash, never bind mounts', () => {
    const isPipCache = (target: string) => target === '/root/.cache/pip';
    expect(hasCacheMount(run('--mount=type=cache,target=/root/.cache/pip/ pip install x'), isPipCache)).toBe(true);
    expect(hasCacheMount(run('--mount=type=tmpfs,dst="/root/.cache/pip" pip install x'), isPipCache)).toBe(true);
    expect(hasCacheMount(run('--mount=type=bind,target=/root/.cache/pip pip install x'), isPipCache)).toBe(false);
    expect(hasCacheMount(run('pip install x'), isPipCache)).toBe(false);
  });

  it('finds an rm of a path in any command of the RUN, never an option or another program', () => {
    const lists = /^\/var\/lib\/apt\/lists(\/+|\/\*)?$/;
    expect(removesPath(run('apt-get update && /bin/rm -rf /tmp/x /var/lib/apt/lists/*'), lists)).toBe(true);
    expect(removesPath(run('rm -rf /var/lib/apt/lists//'), lists)).toBe(true);
    expect(removesPath(run('rm -rf /var/lib/apt/lists/*/'), lists)).toBe(false);
    expect(removesPath(run('echo /var/lib/apt/lists'), lists)).toBe(false);
    expect(removesPath(run('rm -rf --x=/root/.cache'), /(^|\/)\.cache$/)).toBe(false);
  });

  it('reads a dry run (apt-get install -s) as installing and removing nothing', () => {
    expect(isDryRun(firstCommand('apt-get install -s curl'), 'apt')).toBe(true);
    expect(isDryRun(firstCommand('apt-get --simulate install curl'), 'apt')).toBe(true);
    expect(isDryRun(firstCommand('apt-get install -y curl'), 'apt')).toBe(false);
    expect(isDryRun(firstCommand('apt-get install -sy curl'), 'apt')).toBe(true);
    expect(aptInstallWord(firstCommand('apt-get install -s "postgresql-$PG_MAJOR-jit"'))).toBeUndefined();
    expect(installedPackages(firstCommand('apt-get install --dry-run curl'))).toBeNull();
    expect(installedPackages(firstCommand('apk add -s curl'))).toBeNull();
    expect(installedPackages(firstCommand('dnf install --assumeno gcc'))).toBeNull();
    expect(removedPackages(firstCommand('apt-get purge --no-act gcc'))).toBeNull();
    // -s means something else to yum: only apt and apk read it as a dry run.
    expect(values(installedPackages(firstCommand('yum install -s gcc')))).toEqual(['gcc']);
  });

  it('finds the install word of apt-get or apt, whatever the path of the program', () => {
    expect(aptInstallWord(firstCommand('/usr/bin/apt-get -q install -y curl'))?.value).toBe('install');
    expect(aptInstallWord(firstCommand('apt install curl'))?.value).toBe('install');
    expect(aptInstallWord(firstCommand('apt-get update'))).toBeUndefined();
    expect(aptInstallWord(firstCommand('apt-cache install curl'))).toBeUndefined();
  });

  it('names the manifests of dependency installs', () => {
    const manifests = (line: string) => dependencyInstall(firstCommand(line));
    expect(manifests('pip install --no-cache-dir -r requirements.txt -c constraints.txt')).toMatchObject({ manifests: ['requirements.txt', 'constraints.txt'], manifestOnly: true });
    expect(manifests('python -m pip install .')).toMatchObject({ manifests: ['pyproject.toml'], manifestOnly: false });
    expect(manifests('npm ci')).toMatchObject({ manifests: ['package.json', 'package-lock.json*'], manifestOnly: true });
    expect(manifests('yarn')).toMatchObject({ manifests: ['package.json', 'yarn.lock*'] });
    expect(manifests('go mod download')).toMatchObject({ manifests: ['go.mod', 'go.sum*'] });
    expect(manifests('poetry install')).toMatchObject({ manifestOnly: false });
    expect(manifests('pip install -r $REQS')).toMatchObject({ manifestOnly: false });
    expect(manifests('pip install -rreq/base.txt --constraint=c.txt --requirement= -r')).toMatchObject({ manifests: ['req/base.txt', 'c.txt', ''] });
    expect(manifests('pip install -e .')).toMatchObject({ manifests: ['pyproject.toml'], manifestOnly: false });
    expect(manifests('pip install --target . flask')).toBeNull();
    expect(manifests('pip install flask==3.0.3')).toBeNull();
    expect(manifests('npm install express')).toBeNull();
    expect(manifests('npm install -g pm2')).toBeNull();
    expect(manifests('uv sync --no-install-project')).toMatchObject({ manifests: ['pyproject.toml', 'uv.lock*'], manifestOnly: true });
    expect(manifests('composer install')).toMatchObject({ manifests: ['composer.json', 'composer.lock*'], manifestOnly: false });
    expect(manifests('pipenv sync')).toMatchObject({ manifests: ['Pipfile', 'Pipfile.lock*'], manifestOnly: true });
    expect(manifests('pnpm i --frozen-lockfile')).toMatchObject({ manifests: ['package.json', 'pnpm-lock.yaml*'] });
    expect(manifests('bundle')).toMatchObject({ manifests: ['Gemfile', 'Gemfile.lock*'] });
    expect(manifests('./mvnw -B dependency:go-offline')).toMatchObject({ manifests: ['pom.xml'], manifestOnly: true });
    expect(manifests('pipenv install requests')).toBeNull();
    expect(manifests('yarn add react')).toBeNull();
    expect(manifests('mvn package')).toBeNull();
  });

  it('recognises build and training steps', () => {
    const step = (line: string) => buildStep(firstCommand(line))?.value;
    expect(step('go build -o /app .')).toBe('build');
    expect(step('npm run build')).toBe('build');
    expect(step('python3 src/train_model.py')).toBe('src/train_model.py');
    expect(step('python -m mypkg.train')).toBe('mypkg.train');
    expect(step('python app.py')).toBeUndefined();
    expect(step('npm run test')).toBeUndefined();
  });
});

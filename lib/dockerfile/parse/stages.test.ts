import { describe, expect, it } from 'vitest';
import { parse } from './index';

describe('stages', () => {
  it('splits the file into stages with names, bases and instructions', () => {
    const ast = parse('FROM python:3.11-slim AS Build\nRUN pip wheel .\nFROM --platform=$BUILDPLATFORM alpine:3.20\nCOPY --from=build /w /w\n');
    expect(ast.stages).toHaveLength(2);
    expect(ast.finalStage).toBe(1);
    const [build, final] = ast.stages;
    expect(build!.name).toBe('Build');
    expect(build!.nameRange).toEqual({ line: 1, column: 26, endLine: 1, endColumn: 31 });
    expect(build!.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
    expect(build!.base).toMatchObject({ raw: 'python:3.11-slim', repository: 'python', tag: '3.11-slim', registry: null });
    expect(build!.base.tagRange).toEqual({ line: 1, column: 12, endLine: 1, endColumn: 22 });
    expect(final!.from.flags[0]).toMatchObject({ name: 'platform', value: '$BUILDPLATFORM' });
    expect(final!.base.repository).toBe('alpine');
    expect(final!.name).toBeNull();
  });

  it('resolves global ARG defaults in FROM', () => {
    const ast = parse('ARG REG=ghcr.io/acme\nARG VER=3.11\nARG IMAGE=${REG}/py:${VER}\nARG NODEF\nFROM ${IMAGE}\nFROM python:${NODEF}\nFROM ${NODEF:-debian}:12\n');
    expect(ast.globalArgs.map((a) => [a.key, a.value])).toEqual([
      ['REG', 'ghcr.io/acme'],
      ['VER', '3.11'],
      ['IMAGE', '${REG}/py:${VER}'],
      ['NODEF', null],
    ]);
    const [first, second, third] = ast.stages;
    expect(first!.base).toMatchObject({ resolved: 'ghcr.io/acme/py:3.11', unresolved: false, registry: 'ghcr.io', repository: 'acme/py', tag: '3.11', tagRange: null });
    expect(second!.base).toMatchObject({ resolved: 'python:', unresolved: true, tagRange: null });
    expect(third!.base).toMatchObject({ resolved: 'debian:12', unresolved: false, tag: '12' });
  });

  it('links a stage to the earlier stage it is built from, by name and case-insensitively', () => {
    const ast = parse('FROM node:20 AS deps\nFROM DEPS AS build\nFROM build\nFROM later\nFROM alpine AS later\n');
    expect(ast.stages.map((s) => s.baseStage)).toEqual([null, 0, 1, null, null]);
  });

  it('links to the last earlier stage of a repeated name, never to the stage itself', () => {
    const ast = parse('FROM a AS base\nFROM b AS Base\nFROM base AS base\nFROM BASE\n');
    expect(ast.stages.map((s) => s.baseStage)).toEqual([null, null, 1, 2]);
  });

  it('does not link FROM <index> (Docker only allows names there)', () => {
    expect(parse('FROM alpine\nFROM 0\n').stages[1]!.baseStage).toBeNull();
  });

  it('tracks ARG and ENV per stage and inherits them from the base stage', () => {
    const ast = parse(
      'ARG VERSION=1.0\nFROM alpine AS base\nARG VERSION\nARG HOME_DIR=/srv\nENV APP_HOME=$HOME_DIR/app PATH=/x:$PATH\nFROM base\nENV MODE=prod\nFROM alpine\n',
    );
    const [base, child, other] = ast.stages;
    expect(base!.args).toEqual({ VERSION: '1.0', HOME_DIR: '/srv' });
    expect(base!.env).toEqual({ APP_HOME: '/srv/app', PATH: '/x:$PATH' });
    expect(child!.env).toEqual({ APP_HOME: '/srv/app', PATH: '/x:$PATH', MODE: 'prod' });
    expect(child!.args).toEqual({ VERSION: '1.0', HOME_DIR: '/srv' });
    expect(other!.env).toEqual({});
  });


  it('treats variables named like Object.prototype members as ordinary variables', () => {
    const ast = parse('FROM alpine AS base\nENV constructor=1 __proto__=x\nARG toString\nFROM base\nRUN echo ${constructor} $hasOwnProperty\n');
    const [base, child] = ast.stages;
    expect(base!.env.constructor).toBe('1');
    expect(base!.env.__proto__).toBe('x');
    expect(base!.args.toString).toBeNull();
    expect(Object.keys(child!.env)).toEqual(['constructor', '__proto__']);
    // A name never set is unset, not inherited from Object.prototype.
    expect(child!.env.hasOwnProperty).toBeUndefined();
    expect(child!.args.valueOf).toBeUndefined();
  });
  it('keeps the last USER of a stage or of its base chain', () => {
    const ast = parse('FROM alpine AS base\nUSER root\nUSER app\nFROM base\nRUN id\nFROM alpine\n');
    expect(ast.stages[0]!.user?.value).toBe('app');
    expect(ast.stages[0]!.user?.instruction.range.line).toBe(3);
    expect(ast.stages[1]!.user?.value).toBe('app');
    expect(ast.stages[2]!.user).toBeNull();
  });

  it('puts instructions before the first FROM in no stage', () => {
    const ast = parse('ARG X=1\nFROM alpine\n');
    expect(ast.instructions[0]!.stageIndex).toBe(-1);
    expect(ast.stages[0]!.instructions).toHaveLength(1);
  });

  it('has no stage and finalStage -1 without FROM', () => {
    const ast = parse('RUN echo\n');
    expect(ast.stages).toEqual([]);
    expect(ast.finalStage).toBe(-1);
  });
});

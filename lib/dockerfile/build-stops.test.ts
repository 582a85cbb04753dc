import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { buildItem } from './build-stops';
import { grade } from './grade';

const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const FILES = ['Dockerfile', '.dockerignore', 'requirements.txt', 'src/api.py', 'src/model.py', 'data/train.csv'];
const item = (source: string) => buildItem(analyze(source), FILES);

/** Asserts the build stops on `source` (no context files given), with every text in the reason. */
function expectStop(source: string, ...texts: string[]) {
  const result = buildItem(analyze(source), undefined);
  expect(result?.status).toBe('fail');
  for (const text of texts) expect(result?.why).toContain(text);
}

/** Asserts the build of `source` goes on: no item. */
function expectNoStop(source: string) {
  expect(buildItem(analyze(source), undefined)).toBeNull();
}

describe('COPY sources that are near misses of context files', () => {
  it.each([
    ['a file name one letter short', df('FROM python:3.11-slim', 'COPY requirement.txt .'), 'COPY requirement.txt (dòng 2)', 'requirements.txt'],
    ['a folder with two letters swapped', df('FROM python:3.11-slim', 'COPY scr/ ./src/'), 'COPY scr/ (dòng 2)', 'ý bạn là src?'],
    ['a file in a folder', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/app.py .'), 'COPY src/app.py (dòng 3)', 'src/api.py'],
    ['another case', df('FROM python:3.11-slim', 'ADD Requirements.txt /tmp/'), 'ADD Requirements.txt', 'requirements.txt'],
    ['a builder stage the final stage copies from', df('FROM python:3.11 AS build', 'COPY requirments.txt .', 'FROM python:3.11-slim', 'COPY --from=build /x /x'), 'dòng 2', 'requirements.txt'],
  ])('fails %s, and names what was meant', (_, source, where, intended) => {
    const result = item(source);
    expect(result?.status).toBe('fail');
    expect(result?.why).toContain(where);
    expect(result?.why).toContain(intended);
    expect(result?.why).toContain('not found');
  });

  it.each([
    ['files and folders of the context', df('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/', 'COPY ./data /data', 'COPY src/api.py /app/')],
    ['the whole context', df('FROM python:3.11-slim', 'COPY . .')],
    ['a path from the context root written absolute', df('FROM python:3.11-slim', 'COPY /requirements.txt .')],
    ['a file far from any context file: maybe the learner’s own project', df('FROM python:3.11-slim', 'COPY main.py pyproject.toml ./')],
    ['globs, variables, URLs, heredocs and other stages', df('FROM python:3.11-slim AS b', 'ARG F=requirement.txt', 'COPY requirement*.txt $F ./', 'ADD https://example.com/requirement.txt .', 'COPY <<EOF /requirement.txt', 'x', 'EOF', 'FROM python:3.11-slim', 'COPY --from=b /requirement.txt .')],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'COPY requirement.txt .', 'FROM python:3.11-slim', 'COPY requirements.txt .')],
  ])('passes %s', (_, source) => {
    expect(item(source)).toBeNull();
  });

  it('puts the item first in a grade, only when context files are given', () => {
    const analysis = analyze(df('FROM python:3.11-slim', 'COPY requirement.txt .'));
    const rubric = { checklists: [], requirements: [{ id: 'user-non-root' }] };
    expect(grade(analysis, rubric, { contextFiles: FILES }).items.map((i) => i.id)).toEqual(['builds', 'user-non-root']);
    expect(grade(analysis, rubric).items.map((i) => i.id)).toEqual(['user-non-root']);
    expect(grade(analysis, rubric, { contextFiles: [...FILES, 'requirement.txt'] }).items.map((i) => i.id)).toEqual(['user-non-root']);
  });
});

describe('apt-get install before any apt-get update', () => {
  it.each([
    ['on a slim python image', df('FROM python:3.11-slim', 'RUN apt-get install -y --no-install-recommends curl'), 'Unable to locate package curl'],
    ['on debian, in a later RUN than nothing', df('FROM debian:bookworm-slim', 'RUN echo hi', 'RUN apt install -y git && apt-get update'), 'apt install ở dòng 3'],
    ['in a builder the final stage copies from', df('FROM python:3.11 AS build', 'RUN apt-get install -y build-essential', 'FROM python:3.11-slim', 'COPY --from=build /x /x'), 'image python:3.11 không có sẵn danh sách gói'],
    ['in a stage built FROM another that never updated', df('FROM ubuntu:24.04 AS base', 'FROM base', 'RUN apt-get -y install curl'), 'dòng 3'],
  ])('stops the build %s', (_, source, says) => {
    expectStop(source, says);
  });

  it.each([
    ['updated in the same RUN', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y curl')],
    ['updated by apt 3’s install --update', df('FROM debian:trixie-slim', 'RUN apt-get install --update -y --no-install-recommends curl')],
    ['updated in an earlier RUN, or a stage it is built FROM', df('FROM python:3.11-slim AS base', 'RUN apt-get update', 'FROM base', 'RUN apt-get install -y curl')],
    ['an image that may ship its lists', df('FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'RUN apt-get install -y curl')],
    ['alpine, or apk', df('FROM python:3.11-alpine', 'RUN apk add --no-cache curl'), ],
    ['a local .deb file', df('FROM debian:bookworm-slim', 'COPY tool.deb /tmp/', 'RUN apt-get install -y /tmp/tool.deb')],
    ['a stage the build does not run', df('FROM debian:bookworm-slim AS unused', 'RUN apt-get install -y curl', 'FROM debian:bookworm-slim')],
    ['a dry run or a removal', df('FROM debian:bookworm-slim', 'RUN apt-get install -s curl; apt-get purge -y curl')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });

  it('tells every stop in line order, up to three, and counts the rest', () => {
    const result = buildItem(analyze(df('FROM python:3.11-slim', 'RUN apt-get install -y curl', 'COPY requirement.txt .')), FILES);
    expect(result?.lines).toEqual([2, 3]);
    expect(result?.why).toMatch(/^apt-get install ở dòng 2 .*"Unable to locate package curl".* COPY requirement\.txt \(dòng 3\): .*requirements\.txt\?$/);
    const many = buildItem(analyze(df('FROM python:3.11-slim', 'RUNN a', 'RUNN b', 'RUNN c', 'RUNN d', 'RUNN e')), undefined);
    expect(many?.lines).toEqual([2, 3, 4, 5, 6]);
    expect(many?.why).toContain('"RUNN"');
    expect(many?.why).toMatch(/\(và 2 chỗ khác, các dòng 2, 3, 4, 5, 6\)$/);
  });
});

describe('curl or wget on an image without it', () => {
  it.each([
    ['curl on a slim python image', df('FROM python:3.11-slim', 'RUN curl -fsSL -o /tmp/m.pkl https://example.com/m.pkl'), 'Dòng 2 chạy curl', '"curl: not found"'],
    ['wget in the middle of an && chain', df('FROM python:3.11-slim', 'RUN mkdir -p /models && wget -q -O /models/m.pkl https://example.com/m.pkl && chmod 644 /models/m.pkl'), 'chạy wget', 'apt-get install -y --no-install-recommends wget'],
    ['curl after ; under set -e', df('FROM debian:bookworm-slim', 'RUN set -eux; curl -fsSLO https://example.com/x.tgz; tar xzf x.tgz'), 'debian:bookworm-slim', '"curl: not found"'],
    ['curl installed only after it is used', df('FROM python:3.11-slim', 'RUN curl -fsSLO https://example.com/x', 'RUN apt-get update && apt-get install -y curl'), 'Dòng 2', 'curl'],
    ['curl on alpine, which ships only wget', df('FROM python:3.11-alpine', 'RUN curl -fsSLO https://example.com/x'), 'apk add --no-cache curl', 'python:3.11-alpine'],
    ['curl in a stage built FROM one without it', df('FROM python:3.11-slim AS base', 'FROM base', 'RUN curl -fsSLO https://example.com/x'), 'Dòng 3', 'curl'],
  ])('stops the build: %s', (_, source, where, says) => {
    expectStop(source, where, says);
  });

  it.each([
    ['installed earlier in the same RUN', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && curl -fsSLO https://example.com/x')],
    ['installed by an earlier RUN, or in a stage it is built FROM', df('FROM python:3.11-slim AS base', 'RUN apt-get update && apt-get install -y wget', 'FROM base', 'RUN wget -q https://example.com/x')],
    ['copied in as a binary', df('FROM python:3.11-slim', 'COPY --from=curlimages/curl:8.8.0 /usr/bin/curl /usr/bin/curl', 'RUN curl -fsSLO https://example.com/x')],
    ['an image that ships it', df('FROM python:3.11', 'RUN curl -fsSLO https://example.com/x'), ],
    ['wget on alpine (busybox)', df('FROM python:3.11-alpine', 'RUN wget -q https://example.com/x')],
    ['a failure the RUN goes past: || true, ; then more, a pipe', df('FROM python:3.11-slim', 'RUN curl -fsSLO https://example.com/x || true', 'RUN curl -fsSLO https://example.com/y; echo done', 'RUN curl -fsSL https://example.com/i.sh | sh')],
    ['a check for the tool first', df('FROM python:3.11-slim', 'RUN if command -v curl; then curl -fsSLO https://example.com/x; fi', 'RUN which wget && wget -q https://example.com/y')],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'RUN curl -fsSLO https://example.com/x', 'FROM python:3.11-slim')],
    ['an image whose contents are not known', df('FROM company/base:1', 'RUN curl -fsSLO https://example.com/x')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });
});

describe('git on an image without it', () => {
  it.each([
    ['git clone on a slim python image', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN git clone --depth 1 https://github.com/org/models.git'), 'Dòng 3 chạy git', '"/bin/sh: 1: git: not found"'],
    ['pip install git+https', df('FROM python:3.11-slim', 'RUN pip install --no-cache-dir git+https://github.com/org/lib.git@v1.0'), 'pip gọi git', "Cannot find command 'git'"],
    ['on Alpine', df('FROM python:3.11-alpine', 'RUN git clone https://github.com/org/x.git'), '"/bin/sh: git: not found"', 'apk add --no-cache git'],
    ['git installed only after', df('FROM debian:bookworm-slim', 'RUN git clone https://github.com/org/x.git', 'RUN apt-get update && apt-get install -y git'), 'Dòng 2 chạy git'],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['the full python image, which has git', df('FROM python:3.11', 'RUN git clone https://github.com/org/x.git && pip install git+https://github.com/org/lib.git')],
    ['git installed first, in the same RUN or before', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends git && git clone https://github.com/org/x.git', 'FROM python:3.11-alpine', 'RUN apk add --no-cache git', 'RUN pip install git+https://github.com/org/lib.git')],
    ['a check first, or a failure the RUN goes past', df('FROM python:3.11-slim', 'RUN if command -v git; then git clone x; fi', 'RUN git --version || true')],
    ['another base', df('FROM company/python:3.11-slim', 'RUN git clone https://github.com/org/x.git')],
  ])('lets the build go on: %s', (_, source) => expectNoStop(source));
});

describe('pip install -r a file no earlier step put there', () => {
  const PIP = 'RUN pip install --no-cache-dir -r requirements.txt';
  it.each([
    ['copied only after the install', df('FROM python:3.11-slim', 'WORKDIR /app', PIP, 'COPY requirements.txt .'), 'chỉ được COPY ở dòng 4, sau pip install ở dòng 3'],
    ['never copied', df('FROM python:3.11-slim', 'WORKDIR /app', PIP, 'COPY src/ ./src/'), 'Chưa có lệnh nào đưa requirements.txt vào image trước pip install ở dòng 3'],
    ['copied to another folder', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /tmp/', PIP), 'đặt requirements.txt tại /tmp/requirements.txt, còn pip install ở dòng 4 đọc /app/requirements.txt'],
    ['copied above the WORKDIR it is read from', df('FROM python:3.11-slim', 'COPY requirements.txt .', 'WORKDIR /app', PIP), 'tại /requirements.txt'],
    ['read by an absolute path it is not at', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt ./', 'RUN pip install -r /requirements.txt'), 'đọc /requirements.txt'],
    ['in a builder the final stage copies from', df('FROM python:3.11-slim AS build', 'RUN pip install --user -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=build /root/.local /root/.local'), 'dòng 2'],
  ])('stops the build: %s', (_, source, says) => {
    expectStop(source, says, 'Could not open requirements file');
  });

  it.each([
    ['copied first, into the working folder', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .', PIP)],
    ['copied with others into a folder, read by its path', df('FROM python:3.11-slim', 'COPY requirements.txt pyproject.toml /src/', 'RUN pip install -r /src/requirements.txt')],
    ['copied to a file path', df('FROM python:3.11-slim', 'COPY requirements.txt /tmp/reqs.txt', 'RUN pip install -r /tmp/reqs.txt')],
    ['copied into a folder named without a slash', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt /app', PIP)],
    ['the whole context, or a folder that may hold it', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', PIP, 'RUN pip install -r deps/dev.txt')],
    ['a bind mount', df('FROM python:3.11-slim', 'RUN --mount=type=bind,source=requirements.txt,target=/tmp/r.txt pip install -r /tmp/r.txt')],
    ['a cd before pip, or a failure the RUN goes past', df('FROM python:3.11-slim', 'COPY requirements.txt /tmp/', 'RUN cd /tmp && pip install -r requirements.txt', 'RUN pip install -r missing.txt || true')],
    ['a RUN that writes or fetches it first', df('FROM python:3.11-slim', 'RUN echo numpy==1.26.4 > requirements.txt', PIP, 'FROM python:3.11 AS b', 'RUN git clone https://example.com/app.git . && pip install -r requirements.txt')],
    ['a variable or a URL', df('FROM python:3.11-slim', 'ARG REQS=requirements.txt', 'RUN pip install -r $REQS -r https://example.com/r.txt')],
    ['a stage built FROM one that copied it', df('FROM python:3.11-slim AS base', 'WORKDIR /app', 'COPY requirements.txt .', 'FROM base', PIP)],
    ['a base that may ship it, or sets its own working folder', df('FROM company/ml-base:1', PIP, 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', PIP)],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', PIP, 'FROM python:3.11-slim')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });
});

describe('a system package install after a USER that is not root', () => {
  it.each([
    ['apt-get after USER', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'), 'apt-get update ở dòng 4 chạy bằng user app (USER ở dòng 3)'],
    ['apk add as a user id', df('FROM python:3.11-alpine', 'USER 1000:1000', 'RUN apk add --no-cache curl'), 'apk add ở dòng 3 chạy bằng user 1000'],
    ['a USER named through a variable with a value', df('FROM python:3.11-slim', 'ARG APP_USER=app', 'RUN useradd -m $APP_USER', 'USER $APP_USER', 'RUN apt-get install -y curl'), 'user app'],
    ['a stage built FROM one that set the USER', df('FROM python:3.11-slim AS base', 'RUN useradd -m app', 'USER app', 'FROM base', 'RUN apt-get update'), 'dòng 5'],
  ])('stops the build: %s', (_, source, says) => {
    expectStop(source, says, 'Permission denied');
  });

  it.each([
    ['installed before the USER', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y curl && useradd -m app', 'USER app', 'RUN pip install --user flask')],
    ['back to root for the install', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', 'USER root', 'RUN apt-get update', 'USER 0', 'RUN apk add curl', 'USER app')],
    ['sudo or gosu', df('FROM debian:bookworm-slim', 'RUN useradd -m app', 'USER app', 'RUN sudo apt-get update && gosu root apt-get install -y curl')],
    ['a USER from a variable without a value', df('FROM python:3.11-slim', 'ARG U', 'USER $U', 'RUN apt-get update')],
    ['a dry run, a listing, a failure the RUN goes past', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', 'RUN apt-get install -s curl', 'RUN apt list --installed', 'RUN apt-get update || true')],
    ['pip, which installs for the user', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app', 'RUN pip install --user flask')],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'USER app', 'RUN apt-get update', 'FROM python:3.11-slim')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });
});

describe('a mkdir as a user other than root, in a folder root owns', () => {
  const USER = ['RUN useradd --create-home --uid 1000 appuser', 'USER appuser'];
  it.each([
    ['under a WORKDIR root made', df('FROM python:3.11-slim', 'WORKDIR /app', ...USER, 'RUN mkdir -p /app/models'), "mkdir /app/models ở dòng 5 chạy bằng user appuser (USER ở dòng 4), nhưng /app thuộc root"],
    ['a relative path', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', ...USER, 'RUN mkdir logs'), 'mkdir /app/logs'],
    ['under a folder no step made', df('FROM python:3.11-slim', ...USER, 'RUN mkdir -p /opt/models/cache'), 'nhưng / thuộc root'],
    ['in the home of a user made without one', df('FROM python:3.11-slim', 'RUN useradd appuser', 'USER appuser', 'RUN mkdir -p /home/appuser/.cache'), 'nhưng / thuộc root'],
    ['in a folder COPY made, even after the USER', df('FROM python:3.11-slim', ...USER, 'WORKDIR /home/appuser', 'COPY src/ /srv/src/', 'RUN mkdir /srv/src/out'), '/srv/src thuộc root'],
  ])('stops the build: %s', (_, source, says) => {
    expectStop(source, says, 'Permission denied');
  });

  it.each([
    ['made and handed over before the USER', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m appuser && mkdir -p /app/models && chown appuser:appuser /app/models', 'USER appuser', 'RUN mkdir -p /app/models/v2')],
    ['handed over with chown -R', df('FROM python:3.11-slim', 'WORKDIR /app', ...USER.slice(0, 1), 'RUN chown -R appuser /app', 'USER appuser', 'RUN mkdir data')],
    ['in the home useradd -m made, or adduser', df('FROM python:3.11-slim', ...USER, 'RUN mkdir -p /home/appuser/.cache/pip', 'FROM python:3.11-alpine', 'RUN adduser -D app', 'USER app', 'RUN mkdir /home/app/data')],
    ['a WORKDIR made after the USER (made as that user)', df('FROM python:3.11-slim', ...USER, 'WORKDIR /srv/app', 'RUN mkdir out')],
    ['a COPY --chown folder', df('FROM python:3.11-slim', 'RUN useradd -m app', 'COPY --chown=app:app src/ /app/src/', 'USER app', 'RUN mkdir /app/src/cache')],
    ['in /tmp', df('FROM python:3.11-slim', ...USER, 'RUN mkdir -p /tmp/cache')],
    ['as root', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN mkdir -p /app/models', 'USER root', 'RUN mkdir /opt/x')],
    ['a mode, not a folder', df('FROM python:3.11-slim', ...USER, 'RUN mkdir -m 700 /home/appuser/secret')],
    ['a variable, after which nothing is judged', df('FROM python:3.11-slim', ...USER, 'RUN mkdir -p $HOME/x', 'RUN mkdir /opt/y')],
    ['a cd first', df('FROM python:3.11-slim', ...USER, 'RUN cd /tmp && mkdir a', 'RUN mkdir /opt/y')],
    ['sudo', df('FROM python:3.11-slim', ...USER, 'RUN sudo mkdir /opt/x')],
    ['a failure the RUN goes past', df('FROM python:3.11-slim', ...USER, 'RUN mkdir /opt/y || true')],
    ['a base other than an official image', df('FROM company/base:1', 'USER app', 'RUN mkdir /opt/x')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });

  it.each([
    ['chmod of the WORKDIR root made', df('FROM python:3.11-slim', 'WORKDIR /app', ...USER, 'RUN chmod 700 /app'), "\"chmod: changing permissions of '/app': Operation not permitted\"", 'chmod /app ở dòng 5 chạy bằng user appuser (USER ở dòng 4)'],
    ['chown -R of a folder a COPY made as root', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', ...USER, 'RUN chown -R appuser ./src'), "\"chown: changing ownership of '/app/src': Operation not permitted\""],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['a folder handed over before the USER', df('FROM python:3.11-slim', 'WORKDIR /app', ...USER.slice(0, 1), 'RUN chown appuser /app', 'USER appuser', 'RUN chmod 700 /app')],
    ['a COPY --chown folder', df('FROM python:3.11-slim', ...USER, 'COPY --chown=appuser src/ /app/src/', 'RUN chmod -R go-w /app/src')],
    ['a file, whose owner is not followed', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY start.sh .', ...USER, 'RUN chmod +x /app/start.sh')],
    ['as root again', df('FROM python:3.11-slim', 'WORKDIR /app', ...USER, 'USER root', 'RUN chmod 700 /app')],
  ])('lets a chown or chmod go on: %s', (_, source) => expectNoStop(source));
});

describe('pip install as a user whose home folder is not there', () => {
  it.each([
    ['useradd without --create-home, then pip install --user', df('FROM python:3.11-slim', 'RUN useradd --uid 1000 appuser', 'USER appuser', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir --user -r requirements.txt'), 'pip install ở dòng 5 chạy bằng user appuser (USER ở dòng 3)', "Permission denied: '/home/appuser'", 'và không có --user'],
    ['pip without --user: it falls back to a user install', df('FROM python:3.11-slim', 'RUN useradd -r app', 'USER app', 'RUN pip install --no-cache-dir flask==3.0.3'), "Permission denied: '/home/app'", 'trước USER app.'],
    ['USER nobody, whose home is /nonexistent', df('FROM python:3.11-slim', 'WORKDIR /app', 'USER nobody', 'RUN python -m pip install --user flask==3.0.3'), 'user nobody', "Permission denied: '/nonexistent'"],
    ['a USER by the UID useradd gave', df('FROM python:3.11', 'RUN useradd -u 1001 -d /srv/ml ml', 'USER 1001', 'RUN pip install numpy==1.26.4'), "Permission denied: '/srv/ml'"],
    ['an ENV that names the home, which makes nothing', df('FROM python:3.11-slim', 'RUN useradd app', 'ENV PATH=/home/app/.local/bin:$PATH', 'USER app', 'RUN pip install --user flask==3.0.3'), "'/home/app'"],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['useradd -m or --create-home', df('FROM python:3.11-slim', 'RUN useradd -m app && useradd --create-home --uid 1000 ml', 'USER app', 'RUN pip install --user flask==3.0.3', 'USER 1000', 'RUN pip install --user flask==3.0.3')],
    ['adduser, which makes the home', df('FROM python:3.11-slim', 'RUN adduser --disabled-password --gecos "" app', 'USER app', 'RUN pip install --user flask==3.0.3')],
    ['a home made and handed over', df('FROM python:3.11-slim', 'RUN useradd app && mkdir -p /home/app && chown app /home/app', 'USER app', 'RUN pip install --user flask==3.0.3')],
    ['site-packages handed over', df('FROM python:3.11-slim', 'RUN useradd app && chown -R app /usr/local', 'USER app', 'RUN pip install flask==3.0.3')],
    ['a venv', df('FROM python:3.11-slim', 'RUN useradd app && python -m venv /opt/venv && chown -R app /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'USER app', 'RUN pip install flask==3.0.3')],
    ['HOME or PYTHONUSERBASE set', df('FROM python:3.11-slim', 'RUN useradd app', 'ENV HOME=/tmp', 'USER app', 'RUN pip install --user flask==3.0.3')],
    ['--target, --prefix', df('FROM python:3.11-slim', 'RUN useradd app', 'USER app', 'RUN pip install --target /tmp/deps flask==3.0.3')],
    ['installed as root, before the USER', df('FROM python:3.11-slim', 'RUN useradd app', 'RUN pip install flask==3.0.3', 'USER app')],
    ['a failure the RUN goes past', df('FROM python:3.11-slim', 'USER nobody', 'RUN pip install flask==3.0.3 || true')],
    ['on Alpine, whose adduser makes homes', df('FROM python:3.11-alpine', 'RUN adduser -D app', 'USER app', 'RUN pip install --user flask==3.0.3')],
    ['another base image', df('FROM company/python:3.11', 'RUN useradd app', 'USER app', 'RUN pip install --user flask==3.0.3')],
    ['sudo', df('FROM python:3.11-slim', 'RUN useradd app', 'USER app', 'RUN sudo pip install flask==3.0.3')],
  ])('lets the build go on: %s', (_, source) => expectNoStop(source));
});

describe('a # comment after an instruction, which Docker reads as more words', () => {
  const MULTI = 'When using COPY with more than one source file, the destination must be a directory and end with a /';
  it.each([
    ['after COPY, as in the chapter’s layer examples', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .   # Layer 3'), 'COPY ở dòng 3', MULTI, 'để lại "COPY requirements.txt ."'],
    ['after ADD', df('FROM python:3.11-slim', 'ADD src/ ./src/ # code'), 'ADD ở dòng 2', 'When using ADD with more than one source file'],
    ['after a COPY --from, its flags kept in the fix', df('FROM python:3.11-slim AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl ./models/  # model'), 'để lại "COPY --from=builder /build/model.pkl ./models/"', MULTI],
    ['after a destination folder: # becomes a source', df('FROM python:3.11-slim', 'COPY requirements.txt /app/ #deps /app/'), '"#deps": not found'],
    ['after an exec-form COPY', df('FROM python:3.11-slim', 'COPY ["requirements.txt", "."] # deps'), 'để lại "COPY ["requirements.txt", "."]"'],
    ['in a builder the final stage copies from', df('FROM python:3.11-slim AS build', 'COPY requirements.txt . # deps', 'FROM python:3.11-slim', 'COPY --from=build /x /x'), 'COPY ở dòng 2'],
    ['after a USER that a RUN follows', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app   # không chạy root', 'RUN echo hi'), 'tên user là cả chuỗi "app   # không chạy root"', 'RUN ở dòng 4 dừng build với lỗi "unable to find user app   # không chạy root"', 'để lại "USER app"'],
    ['after a USER of a stage built FROM', df('FROM python:3.11-slim AS base', 'USER 1000 # x', 'FROM base', 'RUN echo hi'), 'USER ở dòng 2'],
  ])('stops the build: %s', (_, source, ...says) => {
    expectStop(source, 'Dockerfile chỉ coi # là chú thích khi nó đứng đầu dòng', ...says);
  });

  it.each([
    ['a comment on its own line', df('FROM python:3.11-slim', '# Layer 3', 'COPY requirements.txt .')],
    ['a # inside a file name', df('FROM python:3.11-slim', 'COPY notes#1.txt /app/')],
    ['one source: the # word is the destination', df('FROM python:3.11-slim', 'COPY app.py #')],
    ['a destination folder named #…/', df('FROM python:3.11-slim', 'COPY a.txt b.txt #out/')],
    ['a heredoc body with # lines', df('FROM python:3.11-slim', 'COPY <<EOF /app/config.ini', '# settings', 'EOF')],
    ['a comment after RUN: the shell reads it', df('FROM python:3.11-slim', 'RUN pip install flask   # web')],
    ['a comment after CMD or ENV’s value in quotes', df('FROM python:3.11-slim', 'ENV NOTE="a # b"', 'CMD python app.py # start')],
    ['a USER with a comment and no RUN after it (the container, not the build, stops)', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app # x', 'CMD ["python", "app.py"]')],
    ['a USER with a comment replaced before the RUN', df('FROM python:3.11-slim', 'USER app # x', 'USER root', 'RUN echo hi')],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'COPY requirements.txt . # x', 'USER app # x', 'RUN echo hi', 'FROM python:3.11-slim')],
    ['a # in a flag value', df('FROM python:3.11-slim', 'COPY --chmod=644 requirements.txt .')],
    ['a # in a JSON string', df('FROM python:3.11-slim', 'COPY ["notes #1.txt", "/app/"]')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });

  it('judges the rest of a commented COPY as it was meant: no "requirements file" stop', () => {
    const result = buildItem(analyze(df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY requirements.txt .   # deps first', 'RUN pip install --no-cache-dir -r requirements.txt')), undefined);
    expect(result?.lines).toEqual([3]);
    expect(result?.why).not.toContain('Could not open requirements file');
  });
});

describe('useradd on Alpine, which ships only busybox’s adduser', () => {
  it.each([
    ['useradd on a python Alpine image', df('FROM python:3.11-alpine', 'RUN useradd -m app'), 'Dòng 2 chạy useradd', '"useradd: not found"', 'adduser -S'],
    ['groupadd in an && chain on alpine', df('FROM alpine:3.20', 'RUN groupadd -r app && adduser -S app'), 'groupadd'],
    ['in a stage built FROM an Alpine one', df('FROM python:3.11-alpine AS base', 'FROM base', 'RUN useradd app'), 'Dòng 3'],
  ])('stops the build: %s', (_, source, ...says) => {
    expectStop(source, ...says);
  });

  it.each([
    ['adduser and addgroup', df('FROM python:3.11-alpine', 'RUN addgroup -S app && adduser -S -G app app')],
    ['shadow installed first', df('FROM python:3.11-alpine', 'RUN apk add --no-cache shadow && useradd -m app')],
    ['shadow installed by an earlier RUN', df('FROM alpine:3.20', 'RUN apk add --no-cache shadow', 'RUN useradd -m app')],
    ['useradd on Debian', df('FROM python:3.11-slim', 'RUN useradd -m app')],
    ['a failure the RUN goes past', df('FROM python:3.11-alpine', 'RUN useradd app || adduser -S app')],
    ['a check for the tool first', df('FROM python:3.11-alpine', 'RUN if command -v useradd; then useradd app; else adduser -S app; fi')],
    ['a stage the build does not run', df('FROM python:3.11-alpine AS unused', 'RUN useradd app', 'FROM python:3.11-slim')],
    ['an image whose contents are not known', df('FROM company/alpine-tools:1', 'RUN useradd app')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });
});

describe('findings Docker stops the build on', () => {
  it.each([
    ['an unknown instruction', df('FROM python:3.11-slim', 'RUNN pip install flask'), 'Không có lệnh "RUNN"'],
    ['a COPY --from a stage that does not exist', df('FROM python:3.11-slim', 'COPY --from=buidler /app /app'), 'dòng 2'],
    ['a stage named twice', df('FROM python:3.11 AS app', 'FROM python:3.11-slim AS app'), 'dòng 2'],
    ['an EXPOSE Docker cannot read, silenced by an ignore comment', df('FROM python:3.11-slim', '# hocdocker-ignore expose-invalid', 'EXPOSE 8000/tpc'), 'dòng 3'],
  ])('fails %s', (_, source, says) => {
    expectStop(source, 'Docker không build được', says);
  });

  it('leaves findings Docker builds through alone: JSON with single quotes, secrets, warnings', () => {
    expect(buildItem(analyze(df('FROM python:3.11-slim', "CMD ['python', 'app.py']", 'ENV API_TOKEN=abc', 'RUN pip install flask')), undefined)).toBeNull();
  });
});

describe('a COPY --from of a model, a user install or a venv the stage never made there', () => {
  const train = (run: string) => ['FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY src/ ./src/', 'COPY data/ ./data/', run, 'FROM python:3.11-slim', 'WORKDIR /app'];
  const user = (...more: string[]) => ['FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY requirements.txt .', ...more, 'FROM python:3.11-slim'];
  it.each([
    ['the model taken from another folder than the one it was written to', df(...train('RUN python src/train.py --output /build/model.pkl'), 'COPY --from=builder /app/model.pkl ./models/'), 'dòng 7 ghi model.pkl vào /build/model.pkl', '"/app/model.pkl": not found', 'Sửa nguồn thành /build/model.pkl'],
    ['an output written relative to the WORKDIR', df(...train('RUN python src/train.py --output=models/model.pkl'), 'COPY --from=builder /build/model.pkl ./models/'), 'vào /build/models/model.pkl'],
    ['a source written without a leading slash (read from the stage’s root)', df(...train('RUN python src/train.py --output /build/model.pkl'), 'COPY --from=builder build/models/model.pkl ./models/'), '"/build/models/model.pkl": not found'],
    ['a model no step writes', df('FROM python:3.11-slim AS builder', 'RUN pip install --no-cache-dir scikit-learn==1.5.2', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl .'), 'không lệnh nào của stage builder ghi model.pkl'],
    ['a user install taken from the WORKDIR', df(...user('RUN pip install --no-cache-dir --user -r requirements.txt'), 'COPY --from=builder /build/.local /root/.local'), 'pip install --user ở dòng 4 chạy bằng root nên cài thư viện vào /root/.local', 'Sửa nguồn thành /root/.local'],
    ['a user install taken from a home pip never used', df(...user('RUN pip install --no-cache-dir --user -r requirements.txt'), 'COPY --from=builder /home/app/.local/bin /usr/local/bin'), '"/home/app/.local/bin": not found', 'Sửa nguồn thành /root/.local/bin'],
    ['an exec-form RUN that names the output elsewhere', df('FROM python:3.11-slim AS builder', 'RUN ["python", "src/train.py", "--output", "/build/model.pkl"]', 'FROM python:3.11-slim', 'COPY --from=builder /app/model.pkl .'), 'vào /build/model.pkl'],
    ['a user install that was never made (pip without --user)', df(...user('RUN pip install --no-cache-dir -r requirements.txt'), 'COPY --from=builder /root/.local /root/.local'), 'không chạy pip install --user bằng root'],
    ['in a stage the final stage copies from', df(...train('RUN python src/train.py --output /build/model.pkl'), 'FROM python:3.11-slim AS runtime', 'COPY --from=builder /model.pkl .', 'FROM python:3.11-slim', 'COPY --from=runtime /model.pkl .'), 'dòng 11'],
    ['a venv the stage never made (a user install instead)', df(...user('RUN pip install --no-cache-dir --user -r requirements.txt'), 'COPY --from=builder /opt/venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH'), 'COPY --from=builder /opt/venv (dòng 6): stage builder không tạo venv nào', '"/opt/venv": not found'],
  ])('stops the build: %s', (_, source, ...says) => {
    expectStop(source, ...says);
  });

  it.each([
    ['the path it was written to', df(...train('RUN python src/train.py --output /build/model.pkl'), 'COPY --from=builder /build/model.pkl ./models/')],
    ['a relative output under the WORKDIR', df(...train('RUN python src/train.py --output model.pkl'), 'COPY --from=builder /build/model.pkl ./models/')],
    ['a script’s default output (not named)', df(...train('RUN python src/train.py'), 'COPY --from=builder /anywhere/model.pkl ./models/')],
    ['a redirect or a variable', df(...train('RUN python src/train.py > /build/model.pkl'), 'COPY --from=builder /x/model.pkl .', 'FROM python:3.11-slim AS b', 'ARG OUT=/o', 'RUN python t.py --output $OUT/model.pkl', 'FROM python:3.11-slim', 'COPY --from=b /o/model.pkl .')],
    ['a move, a cd, or a download', df(...train('RUN python src/train.py --output /build/model.pkl && mv /build/model.pkl /app/model.pkl'), 'COPY --from=builder /app/model.pkl .', 'FROM python:3.11-slim AS b', 'RUN cd /tmp && python t.py --output model.pkl', 'FROM python:3.11-slim', 'COPY --from=b /tmp/model.pkl .')],
    ['a model from the build context', df('FROM python:3.11-slim AS builder', 'COPY models/ /models/', 'FROM python:3.11-slim', 'COPY --from=builder /models/model.pkl .')],
    ['the lesson’s download from S3 into the WORKDIR', df('FROM python:3.9-slim AS model_cache', 'RUN pip install awscli', 'WORKDIR /models', 'RUN aws s3 cp s3://ml-bucket/xgboost-v1.0.pkl .', 'FROM python:3.9-slim', 'COPY --from=model_cache /models/xgboost-v1.0.pkl ./models/')],
    ['the lesson: a user install as root, from /root/.local', df(...user('RUN pip install --no-cache-dir --user -r requirements.txt'), 'COPY --from=builder /root/.local /home/app/.local')],
    ['a user install by another USER, or with PYTHONUSERBASE', df(...user('RUN useradd -m app', 'USER app', 'RUN pip install --user -r requirements.txt'), 'COPY --from=builder /home/app/.local /home/app/.local', 'FROM python:3.11-slim AS c', 'ENV PYTHONUSERBASE=/install', 'RUN pip install --user flask', 'FROM python:3.11-slim', 'COPY --from=c /root/.local /x')],
    ['an exec-form RUN (its default output)', df('FROM python:3.11-slim AS builder', 'WORKDIR /build', 'RUN ["python", "src/train.py"]', 'FROM python:3.11-slim', 'COPY --from=builder /build/model.pkl .')],
    ['PIP_USER', df(...user('ENV PIP_USER=1', 'RUN pip install -r requirements.txt'), 'COPY --from=builder /root/.local /root/.local')],
    ['a HOME moved', df(...user('ENV HOME=/build', 'RUN pip install --user -r requirements.txt'), 'COPY --from=builder /build/.local /root/.local')],
    ['an installer that may write ~/.local (pipx, uv, a script)', df(...user('RUN pip install pipx && pipx install black'), 'COPY --from=builder /root/.local /root/.local')],
    ['a base other than an official image', df('FROM company/trainer:1 AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /models/model.pkl .')],
    ['other files of a stage (site-packages, a binary)', df(...user('RUN pip install --no-cache-dir -r requirements.txt'), 'COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages', 'COPY --from=builder /usr/local/bin/uvicorn /usr/local/bin/')],
    ['a venv the stage makes, wherever', df(...user('RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt'), 'COPY --from=builder /opt/venv /opt/venv', 'FROM python:3.11-slim AS c', 'RUN python -m venv .venv', 'FROM python:3.11-slim', 'COPY --from=c /opt/venv/bin /opt/venv/bin')],
    ['a venv an installer may make (uv, a script)', df(...user('RUN pip install uv==0.4.0 && uv sync'), 'COPY --from=builder /app/.venv /app/.venv')],
    ['an image, not a stage', df('FROM python:3.11-slim', 'COPY --from=ghcr.io/org/models:1 /model.pkl .')],
    ['a glob', df(...train('RUN python src/train.py --output /build/model.pkl'), 'COPY --from=builder /build/*.pkl ./models/')],
    ['a stage the build does not run', df(...train('RUN python src/train.py --output /build/model.pkl'), 'FROM python:3.11-slim AS unused', 'COPY --from=builder /app/model.pkl .', 'FROM python:3.11-slim')],
    ['a python -c check that names nothing, a venv made', df('FROM python:3.11-slim AS builder', 'RUN python -m venv /opt/venv && python -c "import sys"', 'RUN python -c "import joblib; joblib.dump(1, \'/out/model.pkl\')"', 'FROM python:3.11-slim', 'COPY --from=builder /out/model.pkl .')],
  ])('lets the build go on: %s', (_, source) => {
    expectNoStop(source);
  });
});

describe('a COPY --from of a near miss of a path the stage made', () => {
  const wheels = ['FROM python:3.11-slim AS builder', 'WORKDIR /build', 'COPY requirements.txt .', 'RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt', 'FROM python:3.11-slim'];
  it.each([
    ['a folder one letter short', df(...wheels, 'COPY --from=builder /wheel /wheels'), 'COPY --from=builder /wheel (dòng 6)', '"/wheel": not found', 'ý bạn là /wheels?'],
    ['a WORKDIR misspelt', df(...wheels, 'COPY --from=builder /biuld/requirements.txt .', 'COPY --from=builder /buidl /src'), 'ý bạn là /build?'],
    ['a --prefix install, with a trailing slash', df('FROM python:3.11-slim AS builder', 'RUN pip install --no-cache-dir --prefix=/install flask==3.0.3', 'FROM python:3.11-slim', 'COPY --from=builder /instal/ /usr/local'), 'ý bạn là /install?'],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['the path itself, and what is under it', df(...wheels, 'COPY --from=builder /wheels /wheels', 'COPY --from=builder /build/requirements.txt .')],
    ['the system’s folders, which the base has', df(...wheels, 'COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages', 'COPY --from=builder /usr/local/bin /usr/local/bin')],
    ['a path far from anything named', df(...wheels, 'COPY --from=builder /opt/tools /opt/tools')],
    ['a stage that runs a script', df('FROM python:3.11-slim AS builder', 'WORKDIR /build', 'RUN python make_wheels.py --out /wheels', 'FROM python:3.11-slim', 'COPY --from=builder /wheel /wheels')],
    ['a stage that moves files', df('FROM python:3.11-slim AS builder', 'RUN pip wheel -w /wheels flask==3.0.3 && mv /wheels /wheel', 'FROM python:3.11-slim', 'COPY --from=builder /wheel /wheels')],
    ['an image, not a stage', df('FROM python:3.11-slim', 'COPY --from=ghcr.io/org/wheels:1 /wheel /wheels')],
  ])('lets the build go on: %s', (_, source) => expectNoStop(source));
});

describe('a COPY of a path .dockerignore leaves out', () => {
  const stop = (source: string, dockerignore: string) => buildItem(analyze(source, { dockerignore }), undefined, dockerignore);
  it.each([
    ['a file a wildcard pattern drops', df('FROM python:3.11-slim', 'COPY requirements.txt .'), '.git\n*.txt\n', 'COPY requirements.txt (dòng 2): .dockerignore loại requirements.txt khỏi build context (dòng 2: "*.txt")', '!requirements.txt'],
    ['a folder named in it', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/'), 'src\n', 'loại src khỏi build context'],
    ['a file inside a dropped folder', df('FROM python:3.11-slim', 'COPY ./data/train.csv /data/'), 'data/\n', '"data/train.csv: not found"'],
    ['in a builder the final stage copies from', df('FROM python:3.11-slim AS b', 'COPY requirements.txt .', 'FROM python:3.11-slim', 'COPY --from=b /x /x'), '*.txt\n', 'dòng 2'],
  ])('stops the build: %s', (_, source, dockerignore, ...says) => {
    const result = stop(source, dockerignore);
    expect(result?.status).toBe('fail');
    for (const text of says) expect(result?.why).toContain(text);
  });

  it.each([
    ['files it keeps', df('FROM python:3.11-slim', 'COPY requirements.txt .', 'COPY src/ ./src/'), '.git\n.env\n__pycache__/\n'],
    ['the whole context, whatever it drops', df('FROM python:3.11-slim', 'COPY . .'), '*.txt\n'],
    ['a wildcard source', df('FROM python:3.11-slim', 'COPY *.txt ./'), '*.txt\n'],
    ['an exception that may bring it back', df('FROM python:3.11-slim', 'COPY requirements.txt .'), '*.txt\n!requirements*.txt\n'],
    ['a COPY from a stage or an image', df('FROM python:3.11-slim AS b', 'FROM python:3.11-slim', 'COPY --from=b /app/requirements.txt .'), '*.txt\n'],
    ['an empty .dockerignore or comments only', df('FROM python:3.11-slim', 'COPY requirements.txt .'), '# nothing\n'],
    ['a stage the build does not run', df('FROM python:3.11-slim AS unused', 'COPY requirements.txt .', 'FROM python:3.11-slim'), '*.txt\n'],
    ['no .dockerignore given', df('FROM python:3.11-slim', 'COPY requirements.txt .'), ''],
  ])('lets the build go on: %s', (_, source, dockerignore) => {
    expect(stop(source, dockerignore)).toBeNull();
  });

  it('is graded through the grade context’s .dockerignore', () => {
    const analysis = analyze(df('FROM python:3.11-slim', 'COPY requirements.txt .'));
    const rubric = { checklists: [], requirements: [{ id: 'user-non-root' }] };
    expect(grade(analysis, rubric, { dockerignore: '*.txt\n' }).items.map((i) => i.id)).toEqual(['builds', 'user-non-root']);
    expect(grade(analysis, rubric).items.map((i) => i.id)).toEqual(['user-non-root']);
  });
});

describe('flags BuildKit refuses while it reads the Dockerfile', () => {
  it.each([
    ['a misspelt COPY flag', df('FROM python:3.11-slim', 'COPY --chwon=app . .'), 'COPY --chwon=app (dòng 2)', '"Unknown flag: chwon"', 'ý bạn là --chown?'],
    ['a flag RUN does not take', df('FROM python:3.11-slim', 'RUN --cache=/root/.cache pip install x'), '"Unknown flag: cache"', 'RUN chỉ nhận --mount, --network'],
    ['a flag on an instruction that takes none', df('FROM python:3.11-slim', 'WORKDIR --parents /app'), '"Unknown flag: parents"', 'WORKDIR không nhận cờ nào.'],
    ['a flag in a stage the final one never uses', df('FROM python:3.11 AS unused', 'COPY --form=x /a /a', 'FROM python:3.11-slim', 'CMD ["python"]'), '"Unknown flag: form"', '--from?'],
    ['a flag without its value', df('FROM python:3.11-slim', 'COPY --chown . .'), '"Missing a value on flag: chown"', '--chown=<giá trị>'],
    ['a flag given twice', df('FROM python:3.11-slim', 'COPY --chown=a --chown=b . .'), '"Duplicate flag specified: chown"'],
    ['a boolean flag with another value', df('FROM python:3.11-slim', 'COPY --link=yes . .'), '"Expecting boolean value for flag link, not: yes"'],
    ['FROM with a misspelt platform', df('FROM --platfrom=linux/amd64 python:3.11-slim'), '"Unknown flag: platfrom"', '--platform?'],
    ['a HEALTHCHECK interval without a unit', df('FROM python:3.11-slim', 'HEALTHCHECK --interval=30 CMD ["true"]'), 'HEALTHCHECK --interval=30 (dòng 2)', '"time: missing unit in duration "30""', '--interval=30s'],
    ['a HEALTHCHECK timeout with an unknown unit', df('FROM python:3.11-slim', 'HEALTHCHECK --timeout=5sec CMD ["true"]'), '"time: unknown unit "sec" in duration "5sec""'],
    ['a HEALTHCHECK start period that is no duration', df('FROM python:3.11-slim', 'HEALTHCHECK --start-period=abc CMD ["true"]'), '"time: invalid duration "abc""'],
    ['a HEALTHCHECK interval under 1ms', df('FROM python:3.11-slim', 'HEALTHCHECK --interval=500us CMD ["true"]'), '"Interval "interval" cannot be less than 1ms"'],
    ['a negative HEALTHCHECK interval', df('FROM python:3.11-slim', 'HEALTHCHECK --interval=-5s CMD ["true"]'), 'cannot be less than 1ms'],
    ['HEALTHCHECK retries that are not a number', df('FROM python:3.11-slim', 'HEALTHCHECK --retries=three CMD ["true"]'), '"strconv.ParseInt: parsing "three": invalid syntax"', '--retries=3'],
    ['negative HEALTHCHECK retries', df('FROM python:3.11-slim', 'HEALTHCHECK --retries=-1 CMD ["true"]'), '"--retries cannot be negative (-1)"'],
  ])('fails %s, in BuildKit’s words', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['every flag COPY, ADD, RUN and FROM take', df(
      'FROM --platform=$BUILDPLATFORM python:3.11-slim AS build',
      'RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=tok --network=none --security=sandbox pip install x',
      'FROM python:3.11-slim',
      'COPY --from=build --chown=1000:1000 --chmod=755 --link /a /a',
      'COPY --link=false --parents --exclude=*.pyc --exclude=*.md src/ /app/',
      'ADD --checksum=sha256:abc --keep-git-dir=true --chown=1000 --unpack=false https://example.com/x.tar.gz /x',
    )],
    ['HEALTHCHECK durations Go reads', df('FROM python:3.11-slim', 'HEALTHCHECK --interval=1m30s --timeout=5s --start-period=0 --start-interval=500ms --retries=3 CMD ["true"]')],
    ['HEALTHCHECK durations with decimals, and an empty one', df('FROM python:3.11-slim', 'HEALTHCHECK --interval=1.5h --timeout= --start-period="10s" CMD ["true"]')],
    ['a duration from a variable, which is not judged', df('FROM python:3.11-slim', 'ARG EVERY=30s', 'HEALTHCHECK --interval=$EVERY CMD ["true"]')],
    ['HEALTHCHECK NONE', df('FROM python:3.11-slim', 'HEALTHCHECK NONE')],
    ['a flag-like word after the command', df('FROM python:3.11-slim', 'CMD ["python", "--version"]', 'RUN pip install --no-cache-dir x')],
  ])('builds %s', (_, source) => expectNoStop(source));
});

describe('source in a RUN that dash runs', () => {
  const venv = 'RUN python -m venv /opt/venv && source /opt/venv/bin/activate && pip install fastapi';
  it.each([
    ['on the python slim image', df('FROM python:3.11-slim', 'COPY requirements.txt .', venv), 'Dòng 3 chạy source', 'python:3.11-slim', '"/bin/sh: 1: source: not found"', '. /opt/venv/bin/activate'],
    ['on ubuntu', df('FROM ubuntu:24.04', 'RUN source /etc/os-release && echo $ID'), 'ubuntu:24.04'],
    ['in a builder stage the final one copies from', df('FROM python:3.11 AS build', venv, 'FROM python:3.11-slim', 'COPY --from=build /opt/venv /opt/venv'), 'Dòng 2 chạy source'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['the POSIX dot', df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv && . /opt/venv/bin/activate && pip install x')],
    ['bash as the SHELL', df('FROM python:3.11-slim', 'SHELL ["/bin/bash", "-c"]', venv)],
    ['bash -c', df('FROM python:3.11-slim', 'RUN bash -c "source /opt/venv/bin/activate && pip install x"')],
    ['an Alpine image, whose ash has source', df('FROM python:3.11-alpine', venv)],
    ['a failure the RUN does not end on', df('FROM python:3.11-slim', 'RUN source /etc/profile; echo done')],
    ['a heredoc, which may name its own shell', df('FROM python:3.11-slim', 'RUN <<EOF', '#!/bin/bash', 'source /etc/os-release', 'EOF')],
    ['an image whose shell is not known', df('FROM mambaorg/micromamba:1.5', venv)],
    ['a stage the build never runs', df('FROM python:3.11 AS unused', venv, 'FROM python:3.11-slim', 'CMD ["python"]')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('a mkdir whose parent folder does not exist', () => {
  it.each([
    ['a folder under /app before anything made /app', df('FROM python:3.11-slim', 'RUN mkdir /app/models'), 'mkdir /app/models ở dòng 2', 'thư mục cha /app', "\"mkdir: cannot create directory '/app/models': No such file or directory\"", 'mkdir -p /app/models'],
    ['a relative folder two deep', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN mkdir models/v1'), 'mkdir /app/models/v1', 'thư mục cha /app/models'],
    ['a folder under /opt', df('FROM python:3.11-slim', 'RUN mkdir /opt/ml/models'), 'thư mục cha /opt/ml'],
    ['in busybox’s words on Alpine', df('FROM python:3.11-alpine', 'RUN mkdir /srv/app/data'), "\"mkdir: can't create directory '/srv/app/data': No such file or directory\""],
    ['after an earlier folder of the same mkdir that is not its parent', df('FROM python:3.11-slim', 'RUN mkdir /data /app/logs'), 'mkdir /app/logs'],
    ['a parent only an ENV or a LABEL names, which make no folder', df('FROM python:3.11-slim', 'LABEL data="/app"', 'ENV MODEL_PATH=/app/models/model.pkl PATH=/home/ml/.local/bin:$PATH', 'RUN useradd -m ml && mkdir /app/models'), 'mkdir /app/models ở dòng 4', 'thư mục cha /app'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['mkdir -p', df('FROM python:3.11-slim', 'RUN mkdir -p /app/models')],
    ['a parent WORKDIR made', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN mkdir /app/models')],
    ['a parent the same mkdir makes first', df('FROM python:3.11-slim', 'RUN mkdir /app /app/models')],
    ['a parent a COPY made', df('FROM python:3.11-slim', 'COPY src/ /app/src/', 'RUN mkdir /app/models')],
    ['a parent an earlier RUN names', df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv', 'RUN mkdir /opt/venv/extra')],
    ['a folder in the base’s own folders', df('FROM python:3.11-slim', 'RUN mkdir /opt/app /srv/data /home/app /usr/local/share/models /var/lib/app')],
    ['node’s own home', df('FROM node:20-slim', 'RUN mkdir /home/node/app')],
    ['a useradd -m home', df('FROM python:3.11-slim', 'RUN useradd -m app && mkdir /home/app/models')],
    ['an image whose folders are not known', df('FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime', 'RUN mkdir /workspace/models')],
    ['a mkdir whose failure the RUN goes past', df('FROM python:3.11-slim', 'RUN mkdir /app/models || true')],
    ['a cd before it, which is not followed', df('FROM python:3.11-slim', 'RUN cd /tmp && mkdir x/y')],
    ['a path from a variable', df('FROM python:3.11-slim', 'ARG DIR=/app', 'RUN mkdir $DIR/models')],
    ['a parent an ENV names and a RUN before may make through it', df('FROM python:3.11-slim', 'ENV VENV=/opt/venv', 'RUN python -m venv $VENV', 'RUN mkdir /opt/venv/extra')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('a FROM that names no image once its ARGs are empty', () => {
  it.each([
    ['an ARG never declared', df('FROM python:${PY}-slim'), 'FROM python:${PY}-slim (dòng 1)', '"python:-slim"', 'invalid reference format', 'ARG PY=<giá trị>'],
    ['an ARG declared without a default', df('ARG TAG', 'FROM python:$TAG'), '"python:"', 'ARG TAG=<giá trị>'],
    ['the whole name from an ARG', df('ARG BASE', 'FROM ${BASE} AS build', 'RUN echo'), '"base name (${BASE}) should not be blank"'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['an ARG with a default', df('ARG PY=3.11', 'FROM python:${PY}-slim')],
    ['a default in the reference', df('FROM python:${PY:-3.11}-slim')],
    ['an empty suffix that leaves a valid name', df('ARG VARIANT', 'FROM python:3.11${VARIANT}')],
    ['a stage the build never uses', df('FROM python:${NOPE}-slim AS unused', 'FROM python:3.11-slim', 'CMD ["python"]')],
    ['an earlier stage by name', df('ARG PY=3.11', 'FROM python:${PY} AS build', 'FROM build')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('a FROM of an image or a tag Docker Hub does not have', () => {
  it.each([
    ['a misspelt official image', df('FROM pyhton:3.11-slim', 'CMD ["python"]'), 'FROM pyhton:3.11-slim (dòng 1)', 'pull access denied for pyhton', 'ý bạn là python:3.11-slim?'],
    ['a version in the name', df('FROM python3', 'CMD ["python"]'), 'ý bạn là python?'],
    ['a misspelt stage name, pulled as an image', df('FROM python:3.11-slim AS builder', 'RUN pip install --user flask==3.0.3', 'FROM biulder', 'CMD ["python"]'), 'không có stage nào tên biulder', 'ý bạn là stage builder (dòng 1)?'],
    ['a stage name cut short', df('FROM python:3.11-slim AS builder', 'FROM build AS test', 'FROM python:3.11-slim', 'COPY --from=test /x /x'), 'stage builder'],
    ['a misspelt python tag', df('FROM python:3.11-slimm'), 'image python không có tag 3.11-slimm', 'docker.io/library/python:3.11-slimm: not found', 'python:3.11-slim?'],
    ['a dot for the dash', df('FROM python:3.11.slim'), 'python:3.11-slim?'],
    ['a tag in upper case', df('FROM python:3.11-Slim-bookworm'), 'python:3.11-slim-bookworm?'],
    ['in a builder stage the final one copies from', df('FROM python:3.11-alpnie AS builder', 'FROM python:3.11-slim', 'COPY --from=builder /x /x'), 'python:3.11-alpine?'],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['official images and their tags', df('FROM python:3.11-slim-bookworm AS a', 'FROM python:3.12-alpine3.20 AS b', 'FROM python:3.13.1-slim AS c', 'FROM pypy:3.10-slim AS d', 'FROM python:3.11-windowsservercore-ltsc2022 AS e', 'FROM python:slim AS f', 'FROM python:3.14-rc-slim AS g', 'FROM ubuntu:24.04', 'COPY --from=a /x /x')],
    ['a stage built FROM an earlier one', df('FROM python:3.11-slim AS builder', 'FROM builder', 'CMD ["python"]')],
    ['a name far from any image or stage: maybe the learner’s own', df('FROM mymlbase:1.0', 'CMD ["python"]')],
    ['a namespace or a registry', df('FROM pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime AS a', 'FROM ghcr.io/org/pyhton:1 AS b', 'FROM localhost:5000/pyhton', 'COPY --from=a /x /x')],
    ['an ARG, a digest', df('ARG BASE=python:3.11-slim', 'FROM ${BASE} AS a', 'FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'COPY --from=a /x /x')],
    ['a stage the build does not run', df('FROM pyhton:3.11 AS unused', 'FROM python:3.11-slim')],
  ])('lets the build go on: %s', (_, source) => expectNoStop(source));
});

describe('pip on an image without Python, or into an externally managed one', () => {
  const APT = 'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*';
  it.each([
    ['ubuntu, no Python installed', df('FROM ubuntu:22.04', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt'), 'Dòng 4 chạy pip nhưng image ubuntu:22.04 không có sẵn Python', '"/bin/sh: 1: pip: not found"'],
    ['alpine, python3', df('FROM alpine:3.20', 'RUN python3 -m pip install flask==3.0.3'), '"/bin/sh: python3: not found"', 'apk add --no-cache python3 py3-pip'],
    ['ubuntu 24.04 with python3-pip from apt', df('FROM ubuntu:24.04', APT, 'RUN pip3 install --no-cache-dir flask==3.0.3'), 'pip install ở dòng 3', 'externally-managed-environment'],
    ['debian bookworm, --user too', df('FROM debian:bookworm-slim', APT, 'RUN pip install --user flask==3.0.3'), 'debian:bookworm-slim'],
    ['debian without a tag (the newest)', df('FROM debian', APT, 'RUN python3 -m pip install flask==3.0.3'), 'externally-managed-environment'],
    ['alpine 3.19 with py3-pip from apk', df('FROM alpine:3.19', 'RUN apk add --no-cache python3 py3-pip', 'RUN pip install --no-cache-dir flask==3.0.3'), 'pip install ở dòng 3', 'alpine:3.19', 'externally-managed-environment', 'apk add --no-cache py3-'],
    ['alpine, a later release, python3 -m pip', df('FROM alpine:3.21.2', 'RUN apk add --no-cache python3 py3-pip && python3 -m pip install flask==3.0.3'), 'pip install ở dòng 2'],
    ['alpine without a tag (the newest)', df('FROM alpine', 'RUN apk add --no-cache py3-pip', 'RUN pip3 install --user flask==3.0.3'), 'externally-managed-environment'],
  ])('stops the build: %s', (_, source, ...says) => expectStop(source, ...says));

  it.each([
    ['the python image', df('FROM python:3.11-slim', 'RUN pip install --no-cache-dir flask==3.0.3')],
    ['ubuntu 22.04 with python3-pip, before PEP 668', df('FROM ubuntu:22.04', APT, 'RUN pip3 install --no-cache-dir flask==3.0.3')],
    ['Python installed in the same RUN', df('FROM debian:bullseye-slim', 'RUN apt-get update && apt-get install -y python3-pip && pip3 install flask==3.0.3')],
    ['a venv', df('FROM ubuntu:24.04', APT.replace('python3-pip', 'python3-venv'), 'RUN python3 -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'RUN pip install flask==3.0.3')],
    ['--break-system-packages, or its variable', df('FROM debian:bookworm', APT, 'RUN pip install --break-system-packages flask==3.0.3', 'FROM ubuntu:24.04', 'ENV PIP_BREAK_SYSTEM_PACKAGES=1', APT, 'RUN pip install flask==3.0.3')],
    ['--target or --prefix', df('FROM debian:bookworm', APT, 'RUN pip install --target /deps flask==3.0.3')],
    ['a check first, or a failure the RUN goes past', df('FROM ubuntu:22.04', 'RUN if command -v pip; then pip install x; fi', 'FROM alpine:3.20', 'RUN pip install x || true')],
    ['Python from another stage', df('FROM python:3.11-slim AS py', 'FROM debian:bookworm-slim', 'COPY --from=py /usr/local /usr/local', 'RUN pip install flask==3.0.3')],
    ['another base', df('FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'RUN pip install x')],
    ['alpine 3.18, before PEP 668', df('FROM alpine:3.18', 'RUN apk add --no-cache python3 py3-pip', 'RUN pip install --no-cache-dir flask==3.0.3')],
    ['the python alpine image, whose Python is its own', df('FROM python:3.12-alpine3.20', 'RUN apk add --no-cache py3-pip', 'RUN pip install --no-cache-dir flask==3.0.3')],
    ['alpine, a venv', df('FROM alpine:3.20', 'RUN apk add --no-cache python3', 'RUN python3 -m venv /opt/venv', 'RUN /opt/venv/bin/pip install --no-cache-dir flask==3.0.3')],
    ['alpine, --break-system-packages, or its variable', df('FROM alpine:3.20 AS a', 'RUN apk add --no-cache py3-pip', 'RUN pip install --break-system-packages flask==3.0.3', 'FROM alpine:3.20', 'ENV PIP_BREAK_SYSTEM_PACKAGES=1', 'RUN apk add --no-cache py3-pip && pip install flask==3.0.3', 'COPY --from=a /x /x')],
    ['alpine, packages from apk', df('FROM alpine:3.20', 'RUN apk add --no-cache python3 py3-flask py3-numpy', 'CMD ["python3", "-m", "flask", "run"]')],
  ])('lets the build go on: %s', (_, source) => expectNoStop(source));
});

describe('apt-get install without -y of packages that bring others', () => {
  it.each([
    ['gcc on python slim', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install gcc'), 'apt-get install ở dòng 2 không có -y', 'gcc kéo theo', '"Do you want to continue? [Y/n]"', '"Abort."'],
    ['git among others on ubuntu', df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install --no-install-recommends libgomp1 git'), 'git kéo theo', 'ubuntu:24.04'],
    ['curl with apt on node slim', df('FROM node:20-slim', 'RUN apt update && apt install curl=7.88.1-10'), 'apt install ở dòng 2', 'curl=7.88.1-10 kéo theo'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['-y', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install -y gcc')],
    ['--yes after the packages', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install gcc --yes')],
    ['-qq, which implies -y', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get -qq install gcc')],
    ['the Assume-Yes option', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install gcc')],
    ['a package that brings nothing', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install libgomp1')],
    ['the full python image, which has gcc already', df('FROM python:3.11', 'RUN apt-get update && apt-get install gcc')],
    ['a failure the RUN goes past', df('FROM python:3.11-slim', 'RUN apt-get update && apt-get install gcc || true')],
    ['a stage the build never runs', df('FROM python:3.11-slim AS unused', 'RUN apt-get update && apt-get install gcc', 'FROM python:3.11-slim', 'CMD ["python"]')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('pip install -r of pins too new for the image’s Python', () => {
  const TEXTS = { 'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\nscikit-learn==1.5.2\njoblib==1.4.2\nnumpy==1.26.4\n', 'requirements-prod.txt': 'fastapi==0.115.0\nuvicorn==0.30.6\n' };
  const stop = (source: string) => buildItem(analyze(source), FILES, undefined, TEXTS);
  const install = ['WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt'];

  it.each([
    ['python 3.8 slim', df('FROM python:3.8-slim', ...install), 'Python 3.8 của image python:3.8-slim', 'scikit-learn==1.5.2', 'Python ≥ 3.9', '(numpy==1.26.4 cũng vậy)', '"No matching distribution found for scikit-learn==1.5.2"', 'FROM python:3.11-slim'],
    ['python 3.7: fastapi is the first pin it cannot install', df('FROM python:3.7.17-alpine', ...install), 'fastapi==0.115.0, bản chỉ cài được trên Python ≥ 3.8', 'FROM python:3.11-alpine'],
    ['the whole context copied, in a builder stage', df('FROM python:3.8 AS build', 'WORKDIR /app', 'COPY . .', 'RUN python -m pip install --user -r requirements.txt', 'FROM python:3.11-slim', 'COPY --from=build /root/.local /root/.local'), 'dòng 4'],
    ['a file renamed as it is copied', df('FROM python:3.7-slim', 'COPY requirements-prod.txt /tmp/req.txt', 'RUN pip install -r /tmp/req.txt'), 'fastapi==0.115.0'],
  ])('fails %s', (_, source, ...texts) => {
    const result = stop(source);
    expect(result?.status).toBe('fail');
    for (const text of texts) expect(result?.why).toContain(text);
  });

  it.each([
    ['a Python the pins support', df('FROM python:3.9-slim', ...install)],
    ['a tag without the minor version, on the full image (it has a compiler)', df('FROM python:3', ...install)],
    ['pins that Python 3.8 installs', df('FROM python:3.8-slim', 'COPY requirements-prod.txt .', 'RUN pip install -r requirements-prod.txt')],
    ['a venv of another Python', df('FROM python:3.8-slim', 'RUN apt-get update && apt-get install -y python3.11-venv', ...install)],
    ['a file a RUN wrote', df('FROM python:3.8-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN echo numpy==1.24.4 > requirements.txt', 'RUN pip install -r requirements.txt')],
    ['a failure the RUN goes past', df('FROM python:3.8-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt || true')],
    ['pip told to ignore the Python version', df('FROM python:3.8-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install --ignore-requires-python -r requirements.txt')],
    ['another image that may ship any Python', df('FROM company/ml-base:24.04', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt')],
  ])('builds with %s', (_, source) => expect(stop(source)).toBeNull());

  it.each([
    ['slim', df('FROM python:3.13-slim', ...install), 'numpy==1.26.4, bản chỉ có gói dựng sẵn (wheel) tới Python 3.12', '"Unknown compiler(s)"', 'FROM python:3.12-slim'],
    ['alpine', df('FROM python:3.13-alpine', ...install), 'FROM python:3.12-alpine'],
    ['slim, the newest Python (3-slim)', df('FROM python:3-slim', ...install), 'Python mới nhất (từ 3.13 trở lên) của image python:3-slim', 'FROM python:3.12-slim'],
  ])('fails a pin with no wheel for the image’s Python (%s), with no compiler to build it', (_, source, ...texts) => {
    const result = stop(source);
    expect(result?.status).toBe('fail');
    for (const text of texts) expect(result?.why).toContain(text);
  });

  it.each([
    ['the full image, which has gcc', df('FROM python:3.13', ...install)],
    ['a compiler installed before', df('FROM python:3.13-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*', ...install)],
    ['a Python the pins have wheels for', df('FROM python:3.12-slim', ...install)],
  ])('builds a pin without a wheel on %s', (_, source) => expect(stop(source)).toBeNull());

  it('is not judged without the context’s texts', () => {
    expect(buildItem(analyze(df('FROM python:3.8-slim', ...install)), FILES)).toBeNull();
  });
});

describe('a SHELL the image does not have', () => {
  it.each([
    ['zsh on python slim', df('FROM python:3.11-slim', 'SHELL ["/bin/zsh", "-c"]', 'RUN pip install flask==3.0.3'), 'SHELL ở dòng 2 chọn /bin/zsh', 'RUN ở dòng 3', '"exec: "/bin/zsh": stat /bin/zsh: no such file or directory"', 'apt-get install -y --no-install-recommends zsh'],
    ['bash on python alpine', df('FROM python:3.11-alpine', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'WORKDIR /app', 'RUN echo hi | cat'), 'image python:3.11-alpine không có bash', 'RUN ở dòng 4', 'SHELL ["/bin/sh", "-c"]', 'apk add --no-cache bash'],
    ['a bare name, looked up in PATH', df('FROM alpine:3.20', 'SHELL ["fish", "-c"]', 'RUN echo hi'), '"exec: "fish": executable file not found in $PATH"'],
    ['a stage built FROM a stage that set it', df('FROM ubuntu:24.04 AS base', 'SHELL ["/usr/bin/zsh", "-c"]', 'FROM base', 'RUN echo hi'), 'RUN ở dòng 4'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['bash on Debian', df('FROM python:3.11-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN echo hi | cat')],
    ['bash installed before, on Alpine', df('FROM alpine:3.20', 'RUN apk add --no-cache bash', 'SHELL ["/bin/bash", "-c"]', 'RUN echo hi')],
    ['zsh installed before', df('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y zsh', 'SHELL ["/bin/zsh", "-c"]', 'RUN echo hi')],
    ['no RUN after it', df('FROM python:3.11-slim', 'SHELL ["/bin/zsh", "-c"]', 'CMD ["python"]')],
    ['an exec-form RUN, which uses no shell', df('FROM python:3.11-slim', 'SHELL ["/bin/zsh", "-c"]', 'RUN ["python", "-V"]')],
    ['a SHELL set back before the RUN', df('FROM python:3.11-alpine', 'SHELL ["/bin/bash", "-c"]', 'SHELL ["/bin/sh", "-c"]', 'RUN echo hi')],
    ['an image that may ship anything', df('FROM myorg/tools:1.0', 'SHELL ["/bin/zsh", "-c"]', 'RUN echo hi')],
    ['a stage the build does not run', df('FROM alpine:3.20 AS unused', 'SHELL ["/bin/bash", "-c"]', 'RUN echo hi', 'FROM alpine:3.20', 'CMD ["sh"]')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('a chown or chmod of a path nothing made', () => {
  it.each([
    ['a folder name one letter short', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN useradd -m app && mkdir -p /app/models && chown app:app /app/model'), 'chown /app/model ở dòng 3', "\"chown: cannot access '/app/model': No such file or directory\"", 'có phải /app/models?'],
    ['a relative path from the WORKDIR', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY src/ ./src/', 'RUN chmod +x scripts/start.sh'), 'chmod /app/scripts/start.sh ở dòng 4'],
    ['on Alpine, in busybox’s words', df('FROM alpine:3.20', 'RUN chown -R 1000 /srv/app'), '"chown: /srv/app: No such file or directory"'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['a folder mkdir made', df('FROM python:3.11-slim', 'RUN mkdir -p /app/models && chown 1000 /app/models')],
    ['the WORKDIR', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN chown 1000 /app')],
    ['a file COPY put there', df('FROM python:3.11-slim', 'COPY entrypoint.sh /', 'RUN chmod +x /entrypoint.sh')],
    ['a path under the whole context', df('FROM python:3.11-slim', 'WORKDIR /app', 'COPY . .', 'RUN chmod +x scripts/start.sh')],
    ['a system folder', df('FROM python:3.11-slim', 'RUN chmod 1777 /var/log/app')],
    ['the home useradd made', df('FROM python:3.11-slim', 'RUN useradd -m app && chown -R app /home/app')],
    ['a path a command of the RUN may write', df('FROM python:3.11-slim', 'RUN touch /app.log && chown 1000 /app.log')],
    ['a path a step before names', df('FROM python:3.11-slim', 'RUN python -m venv /opt/venv', 'RUN chown -R 1000 /opt/venv')],
    ['a program that may write anything', df('FROM python:3.11-slim', 'WORKDIR /app', 'RUN ./download.sh && chown 1000 /app/data')],
    ['an image that may ship it', df('FROM myorg/base:1.0', 'RUN chown 1000 /app/model')],
    ['a failure the RUN goes past', df('FROM python:3.11-slim', 'RUN chown 1000 /app/model || true')],
    ['a variable', df('FROM python:3.11-slim', 'ENV DIR=/app/model', 'RUN chown 1000 $DIR')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

describe('a user or group the image does not have', () => {
  it.each([
    ['COPY --chown of a user never made', df('FROM python:3.11-slim', 'RUN useradd -m mluser', 'COPY --chown=mlusr:mluser src/ /app/src/'), 'COPY --chown=mlusr:mluser (dòng 3) chạy khi image chưa có user mlusr', '"unable to convert uid/gid chown string to host mapping"'],
    ['COPY --chown before the useradd', df('FROM python:3.11-slim', 'COPY --chown=app src/ /app/src/', 'RUN useradd -m app'), 'COPY --chown=app (dòng 2)'],
    ['COPY --chown of a group never made', df('FROM python:3.11-slim', 'RUN useradd -m app', 'COPY --chown=app:ml src/ /app/src/'), 'chưa có group ml'],
    ['a RUN after USER of another name', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER appuser', 'RUN echo ok'), 'USER appuser ở dòng 3', 'RUN ở dòng 4', '"unable to find user appuser"'],
    ['the final USER: docker run stops', df('FROM python:3.11-slim', 'RUN useradd -m mluser', 'USER appuser', 'CMD ["python"]'), 'USER appuser (dòng 3)', 'docker run dừng ngay', '"unable to find user appuser: no matching entries in passwd file"', 'USER 1000'],
    ['the final USER’s group', df('FROM python:3.11-slim', 'RUN useradd -m app', 'USER app:ml', 'CMD ["python"]'), '"unable to find group ml: no matching entries in group file"'],
  ])('fails %s', (_, source, ...texts) => expectStop(source, ...texts));

  it.each([
    ['the account made before', df('FROM python:3.11-slim', 'RUN useradd -m app', 'COPY --chown=app:app src/ /app/src/', 'USER app', 'RUN echo ok')],
    ['numeric ids', df('FROM python:3.11-slim', 'COPY --chown=1000:1000 src/ /app/src/', 'USER 1000:1000', 'RUN echo ok')],
    ['an account of the base image', df('FROM node:20-slim', 'COPY --chown=node:node . /app', 'USER node'), ],
    ['a system account', df('FROM python:3.11-slim', 'USER nobody', 'CMD ["python"]')],
    ['adduser on Alpine', df('FROM python:3.11-alpine', 'RUN addgroup -S ml && adduser -S -G ml ml', 'COPY --chown=ml:ml src/ /app/src/', 'USER ml')],
    ['an image that may have any account', df('FROM myorg/base:1.0', 'USER appuser', 'RUN echo ok')],
    ['a builder stage’s USER the final stage does not inherit', df('FROM python:3.11-slim AS build', 'USER ghost', 'FROM python:3.11-slim', 'COPY --from=build /etc/hosts /tmp/', 'CMD ["python"]')],
  ])('builds with %s', (_, source) => expectNoStop(source));
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import rule from './base-image-official';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/base-image-official';

const ID = 'base-image-official';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });

describe('base-image-official', () => {
  it('catches an unknown publisher', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/python:3.11'))).toEqual([at('unofficial', 1, 6, 1, 27)]));
  it('catches an unknown registry', () =>
    expect(positionsOf(ID, dockerfile('FROM ghcr.io/someone/ml:1.0'))).toEqual([at('unofficial', 1, 6, 1, 28)]));
  it('catches an unofficial builder stage too', () =>
    expect(positionsOf(ID, dockerfile('FROM someone/builder:1 AS b', 'FROM python:3.11-slim')).map((f) => f.line)).toEqual([1]));

  it('is off unless enabled', () => {
    expect(rule.meta.defaultEnabled).toBe(false);
    expect(analyze(dockerfile('FROM mycompany/python:3.11')).findings.filter((f) => f.rule === ID)).toEqual([]);
  });
  it('does not catch official images', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'FROM ubuntu:22.04', 'FROM docker.io/library/node:20'))).toEqual([]));
  it('does not catch verified publishers', () =>
    expect(
      positionsOf(ID, dockerfile('FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04', 'FROM pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime', 'FROM gcr.io/distroless/python3-debian12')),
    ).toEqual([]));
  it('does not catch a trusted registry', () =>
    expect(positionsOf(ID, dockerfile('FROM registry.company.com/ml/base:1.4'), { trustedRegistries: ['registry.company.com'] })).toEqual([]));
  it('does not catch a trusted Docker Hub namespace', () =>
    expect(positionsOf(ID, dockerfile('FROM mycompany/python:3.11'), { trustedRegistries: ['mycompany/'] })).toEqual([]));
  it('does not catch scratch', () => expect(positionsOf(ID, dockerfile('FROM scratch'))).toEqual([]));
  it('does not catch a stage built from an earlier stage', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim AS base', 'FROM base'))).toEqual([]));
  it('does not catch an ARG resolving to an official image', () =>
    expect(positionsOf(ID, dockerfile('ARG BASE=python:3.11-slim', 'FROM ${BASE}'))).toEqual([]));
  it('does not catch an unresolved ARG', () => expect(positionsOf(ID, dockerfile('ARG BASE', 'FROM ${BASE}'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});

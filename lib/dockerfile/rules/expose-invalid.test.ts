import { describe, expect, it } from 'vitest';
import { dockerfile, positionsOf } from './test-helpers';
import { docs } from '../docs/expose-invalid';

const ID = 'expose-invalid';
const at = (messageId: string, line: number, column: number, endLine: number, endColumn: number) => ({ messageId, line, column, endLine, endColumn });
const expose = (ports: string) => dockerfile('FROM python:3.11-slim', `EXPOSE ${ports}`);

describe('expose-invalid', () => {
  it('catches a port above 65535', () => {
    expect(positionsOf(ID, expose('80000'))).toEqual([at('outOfRange', 2, 8, 2, 13)]);
  });
  it('reads each word, quoted or not, and catches only the bad one', () => {
    expect(positionsOf(ID, expose('"8080" 65535 65536 0'))).toEqual([at('outOfRange', 2, 21, 2, 26)]);
  });
  it('catches a host mapping', () => {
    expect(positionsOf(ID, expose('8000:8000'))).toEqual([at('hostMapping', 2, 8, 2, 17)]);
  });
  it('catches an IP address', () => {
    expect(positionsOf(ID, expose('127.0.0.1:8000:8000')).map((f) => f.messageId)).toEqual(['hostMapping']);
  });
  it('catches an unknown protocol', () => {
    expect(positionsOf(ID, expose('8000/http'))).toEqual([at('badProtocol', 2, 8, 2, 17)]);
  });
  it('catches a word that is not a port', () => {
    expect(positionsOf(ID, expose('http'))).toEqual([at('invalidFormat', 2, 8, 2, 12)]);
  });
  it('catches a reversed range and only the bad word of several', () => {
    expect(positionsOf(ID, expose('80 9000-8000'))).toEqual([at('outOfRange', 2, 11, 2, 20)]);
  });

  it('does not catch a plain port', () => expect(positionsOf(ID, expose('8000'))).toEqual([]));
  it('does not catch tcp, udp and sctp', () => expect(positionsOf(ID, expose('80/tcp 53/udp 9/sctp'))).toEqual([]));
  it('does not catch an upper-case protocol', () => expect(positionsOf(ID, expose('80/TCP'))).toEqual([]));
  it('does not catch a port range', () => expect(positionsOf(ID, expose('8000-8010'))).toEqual([]));
  it('does not catch a range with a protocol', () => expect(positionsOf(ID, expose('8000-8010/udp'))).toEqual([]));
  it('does not catch the bounds 0 and 65535', () => expect(positionsOf(ID, expose('0 65535'))).toEqual([]));
  it('does not catch a variable', () => expect(positionsOf(ID, expose('$PORT'))).toEqual([]));
  it('does not catch a variable with a default', () => expect(positionsOf(ID, expose('${PORT:-8000}/tcp'))).toEqual([]));
  it('does not catch several ports', () => expect(positionsOf(ID, expose('80 443'))).toEqual([]));
  it('does not catch EXPOSE in a builder stage', () =>
    expect(positionsOf(ID, dockerfile('FROM node:20 AS web', 'EXPOSE 3000', 'FROM nginx:1.27', 'EXPOSE 80'))).toEqual([]));
  it('does not catch a quoted port', () => expect(positionsOf(ID, expose('"8000"'))).toEqual([]));
  it('does not catch ports spread over continuation lines', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000 \\', '    9000'))).toEqual([]));

  it('does not catch ports taken from ARG and ENV, braced or quoted', () => {
    const src = dockerfile('FROM python:3.11-slim', 'ARG PORT=8000', 'ENV PORT=${PORT} METRICS_PORT=9090', 'EXPOSE ${PORT} "$METRICS_PORT"');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch host mappings and addresses written outside EXPOSE', () => {
    for (const line of ['CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]', 'ENV BIND=0.0.0.0:8000 PUBLISH=8000:8000', 'HEALTHCHECK CMD curl -f http://127.0.0.1:8000/health || exit 1'])
      expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000', line)), line).toEqual([]);
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'RUN <<EOF', 'echo "run with: docker run -p 8000:8000 app; EXPOSE 8000:8000 is wrong"', 'EOF'))).toEqual([]);
  });
  it('does not catch one port over tcp and udp, or a range ending at 65535', () => {
    expect(positionsOf(ID, expose('53/tcp 53/udp'))).toEqual([]);
    expect(positionsOf(ID, expose('60000-65535/udp'))).toEqual([]);
  });
  it('does not catch lower-case expose in each stage of a multi-stage file', () => {
    const src = dockerfile('from node:20-alpine as dev', 'expose 3000 9229', 'from nginx:1.27-alpine', 'expose 80/tcp');
    expect(positionsOf(ID, src)).toEqual([]);
  });
  it('does not catch a comment line between continued ports', () =>
    expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'EXPOSE 8000 \\', '# Prometheus metrics', '    9090'))).toEqual([]));
  it('does not catch ONBUILD EXPOSE of a valid port', () => expect(positionsOf(ID, dockerfile('FROM python:3.11-slim', 'ONBUILD EXPOSE 8000'))).toEqual([]));

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});

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

  it('fires on its bad example and not on its good one', () => {
    expect(positionsOf(ID, docs.bad)).not.toEqual([]);
    expect(positionsOf(ID, docs.good)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchMarker, readBody } from './heredoc';
import { Positions, scanLines, type LineTable } from './lines';

describe('matchMarker', () => {
  it('reads the marker forms', () => {
    expect(matchMarker('<<EOF')).toEqual({ delimiter: 'EOF', stripTabs: false, quoted: false });
    expect(matchMarker('<<-EOT')).toEqual({ delimiter: 'EOT', stripTabs: true, quoted: false });
    expect(matchMarker("<<'PY'")).toEqual({ delimiter: 'PY', stripTabs: false, quoted: true });
    expect(matchMarker('<<-"X Y"')).toEqual({ delimiter: 'X Y', stripTabs: true, quoted: true });
    expect(matchMarker('0<<EOF')).toEqual({ delimiter: 'EOF', stripTabs: false, quoted: false });
  });

  it('rejects here-strings and words that only contain <<', () => {
    expect(matchMarker('<<<EOF')).toBeNull();
    expect(matchMarker('<<')).toBeNull();
    expect(matchMarker('a<<EOF')).toBeNull();
    expect(matchMarker("<<'EOF")).toBeNull();
  });
});

describe('readBody', () => {
  const inDocument = (lines: LineTable) => [lines, { positions: new Positions(lines), escapeChar: '\\' as const }] as const;

  it('stops at the delimiter line and reports where parsing resumes', () => {
    const lines = scanLines('RUN <<EOF\none\ntwo\nEOF\nNEXT');
    const body = readBody(...inDocument(lines), 1, { delimiter: 'EOF', stripTabs: false, quoted: false });
    expect(body).toMatchObject({ start: 10, end: 17, terminated: true, nextLine: 4, closeEnd: 21 });
    expect(body.body.text).toBe('one\ntwo');
  });

  it('does not end at an indented delimiter unless tabs are stripped', () => {
    const source = 'RUN <<EOF\n\tx\n\tEOF\nEOF\n';
    const plain = readBody(...inDocument(scanLines(source)), 1, { delimiter: 'EOF', stripTabs: false, quoted: false });
    expect(plain.body.text).toBe('\tx\n\tEOF');
    const stripped = readBody(...inDocument(scanLines(source)), 1, { delimiter: 'EOF', stripTabs: true, quoted: false });
    expect(stripped.body.text).toBe('x');
    expect(stripped.nextLine).toBe(3);
  });

  it('reads \\r\\n bodies with \\n between lines', () => {
    const body = readBody(...inDocument(scanLines('RUN <<EOF\r\na\r\nb\r\nEOF\r\n')), 1, { delimiter: 'EOF', stripTabs: false, quoted: false });
    expect(body.body.text).toBe('a\nb');
    expect(body.terminated).toBe(true);
  });

  it('runs an unterminated body to the end of the file', () => {
    const body = readBody(...inDocument(scanLines('RUN <<EOF\na\nb\n')), 1, { delimiter: 'EOF', stripTabs: false, quoted: false });
    expect(body).toMatchObject({ terminated: false, nextLine: 4 });
    expect(body.body.text).toBe('a\nb');
  });
});

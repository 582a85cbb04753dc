// EXPOSE takes `port`, `port/proto` or `start-end`: anything else fails the build or publishes nothing.
import { unquoteWord } from '../context-sources';
import { defineRule } from '../rule';

const PORT_SPEC = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i;
const DIGITS = /^\d+$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** Why a port word is wrong, or null when it is fine. */
function problemOf(word: string): 'hostMapping' | 'outOfRange' | 'badProtocol' | 'invalidFormat' | null {
  // Most words are a plain port: settled without building a match.
  if (DIGITS.test(word)) return Number(word) > 65535 ? 'outOfRange' : null;
  if (word.includes(':')) return 'hostMapping';
  const m = PORT_SPEC.exec(word);
  if (!m) return 'invalidFormat';
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return 'outOfRange';
  if (m[3] !== undefined && !PROTOCOLS.has(m[3].toLowerCase())) return 'badProtocol';
  return null;
}

export default defineRule({
  meta: {
    id: 'expose-invalid',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3011', 'ExposeInvalidFormat'],
    lesson: { question: 3, anchor: 'giai-thich-chi-tiet' },
    messages: {
      outOfRange: 'Cổng "{{port}}" không hợp lệ: cổng phải nằm trong 0-65535 (dải cổng viết từ nhỏ đến lớn).',
      hostMapping: 'EXPOSE "{{port}}" chứa địa chỉ hoặc cổng máy host: EXPOSE chỉ khai báo cổng trong container; ánh xạ cổng làm lúc chạy với docker run -p.',
      badProtocol: 'Giao thức trong "{{port}}" không hợp lệ: chỉ dùng /tcp, /udp hoặc /sctp.',
      invalidFormat: '"{{port}}" không phải cổng hợp lệ: viết dạng 8000, 8000/tcp hoặc 8000-8010.',
    },
  },
  on: ['EXPOSE'],
  inspect(instruction, context) {
    const args = instruction.args;
    for (let a = 0; a < args.length; a++) {
      const arg = args[a]!;
      const word = unquoteWord(arg.value);
      // `EXPOSE $PORT` / `${PORT:-8000}` is only known at build time.
      if (word.includes('$')) continue;
      const problem = problemOf(word);
      if (problem) context.report({ messageId: problem, range: arg.range, data: { port: word } });
    }
  },
});

// A docker build has no keyboard: `apt-get install` that asks "Do you want to continue? [Y/n]" aborts.
import { reportAptInstallsWithout } from '../packages';
import { defineRule } from '../rule';

const YES_WORDS = new Set(['--yes', '--assume-yes', '--quiet=2', '-q=2']);
/** The setting of `-o APT::Get::Assume-Yes=true` (or `-oAPT::…`). */
const ASSUME_YES_SETTING = /^APT::Get::Assume-Yes=(true|yes|1)$/i;
const SHORT_FLAGS = /^-[a-zA-Z]+$/;

/**
 * One word that alone answers yes: `-y`, `--yes`, `--assume-yes`, `-qq`, `-q=2`, `--quiet=2`,
 * clusters like `-qy`, `-oAPT::Get::Assume-Yes=true` (a variable's value is checked word by word too).
 */
function isYesWord(v: string): boolean {
  if (YES_WORDS.has(v)) return true;
  if (v.startsWith('-o')) return ASSUME_YES_SETTING.test(v.slice(2));
  return SHORT_FLAGS.test(v) && (v.includes('y') || v.includes('qq'));
}

export default defineRule({
  meta: {
    id: 'apt-assume-yes',
    category: 'layers',
    aliases: ['DL3014'],
    lesson: { question: 8, anchor: 'combine-run-commands-reduce-layers' },
    messages: {
      missing: '{{command}} install thiếu -y: build không có bàn phím để trả lời "Do you want to continue?" nên sẽ dừng lỗi. Thêm -y.',
    },
    fixable: true,
  },
  on: ['RUN'],
  inspect(instruction, context) {
    reportAptInstallsWithout(context, instruction, '-y', ASSUME_YES_SETTING, isYesWord);
  },
});

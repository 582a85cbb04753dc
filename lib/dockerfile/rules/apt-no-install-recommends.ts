// apt installs "recommended" extras by default: often tens or hundreds of MB the image never uses.
import { reportAptInstallsWithout } from '../packages';
import { defineRule } from '../rule';

/** The setting of `-o APT::Install-Recommends=false` (or `-oAPT::…`). */
const NO_RECOMMENDS_SETTING = /^APT::Install-Recommends=("?)(false|no|0)\1$/i;

/**
 * One word that alone turns recommends off: `--no-install-recommends`, `--install-recommends=no|false`,
 * `-oAPT::Install-Recommends=false` (a variable's value is checked word by word too).
 */
function isNoRecommendsWord(v: string): boolean {
  if (v === '--no-install-recommends' || v === '--install-recommends=no' || v === '--install-recommends=false') return true;
  return v.startsWith('-o') && NO_RECOMMENDS_SETTING.test(v.slice(2));
}

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    severity: 'info',
    category: 'layers',
    aliases: ['DL3015'],
    lesson: { question: 10, anchor: 'minimize-attack-surface' },
    messages: {
      missing: '{{command}} install không có --no-install-recommends: apt sẽ cài thêm các gói "khuyên dùng" mà image không cần. Thêm --no-install-recommends.',
    },
    fixable: true,
  },
  on: ['RUN'],
  inspect(instruction, context) {
    reportAptInstallsWithout(context, instruction, '--no-install-recommends', NO_RECOMMENDS_SETTING, isNoRecommendsWord);
  },
});

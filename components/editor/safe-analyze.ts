// The editor's door to the analyzer: caps the input size and turns any failure into a message,
// so a 5 MB paste or binary junk never freezes or crashes the page.
import { analyze, rules, type Analysis } from '@/lib/dockerfile';
import type { AnalyzeOptions } from '@/lib/dockerfile/types';
import { firstBinaryLine } from './binary-content';

/** A real Dockerfile is a few KB; 100 KB keeps a keystroke's analysis well under a frame. */
export const MAX_ANALYZED_CHARS = 100_000;

const tooMany = (text: string) => `${text.length.toLocaleString('vi-VN')} ký tự, tối đa ${MAX_ANALYZED_CHARS.toLocaleString('vi-VN')}`;

export type SafeAnalysis = { ok: true; source: string; analysis: Analysis } | { ok: false; source: string; message: string };

/** Every rule, including those off by default (the playground shows them all). */
export function allRuleIds(): string[] {
  return rules.map((rule) => rule.meta.id);
}

export function safeAnalyze(source: string, options: AnalyzeOptions & { allRules?: boolean } = {}): SafeAnalysis {
  if (source.length > MAX_ANALYZED_CHARS) {
    return {
      ok: false,
      source,
      message: `Tệp quá lớn để phân tích: ${tooMany(source)}. Một Dockerfile thật chỉ vài nghìn ký tự: có lẽ bạn đã dán nhầm nội dung khác. Nhấn Ctrl+Z để hoàn tác lần dán.`,
    };
  }
  const binaryLine = firstBinaryLine(source);
  if (binaryLine !== null) {
    return {
      ok: false,
      source,
      message: `Dòng ${binaryLine} có ký tự của dữ liệu nhị phân, không phải văn bản: có lẽ bạn đã dán nhầm nội dung một tệp khác. Nhấn Ctrl+Z để hoàn tác lần dán, hoặc xoá các ký tự lạ.`,
    };
  }
  if ((options.dockerignore?.length ?? 0) > MAX_ANALYZED_CHARS) {
    return { ok: false, source, message: `Tệp .dockerignore quá lớn để phân tích: ${tooMany(options.dockerignore!)}.` };
  }
  try {
    const { allRules, ...analyzeOptions } = options;
    const analysis = analyze(source, allRules ? { ...analyzeOptions, enable: allRuleIds() } : analyzeOptions);
    if (analysis.ruleErrors.length > 0) console.warn('Analyzer rule errors', analysis.ruleErrors);
    return { ok: true, source, analysis };
  } catch (error) {
    console.warn('Analyzer failed', error);
    return { ok: false, source, message: 'Trình phân tích gặp lỗi với nội dung này; hãy kiểm tra lại tệp.' };
  }
}

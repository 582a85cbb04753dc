// Vietnamese names of rule severities and categories, shared by the rule pages and the search index.
import type { RuleCategory, Severity } from '@/lib/dockerfile/types';

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
};

/** Categories in the order RULES.md presents them. */
export const CATEGORY_ORDER: RuleCategory[] = ['syntax', 'base-image', 'layers', 'security', 'runtime'];

export const CATEGORY_LABELS: Record<RuleCategory, string> = {
  syntax: 'Cú pháp và cấu trúc',
  'base-image': 'Base image',
  layers: 'Layer và build cache',
  security: 'Bảo mật',
  runtime: 'Chạy và vận hành',
};

/** Rule stubs say TODO until their engineer writes the docs; the pages say so in Vietnamese. */
export function docText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === 'TODO' ? null : trimmed;
}

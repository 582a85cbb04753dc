'use client';
// The rules list, grouped by category, with a filter box (id, summary, aliases; accents optional).
import Link from 'next/link';
import { useId, useState, useSyncExternalStore } from 'react';
import type { RuleCategory, Severity } from '@/lib/dockerfile/types';
import { ruleUrl } from '@/lib/dockerfile/lessons';
import { normalizeSearchTerm } from '@/lib/search/normalize';
import { InlineCode } from './inline-code';
import { SEVERITY_LABELS } from './labels';
import { SeverityBadge } from './rule-badges';
import styles from './rules.module.css';

export interface RuleSummary {
  id: string;
  severity: Severity;
  summary: string;
  aliases: string[];
  fixable: boolean;
}

export interface RuleGroup {
  category: RuleCategory;
  title: string;
  rules: RuleSummary[];
}

function matches(rule: RuleSummary, words: string[], severity: Severity | ''): boolean {
  if (severity && rule.severity !== severity) return false;
  const haystack = normalizeSearchTerm([rule.id, rule.summary, ...rule.aliases].join(' '));
  return words.every((word) => haystack.includes(word));
}

const SEVERITIES = Object.keys(SEVERITY_LABELS) as Severity[];

interface Filter {
  query: string;
  severity: Severity | '';
}

/** The filter lives in the address (?q=…&muc=…): back from a rule page finds it as it was left. */
function filterOf(search: string): Filter {
  const params = new URLSearchParams(search);
  const level = params.get('muc') ?? '';
  return { query: params.get('q') ?? '', severity: SEVERITIES.find((s) => s === level) ?? '' };
}

function keepFilterInAddress({ query, severity }: Filter): void {
  const url = new URL(window.location.href);
  for (const [key, value] of [['q', query], ['muc', severity]] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

const noSubscription = () => () => {};

export function RuleIndex({ groups }: { groups: RuleGroup[] }) {
  // The exported page is the same HTML for every address: the address is read once hydrated.
  const search = useSyncExternalStore(noSubscription, () => window.location.search, () => '');
  const [edited, setEdited] = useState<Filter | null>(null);
  const { query, severity } = edited ?? filterOf(search);
  const change = (next: Filter) => {
    setEdited(next);
    keepFilterInAddress(next);
  };
  const inputId = useId();
  const selectId = useId();
  const words = normalizeSearchTerm(query).split(/\s+/).filter(Boolean);
  const total = groups.reduce((sum, group) => sum + group.rules.length, 0);
  const visible = groups.map((group) => ({ ...group, rules: group.rules.filter((rule) => matches(rule, words, severity)) }));
  const shown = visible.reduce((sum, group) => sum + group.rules.length, 0);

  return (
    <div>
      <div className={styles.filters} role="search">
        <label htmlFor={inputId}>Lọc quy tắc</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => change({ query: event.target.value, severity })}
          placeholder="Ví dụ: pip, DL3006, bảo mật"
          autoComplete="off"
        />
        <label htmlFor={selectId}>Mức độ</label>
        <select id={selectId} value={severity} onChange={(event) => change({ query, severity: event.target.value as Severity | '' })}>
          <option value="">Tất cả</option>
          {SEVERITIES.map((level) => (
            <option key={level} value={level}>
              {SEVERITY_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.count} aria-live="polite">
        {shown === total ? `${total} quy tắc` : `Hiển thị ${shown} / ${total} quy tắc`}
      </p>
      {shown === 0 ? <p>Không có quy tắc nào khớp bộ lọc.</p> : null}
      {visible.map((group) =>
        group.rules.length === 0 ? null : (
          <section key={group.category} aria-labelledby={`nhom-${group.category}`} className={styles.group}>
            <h2 id={`nhom-${group.category}`}>{group.title}</h2>
            <ul className={styles.ruleList}>
              {group.rules.map((rule) => (
                <li key={rule.id} data-rule={rule.id}>
                  <Link href={ruleUrl(rule.id)} className={styles.ruleLink}>
                    <code>{rule.id}</code>
                  </Link>
                  <SeverityBadge severity={rule.severity} />
                  {rule.fixable ? <span className={`${styles.badge} ${styles.fixable}`}>Có sửa nhanh</span> : null}
                  <span className={styles.ruleSummary}>{rule.summary ? <InlineCode text={rule.summary} /> : 'Mô tả đang được viết.'}</span>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

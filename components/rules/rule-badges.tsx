import type { RuleCategory, Severity } from '@/lib/dockerfile/types';
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels';
import styles from './rules.module.css';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`${styles.badge} ${styles[`severity-${severity}`] ?? ''}`} data-severity={severity}>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}

export function CategoryBadge({ category }: { category: RuleCategory }) {
  return <span className={`${styles.badge} ${styles.category}`}>{CATEGORY_LABELS[category]}</span>;
}

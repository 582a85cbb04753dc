import type { Metadata } from 'next';
import { rules } from '@/lib/dockerfile/rules';
import { ruleGroups } from '@/components/rules/catalog.server';
import { RuleIndex } from '@/components/rules/rule-index';
import { PRAGMA } from '@/lib/dockerfile/analyze';
import styles from '@/components/rules/rules.module.css';

export const metadata: Metadata = {
  title: 'Quy tắc kiểm tra Dockerfile',
  description: `${rules.length} quy tắc mà trình phân tích dùng để chấm Dockerfile: vì sao, ví dụ sai và đúng, cách sửa, tương đương hadolint.`,
};

export default function RulesPage() {
  return (
    <div className={styles.page}>
      <h1>Quy tắc kiểm tra Dockerfile</h1>
      <p className={styles.lead}>
        Mỗi quy tắc gắn với một câu hỏi của chương Docker: vì sao nó quan trọng, một ví dụ sai và một ví dụ đã sửa, cách sửa. Muốn bỏ qua
        một quy tắc cho một lệnh, ghi <code>{`# ${PRAGMA} <id>`}</code> ngay trên dòng đó.
      </p>
      <RuleIndex groups={ruleGroups(rules.map((rule) => rule.meta))} />
    </div>
  );
}

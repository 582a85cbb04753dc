// One rule's documentation page, generated from its metadata (the single source of truth).
import Link from 'next/link';
import { PRAGMA } from '@/lib/dockerfile/analyze';
import { lessonUrl } from '@/lib/dockerfile/lessons';
import { docsOf } from '@/lib/dockerfile/docs';
import type { RuleMeta } from '@/lib/dockerfile/types';
import { ALIAS_TOOL_LABELS, groupAliases } from './aliases';
import { CodeExample } from './code-example';
import { InlineCode } from './inline-code';
import { docText } from './labels';
import { CategoryBadge, SeverityBadge } from './rule-badges';
import styles from './rules.module.css';

export interface RuleLesson {
  question: number;
  title: string;
  /** The heading the rule points at, when the lesson has it. */
  heading: string | null;
}

const PENDING = 'Phần này đang được viết.';

export function RuleDoc({ meta, lesson }: { meta: RuleMeta; lesson: RuleLesson | null }) {
  const docs = docsOf(meta.id);
  const summary = docText(docs.summary);
  const why = docText(docs.why);
  const fix = docText(docs.fix);
  const hadolintIds = meta.aliases.filter((alias) => /^DL\d{4}$/.test(alias));
  const lessonHref = lessonUrl(meta.lesson.question, meta.lesson.anchor);

  return (
    <article className={styles.doc} data-rule={meta.id}>
      <p className={styles.breadcrumb}>
        <Link href="/rules/">Quy tắc</Link>
      </p>
      <h1 className={styles.ruleTitle}>
        <code>{meta.id}</code>
      </h1>
      <p className={styles.badges}>
        <SeverityBadge severity={meta.severity} />
        <CategoryBadge category={meta.category} />
        {meta.fixable ? <span className={`${styles.badge} ${styles.fixable}`}>Có sửa nhanh</span> : null}
        {meta.defaultEnabled ? null : <span className={styles.badge}>Tắt mặc định</span>}
      </p>
      <p className={styles.lead}>{summary ? <InlineCode text={summary} /> : PENDING}</p>

      <section aria-labelledby="vi-sao">
        <h2 id="vi-sao">Vì sao</h2>
        <p>{why ? <InlineCode text={why} /> : PENDING}</p>
        <p>
          Bài học:{' '}
          <Link href={lessonHref} data-lesson-link>
            {lesson ? `Câu ${lesson.question} — ${lesson.title}` : `Câu ${meta.lesson.question}`}
            {lesson?.heading ? ` › ${lesson.heading}` : ''}
          </Link>
        </p>
      </section>

      <section aria-labelledby="vi-du">
        <h2 id="vi-du">Ví dụ</h2>
        <div className={styles.examples}>
          <CodeExample code={docs.bad} label="Chưa tốt: quy tắc báo ở đây" tone="bad" />
          <CodeExample code={docs.good} label="Đã sửa" tone="good" />
        </div>
      </section>

      <section aria-labelledby="cach-sua">
        <h2 id="cach-sua">Cách sửa</h2>
        <p>{fix ? <InlineCode text={fix} /> : PENDING}</p>
        <p>
          {meta.fixable
            ? 'Có sửa nhanh: trình soạn thảo đề xuất thay đổi, bấm “Sửa nhanh” trong danh sách lỗi hoặc dùng Ctrl+. tại dòng bị đánh dấu.'
            : 'Không có sửa nhanh: thay đổi phụ thuộc vào ý định của bạn, hãy sửa tay.'}
        </p>
        {meta.defaultEnabled ? null : (
          <p>Quy tắc này tắt mặc định trong trình soạn thảo tự do; bài tập nào cần thì bảng tiêu chí của bài đó bật nó lên.</p>
        )}
      </section>

      <section aria-labelledby="tuong-duong">
        <h2 id="tuong-duong">Tương đương ở công cụ khác</h2>
        {meta.aliases.length === 0 ? (
          <p>Không có công cụ phổ biến nào kiểm tra đúng điều này.</p>
        ) : (
          <ul className={styles.aliases}>
            {groupAliases(meta.aliases).map((group) => (
              <li key={group.tool}>
                {ALIAS_TOOL_LABELS[group.tool]}:{' '}
                {group.aliases.map((alias, index) => (
                  <span key={alias}>
                    {index > 0 ? ', ' : ''}
                    <code>{alias}</code>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tat-quy-tac">
        <h2 id="tat-quy-tac">Tắt quy tắc</h2>
        <p>Khi bạn cố ý làm khác, ghi chú ngay trên dòng lệnh đó để bỏ qua quy tắc cho riêng lệnh ấy:</p>
        <pre className={styles.pragma}>
          <code>{`# ${PRAGMA} ${meta.id}\n<lệnh bị báo>`}</code>
        </pre>
        <p>Hoặc ở bất kỳ đâu trong file để bỏ qua cho cả file:</p>
        <pre className={styles.pragma}>
          <code>{`# ${PRAGMA}-file ${meta.id}`}</code>
        </pre>
        {hadolintIds.length > 0 ? (
          <p>
            Ghi chú của hadolint cũng được tôn trọng: <code>{`# hadolint ignore=${hadolintIds.join(',')}`}</code>.
          </p>
        ) : null}
      </section>
    </article>
  );
}

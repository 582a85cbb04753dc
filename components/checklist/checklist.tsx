// Below each checklist of a lesson: how every item is graded — by which rules (linked to their
// pages), by which sign in the Dockerfile, or honestly not at all. Rendered from the checklist data.
import Link from 'next/link';
import { getChecklist, type ChecklistItem } from '@/lib/dockerfile/checklists';
import { factsById } from '@/lib/dockerfile/facts';
import { ruleUrl } from '@/lib/dockerfile/lessons';
import styles from './checklist.module.css';

const KIND_LABEL = {
  rules: 'Kiểm tra bằng quy tắc',
  fact: 'Kiểm tra bằng dấu hiệu trong Dockerfile',
  manual: 'Không kiểm tra tự động được',
} as const;

export function Checklist({ id }: { id: string }) {
  const checklist = getChecklist(id);
  if (!checklist) {
    return (
      <aside className={styles.checklist} data-checklist={id}>
        <p className={styles.missing}>Không tìm thấy checklist “{id}”.</p>
      </aside>
    );
  }
  const count = (kind: ChecklistItem['check']['kind']) => checklist.items.filter((i) => i.check.kind === kind).length;
  const titleId = `checklist-${checklist.id}-grading`;
  return (
    <aside className={styles.checklist} data-checklist={checklist.id} aria-labelledby={titleId}>
      <p id={titleId} className={styles.title}>
        Trình chấm đánh giá checklist này thế nào
      </p>
      <p className={styles.summary}>
        {count('rules')} mục kiểm tra bằng quy tắc, {count('fact')} mục bằng dấu hiệu trong Dockerfile, {count('manual')} mục không kiểm tra
        tự động được (tự đánh giá, không tính điểm).
      </p>
      <ul className={styles.items}>
        {groups(checklist.items).map((entry) =>
          entry.group === null ? (
            <Item key={entry.items[0]!.id} item={entry.items[0]!} />
          ) : (
            <li key={entry.group} className={styles.group}>
              <span className={styles.groupLabel}>{entry.group}</span>
              <ul className={styles.items}>
                {entry.items.map((item) => (
                  <Item key={item.id} item={item} />
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
    </aside>
  );
}

/** Consecutive items of one group (question 7's nested list) gathered under its label. */
function groups(items: ChecklistItem[]): { group: string | null; items: ChecklistItem[] }[] {
  const result: { group: string | null; items: ChecklistItem[] }[] = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (item.group && last?.group === item.group) last.items.push(item);
    else result.push({ group: item.group ?? null, items: [item] });
  }
  return result;
}

function Item({ item }: { item: ChecklistItem }) {
  const { check } = item;
  return (
    <li className={styles.item} data-item={item.id} data-kind={check.kind}>
      <span className={styles.text}>
        <ItemText item={item} />
      </span>
      <span className={styles.how}>
        <span className={`${styles.badge} ${styles[check.kind]}`}>{KIND_LABEL[check.kind]}</span>
        {check.kind === 'rules' ? (
          <span className={styles.detail}>
            {check.rules.map((rule, k) => (
              <span key={rule}>
                {k > 0 ? ', ' : null}
                <Link href={ruleUrl(rule)}>
                  <code>{rule}</code>
                </Link>
              </span>
            ))}
            : đạt khi không quy tắc nào báo vi phạm.
          </span>
        ) : check.kind === 'fact' ? (
          <span className={styles.detail}>{factsById.get(check.fact)?.description ?? check.fact}</span>
        ) : (
          <span className={styles.detail}>Dockerfile không cho biết điều này: tự đánh giá, mục này không tính điểm.</span>
        )}
      </span>
    </li>
  );
}

function ItemText({ item }: { item: ChecklistItem }) {
  if (item.strong && item.text.startsWith(item.strong)) {
    return (
      <>
        <strong>{item.strong}</strong>
        {item.text.slice(item.strong.length)}
      </>
    );
  }
  return <>{item.text}</>;
}

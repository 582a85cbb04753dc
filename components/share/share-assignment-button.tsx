'use client';
// "Chia sẻ cho học viên": the instructor turns the exercise, with the code as it is now, a rubric
// narrowed to the checklist items they pick, and a note, into an assignment link.
import { useId, useMemo, useState } from 'react';
import Link from 'next/link';
import type { Exercise } from '@/lib/content/exercise';
import { selectedItems } from '@/lib/dockerfile/grade';
import type { Rubric } from '@/lib/dockerfile/rubric';
import { rubricCode } from '@/lib/share/fingerprint';
import { encodeShareHash, shareFiles } from '@/lib/share/share-link';
import { SHARE_LIMITS } from '@/lib/share/share-payload';
import { ShareLinkBuilder } from './share-link-builder';
import styles from './share.module.css';

export interface ShareAssignmentButtonProps {
  exercise: Pick<Exercise, 'id' | 'chapter' | 'rubric'>;
  /** The Dockerfile in the editor now: it becomes the learner's starter code. */
  code: string;
  dockerignore?: string;
  /** Defaults to the exercise's rubric. */
  rubric?: Rubric;
}

/** The rubric graded with only the picked checklist items; unchanged when every item is picked. */
export function narrowRubric(rubric: Rubric, picked: ReadonlySet<string>): Rubric {
  const all = selectedItems(rubric).map(({ item }) => item.id);
  if (all.every((id) => picked.has(id))) return rubric;
  return { ...rubric, items: all.filter((id) => picked.has(id)) };
}

export function ShareAssignmentButton({ exercise, code, dockerignore, rubric }: ShareAssignmentButtonProps) {
  const base = rubric ?? exercise.rubric;
  const items = useMemo(() => selectedItems(base).filter(({ item }) => item.check.kind !== 'manual'), [base]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(selectedItems(base).map(({ item }) => item.id)));
  const [note, setNote] = useState('');
  const noteId = useId();

  function toggle(id: string, on: boolean) {
    setPicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <ShareLinkBuilder
      label="Chia sẻ cho học viên"
      submitLabel="Tạo liên kết bài giao"
      testId="share-assignment"
      explanation={
        <>
          Liên kết chứa mã khởi đầu, bảng tiêu chí và lời nhắn; học viên mở nó để làm bài, dữ liệu không gửi lên máy chủ nào. Mã bảng tiêu chí
          của bài giao này: <code data-testid="share-assignment-rubric-code">{rubricCode(exercise.id, narrowRubric(base, picked))}</code>. Kết quả học
          viên gửi lại mang cùng mã: dán chúng vào <Link href="/results/">Bảng kết quả lớp</Link> để chấm cả lớp.
        </>
      }
      contents={JSON.stringify([code, dockerignore ?? null, [...picked].sort(), note.trim()])}
      build={() =>
        encodeShareHash({
          v: 1,
          kind: 'assignment',
          chapter: exercise.chapter,
          exercise: exercise.id,
          files: shareFiles(code, dockerignore),
          rubric: narrowRubric(base, picked),
          ...(note.trim() ? { note: note.trim() } : {}),
        })
      }
    >
      {items.length > 0 ? (
        <fieldset className={styles.items}>
          <legend>Mục checklist được chấm</legend>
          {items.map(({ item }) => (
            <label key={item.id} className={styles.item}>
              <input type="checkbox" checked={picked.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />{' '}
              {item.group ? `${item.group} ` : ''}
              {item.text}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label htmlFor={noteId}>Lời nhắn cho học viên (không bắt buộc)</label>
      <textarea id={noteId} value={note} maxLength={SHARE_LIMITS.note} rows={3} onChange={(event) => setNote(event.target.value)} />
    </ShareLinkBuilder>
  );
}

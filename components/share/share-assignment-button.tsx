'use client';
// "Chia sẻ cho học viên": the instructor turns the exercise, with the code as it is now, the rubric
// and a note, into an assignment link.
import { useId, useState } from 'react';
import type { Exercise } from '@/lib/content/exercise';
import type { Rubric } from '@/lib/dockerfile/rubric';
import { encodeShareHash } from '@/lib/share/share-link';
import { SHARE_LIMITS } from '@/lib/share/share-payload';
import { ShareLinkBuilder } from './share-link-builder';

export interface ShareAssignmentButtonProps {
  exercise: Pick<Exercise, 'id' | 'chapter' | 'rubric'>;
  /** The Dockerfile in the editor now: it becomes the learner's starter code. */
  code: string;
  dockerignore?: string;
  /** Defaults to the exercise's rubric. */
  rubric?: Rubric;
}

export function ShareAssignmentButton({ exercise, code, dockerignore, rubric }: ShareAssignmentButtonProps) {
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <ShareLinkBuilder
      label="Chia sẻ cho học viên"
      submitLabel="Tạo liên kết bài giao"
      testId="share-assignment"
      explanation="Liên kết chứa mã khởi đầu, bảng tiêu chí và lời nhắn; học viên mở nó để làm bài, dữ liệu không gửi lên máy chủ nào."
      build={() =>
        encodeShareHash({
          v: 1,
          kind: 'assignment',
          chapter: exercise.chapter,
          exercise: exercise.id,
          files: { Dockerfile: code, ...(dockerignore ? { '.dockerignore': dockerignore } : {}) },
          rubric: rubric ?? exercise.rubric,
          ...(note.trim() ? { note: note.trim() } : {}),
        })
      }
    >
      <label htmlFor={noteId}>Lời nhắn cho học viên (không bắt buộc)</label>
      <textarea id={noteId} value={note} maxLength={SHARE_LIMITS.note} rows={3} onChange={(event) => setNote(event.target.value)} />
    </ShareLinkBuilder>
  );
}

'use client';
// "Gửi kết quả": the learner turns the Dockerfile into a result link for the instructor. It carries
// no score: the instructor's browser re-grades the Dockerfile when the link is opened.
import { useId, useState } from 'react';
import type { Exercise } from '@/lib/content/exercise';
import type { Rubric } from '@/lib/dockerfile/rubric';
import { encodeShareHash, shareFiles } from '@/lib/share/share-link';
import { SHARE_LIMITS } from '@/lib/share/share-payload';
import { ShareLinkBuilder } from './share-link-builder';
import styles from './share.module.css';

export interface SendResultButtonProps {
  exercise: Pick<Exercise, 'id' | 'chapter' | 'rubric'>;
  code: string;
  dockerignore?: string;
  /** The rubric the learner was graded with (an assignment's); defaults to the exercise's. */
  rubric?: Rubric;
  /** This browser recorded that the learner opened the reference solution: the link says so. */
  solutionSeen?: boolean;
}

const NAME_MISSING = 'Hãy nhập tên của bạn để giảng viên biết bài này của ai.';

export function SendResultButton({ exercise, code, dockerignore, rubric, solutionSeen = false }: SendResultButtonProps) {
  const [name, setName] = useState('');
  const nameId = useId();
  return (
    <ShareLinkBuilder
      label="Gửi kết quả"
      submitLabel="Tạo liên kết kết quả"
      testId="send-result"
      explanation="Gửi liên kết này cho giảng viên: bài được chấm lại từ Dockerfile khi mở, điểm không nằm trong liên kết."
      contents={JSON.stringify([code, dockerignore ?? null, name.trim(), solutionSeen])}
      build={() =>
        encodeShareHash({
          v: 1,
          kind: 'result',
          chapter: exercise.chapter,
          exercise: exercise.id,
          files: shareFiles(code, dockerignore),
          ...(rubric ? { rubric } : {}),
          name: name.trim(),
          ...(solutionSeen ? { solutionSeen: true as const } : {}),
        })
      }
    >
      <label htmlFor={nameId}>Tên của bạn</label>
      <input
        id={nameId}
        value={name}
        required
        pattern=".*\S.*"
        maxLength={SHARE_LIMITS.name}
        autoComplete="name"
        // The browser's own message would be in the browser's language, and spaces alone are no name.
        onInvalid={(event) => event.currentTarget.setCustomValidity(NAME_MISSING)}
        onChange={(event) => {
          event.currentTarget.setCustomValidity('');
          setName(event.target.value);
        }}
      />
      {/* Said before sending: the learner is not reported behind their back. */}
      {solutionSeen ? <p className={styles.hint} data-testid="send-result-solution-seen">Liên kết sẽ ghi rằng bạn đã xem lời giải mẫu của bài này.</p> : null}
    </ShareLinkBuilder>
  );
}

'use client';
// An instructor's assignment link: the exercise with the instructor's starter code, rubric and note.
import { useMemo } from 'react';
import Link from 'next/link';
import type { Exercise, ExerciseFile } from '@/lib/content/exercise';
import { lessonUrl } from '@/lib/dockerfile/lessons';
import type { SharePayload } from '@/lib/share/share-payload';
import { playgroundHref } from '@/lib/share/playground-link';
import { ExerciseIsland } from '@/components/exercise/exercise-island';
import { HeadingLevelProvider } from '@/components/layout/heading-level';
import { assignmentProgressKey } from './assignment-key';
import { sameRubric } from './same-rubric';
import styles from './share.module.css';

/** The exercise as the instructor set it: their Dockerfile (and .dockerignore) replace the starter files. */
export function assignedExercise(exercise: Exercise, payload: SharePayload): Exercise {
  const replaced: ExerciseFile[] = [
    { path: 'Dockerfile', content: payload.files.Dockerfile, readOnly: false, language: 'dockerfile' },
    ...(payload.files['.dockerignore'] !== undefined
      ? [{ path: '.dockerignore', content: payload.files['.dockerignore'], readOnly: false, language: 'ignore' }]
      : []),
  ];
  const context = exercise.files.filter((file) => file.path !== 'Dockerfile' && !(file.path === '.dockerignore' && payload.files['.dockerignore'] !== undefined));
  return { ...exercise, files: [...replaced, ...context], rubric: payload.rubric ?? exercise.rubric };
}

export function AssignmentView({ payload, exercise }: { payload: SharePayload; exercise: Exercise }) {
  const assigned = useMemo(() => assignedExercise(exercise, payload), [exercise, payload]);
  // Its own progress: the lesson's saved work neither replaces the instructor's starter nor is overwritten.
  const assignment = useMemo(
    () => ({ progressKey: assignmentProgressKey(payload), ...(payload.rubric ? { rubric: payload.rubric } : {}) }),
    [payload],
  );
  const paragraphs = exercise.prompt.split(/\n\s*\n/).filter((p) => p.trim() !== '');

  return (
    <article className={styles.view} data-share-kind="assignment">
      <p className={styles.kicker}>Bài giao từ giảng viên</p>
      <h1>{exercise.title}</h1>
      <p>
        <Link href={lessonUrl(exercise.question)}>Câu {exercise.question}: đọc bài học trước khi làm</Link>
      </p>
      {payload.note ? (
        <blockquote className={styles.note}>
          <p className={styles.noteLabel}>Lời nhắn của giảng viên</p>
          <p className={styles.noteText} data-testid="assignment-note">
            {payload.note}
          </p>
        </blockquote>
      ) : null}
      <h2>Đề bài</h2>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={styles.prompt}>
          {paragraph}
        </p>
      ))}
      {sameRubric(assigned.rubric, exercise.rubric) ? null : (
        <p className={styles.notice}>Giảng viên đã chọn bảng tiêu chí riêng cho bài này: điểm được tính theo bảng đó.</p>
      )}
      <p className={styles.notice}>
        Mã khởi đầu là mã giảng viên gửi. Bài giao được lưu riêng trên máy này: bài cùng câu hỏi trong bài học không bị ghi đè; bấm “Về mã
        khởi đầu” để lấy lại mã của giảng viên.
      </p>
      {/* Under "Đề bài": the workspace's headings (grade, findings, solution) are h3. */}
      <HeadingLevelProvider level={3}>
        <ExerciseIsland exercise={assigned} starter={payload.files.Dockerfile} assignment={assignment} />
      </HeadingLevelProvider>
      <p>
        <a href={playgroundHref(payload.files.Dockerfile, payload.files['.dockerignore'])}>Mở mã khởi đầu trong trình soạn thảo tự do</a>
      </p>
      <h2>Nộp bài</h2>
      <p>Khi xong, bấm “Gửi kết quả” dưới trình soạn thảo: liên kết mang Dockerfile đang có trong trình soạn thảo, giảng viên mở ra là bài được chấm lại.</p>
    </article>
  );
}

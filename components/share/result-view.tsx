'use client';
// A learner's result link: the Dockerfile is re-graded here, in the reader's browser; no score is
// ever read from the link.
import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { exerciseContextFiles, exerciseContextTexts, type Exercise } from '@/lib/content/exercise';
import { analyzeAndGrade } from '@/lib/dockerfile/grade';
import { lessonUrl } from '@/lib/dockerfile/lessons';
import type { SharePayload } from '@/lib/share/share-payload';
import { rubricCode } from '@/lib/share/fingerprint';
import { playgroundHref } from '@/lib/share/playground-link';
import { GradePanel } from '@/components/exercise/grade-panel';
import { FindingsList } from '@/components/editor/findings-list';
import { HeadingLevelProvider } from '@/components/layout/heading-level';
import { addToPaste } from '@/components/results/board-storage';
import { SharedCode, sharedLineId } from './shared-code';
import { sameRubric } from './same-rubric';
import styles from './share.module.css';

const noFix = () => undefined;

export function ResultView({ payload, exercise }: { payload: SharePayload; exercise: Exercise }) {
  const dockerfile = payload.files.Dockerfile;
  const dockerignore = payload.files['.dockerignore'];
  const rubric = payload.rubric ?? exercise.rubric;
  const ownRubric = !sameRubric(rubric, exercise.rubric);
  const [highlight, setHighlight] = useState<number | null>(null);
  const { analysis, grade } = useMemo(
    () => analyzeAndGrade(dockerfile, { rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(dockerignore !== undefined ? { dockerignore } : {}) }),
    [dockerfile, dockerignore, rubric, exercise],
  );
  // The link's rubric is as editable as the rest of the link: the exercise's own is the yardstick beside it.
  const fullGrade = useMemo(
    () =>
      ownRubric
        ? analyzeAndGrade(dockerfile, { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(dockerignore !== undefined ? { dockerignore } : {}) }).grade
        : null,
    [ownRubric, dockerfile, dockerignore, exercise],
  );
  // Quick fixes belong to the editor; here the findings are only read.
  const findings = useMemo(() => (analysis?.findings ?? []).map((finding) => ({ ...finding, fix: undefined })), [analysis]);

  const router = useRouter();
  const [boardMessage, setBoardMessage] = useState<string | null>(null);

  /** Adds this link to the board's saved list (once), then opens the board. */
  function addToBoard() {
    if (addToPaste(window.location.href) === 'failed') {
      setBoardMessage('Không thêm được: trình duyệt không cho lưu, hoặc danh sách đã đầy.');
      return;
    }
    router.push('/results/');
  }

  function jump(line: number) {
    setHighlight(line);
    const element = document.getElementById(sharedLineId('result', line));
    element?.scrollIntoView({ block: 'center' });
  }

  return (
    <article className={styles.view} data-share-kind="result">
      <p className={styles.kicker}>Kết quả bài tập</p>
      <h1>{exercise.title}</h1>
      <p>
        Học viên: <strong data-testid="result-name">{payload.name ?? 'không ghi tên'}</strong> ·{' '}
        <Link href={lessonUrl(exercise.question)}>Câu {exercise.question}</Link>
      </p>
      <p className={styles.notice}>
        Điểm dưới đây được chấm lại ngay trên máy bạn từ Dockerfile trong liên kết, không lấy từ liên kết. Mã bảng tiêu chí:{' '}
        <code data-testid="result-rubric-code">{rubricCode(exercise.id, rubric)}</code>{' '}
        <span data-testid="result-rubric-origin">
          {/* Only an assignment puts a rubric in the result link; one sent from the lesson's exercise is graded by the exercise's own. */}
          {payload.rubric
            ? '(bảng của bài giao: khớp với mã hiện khi tạo liên kết bài giao).'
            : '(bảng tiêu chí đầy đủ của bài tập: kết quả được gửi từ bài tập trong bài học, không qua liên kết bài giao).'}
        </span>{' '}
        Chấm cả lớp cùng lúc: dán các liên kết kết quả vào <Link href="/results/">Bảng kết quả lớp</Link>.
      </p>
      <p>
        <button type="button" className="button button--small" onClick={addToBoard}>
          Thêm vào Bảng kết quả lớp
        </button>{' '}
        {boardMessage ? (
          <span role="status" className={styles.hint}>
            {boardMessage}
          </span>
        ) : null}
      </p>
      {payload.solutionSeen ? (
        <p className={styles.notice} data-testid="result-solution-seen">
          Học viên đã xem lời giải mẫu trước khi gửi kết quả này. Thông tin do trình duyệt của học viên tự ghi lại và nằm trong liên kết, nên
          chỉ để tham khảo, không phải bằng chứng: liên kết không có dòng này cũng không chắc là học viên chưa xem.
        </p>
      ) : null}
      {fullGrade ? (
        <p className={styles.notice} data-testid="result-full-grade">
          Điểm dưới đây tính theo bảng tiêu chí riêng đi kèm liên kết (bảng của bài giao), không phải bảng đầy đủ của bài. Bảng đó nằm trong
          liên kết nên có thể đã bị sửa; để đối chiếu, theo bảng tiêu chí đầy đủ của bài:{' '}
          <strong>
            {fullGrade.passed}/{fullGrade.graded} mục đạt ({fullGrade.score}%)
          </strong>
          .
        </p>
      ) : null}
      {payload.note ? (
        <blockquote className={styles.note}>
          <p className={styles.noteLabel}>Ghi chú kèm theo</p>
          <p className={styles.noteText}>{payload.note}</p>
        </blockquote>
      ) : null}
      <HeadingLevelProvider level={2}>
        <GradePanel grade={grade} onJump={jump} />
      </HeadingLevelProvider>
      <SharedCode label="Dockerfile" code={dockerfile} idPrefix="result" highlight={highlight} />
      {dockerignore !== undefined ? <SharedCode label=".dockerignore" code={dockerignore} idPrefix="result-ignore" /> : null}
      <p>
        <a href={playgroundHref(dockerfile, dockerignore)}>Mở trong trình soạn thảo</a>
      </p>
      <h2>Phát hiện của trình phân tích</h2>
      <HeadingLevelProvider level={3}>
        <FindingsList findings={findings} onFix={noFix} onJump={jump} />
      </HeadingLevelProvider>
    </article>
  );
}

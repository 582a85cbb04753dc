'use client';
// "Xuất tiến độ" / "Nhập tiến độ": progress and quiz best scores as a JSON file, validated on the way back in.
import { useRef, useState } from 'react';
import { quizStoreLoaded, useQuizStore } from '@/lib/quiz/store';
import { progressSnapshot, useProgress } from '@/lib/store';
import { QuizNotices } from '@/components/quiz/quiz-notices';
import { flushAutosaves } from '@/components/exercise/use-autosave';
import { downloadText, fileDate } from '@/lib/download';

export function ProgressTransfer() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function exportFile() {
    // Code typed a moment ago, still waiting for its save, belongs in the file.
    flushAutosaves();
    const { exportProgress } = await import('@/lib/progress/transfer');
    await quizStoreLoaded();
    const json = exportProgress(progressSnapshot(useProgress.getState()), Date.now(), useQuizStore.getState().best);
    downloadText(json, `tien-do-hocdocker-${fileDate()}.json`, 'application/json');
    setMessage({ text: 'Đã xuất tiến độ ra tệp JSON.', error: false });
  }

  async function importFile(file: File) {
    const [{ importProgress, mergeProgress }, { mergeBestScores }] = await Promise.all([import('@/lib/progress/transfer'), import('@/lib/quiz/saved')]);
    const result = importProgress(await file.text());
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    const state = useProgress.getState();
    state.replaceProgress(mergeProgress(progressSnapshot(state), result.snapshot));
    await quizStoreLoaded(); // merged into the saved scores, not into defaults a later read would overwrite
    const quiz = useQuizStore.getState();
    quiz.replaceBestScores(mergeBestScores(quiz.best, result.quizBest));
    const count = Object.keys(result.snapshot.exercises).length;
    const scores = Object.keys(result.quizBest).length;
    setMessage({
      text: [`Đã nhập tiến độ (${count} bài tập, ${scores} điểm trắc nghiệm), gộp với tiến độ hiện có.`, ...result.notices].join(' '),
      error: false,
    });
  }

  return (
    <div className="progress-transfer">
      <button type="button" onClick={() => void exportFile()}>
        Xuất tiến độ
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Nhập tiến độ
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Chọn tệp tiến độ để nhập"
        data-testid="progress-import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {/* Exporting or importing reads the saved quiz results: one found broken (and backed up) is said here. */}
      <QuizNotices />
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'progress-transfer-error' : undefined}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

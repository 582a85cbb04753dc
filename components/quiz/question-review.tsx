// The review of one answered question: right or wrong, the correct answer, why (from the lesson and,
// for Dockerfile items, from the analyzer), and a link to the heading that teaches it.
import { choicesOf } from '@/lib/quiz/choices';
import type { QuestionKey } from '@/lib/quiz/answer-key';
import type { QuizItem } from '@/lib/quiz/types';
import styles from './quiz.module.css';

interface QuestionReviewProps {
  item: QuizItem;
  number: number;
  chosen: string[];
  correct: boolean;
  questionKey: QuestionKey;
  /** Repeat the prompt (the mixed quiz's review lists questions apart from the form). */
  showPrompt?: boolean;
}

function describeChoices(item: QuizItem, ids: string[]): string {
  const choices = choicesOf(item.question);
  const texts = choices.filter((c) => ids.includes(c.id)).map((c) => (item.question.kind === 'dockerfile-cache' ? `dòng ${c.id.slice(1)} (${c.text})` : c.text));
  return texts.length === 0 ? 'không có ý nào' : texts.join('; ');
}

export function QuestionReview({ item, number, chosen, correct, questionKey, showPrompt = false }: QuestionReviewProps) {
  return (
    <div className={`${styles.review} ${correct ? styles.reviewRight : styles.reviewWrong}`} data-review={item.question.id} data-correct={correct}>
      <p className={styles.verdict}>
        {showPrompt ? <span className={styles.number}>Câu hỏi {number}. </span> : null}
        <strong>{correct ? '✓ Đúng' : chosen.length === 0 ? '✗ Chưa trả lời' : '✗ Sai'}</strong>
        {showPrompt ? <span> — {item.question.prompt}</span> : null}
      </p>
      {!correct && chosen.length > 0 ? <p>Bạn chọn: {describeChoices(item, chosen)}</p> : null}
      {!correct ? <p>Đáp án đúng: {describeChoices(item, questionKey.correct)}</p> : null}
      <p>{item.question.explanation}</p>
      {questionKey.evidence.length > 0 ? (
        <details className={styles.evidence}>
          <summary>Bộ phân tích thấy gì</summary>
          <ul>
            {questionKey.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>
        Xem lại trong bài ({item.lessonLabel}): <a href={item.sectionHref}>{item.sectionTitle}</a>
      </p>
    </div>
  );
}

// One question as a fieldset: the prompt is its legend, choices are real radios or checkboxes, so
// keyboard and screen readers work without extra code. Dockerfile items show the snippet numbered.
import { allowsSeveral, choicesOf } from '@/lib/quiz/choices';
import type { QuizQuestion } from '@/lib/quiz/types';
import styles from './quiz.module.css';

interface QuestionFieldsetProps {
  question: QuizQuestion;
  /** 1-based position in the quiz. */
  number: number;
  /** Prefix for input names, unique on the page. */
  name: string;
  chosen: string[];
  disabled: boolean;
  /** Without it (the server's first draw of a lesson quiz), the inputs are the browser's own until the quiz's code takes over. */
  onChange?(choices: string[]): void;
}

export function QuestionFieldset({ question, number, name, chosen, disabled, onChange }: QuestionFieldsetProps) {
  const several = allowsSeveral(question);
  const inputName = `${name}-${question.id}`;
  const toggle = (id: string, checked: boolean) => {
    if (!several) onChange?.([id]);
    else onChange?.(checked ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  };
  return (
    <fieldset className={styles.question} disabled={disabled} data-question={question.id} data-kind={question.kind}>
      <legend className={styles.legend}>
        <span className={styles.number}>Câu hỏi {number}.</span> {question.prompt}
        {several ? <span className={styles.hint}> (Có thể chọn nhiều ý.)</span> : null}
      </legend>
      {'dockerfile' in question ? <DockerfileSnippet source={question.dockerfile} /> : null}
      <ul className={styles.choices}>
        {choicesOf(question).map((choice) => (
          <li key={choice.id}>
            <label className={styles.choice}>
              <input
                type={several ? 'checkbox' : 'radio'}
                name={inputName}
                value={choice.id}
                {...(onChange
                  ? { checked: chosen.includes(choice.id), onChange: (event: React.ChangeEvent<HTMLInputElement>) => toggle(choice.id, event.currentTarget.checked) }
                  : { defaultChecked: chosen.includes(choice.id) })}
              />
              <span>
                {question.kind === 'dockerfile-cache' ? (
                  <>
                    Dòng {choice.id.slice(1)}: <code>{choice.text}</code>
                  </>
                ) : (
                  choice.text
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function DockerfileSnippet({ source }: { source: string }) {
  return (
    <pre className={styles.snippet} aria-label="Dockerfile của câu hỏi" tabIndex={0}>
      <code>
        {source.split('\n').map((line, index) => (
          <span key={index} className={styles.snippetLine}>
            <span className={styles.lineNumber} aria-hidden="true">
              {index + 1}
            </span>
            {line}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}

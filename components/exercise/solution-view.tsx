'use client';
// The reference solution, with a line diff of the learner's Dockerfile against it.
import { lineDiff } from './line-diff';

const MARK = { same: ' ', added: '+', removed: '−' } as const;
const LABEL = { same: '', added: 'Chỉ có trong lời giải: ', removed: 'Chỉ có trong bài của bạn: ' } as const;

export function SolutionView({ code, solution }: { code: string; solution: string }) {
  const diff = lineDiff(code, solution);
  return (
    <div className="solution-view" data-testid="solution">
      <h4>Lời giải tham khảo</h4>
      <pre className="solution-code">
        <code>{solution}</code>
      </pre>
      <h4>So sánh với bài của bạn</h4>
      <p className="solution-legend">
        Dòng “−” chỉ có trong bài của bạn, dòng “+” chỉ có trong lời giải.
      </p>
      <pre className="line-diff" aria-label="So sánh từng dòng">
        {diff.map((line, index) => (
          <div key={index} className={`diff-${line.kind}`}>
            <span aria-hidden="true">{MARK[line.kind]} </span>
            {line.kind === 'same' ? null : <span className="visually-hidden">{LABEL[line.kind]}</span>}
            {line.text || ' '}
          </div>
        ))}
      </pre>
    </div>
  );
}

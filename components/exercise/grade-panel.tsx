'use client';
// The grade of the code as it is now: recomputed from the analysis every time, never read from storage.
import { useState } from 'react';
import type { Grade, GradeItem } from '@/lib/dockerfile/rubric';
import { Heading } from '@/components/layout/heading-level';

const STATUS_LABEL: Record<GradeItem['status'], string> = {
  pass: 'Đạt',
  fail: 'Chưa đạt',
  manual: 'Không kiểm tra tự động được',
};

export function GradePanel({ grade, onJump }: { grade: Grade; onJump(line: number): void }) {
  const requirements = grade.items.filter((item) => item.kind === 'requirement');
  const checklist = grade.items.filter((item) => item.kind !== 'requirement');
  return (
    <section className="grade-panel" aria-label="Kết quả chấm" data-testid="grade-panel" data-score={grade.score}>
      <p className="grade-summary">
        <strong data-testid="grade-count">
          {grade.passed}/{grade.graded} mục đạt
        </strong>{' '}
        · <span className="grade-score" data-testid="grade-score">{grade.score}%</span>
        {grade.score === 100 ? <span className="grade-complete"> · Hoàn thành!</span> : null}
      </p>
      {requirements.length > 0 ? (
        <>
          <Heading className="grade-panel-heading">Yêu cầu của bài</Heading>
          <GradeItems items={requirements} onJump={onJump} />
        </>
      ) : null}
      {checklist.length > 0 ? (
        <>
          <Heading className="grade-panel-heading">Checklist</Heading>
          <GradeItems items={checklist} onJump={onJump} />
        </>
      ) : null}
    </section>
  );
}

function GradeItems({ items, onJump }: { items: GradeItem[]; onJump(line: number): void }) {
  return (
    <ul className="grade-items">
      {items.map((item) => (
        <li key={item.id} className={`grade-item grade-${item.status}`} data-item={item.id} data-status={item.status}>
          {item.status === 'manual' ? <SelfCheck item={item} /> : <StatusMark status={item.status} />}
          <span className="grade-label">{item.label}</span>
          {item.status === 'manual' ? <span className="grade-manual"> — {STATUS_LABEL.manual}</span> : null}
          {item.why ? <span className="grade-why"> — {item.why}</span> : null}
          {item.lines.length > 0 && item.status !== 'pass' ? (
            <>
              {' '}
              <button type="button" className="grade-jump" onClick={() => onJump(item.lines[0] ?? 1)}>
                Tới dòng {item.lines[0]}
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function StatusMark({ status }: { status: 'pass' | 'fail' }) {
  return (
    <span className="grade-mark" aria-label={STATUS_LABEL[status]} role="img">
      {status === 'pass' ? '✓' : '✗'}
    </span>
  );
}

/** A box the learner may tick for themselves; it never changes the score. */
function SelfCheck({ item }: { item: GradeItem }) {
  const [checked, setChecked] = useState(false);
  return (
    <input
      type="checkbox"
      className="grade-self-check"
      checked={checked}
      onChange={(event) => setChecked(event.target.checked)}
      aria-label={`Tự kiểm tra (không tính điểm): ${item.label}`}
    />
  );
}

// The correct answers of a quiz. Plain questions carry theirs; Dockerfile questions are keyed by the
// real analyzer at grading time (never a stored answer), so the key moves with the rules. Loaded
// lazily by the UI: it pulls in the analyzer.
import { analyze } from '@/lib/dockerfile/analyze';
import { simulateLayerCache } from '@/lib/dockerfile/layer-cache';
import { cacheLineChoices } from './choices';
import type { QuizQuestion } from './types';

export interface QuestionKey {
  /** Correct choice ids (one for radio questions). */
  correct: string[];
  /** What the analyzer saw, in Vietnamese, shown in the review under the explanation. */
  evidence: string[];
}

export function answerKey(question: QuizQuestion): QuestionKey {
  switch (question.kind) {
    case 'single':
      return { correct: [question.answer], evidence: [] };
    case 'multiple':
      return { correct: [...question.answers], evidence: [] };
    case 'dockerfile-findings': {
      const { findings } = analyze(question.dockerfile);
      const offered = new Set(question.choices.map((c) => c.rule));
      const correct = question.choices.filter((c) => findings.some((f) => f.rule === c.rule)).map((c) => c.id);
      const evidence = findings.filter((f) => offered.has(f.rule)).map((f) => `Dòng ${f.line} (${f.rule}): ${f.message}`);
      return { correct, evidence };
    }
    case 'dockerfile-cache': {
      const steps = simulateLayerCache(analyze(question.dockerfile), { change: { kind: 'file', path: question.changedFile } });
      const first = steps.find((step) => step.status === 'rebuilt');
      const offered = new Set(cacheLineChoices(question.dockerfile).map((c) => c.id));
      const id = first ? `L${first.line}` : '';
      return {
        correct: offered.has(id) ? [id] : [],
        evidence: steps.map((step) => `Dòng ${step.line} ${step.keyword}: ${step.status === 'rebuilt' ? 'build lại' : 'dùng cache'} — ${step.reason}`),
      };
    }
  }
}

export function answerKeys(questions: QuizQuestion[]): Record<string, QuestionKey> {
  return Object.fromEntries(questions.map((q) => [q.id, answerKey(q)]));
}

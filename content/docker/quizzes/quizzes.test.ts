// Lesson quizzes are checked like code: valid data, anchors that exist, Dockerfile items whose key
// (computed by the real analyzer) is neither empty nor everything, and the <Quiz> tag in each lesson.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/dockerfile/analyze';
import { LESSON_SLUGS } from '@/lib/dockerfile/lessons';
import { rulesById } from '@/lib/dockerfile/rules';
import { parseHeadings } from '@/lib/content/headings';
import { getLessons } from '@/lib/content/lessons.server';
import { answerKey } from '@/lib/quiz/answer-key';
import { cacheLineChoices } from '@/lib/quiz/choices';
import { lessonQuizSchema } from '@/lib/quiz/schema';
import { allQuizItems } from '@/lib/quiz/items.server';
import { quizzes, getQuiz } from '.';

const lessons = getLessons('docker');

function lessonSource(question: number): string {
  const lesson = lessons.find((l) => l.question === question);
  if (!lesson) throw new Error(`no lesson ${question}`);
  return readFileSync(path.join(process.cwd(), lesson.file), 'utf8');
}

describe('lesson quizzes', () => {
  it('cover the ten questions in order', () => {
    expect(quizzes.map((q) => q.id)).toEqual(lessons.map((l) => `q${l.question}`));
    expect(getQuiz('q3')?.question).toBe(3);
    expect(getQuiz('q0')).toBeUndefined();
  });

  it.each(quizzes.map((q) => [q.id, q] as const))('%s matches the quiz schema', (_id, quiz) => {
    const parsed = lessonQuizSchema.safeParse(quiz);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 1)).toBe(true);
  });

  it('rejects broken data (the schema can fail)', () => {
    const quiz = structuredClone(getQuiz('q1')!);
    const first = quiz.questions[0]!;
    if (first.kind === 'single') first.answer = 'z';
    expect(lessonQuizSchema.safeParse(quiz).success).toBe(false);
    expect(lessonQuizSchema.safeParse({ ...quiz, questions: quiz.questions.slice(0, 2) }).success).toBe(false);
  });

  it('use question ids once across the chapter', () => {
    const ids = quizzes.flatMap((q) => q.questions.map((question) => question.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(quizzes.map((q) => [q.id, q] as const))('%s links every question to a heading of its lesson', (_id, quiz) => {
    const ids = new Set(parseHeadings(lessonSource(quiz.question)).headings.map((h) => h.id));
    for (const question of quiz.questions) expect(ids.has(question.anchor), `${question.id} → #${question.anchor}`).toBe(true);
  });

  it('resolve each anchor to a lesson URL and heading text', () => {
    const items = allQuizItems();
    expect(items).toHaveLength(quizzes.reduce((n, q) => n + q.questions.length, 0));
    const item = items.find((i) => i.question.id === 'q8-2')!;
    expect(item.sectionHref).toBe(`/docker/${LESSON_SLUGS[8]}/#optimal-layer-ordering`);
    expect(item.sectionTitle).toBe('2. Optimal Layer Ordering');
  });

  it('mix kinds: every kind appears, and most lessons have a Dockerfile item', () => {
    const kinds = new Set(quizzes.flatMap((q) => q.questions.map((question) => question.kind)));
    expect([...kinds].sort()).toEqual(['dockerfile-cache', 'dockerfile-findings', 'multiple', 'single']);
    const withDockerfile = quizzes.filter((q) => q.questions.some((question) => question.kind.startsWith('dockerfile')));
    expect(withDockerfile.length).toBeGreaterThanOrEqual(8);
  });
});

const dockerfileQuestions = quizzes.flatMap((q) => q.questions).filter((q) => q.kind === 'dockerfile-findings' || q.kind === 'dockerfile-cache');

describe('Dockerfile items graded by the analyzer', () => {
  it.each(dockerfileQuestions.map((q) => [q.id, q] as const))('%s parses cleanly and has a key that discriminates', (_id, question) => {
    const analysis = analyze(question.dockerfile);
    expect(analysis.ruleErrors).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    const key = answerKey(question);
    if (question.kind === 'dockerfile-findings') {
      for (const choice of question.choices) {
        expect(rulesById.get(choice.rule), choice.rule).toBeDefined();
        expect(rulesById.get(choice.rule)?.meta.defaultEnabled, `${choice.rule} runs by default`).toBe(true);
      }
      expect(key.correct.length).toBeGreaterThan(0);
      expect(key.correct.length).toBeLessThan(question.choices.length);
      expect(key.evidence.length).toBeGreaterThanOrEqual(key.correct.length);
    } else {
      const lines = analysis.ast.instructions.map((i) => `L${i.range.line}`);
      expect(cacheLineChoices(question.dockerfile).map((c) => c.id)).toEqual(lines); // one instruction per line
      expect(key.correct).toHaveLength(1);
    }
  });
});

describe('lessons carry their quiz', () => {
  it.each(lessons.map((l) => [l.question] as const))('lesson %i has <Quiz> under "Kiểm tra nhanh", right after its exercise', (question) => {
    const source = lessonSource(question);
    const exercise = `<Exercise id="q${question}" />`;
    const quiz = `<Quiz id="q${question}" />`;
    expect(source.split(quiz)).toHaveLength(2);
    const after = source.slice(source.indexOf(exercise) + exercise.length);
    expect(after.trim()).toBe(`## Kiểm tra nhanh {/*kiem-tra-nhanh*/}\n\n${quiz}`);
  });
});

// The quiz content format, checked in tests (content is checked like code): ids, choices, keys.
import { z } from 'zod';

const text = z.string().trim().min(3);
const choiceId = z.string().regex(/^[a-f]$/);
const anchor = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const choice = z.strictObject({ id: choiceId, text });

const base = {
  id: z.string().regex(/^q\d{1,2}-\d{1,2}$/),
  prompt: text,
  explanation: text,
  anchor,
};

function distinctIds(choices: { id: string }[]): boolean {
  return new Set(choices.map((c) => c.id)).size === choices.length;
}

const singleSchema = z
  .strictObject({ ...base, kind: z.literal('single'), choices: z.array(choice).min(2).max(6), answer: choiceId })
  .refine((q) => distinctIds(q.choices), 'choice ids must be distinct')
  .refine((q) => q.choices.some((c) => c.id === q.answer), 'answer must be one of the choices');

const multipleSchema = z
  .strictObject({ ...base, kind: z.literal('multiple'), choices: z.array(choice).min(3).max(6), answers: z.array(choiceId).min(1) })
  .refine((q) => distinctIds(q.choices), 'choice ids must be distinct')
  .refine((q) => q.answers.every((a) => q.choices.some((c) => c.id === a)), 'answers must be choices')
  .refine((q) => new Set(q.answers).size === q.answers.length && q.answers.length < q.choices.length, 'answers must be distinct and leave a wrong choice');

const findingsSchema = z
  .strictObject({
    ...base,
    kind: z.literal('dockerfile-findings'),
    dockerfile: z.string().min(5).max(2000),
    choices: z.array(z.strictObject({ id: choiceId, text, rule: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/) })).min(3).max(6),
  })
  .refine((q) => distinctIds(q.choices), 'choice ids must be distinct')
  .refine((q) => new Set(q.choices.map((c) => c.rule)).size === q.choices.length, 'each rule is offered once');

const cacheSchema = z.strictObject({
  ...base,
  kind: z.literal('dockerfile-cache'),
  dockerfile: z.string().min(5).max(2000),
  changedFile: z.string().regex(/^[\w./-]+$/),
});

export const quizQuestionSchema = z.union([singleSchema, multipleSchema, findingsSchema, cacheSchema]);

export const lessonQuizSchema = z
  .strictObject({
    id: z.string().regex(/^q\d{1,2}$/),
    question: z.number().int().min(1).max(10),
    questions: z.array(quizQuestionSchema).min(4).max(6),
  })
  .refine((quiz) => quiz.id === `q${quiz.question}`, 'id must be q<question>')
  .refine((quiz) => quiz.questions.every((q) => q.id.startsWith(`${quiz.id}-`)), 'question ids must start with the quiz id');

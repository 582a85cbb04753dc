// The analyzer's public entry: the same code runs in the browser (editor, grading) and in the CLI.
export { analyze, formatMessage, PRAGMA } from './analyze';
export type { Analysis } from './analyze';
export { parse } from './parse';
export { rules, rulesById } from './rules';
export { lessonUrl, ruleUrl, LESSON_SLUGS, CHAPTER_SLUG } from './lessons';
export type * from './types';

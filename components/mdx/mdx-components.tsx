// The one registry of what MDX lessons may render, named after what a reader sees.
import type { MDXComponents } from 'mdx/types';
import { Checklist } from '@/components/checklist/checklist';
import { Exercise } from '@/components/exercise/exercise';
import { Quiz } from '@/components/quiz/quiz';
import { CodeBlock } from './code-block';
import { H2, H3 } from './heading';
import { KeyPoints } from './key-points';
import { Table } from './table';
import { TaskBox } from './task-box';

export const mdxComponents = {
  h2: H2,
  h3: H3,
  table: Table,
  input: TaskBox,
  CodeBlock,
  KeyPoints,
  Exercise,
  Checklist,
  Quiz,
} satisfies MDXComponents;

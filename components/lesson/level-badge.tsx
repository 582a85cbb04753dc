import type { LessonMeta } from '@/lib/content/lessons.server';
import { LEVEL_LABELS } from './lesson-links';

export function LevelBadge({ level }: { level: LessonMeta['level'] }) {
  return <span className={`level-badge level-badge--${level}`}>{LEVEL_LABELS[level]}</span>;
}

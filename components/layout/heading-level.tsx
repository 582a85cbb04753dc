'use client';
// Headings at the level of the place they are drawn in: the findings, grade and solution under an
// exercise's h3 start at h4, under a page's h2 at h3, so the outline a screen reader walks never skips a level.
import { createContext, useContext, type HTMLAttributes, type ReactNode, type Ref } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const LevelContext = createContext<HeadingLevel>(2);

/** `<Heading>`s inside are at `level`: one below the heading of the section that holds them. */
export function HeadingLevelProvider({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  return <LevelContext value={level}>{children}</LevelContext>;
}

/** What follows a `<Heading>` and belongs under it: its own headings one level down. */
export function Subsections({ children }: { children: ReactNode }) {
  const level = useContext(LevelContext);
  return <LevelContext value={Math.min(6, level + 1) as HeadingLevel}>{children}</LevelContext>;
}

export function Heading({ ref, ...props }: HTMLAttributes<HTMLHeadingElement> & { ref?: Ref<HTMLHeadingElement> }) {
  const Tag = `h${useContext(LevelContext)}` as const;
  return <Tag ref={ref} {...props} />;
}

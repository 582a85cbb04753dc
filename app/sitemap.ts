import type { MetadataRoute } from 'next';
import { lessonHref } from '@/components/lesson/lesson-links';
import { SITE_URL } from '@/components/layout/site';
import { getAllLessons } from '@/lib/content/lessons.server';
import { rules } from '@/lib/dockerfile/rules';
import { ruleUrl } from '@/lib/dockerfile/lessons';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['/', ...getAllLessons().map(lessonHref), '/playground/', '/quiz/', '/rules/', ...rules.map((rule) => ruleUrl(rule.meta.id))];
  return paths.map((path) => ({ url: new URL(path, SITE_URL).href, changeFrequency: 'monthly', priority: path === '/' ? 1 : 0.8 }));
}

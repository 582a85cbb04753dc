import { describe, expect, it } from 'vitest';
import { rules } from '@/lib/dockerfile/rules';
import { getAllLessons, getLesson } from '@/lib/content/lessons.server';
import { buildSearchDocuments, type SearchableLesson, type SearchDocument } from './documents';
import { createSearchIndex, searchDocuments } from './search-index';

const labels = { question: (n: number) => `Câu ${n}`, category: (c: string) => `Nhóm ${c}` };

function doc(id: string, title: string, text = ''): SearchDocument {
  return { id, kind: 'heading', title, context: '', text, url: `/${id}/` };
}

const sample = [
  doc('cache', 'Giải thích về Docker layer caching và cách tối ưu build time?'),
  doc('pack', 'Docker đóng gói ứng dụng'),
  doc('secret', 'Secret Management', 'không hard-code secret'),
  doc('stage', 'Multi-stage Build'),
];
const ids = (query: string, documents = sample) => searchDocuments(createSearchIndex(documents), query).map((hit) => hit.id);

describe('searchDocuments', () => {
  it('ignores Vietnamese accents in the query and in the documents', () => {
    expect(ids('toi uu')).toEqual(['cache']);
    expect(ids('tối ưu')).toEqual(['cache']);
    expect(ids('TOI UU')).toEqual(['cache']);
  });

  it('matches đ with a plain d', () => {
    expect(ids('dong goi')).toEqual(['pack']);
    expect(ids('d')).toContain('pack');
    expect(ids('đóng')).toEqual(['pack']);
  });

  it('matches prefixes and small typos', () => {
    expect(ids('multi-sta')).toEqual(['stage']);
    expect(ids('managment')).toContain('secret');
  });

  it('requires every word of the query', () => {
    expect(ids('docker tối ưu')).toEqual(['cache']);
    expect(ids('docker zzzz')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
});

describe('the site documents', () => {
  const lessons: SearchableLesson[] = getAllLessons().map((meta) => {
    const lesson = getLesson(meta.chapter, meta.slug);
    if (!lesson) throw new Error(`missing lesson ${meta.slug}`);
    return { ...meta, headings: lesson.headings };
  });
  const documents = buildSearchDocuments(lessons, rules.map((rule) => rule.meta), labels);

  it('covers every lesson, every heading and every rule once', () => {
    const headingCount = lessons.reduce((sum, lesson) => sum + lesson.headings.length, 0);
    expect(documents).toHaveLength(lessons.length + headingCount + rules.length);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });

  it('finds a lesson by its title without accents and links to it', () => {
    const hits = searchDocuments(createSearchIndex(documents), 'layer caching toi uu build time');
    expect(hits[0]).toMatchObject({ kind: 'lesson', url: '/docker/layer-caching/' });
  });

  it('does not return every heading of a lesson for words of the lesson title', () => {
    const hits = searchDocuments(createSearchIndex(documents), 'toi uu');
    expect(hits.filter((hit) => hit.kind === 'heading' && !/tối ưu/i.test(hit.title))).toEqual([]);
    expect(hits.map((hit) => hit.url)).toContain('/docker/layer-caching/');
  });

  it('finds a lesson by its question number', () => {
    expect(searchDocuments(createSearchIndex(documents), 'câu 8')[0]?.url).toBe('/docker/layer-caching/');
  });

  it('finds a heading and links to its anchor', () => {
    const hits = searchDocuments(createSearchIndex(documents), 'bang so sanh base images');
    expect(hits[0]?.url).toBe('/docker/toi-uu-image/#bang-so-sanh-base-images');
  });

  it('finds a rule by its id and by a hadolint alias', () => {
    const index = createSearchIndex(documents);
    expect(searchDocuments(index, 'pip-no-cache-dir')[0]?.url).toBe('/rules/pip-no-cache-dir/');
    expect(searchDocuments(index, 'DL3042').map((hit) => hit.url)).toContain('/rules/pip-no-cache-dir/');
  });
});

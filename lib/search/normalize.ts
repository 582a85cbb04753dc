// Accent-insensitive matching: "toi uu" finds "tối ưu", "d" finds "đ". Applied to indexed terms and queries alike.
import { stripDiacritics } from '@/lib/content/slug';

export function normalizeSearchTerm(term: string): string {
  return stripDiacritics(term).toLowerCase();
}

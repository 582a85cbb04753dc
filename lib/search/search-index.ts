// The in-browser search engine: MiniSearch over the build-time documents, with prefix and fuzzy matching.
import MiniSearch from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';
import { normalizeSearchTerm } from './normalize';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  context: string;
  url: string;
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndex(documents: SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'context', 'url'],
    processTerm: (term) => normalizeSearchTerm(term) || null,
    searchOptions: {
      prefix: true,
      fuzzy: 0.2,
      // Every word typed must match somewhere: "toi uu image" narrows, it never widens.
      combineWith: 'AND',
      boost: { title: 3 },
    },
  });
  index.addAll(documents);
  return index;
}

export function searchDocuments(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  if (query.trim() === '') return [];
  return index
    .search(query)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      kind: result.kind as SearchKind,
      title: String(result.title),
      context: String(result.context),
      url: String(result.url),
    }));
}

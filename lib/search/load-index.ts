// Loads the build-time documents once per page and builds the index; later opens reuse it.
import type { SearchDocument } from './documents';
import { createSearchIndex, type SearchIndex } from './search-index';

export const SEARCH_INDEX_PATH = '/search-index.json';

let loading: Promise<SearchIndex> | null = null;

function isDocumentList(value: unknown): value is SearchDocument[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && typeof (d as SearchDocument).id === 'string');
}

export function loadSearchIndex(): Promise<SearchIndex> {
  loading ??= fetch(SEARCH_INDEX_PATH)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((value) => {
      if (!isDocumentList(value)) throw new Error('unexpected search index');
      return createSearchIndex(value);
    })
    .catch((error: unknown) => {
      // A failed load may succeed on the next open (e.g. back online).
      loading = null;
      throw error;
    });
  return loading;
}

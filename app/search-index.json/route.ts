// The search documents as a static file, fetched by the search dialog the first time it opens.
import { siteSearchDocuments } from '@/lib/search/documents.server';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(siteSearchDocuments());
}

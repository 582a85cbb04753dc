// ASCII slugs for headings and search: "4. Secret Management (Never…)" → "secret-management-never".
// Vietnamese diacritics are dropped and đ/Đ become d (NFD leaves đ intact, so it is mapped by hand).

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export function slugify(heading: string): string {
  return stripDiacritics(heading)
    .toLowerCase()
    .replace(/^\s*(?:strategy|technique|vi du|ví dụ)?\s*\d+\s*[.:)]\s*/i, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

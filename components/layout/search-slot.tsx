// Where site search opens (Ctrl+K or "/"). Placeholder until the search feature replaces this file's body.
export function SearchSlot() {
  return (
    <button type="button" className="search-button" disabled aria-label="Tìm kiếm (sắp có)" title="Tìm kiếm (sắp có)">
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="search-button__label">Tìm kiếm</span>
    </button>
  );
}

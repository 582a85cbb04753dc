// Site search: the header button (with Ctrl+K and "/") and the dialog it opens. Nothing here imports the
// dialog module statically: MiniSearch and the index stay out of every page's first-load JS.
export { SearchButton, SearchDialog } from './search-button';

// Constants of the saved-progress format, apart from the zod schema so the store (loaded on every
// page) does not pull zod into the first-load JS; the schema itself is loaded when state is read.

/** Bump when the saved shape changes, and add a step to `migrations.ts`. */
export const PROGRESS_VERSION = 2;

/** Code above this size is not autosaved (localStorage holds about 5 MB for the whole site). */
export const MAX_SAVED_CODE_CHARS = 200_000;

/** More hints than any exercise has (three at most): a saved count above it is not one this site wrote. */
export const MAX_REVEALED_HINTS = 10;

/** A saved analysis view with more findings or layer steps than this is not kept (it would not be drawn fast anyway). */
export const MAX_SHOWN_ITEMS = 200;

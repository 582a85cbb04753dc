// The learner's explicit light/dark choice. Without one, CSS follows the system (color-scheme).
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'hocdocker-theme';

/**
 * Runs in <head> before the body is parsed, so a saved choice applies before the first paint
 * (no flash). Kept tiny and dependency-free: it is inlined into every page.
 */
export const themeInitScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}})()`;

import { themeInitScript } from './theme';

/** Inline, render-blocking on purpose: see `themeInitScript`. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />;
}

// The site's two typefaces, from their npm packages (@fontsource), served from this origin.
// font-display: optional, preloaded: the text is laid out once, in the web font when it arrives
// within the first paint's short wait, else in the system font for that page view. With `swap` the
// fallback (DejaVu Sans on Linux, wider) reflowed every paragraph when the font came: 88 px above
// lesson 1's exercise at 360 px. One family per subset, because next/font gives one unicode-range per
// call: the stack in globals.css lists them in the order the fontsource CSS made the browser try them.
// The code font swaps instead: its fallback is as wide (DejaVu Sans Mono: 0.602 em, JetBrains Mono:
// 0.6 em), so nothing reflows, and the fallback lacks letters the lessons and learners write (ễ, ẫ,
// ổ, ể…): Chromium draws them as ê˜, â˜. Left in the fallback for the page view, as `optional` left
// them whenever the file missed the first paint, code with Vietnamese comments stayed garbled.
import localFont from 'next/font/local';

export const beVietnamProLatin = localFont({
  src: [
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-500-normal.woff2', weight: '500', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  variable: '--font-be-vietnam-pro-latin',
});

export const beVietnamProLatinExt = localFont({
  src: [
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-500-normal.woff2', weight: '500', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
  variable: '--font-be-vietnam-pro-latin-ext',
});

export const beVietnamProVietnamese = localFont({
  src: [
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-500-normal.woff2', weight: '500', style: 'normal' },
    { path: '../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB' }],
  variable: '--font-be-vietnam-pro-vietnamese',
});

export const jetBrainsMonoLatin = localFont({
  src: '../../node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
  weight: '400',
  style: 'normal',
  display: 'swap',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  variable: '--font-jetbrains-mono-latin',
});

export const jetBrainsMonoLatinExt = localFont({
  src: '../../node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-ext-400-normal.woff2',
  weight: '400',
  style: 'normal',
  display: 'swap',
  // Code is mostly ASCII: only the Latin file is worth fetching before the first paint.
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
  variable: '--font-jetbrains-mono-latin-ext',
});

export const jetBrainsMonoVietnamese = localFont({
  src: '../../node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-vietnamese-400-normal.woff2',
  weight: '400',
  style: 'normal',
  display: 'swap',
  // Code is mostly ASCII: only the Latin file is worth fetching before the first paint.
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB' }],
  variable: '--font-jetbrains-mono-vietnamese',
});

/** Class names that define the font variables globals.css builds --font-sans and --font-mono from. */
export const fontVariables = [beVietnamProLatin, beVietnamProLatinExt, beVietnamProVietnamese, jetBrainsMonoLatin, jetBrainsMonoLatinExt, jetBrainsMonoVietnamese]
  .map((font) => font.variable)
  .join(' ');

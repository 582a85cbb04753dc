import 'server-only';
// Build-time highlighting of the rule examples with the lessons' two themes (CODE_THEMES), in the
// markup the lessons' code-block styles expect (`[data-line]` rows, colours as --shiki-* variables).
import { createHighlighter, type Highlighter } from 'shiki';
import { CODE_THEMES } from '@/lib/content/compile.server';

let highlighter: Promise<Highlighter> | null = null;

export async function highlightDockerfile(code: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: [CODE_THEMES.light, CODE_THEMES.dark], langs: ['dockerfile'] });
  return (await highlighter).codeToHtml(code.replace(/\n$/, ''), {
    lang: 'dockerfile',
    themes: CODE_THEMES,
    defaultColor: false,
    transformers: [
      {
        line(node) {
          node.properties['data-line'] = '';
        },
      },
    ],
  });
}

// Compiles a lesson's MDX body to the code that `getMDXComponent` renders, at build time only.
// Author content only (never user input); one compile at a time (esbuild and shiki are heavy on
// 2 cores) and cached by content hash, since generateMetadata and the page both ask for it.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { bundleMDX } from 'mdx-bundler';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import { visit, SKIP } from 'unist-util-visit';
import { playgroundHref } from '@/lib/share/playground-link';
import { remarkHeadingIds } from './remark-heading-ids';

export interface CompiledMdx {
  /** Function body for `getMDXComponent` from `mdx-bundler/client`. */
  code: string;
}

/** Light and dark syntax themes; github-dark-default passes axe colour contrast, github-dark does not. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

const prettyCodeOptions: PrettyCodeOptions = {
  theme: CODE_THEMES,
  keepBackground: false,
  defaultLang: { block: 'text' },
};

/**
 * Wraps every fenced block in `<CodeBlock language playgroundHref?>` before highlighting, while the
 * raw text is still there: the "Mở trong trình soạn thảo" href is built here, at build time.
 */
function rehypeCodeBlocks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const language = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
      const raw = hastToString(code).replace(/\n$/, '');
      const attributes: MdxJsxFlowElementHast['attributes'] = [
        { type: 'mdxJsxAttribute', name: 'language', value: language },
      ];
      if (language === 'dockerfile') {
        attributes.push({ type: 'mdxJsxAttribute', name: 'playgroundHref', value: playgroundHref(`${raw}\n`) });
      }
      const block: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: 'CodeBlock',
        attributes,
        children: [pre],
      };
      parent.children.splice(index, 1, block as unknown as ElementContent);
      return SKIP;
    });
  };
}

async function compileNow(body: string, source: string): Promise<CompiledMdx> {
  const { code } = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, [remarkHeadingIds, { source }]];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeCodeBlocks, [rehypePrettyCode, prettyCodeOptions]];
      return options;
    },
  });
  if (typeof code !== 'string' || code.length === 0) throw new Error(`${source}: MDX compiled to nothing`);
  return { code };
}

const compiled = new Map<string, Promise<CompiledMdx>>();
let queue: Promise<unknown> = Promise.resolve();

/** `source` names the file in error messages (a heading without id, a syntax error). */
export function compileMdx(body: string, source = 'MDX'): Promise<CompiledMdx> {
  const key = createHash('sha256').update(body).digest('hex');
  const cached = compiled.get(key);
  if (cached) return cached;
  const result = queue.then(() => compileNow(body, source));
  queue = result.catch(() => undefined);
  compiled.set(key, result);
  result.catch(() => compiled.delete(key));
  return result;
}

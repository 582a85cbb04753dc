// The ```dockerfile blocks of a markdown chapter, with the seed line of their first code line.
// Blocks inside list items are indented: the fence's indentation is removed from the code.

export interface DockerfileBlock {
  /** 1-based line of the block's first code line. */
  line: number;
  text: string;
}

export function dockerfileBlocks(markdown: string): DockerfileBlock[] {
  const blocks: DockerfileBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const indent = /^(\s*)```dockerfile$/.exec(lines[i]!)?.[1];
    if (indent === undefined) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== `${indent}\`\`\``) end++;
    const code = lines.slice(start, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
    blocks.push({ line: start + 1, text: `${code.join('\n')}\n` });
    i = end;
  }
  return blocks;
}

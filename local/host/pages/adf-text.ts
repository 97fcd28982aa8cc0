// Atlassian Document Format → plain paragraphs, enough to show an issue description on the host's issue view.
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'tableRow', 'rule']);

function textOf(node: unknown, out: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const type = 'type' in node ? node.type : undefined;
  if (type === 'text' && 'text' in node && typeof node.text === 'string') {
    out.push(node.text);
    return;
  }
  if (type === 'hardBreak') out.push('\n');
  if (type === 'mention' && 'attrs' in node && typeof node.attrs === 'object' && node.attrs !== null && 'text' in node.attrs) {
    out.push(String(node.attrs.text));
  }
  const content = 'content' in node && Array.isArray(node.content) ? (node.content as unknown[]) : [];
  for (const child of content) textOf(child, out);
  if (typeof type === 'string' && BLOCKS.has(type)) out.push('\n');
}

/** The paragraphs of an ADF document (or a plain string, as API v2 would give). */
export function adfParagraphs(document: unknown): string[] {
  if (typeof document === 'string') return document.split(/\n+/).filter((line) => line.trim() !== '');
  const out: string[] = [];
  textOf(document, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

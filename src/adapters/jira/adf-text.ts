// An Atlassian Document (a Jira description) as plain text: the text of its nodes, blocks separated by a blank line
// and list items or hard breaks by a newline. Enough to carry a description typed in Jira into a Clause9 record.
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'panel', 'rule', 'table', 'mediaSingle']);

interface AdfNode {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly content?: unknown;
}

function textOf(node: AdfNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention' || node.type === 'emoji') return '';
  const children = Array.isArray(node.content) ? (node.content as AdfNode[]) : [];
  const parts = children.map(textOf);
  if (node.type === 'bulletList' || node.type === 'orderedList') return parts.map((part) => `- ${part.trim()}`).join('\n');
  if (node.type === 'tableRow') return parts.map((part) => part.trim()).join(' | ');
  const separator = children.some((child) => typeof child.type === 'string' && BLOCKS.has(child.type)) || node.type === 'doc' || node.type === 'table' ? '\n\n' : '';
  return parts.join(separator);
}

/** '' for a missing or empty description. */
export function adfToPlainText(doc: unknown): string {
  if (typeof doc === 'string') return doc.trim();
  if (typeof doc !== 'object' || doc === null) return '';
  return textOf(doc).replace(/\n{3,}/g, '\n\n').trim();
}

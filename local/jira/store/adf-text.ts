// Atlassian Document Format: plain text out of a document (for `text ~`), and a document out of plain text.

export function isAdfDocument(value: unknown): value is { type: 'doc'; version: number; content: unknown[] } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; version?: unknown; content?: unknown };
  return candidate.type === 'doc' && candidate.version === 1 && Array.isArray(candidate.content);
}

export function adfToPlainText(node: unknown): string {
  const parts: string[] = [];
  const visit = (current: unknown): void => {
    if (typeof current !== 'object' || current === null) return;
    const { type, text, content } = current as { type?: unknown; text?: unknown; content?: unknown };
    if (type === 'text' && typeof text === 'string') parts.push(text);
    if (Array.isArray(content)) {
      for (const child of content) visit(child);
      if (type === 'paragraph' || type === 'heading' || type === 'listItem') parts.push('\n');
    }
  };
  visit(node);
  return parts.join('').trim();
}

export function plainTextToAdf(text: string): { type: 'doc'; version: 1; content: unknown[] } {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph !== '');
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
  };
}

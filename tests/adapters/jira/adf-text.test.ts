import { adfToPlainText } from '../../../src/adapters/jira/adf-text';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('adfToPlainText', () => {
  it('keeps paragraphs apart by a blank line and joins the text runs inside one', () => {
    const doc = { type: 'doc', version: 1, content: [paragraph(text('Four of twelve '), { type: 'text', text: 'contractors', marks: [{ type: 'strong' }] }, text(' kept access.')), paragraph(text('Seen on 2026-11-02.'))] };
    expect(adfToPlainText(doc)).toBe('Four of twelve contractors kept access.\n\nSeen on 2026-11-02.');
  });

  it('writes list items on their own lines and a hard break as a newline', () => {
    const doc = {
      type: 'doc',
      content: [
        paragraph(text('Samples:'), { type: 'hardBreak' }, text('Q3 and Q4')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('VPN'))] }, { type: 'listItem', content: [paragraph(text('SaaS'))] }] },
      ],
    };
    expect(adfToPlainText(doc)).toBe('Samples:\nQ3 and Q4\n\n- VPN\n- SaaS');
  });

  it('answers empty text for a missing, empty or malformed description', () => {
    expect(adfToPlainText(null)).toBe('');
    expect(adfToPlainText(undefined)).toBe('');
    expect(adfToPlainText({ type: 'doc', content: [] })).toBe('');
    expect(adfToPlainText({ type: 'doc', content: 'not a list' })).toBe('');
    expect(adfToPlainText('  plain text from API v2  ')).toBe('plain text from API v2');
  });
});

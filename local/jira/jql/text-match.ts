// `~` text search, Jira-like (Jira runs Lucene with an English analyzer; we approximate it with word regexes):
// - case-insensitive; words are runs of Unicode letters and digits, everything else separates words;
// - every term must occur in the same field value (Jira Cloud ANDs the terms), in any order;
// - `"exact phrase"` (quotes escaped inside the JQL string: summary ~ "\"root cause\"") needs the words in sequence;
//   a term with inner punctuation ("A.8.1") is matched as the phrase of its words;
// - `*` (any run of letters/digits) and `?` (one letter/digit) wildcards inside or at the end of a term
//   ("nonconform*", "te?t"); a leading wildcard is an error, as in Jira;
// - English stop words ("the", "of", "and" ...) are ignored as single terms; a query of stop words only matches nothing;
// - not supported: stemming (Jira would match "audits" for "audit"), fuzzy `~2`, boosts, Lucene AND/OR/NOT/+/-
//   inside the string (they are plain words, or ignored punctuation).
import { ClauseProblem, jqlMessages } from './errors';

export type TextMatcher = (text: string) => boolean;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

const WORD = '[\\p{L}\\p{N}]';
const NOT_WORD = '[^\\p{L}\\p{N}]';
const hasWildcard = (term: string) => term.includes('*') || term.includes('?');

function wordPattern(word: string): string {
  return word.replace(/\*/g, `${WORD}*`).replace(/\?/g, WORD);
}

function sequencePattern(words: readonly string[]): RegExp {
  const body = words.map(wordPattern).join(`${NOT_WORD}+`);
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, 'iu');
}

const splitWords = (text: string, keepWildcards: boolean) =>
  text.split(keepWildcards ? /[^\p{L}\p{N}*?]+/u : /[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);

/** Compiles the right-hand side of `field ~ "..."` into a matcher over one field value. */
export function compileTextQuery(query: string, field: string): TextMatcher {
  const patterns: RegExp[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_whole, phrase: string) => {
    const words = splitWords(phrase, false);
    if (words.length > 0) patterns.push(sequencePattern(words));
    return ' ';
  });
  for (const term of rest.split(/\s+/).filter((part) => part.length > 0)) {
    if (term.startsWith('*') || term.startsWith('?')) throw new ClauseProblem(jqlMessages.leadingWildcard(term, field));
    const words = hasWildcard(term) ? splitWords(term, true) : splitWords(term, false);
    if (words.length === 0) continue;
    if (words.length === 1 && words[0] !== undefined && STOP_WORDS.has(words[0].toLowerCase())) continue;
    patterns.push(sequencePattern(words));
  }
  if (patterns.length === 0) return () => false;
  return (text) => {
    for (const pattern of patterns) if (!pattern.test(text)) return false;
    return true;
  };
}

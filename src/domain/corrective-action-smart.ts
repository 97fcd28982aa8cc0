// An advisory SMART review of a corrective action, letter by letter, each with a reason a person can act on.
// The heuristics are deliberately simple and visible (auditors ask "why did it fail?"):
//   S Specific    description has ≥ 25 characters and ≥ 4 words, and none of the VAGUE_WORDING ("improve",
//                 "look into", "consider", …)
//   M Measurable  completionCriterion is present and contains a number (counts, percentages, dates all have digits)
//                 or names a verifiable artefact (VERIFIABLE_ARTEFACTS: report, policy, log, screenshot, …)
//   A Achievable  an owner is set, and a due date, if present, is ≥ 1 day from today (a missing date is T's failure)
//   R Relevant    linked to a finding; when that finding is supplied, the description or criterion either mentions
//                 one of its catalogue ids ("A.5.15") or shares a keyword (≥ 4 letters, not a stop word, plural "s"
//                 ignored) with its root cause statement — or with its title while no root cause is recorded
//   T Time-bound  due date present, after today and at most 365 days out
import type { CorrectiveAction } from './corrective-action';
import { assertNever } from './domain-error';
import type { Finding } from './finding';
import type { LocalDate } from './local-date';
import { daysBetween } from './local-date';
import type { RootCauseAnalysis } from './root-cause';
import { rootCauseStatement } from './root-cause';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export interface SmartLetterResult {
  readonly result: 'pass' | 'fail';
  readonly reason: string;
}
export type SmartCheck = Readonly<Record<SmartLetter, SmartLetterResult>>;

export const SMART_THRESHOLDS = { minDescriptionChars: 25, minDescriptionWords: 4, minLeadDays: 1, maxHorizonDays: 365 } as const;

export const VAGUE_WORDING = [
  'improve', 'look into', 'consider', 'try to', 'as needed', 'as appropriate', 'where possible', 'if possible', 'enhance',
  'better', 'strengthen', 'optimise', 'optimize', 'be careful', 'raise awareness', 'tbd', 'etc', 'asap',
] as const;

export const VERIFIABLE_ARTEFACTS = [
  'report', 'record', 'document', 'log', 'ticket', 'policy', 'procedure', 'checklist', 'screenshot', 'configuration',
  'evidence', 'certificate', 'minutes', 'sign-off', 'signed', 'approved', 'published', 'attendance', 'export', 'test result',
] as const;

const STOP_WORDS = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'been', 'their', 'there', 'which', 'when', 'what', 'will', 'would',
  'into', 'than', 'then', 'them', 'they', 'does', 'each', 'only', 'also', 'some', 'more', 'most', 'other', 'such', 'very', 'after', 'before',
  'because', 'about', 'should', 'could', 'must', 'shall', 'being', 'over', 'under', 'every', 'none', 'whether']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words; a single word also matches its inflections ("improve" → "improving", "improvements"). */
const phrasePattern = (phrase: string): RegExp => new RegExp(`\\b${escape(phrase)}${phrase.includes(' ') ? '\\b' : '\\w*'}`, 'i');

const pass = (reason: string): SmartLetterResult => ({ result: 'pass', reason });
const fail = (reason: string): SmartLetterResult => ({ result: 'fail', reason });
const quoteAll = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

function specific(description: string): SmartLetterResult {
  const text = description.trim();
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  const { minDescriptionChars, minDescriptionWords } = SMART_THRESHOLDS;
  if (text.length < minDescriptionChars || words < minDescriptionWords) {
    return fail(`description is too short to be specific (${text.length} characters, ${words} words; needs at least ${minDescriptionChars} characters and ${minDescriptionWords} words)`);
  }
  const vague = VAGUE_WORDING.filter((phrase) => phrasePattern(phrase).test(text));
  if (vague.length > 0) return fail(`description uses vague wording: ${quoteAll(vague)}; say what exactly will be done`);
  return pass(`description is concrete (${words} words, no vague wording)`);
}

function measurable(criterion: string): SmartLetterResult {
  const text = criterion.trim();
  if (text === '') return fail('completionCriterion is missing');
  if (/\d/.test(text)) return pass('completionCriterion contains a number or date');
  const artefacts = VERIFIABLE_ARTEFACTS.filter((artefact) => phrasePattern(artefact).test(text));
  if (artefacts.length > 0) return pass(`completionCriterion names a verifiable artefact: ${quoteAll(artefacts)}`);
  return fail('completionCriterion has no number, date or verifiable artefact (e.g. "100% of laptops encrypted", "signed-off policy v2 published")');
}

function achievable(action: CorrectiveAction, today: LocalDate): SmartLetterResult {
  if (action.owner === null || action.owner.trim() === '') return fail('owner is not set: nobody is accountable for it');
  if (action.dueDate === null) return pass('owner is set (no due date to judge the lead time; see T)');
  const lead = daysBetween(today, action.dueDate);
  if (lead < SMART_THRESHOLDS.minLeadDays) {
    return fail(`dueDate ${action.dueDate} leaves ${lead} days from ${today}; at least ${SMART_THRESHOLDS.minLeadDays} is needed to do the work`);
  }
  return pass(`owner is set and ${lead} days remain until ${action.dueDate}`);
}

function rootCauseOf(finding: Finding): RootCauseAnalysis | null {
  switch (finding.status) {
    case 'root_cause_analysed':
    case 'corrective_action_planned':
    case 'actions_implemented':
    case 'effectiveness_review':
      return finding.rootCause;
    case 'closed':
      return 'rootCause' in finding ? finding.rootCause : null;
    case 'reopened':
      return finding.priorCycles.at(-1)?.rootCause ?? null;
    case 'open':
    case 'contained':
    case 'action_planned':
      return null;
    default:
      return assertNever(finding);
  }
}

function keywords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 4 && !STOP_WORDS.has(word)).map((word) => word.replace(/s$/, '')));
}

function relevant(action: CorrectiveAction, finding: Finding | undefined): SmartLetterResult {
  if (action.findingId.trim() === '') return fail('findingId is not set: the action is not linked to a finding');
  if (finding === undefined) return pass(`linked to finding ${action.findingId} (relevance to its clauses and root cause not assessed: finding not supplied)`);
  if (finding.id !== action.findingId) return fail(`linked to finding ${action.findingId}, but checked against finding ${finding.id}`);
  const text = `${action.description} ${action.completionCriterion}`;
  const mentioned = finding.references.filter((ref) => new RegExp(`(^|[^\\w.])${escape(ref)}(?![\\w]|\\.\\d)`).test(text));
  if (mentioned.length > 0) return pass(`mentions ${mentioned.join(', ')} referenced by finding ${finding.id}`);
  const rootCause = rootCauseOf(finding);
  const basis = rootCause === null ? { label: 'title', text: finding.title } : { label: 'root cause', text: rootCauseStatement(rootCause) };
  const actionWords = keywords(text);
  const shared = [...keywords(basis.text)].filter((word) => actionWords.has(word));
  if (shared.length > 0) return pass(`shares ${quoteAll(shared)} with the ${basis.label} of finding ${finding.id}`);
  const refs = finding.references.length > 0 ? ` (${finding.references.join(', ')})` : '';
  return fail(`mentions none of the finding's clauses or controls${refs} and shares no keyword with its ${basis.label}: "${basis.text}"`);
}

function timeBound(dueDate: LocalDate | null, today: LocalDate): SmartLetterResult {
  if (dueDate === null) return fail('dueDate is not set');
  const days = daysBetween(today, dueDate);
  if (days <= 0) return fail(`dueDate ${dueDate} is not after today (${today})`);
  if (days > SMART_THRESHOLDS.maxHorizonDays) return fail(`dueDate ${dueDate} is ${days} days out; more than ${SMART_THRESHOLDS.maxHorizonDays} is not time-bound`);
  return pass(`due ${dueDate}, in ${days} days`);
}

/** Advisory only: planning an action does not require it to pass. Pass the finding to assess R fully. */
export function smartCheck(action: CorrectiveAction, today: LocalDate, finding?: Finding): SmartCheck {
  return {
    S: specific(action.description),
    M: measurable(action.completionCriterion),
    A: achievable(action, today),
    R: relevant(action, finding),
    T: timeBound(action.dueDate, today),
  };
}

export function isSmart(check: SmartCheck): boolean {
  return Object.values(check).every((letter) => letter.result === 'pass');
}

// ORDER BY: several keys, directions, EMPTY placement, custom fields, aliases, properties, default order, tie-break.
import { compileJql } from '../../../../local/jira/jql';
import { ISSUES, makeContext } from './fixture';
import { search } from './search';

const ORDERED: readonly (readonly [string, string])[] = [
  ['project = AUD ORDER BY key ASC', 'AUD-1 AUD-2 AUD-3 AUD-4 AUD-5 AUD-6 AUD-7 AUD-8 AUD-9 AUD-10 AUD-11 AUD-12'],
  ['project = ISMS AND type = Finding ORDER BY created DESC', 'ISMS-7 ISMS-18 ISMS-15 ISMS-5 ISMS-6 ISMS-13'],
  // EMPTY last in ASC, first in DESC
  ['project = AUD ORDER BY duedate ASC', 'AUD-11 AUD-7 AUD-2 AUD-1 AUD-4 AUD-9 AUD-12 AUD-5 AUD-3 AUD-10 AUD-6 AUD-8'],
  ['project = AUD ORDER BY duedate DESC', 'AUD-8 AUD-6 AUD-10 AUD-3 AUD-5 AUD-12 AUD-9 AUD-4 AUD-1 AUD-2 AUD-7 AUD-11'],
  ['type = "Corrective action" ORDER BY status ASC, key DESC', 'AUD-7 ISMS-9 ISMS-8 AUD-3 ISMS-10 AUD-8'],
  [
    'issuetype = Finding ORDER BY "Finding kind" ASC, created ASC',
    'ISMS-13 AUD-6 ISMS-5 ISMS-6 AUD-1 ISMS-18 AUD-12 AUD-2 ISMS-7 ISMS-15 AUD-10',
  ],
  ['Finding is not EMPTY ORDER BY Finding.severity DESC, key ASC', 'AUD-6 ISMS-5 ISMS-13 AUD-1 ISMS-6 ISMS-18 AUD-2 AUD-10 ISMS-7 ISMS-15'],
  ['project = ISMS AND labels = monthly ORDER BY updated ASC', 'ISMS-1 ISMS-17 ISMS-2 ISMS-14'],
  ['labels = weekly', 'AUD-5 AUD-4 ISMS-16'], // no ORDER BY: id DESC
  [
    'project = AUD AND statusCategory != done ORDER BY statusCategory DESC, assignee ASC',
    'AUD-3 AUD-9 AUD-6 AUD-1 AUD-8 AUD-12 AUD-5 AUD-10',
  ],
  [
    'project = ISMS AND issue.property[clause9].itemId is not EMPTY ORDER BY issue.property[clause9].itemId ASC, key DESC',
    'ISMS-8 ISMS-5 ISMS-2 ISMS-1 ISMS-15 ISMS-9 ISMS-6 ISMS-3 ISMS-13 ISMS-4 ISMS-17 ISMS-14 ISMS-12 ISMS-11 ISMS-16',
  ],
  [
    '"Effort points" is not EMPTY ORDER BY cf[10040] DESC, key ASC',
    'ISMS-13 ISMS-8 AUD-6 ISMS-5 AUD-3 ISMS-6 ISMS-3 ISMS-18 AUD-1 ISMS-9 AUD-9 ISMS-14 AUD-12',
  ],
  [
    'project = ISMS AND type = "Monitoring check" ORDER BY summary ASC',
    'ISMS-3 ISMS-4 ISMS-1 ISMS-2 ISMS-17 ISMS-14 ISMS-11 ISMS-12 ISMS-16',
  ],
  ['parent is not EMPTY ORDER BY parent ASC, key ASC', 'AUD-3 AUD-7 AUD-8 ISMS-8 ISMS-10 ISMS-9'],
  ['labels in (quarterly, weekly) ORDER BY labels DESC, key ASC', 'AUD-4 AUD-5 ISMS-16 AUD-11 ISMS-11 ISMS-12'],
];

describe('JQL engine: ORDER BY', () => {
  test.each(ORDERED)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected.split(' '));
  });

  test('ties break on the issue id, so any input order gives the same page order', () => {
    const compiled = compileJql('ORDER BY statusCategory ASC', makeContext());
    const forward = [...ISSUES].sort(compiled.compare).map((issue) => issue.key);
    const backward = [...ISSUES].reverse().sort(compiled.compare).map((issue) => issue.key);
    expect(backward).toEqual(forward);
    expect(forward.slice(0, 3)).toEqual(['ISMS-2', 'ISMS-4', 'ISMS-7']);
  });

  test('an ORDER BY alone is valid and matches every issue', () => {
    expect(search('ORDER BY created ASC')).toHaveLength(ISSUES.length);
    expect(search('ORDER BY created ASC')[0]).toBe('ISMS-13');
  });
});

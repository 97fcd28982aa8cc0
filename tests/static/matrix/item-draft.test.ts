// The matrix editor's form model: a stored item → form → definition is the identity, numbers that do not parse stay
// text so the contract names the rule, and a new item gets the next free MI number.
import { matrixDefinitionSchema } from '../../../src/contracts/matrix-payloads';
import { localDate } from '../../../src/domain/local-date';
import type { MonitoringItem, MonitoringItemDefinition } from '../../../src/domain/monitoring-item';
import { DEFAULT_REPORT_TYPE } from '../../../src/domain/monitoring-vocabulary';
import { blankDraft, definitionPayload, draftOf, numberOrText, splitList } from '../../../static/isms/src/matrix/item-draft';

const DEFINITION: MonitoringItemDefinition = {
  title: 'Review firewall logs', entity: { kind: 'system', name: 'Edge firewall' },
  covers: ['A.8.15', '9.1'], riskIds: ['R-12', 'R-3'], element: 'proactive_detection', method: 'log_review', approach: 'proactive',
  recurrence: { startsOn: localDate('2026-01-05'), rule: { frequency: 'monthly', interval: 2, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } }, ends: { kind: 'after_count', count: 12 } },
  leadTimeDays: 5, responsibleAccountId: 'acc-1', analysis: { analystAccountId: 'acc-2', withinWorkingDays: 3 }, reportType: 'kpi_report', spotCheckOfCriticalTask: true,
};
const ITEM: MonitoringItem = { ...DEFINITION, id: 'MI-007', status: 'active', activeFrom: localDate('2026-01-01') };
const usual = (method: keyof typeof DEFAULT_REPORT_TYPE) => DEFAULT_REPORT_TYPE[method];

describe('the editor form model', () => {
  it('turns a stored item into a form and back into the same definition', () => {
    expect(matrixDefinitionSchema.parse(definitionPayload(draftOf(ITEM), usual))).toEqual(DEFINITION);
  });

  it.each([
    ['weekly', { frequency: 'weekly', weekdays: [4, 1] }, { frequency: 'weekly', interval: 1, weekdays: [1, 4] }],
    ['daily', { frequency: 'daily' }, { frequency: 'daily', interval: 1 }],
    ['day of month', { frequency: 'quarterly', monthDayKind: 'day_of_month', dayOfMonth: '31' }, { frequency: 'quarterly', interval: 1, on: { kind: 'day_of_month', day: 31 } }],
  ] as const)('builds a %s rule', (_name, patch, rule) => {
    const draft = { ...blankDraft([], '2026-11-22', 'acc-1'), interval: '1', ...patch };
    expect((definitionPayload(draft, usual).recurrence as { rule: unknown }).rule).toEqual(rule);
  });

  it('keeps text that is not a whole number, so the contract reports the rule', () => {
    expect(numberOrText(' 12 ')).toBe(12);
    expect(numberOrText('1.5')).toBe('1.5');
    const draft = { ...blankDraft([], '2026-11-22', 'acc-1'), title: 'x', entityName: 'y', covers: '9.1', leadTimeDays: 'soon' };
    const parsed = matrixDefinitionSchema.safeParse(definitionPayload(draft, usual));
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['leadTimeDays', 'leadTimeDays must be a whole number from 0 to 365']]);
  });

  it('uses the method’s usual report type when none is chosen, and splits lists on ";" or ","', () => {
    const draft = { ...blankDraft([], '2026-11-22', 'acc-1'), method: 'vendor_contract_review' as const, covers: 'A.5.19; A.5.22,9.1 ;' };
    expect(definitionPayload(draft, usual)).toMatchObject({ reportType: 'vendor_review', covers: ['A.5.19', 'A.5.22', '9.1'] });
    expect(splitList(' ; ')).toEqual([]);
  });

  it('proposes the next free MI number, today as the start and the signed-in user as responsible', () => {
    expect(blankDraft([ITEM, { ...ITEM, id: 'MI-041' }, { ...ITEM, id: 'OTHER-99' }], '2026-11-22', 'me')).toMatchObject({ id: 'MI-042', startsOn: '2026-11-22', responsibleAccountId: 'me', analystAccountId: 'me' });
    expect(blankDraft([], '2026-11-22', null)).toMatchObject({ id: 'MI-001', responsibleAccountId: '' });
  });
});

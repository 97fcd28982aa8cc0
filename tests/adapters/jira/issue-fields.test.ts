// App field values ↔ Jira JSON.
import { appFieldsJson, readAppFieldValue, readAppFieldValues, toFieldJson } from '../../../src/adapters/jira/issue-fields';
import { CUSTOM_FIELD_KEYS, type CustomFieldKey } from '../../../src/adapters/jira/app-field-keys';
import { localDate } from '../../../src/domain/local-date';

const fieldIds = Object.fromEntries(CUSTOM_FIELD_KEYS.map((key, index) => [key, `customfield_${10000 + index}`])) as Record<CustomFieldKey, string>;

describe('toFieldJson', () => {
  it.each([
    ['string', 'Major nonconformity', 'Major nonconformity'],
    ['string-list', ['A.5.1', 'A.8.8'], ['A.5.1', 'A.8.8']],
    ['date', '2026-03-05', '2026-03-05'],
    ['number', 2, 2],
    ['user', '557058:abc', { accountId: '557058:abc' }],
    ['string', null, null],
  ] as const)('%s %j → %j', (type, value, json) => {
    expect(toFieldJson(type, value)).toEqual(json);
  });

  it('refuses a malformed date', () => {
    expect(() => toFieldJson('date', '05/03/2026')).toThrow(RangeError);
  });
});

describe('appFieldsJson / readAppFieldValues', () => {
  it('keys values by field id and reads them back typed', () => {
    const values = { 'finding-kind': 'Observation', 'annex-a-control': ['A.5.1'], 'effectiveness-review-due': localDate('2026-06-01'), 'escalation-level': 1, 'check-outcome': null };
    const json = appFieldsJson(fieldIds, values);

    expect(json).toEqual({ customfield_10000: 'Observation', customfield_10005: ['A.5.1'], customfield_10008: '2026-06-01', customfield_10013: 1, customfield_10010: null });
    expect(readAppFieldValues(fieldIds, json)).toEqual(values);
  });

  it('reads an empty list as null and a datetime-shaped date as its day', () => {
    expect(readAppFieldValue('iso-clause', [])).toBeNull();
    expect(readAppFieldValue('report-sent-date', '2026-03-05T00:00:00.000+0000')).toBe('2026-03-05');
    expect(readAppFieldValue('escalation-level', undefined)).toBeNull();
    expect(() => readAppFieldValue('escalation-level', 'two')).toThrow();
  });
});

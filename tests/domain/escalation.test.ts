import { escalationLevelDue, escalationStep, toEscalationLevel, type EscalationLevel, type EscalationThresholds } from '../../src/domain/escalation';
import { thrownDomainError } from './thrown-domain-error';

const chain: EscalationThresholds = { owner: 0, ismsManager: 5, steeringCommittee: 10 };

describe('escalationLevelDue (owner at 0, ISMS manager at 5, steering committee at 10 days overdue)', () => {
  it.each<[number, EscalationLevel]>([
    [-1, 0],
    [0, 1],
    [1, 1],
    [4, 1],
    [5, 2],
    [9, 2],
    [10, 3],
    [400, 3],
  ])('%i days overdue → level %i', (days, level) => {
    expect(escalationLevelDue(days, chain)).toBe(level);
  });

  it('gives 0 before a late owner threshold', () => {
    expect(escalationLevelDue(2, { owner: 3, ismsManager: 3, steeringCommittee: 3 })).toBe(0);
    expect(escalationLevelDue(3, { owner: 3, ismsManager: 3, steeringCommittee: 3 })).toBe(3);
  });

  it('refuses a chain whose thresholds decrease, naming the rule', () => {
    const error = thrownDomainError('INVALID_INPUT', () => escalationLevelDue(1, { owner: 5, ismsManager: 2, steeringCommittee: 10 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/must not decrease/);
  });

  it('refuses a negative or fractional threshold, naming the field', () => {
    expect(thrownDomainError('INVALID_INPUT', () => escalationLevelDue(1, { owner: -1, ismsManager: 2, steeringCommittee: 10 })).message).toMatch(/owner\.afterDaysOverdue/);
    expect(thrownDomainError('INVALID_INPUT', () => escalationLevelDue(1, { owner: 0, ismsManager: 2.5, steeringCommittee: 10 })).message).toMatch(/ismsManager\.afterDaysOverdue/);
  });
});

describe('escalationStep: each level once', () => {
  it.each<[EscalationLevel, EscalationLevel, readonly string[] | null]>([
    [0, 0, null],
    [0, 1, ['owner']],
    [1, 1, null],
    [1, 2, ['ismsManager']],
    [2, 3, ['steeringCommittee']],
    [0, 3, ['owner', 'ismsManager', 'steeringCommittee']],
    [3, 3, null],
    [3, 1, null],
  ])('from level %i with level %i due', (current, due, roles) => {
    const step = escalationStep(current, due);
    expect(step?.roles ?? null).toEqual(roles);
    if (step !== null) expect(step).toMatchObject({ from: current, to: due });
  });
});

describe('toEscalationLevel reads the stored field leniently', () => {
  it.each<[number | null, EscalationLevel]>([
    [null, 0],
    [0, 0],
    [-2, 0],
    [1, 1],
    [1.5, 1],
    [2, 2],
    [3, 3],
    [7, 3],
    [Number.NaN, 0],
  ])('%p → %i', (stored, level) => {
    expect(toEscalationLevel(stored)).toBe(level);
  });
});

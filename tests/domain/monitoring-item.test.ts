import {
  activateMonitoringItem,
  draftMonitoringItem,
  nextAllowedItemIntents,
  retireMonitoringItem,
  reviseMonitoringItem,
} from '../../src/domain/monitoring-item';
import type { MonitoringItem } from '../../src/domain/monitoring-item';
import { activeItem, ctx, d, draftItem, itemDefinition, MR } from './monitoring-builders';
import { thrownDomainError } from './thrown-domain-error';

const at = '2026-02-01T10:00:00.000Z';

describe('monitoring item lifecycle', () => {
  describe('given a new definition', () => {
    it('when drafted, then it is a draft with a creating history entry', () => {
      const { item, history } = draftMonitoringItem('item-7', itemDefinition(), ctx({ at }));
      expect(item).toMatchObject({ id: 'item-7', status: 'draft', title: 'Review firewall logs' });
      expect(history).toEqual({ at, by: MR, from: null, to: 'draft', intent: 'draft', note: null });
    });
  });

  describe('given a draft item', () => {
    const draft = draftItem();

    it('when activated, then it schedules checks from the activation date', () => {
      const { item, history } = activateMonitoringItem(draft, d('2026-02-01'), ctx({ at }));
      expect(item).toEqual({ ...draft, status: 'active', activeFrom: '2026-02-01' });
      expect(history).toMatchObject({ from: 'draft', to: 'active', intent: 'activate', at });
    });

    it('when retired unused, then it keeps no activation date', () => {
      const { item, history } = retireMonitoringItem(draft, { retiredOn: d('2026-02-01'), reason: ' Duplicate of item-3 ' }, ctx());
      expect(item).toMatchObject({ status: 'retired', activeFrom: null, retiredOn: '2026-02-01', retirementReason: 'Duplicate of item-3' });
      expect(history).toMatchObject({ from: 'draft', to: 'retired', intent: 'retire', note: 'Duplicate of item-3' });
    });

    it('when revised, then the definition changes and the status stays', () => {
      const { item, history } = reviseMonitoringItem(draft, itemDefinition({ leadTimeDays: 10 }), ctx());
      expect(item).toMatchObject({ status: 'draft', leadTimeDays: 10 });
      expect(history).toMatchObject({ from: 'draft', to: 'draft', intent: 'revise' });
    });
  });

  describe('given an active item', () => {
    const active = activeItem({ activeFrom: '2026-02-01' });

    it('when retired, then it keeps when it was active and why it stopped', () => {
      const { item } = retireMonitoringItem(active, { retiredOn: d('2026-09-30'), reason: 'Firewall replaced' }, ctx());
      expect(item).toMatchObject({ status: 'retired', activeFrom: '2026-02-01', retiredOn: '2026-09-30', retirementReason: 'Firewall replaced' });
    });

    it('when retired before it was activated, then the dates are refused', () => {
      const error = thrownDomainError('INVALID_INPUT', () => retireMonitoringItem(active, { retiredOn: d('2026-01-31'), reason: 'Oops' }, ctx()));
      expect(error.message).toBe('retiredOn 2026-01-31 must not be before activeFrom 2026-02-01');
    });

    it('when retired without a reason, then it is refused', () => {
      thrownDomainError('INVALID_INPUT', () => retireMonitoringItem(active, { retiredOn: d('2026-09-30'), reason: '  ' }, ctx()));
    });

    it('when revised, then it stays active from the same date', () => {
      expect(reviseMonitoringItem(active, itemDefinition({ title: 'Review edge logs' }), ctx()).item).toMatchObject({
        status: 'active',
        activeFrom: '2026-02-01',
        title: 'Review edge logs',
      });
    });
  });

  const retired = retireMonitoringItem(activeItem(), { retiredOn: d('2026-06-30'), reason: 'Replaced' }, ctx()).item;

  it.each<[string, MonitoringItem, (item: MonitoringItem) => unknown, string]>([
    ['activate an active item', activeItem(), (item) => activateMonitoringItem(item, d('2026-03-01'), ctx()), 'cannot "activate" a monitoring item in status "active": it moves an item from "draft" to "active"'],
    ['activate a retired item', retired, (item) => activateMonitoringItem(item, d('2026-03-01'), ctx()), 'cannot "activate" a monitoring item in status "retired": it moves an item from "draft" to "active"'],
    ['retire a retired item', retired, (item) => retireMonitoringItem(item, { retiredOn: d('2026-07-01'), reason: 'Again' }, ctx()), 'cannot "retire" a monitoring item in status "retired": it moves an item from "draft" or "active" to "retired"'],
    ['revise a retired item', retired, (item) => reviseMonitoringItem(item, itemDefinition(), ctx()), 'cannot "revise" a monitoring item in status "retired": it moves an item from "draft" or "active" to "retired"'],
  ])('refuses to %s with ILLEGAL_TRANSITION naming both states', (_name, item, transition, message) => {
    const error = thrownDomainError('ILLEGAL_TRANSITION', () => transition(item));
    expect(error.message).toBe(message);
    expect(error.details).toMatchObject({ itemId: item.id, from: item.status });
  });

  it.each<[string, MonitoringItem, string[]]>([
    ['draft', draftItem(), ['activate', 'retire', 'revise']],
    ['active', activeItem(), ['retire', 'revise']],
    ['retired', retired, []],
  ])('offers the intents a %s item allows', (_name, item, intents) => {
    expect(nextAllowedItemIntents(item)).toEqual(intents);
  });
});

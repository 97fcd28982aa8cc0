import {
  ANNEX_A_CONTROLS,
  CATALOGUE_ENTRIES,
  CLAUSES,
  CONTROL_THEMES,
  catalogueIdSchema,
  compareCatalogueIds,
  getCatalogueEntry,
  getClause,
  getControl,
  isAnnexAControlId,
  isCatalogueId,
  isClauseId,
} from '../../../src/domain/iso-catalogue/catalogue';
import { thrownDomainError } from '../thrown-domain-error';

describe('ISO/IEC 27001:2022 catalogue', () => {
  it('has the 93 Annex A controls', () => {
    expect(ANNEX_A_CONTROLS).toHaveLength(93);
  });

  it.each([
    ['organizational', 37, 'A.5.'],
    ['people', 8, 'A.6.'],
    ['physical', 14, 'A.7.'],
    ['technological', 34, 'A.8.'],
  ] as const)('has %s controls: %i, numbered %s1 onwards without gaps', (theme, count, prefix) => {
    const ids = ANNEX_A_CONTROLS.filter((control) => control.theme === theme).map((control) => control.id);
    expect(ids).toEqual(Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`));
  });

  it('covers every theme', () => {
    expect(new Set(ANNEX_A_CONTROLS.map((control) => control.theme))).toEqual(new Set(CONTROL_THEMES));
  });

  it('has unique ids across clauses and controls', () => {
    const ids = CATALOGUE_ENTRIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every entry a non-empty title', () => {
    expect(CATALOGUE_ENTRIES.filter((entry) => entry.title.trim() === '')).toEqual([]);
  });

  it.each(['4', '5', '6', '7', '8', '9', '10'])('has top-level clause %s', (id) => {
    expect(getClause(id).parent).toBeNull();
  });

  it.each([
    ['4.1', '4'], ['4.4', '4'], ['5.3', '5'], ['6.1.1', '6.1'], ['6.1.3', '6.1'], ['6.3', '6'], ['7.5.3', '7.5'],
    ['8.3', '8'], ['9.1', '9'], ['9.2.2', '9.2'], ['9.3.1', '9.3'], ['9.3.3', '9.3'], ['10.1', '10'], ['10.2', '10'],
  ])('clause %s sits under %s', (id, parent) => {
    expect(getClause(id).parent).toBe(parent);
  });

  it('has the 41 clauses and sub-clauses the audit programme plans over', () => {
    expect(CLAUSES).toHaveLength(41);
    expect(CLAUSES.every((clause) => clause.parent === null || isClauseId(clause.parent))).toBe(true);
  });

  it.each([
    ['A.5.1', 'Policies for information security', 'organizational'],
    ['A.5.23', 'Information security for use of cloud services', 'organizational'],
    ['A.6.3', 'Information security awareness, education and training', 'people'],
    ['A.7.4', 'Physical security monitoring', 'physical'],
    ['A.8.16', 'Monitoring activities', 'technological'],
    ['A.8.34', 'Protection of information systems during audit testing', 'technological'],
  ])('knows %s as "%s" (%s)', (id, title, theme) => {
    expect(getControl(id)).toEqual({ kind: 'control', id, title, theme });
  });

  it('looks up either kind through getCatalogueEntry', () => {
    expect(getCatalogueEntry('9.2').kind).toBe('clause');
    expect(getCatalogueEntry('A.5.35').kind).toBe('control');
  });

  it.each([
    ['getCatalogueEntry', () => getCatalogueEntry('A.9.1'), 'A.9.1'],
    ['getControl', () => getControl('A.5.38'), 'A.5.38'],
    ['getControl with a clause id', () => getControl('9.2'), '9.2'],
    ['getClause', () => getClause('11'), '11'],
    ['getClause with a control id', () => getClause('A.5.1'), 'A.5.1'],
  ])('%s throws UNKNOWN_CATALOGUE_ID naming the id', (_name, lookup, id) => {
    const error = thrownDomainError('UNKNOWN_CATALOGUE_ID', lookup);
    expect(error.message).toContain(`"${id}"`);
    expect(error.details).toEqual({ id });
  });

  it.each([
    ['A.5.1', true, false, true], ['9.3.2', true, true, false], ['a.5.1', false, false, false],
    ['A.5.01', false, false, false], ['4.5', false, false, false], ['', false, false, false],
  ])('classifies %j: catalogue %s, clause %s, control %s', (id, catalogue, clause, control) => {
    expect([isCatalogueId(id), isClauseId(id), isAnnexAControlId(id)]).toEqual([catalogue, clause, control]);
  });

  it('sorts ids in the standard order, not as text', () => {
    expect(['A.5.10', '10.1', 'A.5.2', '9.2.1', 'A.8.1', '9.2'].sort(compareCatalogueIds)).toEqual(['9.2', '9.2.1', '10.1', 'A.5.2', 'A.5.10', 'A.8.1']);
  });

  describe('catalogueIdSchema', () => {
    it('accepts known ids', () => {
      expect(catalogueIdSchema.parse('A.8.34')).toBe('A.8.34');
      expect(catalogueIdSchema.parse('6.1.2')).toBe('6.1.2');
    });

    it.each(['A.8.35', 'ISO 9.2', '3'])('rejects %j with a message naming the value and the rule', (id) => {
      const result = catalogueIdSchema.safeParse(id);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        `catalogue id "${id}" must be an ISO/IEC 27001:2022 clause id (4–10, e.g. "9.2.1") or Annex A control id (A.5.1–A.8.34)`,
      );
    });

    it('rejects non-text', () => {
      expect(catalogueIdSchema.safeParse(5).error?.issues[0]?.message).toMatch(/^catalogue id must be/);
    });
  });
});

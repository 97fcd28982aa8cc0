// The "What" and "Who" parts of the item editor. Field names are the payload paths the contract reports errors at.
import { REPORT_TYPE_LABELS, DEFAULT_REPORT_TYPE } from '../../../../src/domain/monitoring-vocabulary';
import type { FieldErrors } from './form-errors';
import { FieldMessage } from './form-errors';
import { SelectField, TextField } from './form-fields';
import type { ItemDraft } from './item-draft';
import { PersonField } from './person-field';
import { APPROACH_OPTIONS, ELEMENT_OPTIONS, ENTITY_KIND_OPTIONS, METHOD_OPTIONS, REPORT_TYPE_OPTIONS } from './vocabulary-options';

interface PartProps {
  readonly draft: ItemDraft;
  readonly errors: FieldErrors;
  readonly change: (patch: Partial<ItemDraft>) => void;
}

export function WhatFields({ draft, errors, change, isNew }: PartProps & { readonly isNew: boolean }) {
  const reportOptions = [{ value: '' as const, label: `Usual for the method (${REPORT_TYPE_LABELS[DEFAULT_REPORT_TYPE[draft.method]]})` }, ...REPORT_TYPE_OPTIONS];
  return (
    <fieldset className="c9-form-section">
      <legend>What</legend>
      <div className="c9-form-grid">
        <TextField label="ID" field="id" errors={errors} value={draft.id} readOnly={!isNew} onChange={(id) => { change({ id }); }}
          hint={isNew ? 'The matrix row reference, e.g. MI-043. It cannot change later.' : 'The ID cannot change.'} />
        <TextField label="Title" field="definition.title" errors={errors} value={draft.title} wide onChange={(title) => { change({ title }); }} />
        <SelectField label="Entity kind" field="definition.entity.kind" errors={errors} value={draft.entityKind} options={ENTITY_KIND_OPTIONS} onChange={(entityKind) => { change({ entityKind }); }} />
        <TextField label="Entity" field="definition.entity.name" errors={errors} value={draft.entityName} onChange={(entityName) => { change({ entityName }); }}
          hint="The process, control, system, supplier or team monitored." />
        <SelectField label="Element monitored" field="definition.element" errors={errors} value={draft.element} options={ELEMENT_OPTIONS} wide onChange={(element) => { change({ element }); }} />
        <SelectField label="Method" field="definition.method" errors={errors} value={draft.method} options={METHOD_OPTIONS} onChange={(method) => { change({ method }); }} />
        <SelectField label="Approach" field="definition.approach" errors={errors} value={draft.approach} options={APPROACH_OPTIONS} onChange={(approach) => { change({ approach }); }} />
        <SelectField label="Report type" field="definition.reportType" errors={errors} value={draft.reportType} options={reportOptions} onChange={(reportType) => { change({ reportType }); }} />
        <TextField label="Clauses and controls" field="definition.covers" errors={errors} value={draft.covers} onChange={(covers) => { change({ covers }); }}
          hint='ISO/IEC 27001:2022 ids separated by ";", e.g. 9.1; A.8.16' />
        <TextField label="Risks" field="definition.riskIds" errors={errors} value={draft.riskIds} onChange={(riskIds) => { change({ riskIds }); }}
          hint='Risk ids from the risk assessment, separated by ";" (optional).' />
        <div className="c9-field">
          <label className="c9-check">
            <input type="checkbox" name="definition.spotCheckOfCriticalTask" checked={draft.spotCheck} onChange={(event) => { change({ spotCheck: event.target.checked }); }} />
            Spot check of a critical task
          </label>
          <FieldMessage errors={errors} field="definition.spotCheckOfCriticalTask" />
        </div>
      </div>
    </fieldset>
  );
}

export function WhoFields({ draft, errors, change }: PartProps) {
  return (
    <fieldset className="c9-form-section">
      <legend>Who</legend>
      <div className="c9-form-grid">
        <PersonField label="Responsible" field="definition.responsibleAccountId" errors={errors} accountId={draft.responsibleAccountId}
          onChange={(responsibleAccountId) => { change({ responsibleAccountId }); }} />
        <TextField label="Lead time (days)" field="definition.leadTimeDays" type="number" errors={errors} value={draft.leadTimeDays} onChange={(leadTimeDays) => { change({ leadTimeDays }); }}
          hint="Days before the due date the check is created and assigned (0–365)." />
        <PersonField label="Analyses the results" field="definition.analysis.analystAccountId" errors={errors} accountId={draft.analystAccountId}
          onChange={(analystAccountId) => { change({ analystAccountId }); }} />
        <TextField label="Analysis within (working days)" field="definition.analysis.withinWorkingDays" type="number" errors={errors} value={draft.withinWorkingDays}
          onChange={(withinWorkingDays) => { change({ withinWorkingDays }); }} hint="0–60 working days after the check." />
      </div>
    </fieldset>
  );
}

/** Every input the editor has, so errors about anything else are listed above its buttons. */
export const EDITOR_FIELDS = [
  'id', 'definition.title', 'definition.entity', 'definition.element', 'definition.method', 'definition.approach', 'definition.reportType', 'definition.covers',
  'definition.riskIds', 'definition.spotCheckOfCriticalTask', 'definition.responsibleAccountId', 'definition.leadTimeDays', 'definition.analysis',
  'definition.recurrence.startsOn', 'definition.recurrence.rule', 'definition.recurrence.ends',
] as const;

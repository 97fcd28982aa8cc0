// Custom fields: the app's Forge fields from manifest.yml, each given a numeric id the first time it is seen and
// keeping it across restarts (persisted in `custom_fields`, keyed by app id + module key).
import type { CustomFieldDefinition } from '../jql/types';
import type { ForgeFieldType, ManifestCustomField } from '../manifest/read-app-manifest';
import type { Db, IdCounters } from './open-database';

export interface CustomFieldRecord {
  readonly id: string; // customfield_10000
  readonly numericId: number;
  readonly appId: string;
  readonly moduleKey: string;
  readonly name: string;
  readonly description: string;
  readonly type: ForgeFieldType;
  readonly isList: boolean;
  readonly readOnly: boolean;
  readonly objectSchema: Record<string, unknown> | undefined;
  readonly searchAliases: ManifestCustomField['searchAliases'];
  /** False once the module is no longer in the manifest (Jira keeps the field; /field stops listing it). */
  readonly active: boolean;
}

type StoredDefinition = Omit<CustomFieldRecord, 'id' | 'numericId' | 'appId' | 'moduleKey'>;

export class FieldRegistry {
  private readonly fields = new Map<string, CustomFieldRecord>();

  constructor(
    private readonly db: Db,
    private readonly counters: IdCounters,
  ) {
    const rows = db.prepare('SELECT id, app_id, module_key, definition FROM custom_fields').all() as { id: number; app_id: string; module_key: string; definition: string }[];
    for (const row of rows) {
      const definition = JSON.parse(row.definition) as StoredDefinition;
      this.remember({ ...definition, id: `customfield_${row.id}`, numericId: row.id, appId: row.app_id, moduleKey: row.module_key, active: false });
    }
  }

  /** Registers (or refreshes) the manifest's fields; fields missing from the manifest become inactive. */
  registerManifestFields(appId: string, modules: readonly ManifestCustomField[]): void {
    const seen = new Set<string>();
    const upsert = this.db.prepare('INSERT INTO custom_fields (id, app_id, module_key, definition) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition');
    for (const module of modules) {
      const existing = this.byModule(appId, module.key);
      const numericId = existing?.numericId ?? this.counters.next('customfield', 10000);
      const definition: StoredDefinition = {
        name: module.name,
        description: module.description,
        type: module.type,
        isList: module.isList,
        readOnly: module.readOnly,
        objectSchema: module.objectSchema,
        searchAliases: module.searchAliases,
        active: true,
      };
      upsert.run(numericId, appId, module.key, JSON.stringify(definition));
      const record = { ...definition, id: `customfield_${numericId}`, numericId, appId, moduleKey: module.key };
      this.remember(record);
      seen.add(record.id);
    }
    for (const record of this.fields.values()) {
      if (record.appId === appId && !seen.has(record.id) && record.active) this.remember({ ...record, active: false });
    }
  }

  /** By id (`customfield_10000`), or by JQL-style `cf[10000]`. */
  customField(idOrKey: string): CustomFieldRecord | undefined {
    const numeric = /^(?:customfield_|cf\[)(\d+)\]?$/.exec(idOrKey)?.[1];
    return numeric === undefined ? undefined : this.fields.get(`customfield_${numeric}`);
  }

  byModule(appId: string, moduleKey: string): CustomFieldRecord | undefined {
    return [...this.fields.values()].find((field) => field.appId === appId && field.moduleKey === moduleKey);
  }

  activeFields(): CustomFieldRecord[] {
    return [...this.fields.values()].filter((field) => field.active).sort((a, b) => a.numericId - b.numericId);
  }

  /** What the JQL engine needs to know about each active custom field. */
  definitions(): CustomFieldDefinition[] {
    return this.activeFields().map((field) => {
      const base = field.type === 'object' ? 'object' : field.type;
      return {
        id: field.id,
        name: field.name,
        schemaType: field.isList ? 'array' : base,
        ...(field.isList ? { itemsType: base } : {}),
        searchAliases: field.searchAliases,
      };
    });
  }

  private remember(record: CustomFieldRecord): void {
    this.fields.set(record.id, record);
  }
}

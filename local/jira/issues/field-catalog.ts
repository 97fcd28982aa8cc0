// Every field of the site as /field describes it: the system fields plus the app's active Forge custom fields
// (schema.custom = ari:cloud:ecosystem::extension/{appUuid}/{environmentId}/static/{moduleKey}).
import { appUuidOf } from '../manifest/read-app-manifest';
import type { CustomFieldRecord, FieldRegistry } from '../store/field-registry';
import { systemFields } from '../store/system-fields';

export interface JsonTypeBean {
  readonly type: string;
  readonly items?: string;
  readonly system?: string;
  readonly custom?: string;
  readonly customId?: number;
}

export interface FieldDescription {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly custom: boolean;
  readonly navigable: boolean;
  readonly orderable: boolean;
  readonly searchable: boolean;
  readonly clauseNames: readonly string[];
  readonly schema: JsonTypeBean | undefined;
  /** Whether issue `fields` carry it (false for issuekey and statusCategory). */
  readonly rendered: boolean;
  readonly customField: CustomFieldRecord | undefined;
}

export class FieldCatalog {
  constructor(
    private readonly registry: FieldRegistry,
    private readonly environmentId: string,
  ) {}

  all(): FieldDescription[] {
    const system = systemFields.map(
      (field): FieldDescription => ({
        id: field.id,
        key: field.id,
        name: field.name,
        description: '',
        custom: false,
        navigable: field.navigable,
        orderable: field.orderable,
        searchable: field.searchable,
        clauseNames: field.clauseNames,
        schema: field.schema,
        rendered: field.rendered,
        customField: undefined,
      }),
    );
    return [...system, ...this.registry.activeFields().map((field) => this.describeCustom(field))];
  }

  rendered(): FieldDescription[] {
    return this.all().filter((field) => field.rendered);
  }

  byId(id: string): FieldDescription | undefined {
    return this.all().find((field) => field.id === id);
  }

  describeCustom(field: CustomFieldRecord): FieldDescription {
    return {
      id: field.id,
      key: field.id,
      name: field.name,
      description: field.description,
      custom: true,
      navigable: true,
      orderable: !field.readOnly,
      searchable: true,
      clauseNames: [`cf[${field.numericId}]`, field.name],
      schema: this.customSchema(field),
      rendered: true,
      customField: field,
    };
  }

  customSchema(field: CustomFieldRecord): JsonTypeBean {
    const custom = `ari:cloud:ecosystem::extension/${appUuidOf(field.appId)}/${this.environmentId}/static/${field.moduleKey}`;
    return field.isList ? { type: 'array', items: field.type, custom, customId: field.numericId } : { type: field.type, custom, customId: field.numericId };
  }
}

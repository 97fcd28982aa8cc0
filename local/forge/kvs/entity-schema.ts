// Custom entities declared in manifest.yml `app.storage.entities` (@forge/manifest 13.7 schema: `attributes`
// with types string|boolean|float|integer|any, `indexes` as an attribute name or {name, range, partition?}).
import { badRequest } from './kvs-error';

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

export interface ManifestEntity {
  readonly name: string;
  readonly attributes: Readonly<Record<string, { readonly type: AttributeType }>>;
  readonly indexes?: readonly (string | { name: string; range: readonly string[]; partition?: readonly string[] })[];
}

export interface EntityIndex {
  readonly name: string;
  readonly partition: readonly string[];
  readonly range: readonly string[];
}

export interface EntityDefinition {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, AttributeType>;
  readonly indexes: ReadonlyMap<string, EntityIndex>;
}

export type EntityCatalogue = ReadonlyMap<string, EntityDefinition>;

const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const ENTITY_NAME = /^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/;

export function entityCatalogue(entities: readonly ManifestEntity[]): EntityCatalogue {
  const catalogue = new Map<string, EntityDefinition>();
  for (const entity of entities) {
    const attributes = new Map(Object.entries(entity.attributes).map(([name, { type }]) => [name, type] as const));
    for (const name of attributes.keys()) {
      if (!ATTRIBUTE_NAME.test(name)) throw new Error(`Entity '${entity.name}': invalid attribute name '${name}'`);
    }
    const indexes = new Map<string, EntityIndex>();
    for (const index of entity.indexes ?? []) {
      const def: EntityIndex =
        typeof index === 'string'
          ? { name: index, partition: [], range: [index] }
          : { name: index.name, partition: index.partition ?? [], range: index.range };
      for (const attribute of [...def.partition, ...def.range]) {
        if (!attributes.has(attribute)) {
          throw new Error(`Entity '${entity.name}' index '${def.name}' uses undeclared attribute '${attribute}'`);
        }
      }
      indexes.set(def.name, def);
    }
    catalogue.set(entity.name, { name: entity.name, attributes, indexes });
  }
  return catalogue;
}

export function requireEntity(catalogue: EntityCatalogue, entityName: unknown): EntityDefinition {
  if (typeof entityName !== 'string' || entityName.length < 3) {
    throw badRequest('ENTITY_TYPE_TOO_SHORT', 'The provided entity name needs to be at least 3 characters.');
  }
  if (entityName.length > 60) {
    throw badRequest('ENTITY_TYPE_TOO_LARGE', 'The provided entity name has exceeded the maximum 60 characters.');
  }
  if (!ENTITY_NAME.test(entityName)) {
    throw badRequest('INVALID_ENTITY_TYPE', `The entity name '${entityName}' does not match the allowed pattern.`);
  }
  const entity = catalogue.get(entityName);
  if (entity === undefined) {
    throw badRequest('INVALID_ENTITY_TYPE', `Entity '${entityName}' is not declared in manifest app.storage.entities.`);
  }
  return entity;
}

export function requireIndex(entity: EntityDefinition, indexName: string): EntityIndex {
  const index = entity.indexes.get(indexName);
  if (index === undefined) {
    throw badRequest('INVALID_ENTITY_INDEX', `Index '${indexName}' is not declared on entity '${entity.name}'.`);
  }
  return index;
}

function matchesType(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'any':
      return true;
  }
}

/** Entity values are objects whose attributes are all declared and typed as declared. */
export function checkEntityValue(entity: EntityDefinition, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('INVALID_ENTITY_VALUE', `A '${entity.name}' value must be an object of its declared attributes.`);
  }
  const record = Object.fromEntries(Object.entries(value));
  for (const [name, attributeValue] of Object.entries(record)) {
    const type = entity.attributes.get(name);
    if (type === undefined) {
      throw badRequest('INVALID_ENTITY_VALUE', `Attribute '${name}' is not declared on entity '${entity.name}'.`);
    }
    if (attributeValue !== null && !matchesType(type, attributeValue)) {
      throw badRequest('INVALID_ENTITY_VALUE', `Attribute '${entity.name}.${name}' must be of type ${type}.`);
    }
  }
  return record;
}

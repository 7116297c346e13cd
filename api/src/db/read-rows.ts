import { type EntityManager, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';

type Row = Record<string, unknown>;
type Converter = (row: Row) => object;

const converters = new WeakMap<EntityMetadata, Converter>();

/** Makes, once per entity, the function that turns a row's columns into the entity's properties. */
function converterOf(em: EntityManager, meta: EntityMetadata): Converter {
  let converter = converters.get(meta);
  if (converter) return converter;
  const platform = em.getPlatform();
  const fields = meta.props.flatMap((prop): [string, string, (value: unknown) => unknown][] => {
    const [column] = prop.fieldNames ?? [];
    if (!column || prop.persist === false) return [];
    if (prop.kind === ReferenceKind.SCALAR) {
      const { customType } = prop;
      if (prop.runtimeType === 'Date') return [[prop.name, column, (value) => new Date(value as string)]];
      if (customType) return [[prop.name, column, (value) => customType.convertToJSValue(value, platform)]];
      return [[prop.name, column, (value) => value]];
    }
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      return [[prop.name, column, (id) => ({ id })]];
    }
    return [];
  });
  converter = (row) => {
    const entity: Row = {};
    for (const [name, column, convert] of fields) {
      const value = row[column];
      entity[name] = value == null ? null : convert(value);
    }
    return entity;
  };
  converters.set(meta, converter);
  return converter;
}

/**
 * Rows a statement returned as JSON (each row's columns, as `json_agg(t)` gives them) in the entity's
 * shape, for a response to show: its properties converted as the ORM converts them (instants as Dates,
 * numeric and JSON columns), each relation as `{ id }`. They are plain objects, not entities the unit
 * of work manages: for reading only, never to change or persist. A managed entity costs some ten
 * microseconds to make (hydration, identity map, the snapshot that tracks its changes), and a page of
 * results holds a thousand rows with its sheets and scores.
 */
export function readRows<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  rows: readonly object[] | null,
): T[] {
  const convert = converterOf(em, em.getMetadata().get(entity));
  return (rows ?? []).map((row) => convert(row as Row) as T);
}

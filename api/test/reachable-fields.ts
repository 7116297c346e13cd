/**
 * Every field reachable from a list's rows, grouped by the object type that holds it, for tests that
 * ask them all: each type with the shortest path of fields from the row to it, and a selection of all
 * its fields that need no argument (an object-valued field as `{ __typename }`, which still runs its
 * resolver). Read from the API's own schema by introspection, so a field added later is asked too.
 */
import type { TestApi } from './test-api.js';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface FieldInfo {
  name: string;
  args: { type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}

interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

const INTROSPECTION = `{ __schema { types { name kind fields {
  name args { type { ${TYPE_REF} } defaultValue } type { ${TYPE_REF} } } } } }`;

function namedType(type: TypeRef): TypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}

export interface TypeSelection {
  type: string;
  /** field names from the row to a value of the type */
  path: string[];
  /** every field of the type that needs no argument, and how to ask it */
  fields: { name: string; selection: string }[];
}

/** The types reachable from `rowType`, nearest first, each with its path and its fields. */
export async function reachableTypes(api: TestApi, token: string, rowType: string): Promise<TypeSelection[]> {
  const { data } = await api.graphql<{ __schema: { types: TypeInfo[] } }>(INTROSPECTION, {}, token);
  const types = new Map((data?.__schema.types ?? []).map((type) => [type.name, type]));
  const isObject = (name: string | null) =>
    ['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(name ?? '')?.kind ?? '');
  const askable = (field: FieldInfo) =>
    field.args.every((arg) => arg.type.kind !== 'NON_NULL' || arg.defaultValue !== null);
  const found: TypeSelection[] = [];
  const queue: { type: string; path: string[] }[] = [{ type: rowType, path: [] }];
  const seen = new Set([rowType]);
  while (queue.length) {
    const { type, path } = queue.shift() as { type: string; path: string[] };
    const fields = (types.get(type)?.fields ?? []).filter(askable);
    found.push({
      type,
      path,
      fields: fields.map((field) => ({
        name: field.name,
        selection: isObject(namedType(field.type).name) ? `${field.name} { __typename }` : field.name,
      })),
    });
    for (const field of fields) {
      const target = namedType(field.type).name;
      if (!target || !isObject(target) || seen.has(target) || types.get(target)?.kind !== 'OBJECT') continue;
      seen.add(target);
      queue.push({ type: target, path: [...path, field.name] });
    }
  }
  return found;
}

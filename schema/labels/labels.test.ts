import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumLabels } from './index.js';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const enums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((type) => !type.name.startsWith('__'));

// Chinese text has at least one CJK character; an English label has none, and is not a raw code.
const CJK = /[\u3400-\u9fff]/;
const RAW_CODE = /^[A-Z0-9_]+$/;

describe('the labels of the enums people see', () => {
  it('cover the enums of the schema, and only those', () => {
    expect(Object.keys(enumLabels).sort()).toEqual(enums.map((type) => type.name).sort());
  });

  describe.each(enums.map((type) => [type.name, type] as const))('%s', (name, type) => {
    const labels: Record<string, { zh: string; en: string }> =
      enumLabels[name as keyof typeof enumLabels] ?? {};

    it('labels each value, in Chinese and in English', () => {
      expect(Object.keys(labels).sort()).toEqual(
        type
          .getValues()
          .map((value) => value.value)
          .sort(),
      );
      for (const [value, label] of Object.entries(labels)) {
        expect(label.zh, `${name}.${value} zh`).toMatch(CJK);
        expect(label.en, `${name}.${value} en`).not.toMatch(CJK);
        expect(label.en, `${name}.${value} en`).not.toMatch(RAW_CODE);
      }
    });
  });
});

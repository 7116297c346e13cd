/**
 * The frozen form of a submission (NominationSubmission.content): what the printed PDF says, section by
 * section, as the API builds it (api/src/documents/printed-document.ts). The schema types it as JSON only.
 */
export interface PrintedForm {
  title: string;
  subtitle: string[];
  sections: PrintedSection[];
}

export interface PrintedSection {
  heading: string;
  blocks: PrintedBlock[];
}

export type PrintedBlock =
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] }
  | { kind: 'text'; label?: string; paragraphs: string[] }
  | { kind: 'signature'; lines: string[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The content as a printed form, or undefined when it is not one: checked to its sections' shape, so that a
 * content of another version shows a notice instead of breaking the page. Blocks of an unknown kind are skipped
 * where they are drawn.
 */
export function asPrintedForm(content: unknown): PrintedForm | undefined {
  if (!isObject(content) || typeof content.title !== 'string' || !Array.isArray(content.sections))
    return undefined;
  const sectionsAreWellFormed = content.sections.every(
    (section) => isObject(section) && typeof section.heading === 'string' && Array.isArray(section.blocks),
  );
  if (!sectionsAreWellFormed) return undefined;
  const subtitle = Array.isArray(content.subtitle) ? content.subtitle : [];
  return { ...content, subtitle } as unknown as PrintedForm;
}

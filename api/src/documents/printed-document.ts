import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';

/** Label and value pairs, printed as a two-column form grid. */
export interface FieldsBlock {
  kind: 'fields';
  rows: [label: string, value: string][];
}

/**
 * A table with a header row. `widths` are relative; a row of one cell spans the whole table (a
 * completer's contribution under the completer, a total).
 */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
}

export interface TableColumn {
  title: string;
  width: number;
  /**
   * The column's cells are never broken across lines (a nomination number, a grade, a score): it is as
   * wide as its widest cell, and the other columns share what is left by their widths.
   */
  isUnbroken?: boolean;
}

/** Running text, one string a paragraph, under an optional label. */
export interface TextBlock {
  kind: 'text';
  label?: string;
  paragraphs: string[];
}

/** Lines left blank for a signature, a seal or a date, right-aligned. */
export interface SignatureBlock {
  kind: 'signature';
  lines: string[];
}

export type Block = FieldsBlock | TableBlock | TextBlock | SignatureBlock;

export interface PrintedSection {
  heading: string;
  blocks: Block[];
}

/**
 * What a generated PDF says, independent of how it is drawn: the renderer prints exactly this, and its
 * hash is the content hash in the footer (a PDF cannot contain the hash of its own bytes).
 */
export interface PrintedDocument {
  title: string;
  /** Printed across the page, for tables too wide to stand upright. */
  isLandscape?: boolean;
  /** Lines under the title: the notice number, the category. */
  subtitle: string[];
  sections: PrintedSection[];
}

/** SHA-256 of the canonical JSON of the content: the same content always gives the same hash. */
export function contentSha256(document: PrintedDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

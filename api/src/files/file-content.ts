import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { badInput } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Bilingual } from '../i18n/text.js';
import { FilePurpose } from '../nominations/nomination.enums.js';

const PDF = 'application/pdf';

/**
 * Every media type stored, once: the extensions a name may end with, and what a person calls such a file
 * (a refusal says 须为 PDF 文件, never application/pdf).
 */
const MEDIA_TYPES: Readonly<Record<string, { extensions: readonly string[]; label: Bilingual }>> = {
  [PDF]: { extensions: ['pdf'], label: { en: 'a PDF file', zh: 'PDF 文件' } },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: { en: 'a JPEG image', zh: 'JPEG 图片' } },
  'image/png': { extensions: ['png'], label: { en: 'a PNG image', zh: 'PNG 图片' } },
};

/**
 * The stamped form and the signed pledge come back as the PDFs that were printed (award-rules.md, the
 * online filing flow, step 5); evidence may also be a scan or a photograph of a certificate.
 */
const ALLOWED_MEDIA_TYPES: Record<FilePurpose, readonly string[]> = {
  [FilePurpose.STAMPED_FORM]: [PDF],
  [FilePurpose.SIGNED_PLEDGE]: [PDF],
  [FilePurpose.EVIDENCE]: [PDF, 'image/jpeg', 'image/png'],
};

/** What a person calls a file of this type; a type not stored is named by its usual extension. */
function labelOf(mediaType: string, extension?: string): Bilingual {
  const known = MEDIA_TYPES[mediaType]?.label;
  if (known) return known;
  const name = (extension ?? mediaType).toUpperCase();
  return { en: `a file of type ${name}`, zh: `${name} 文件` };
}

/** The types allowed, as one would say them: "a PDF file, a JPEG image or a PNG image". */
function allowedLabel(mediaTypes: readonly string[]): Bilingual {
  const labels = mediaTypes.map((type) => labelOf(type));
  const say = (language: keyof Bilingual, comma: string, or: string) => {
    const words = labels.map((label) => label[language]);
    return words.length > 1 ? `${words.slice(0, -1).join(comma)}${or}${words.at(-1)}` : words[0];
  };
  return { en: say('en', ', ', ' or '), zh: say('zh', '、', '或 ') };
}

/** The longest file name kept (the column's length), in characters. */
const MAX_FILE_NAME_LENGTH = 255;

/**
 * The media type of the bytes, read from their magic numbers, never from the name or the type the
 * browser claims; BAD_USER_INPUT on `file` unless it is one the purpose allows.
 */
export async function detectMediaType(bytes: Uint8Array, purpose: FilePurpose): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  const allowed = ALLOWED_MEDIA_TYPES[purpose];
  if (detected && allowed.includes(detected.mime)) return detected.mime;
  const expected = allowedLabel(allowed);
  const found = detected && labelOf(detected.mime, detected.ext);
  throw badInput('file', {
    en: `${term('filePurpose', purpose, 'en')} must be ${expected.en} by its content; ${found ? `its content is ${found.en}` : 'its content is of no recognised type'}`,
    zh: `${term('filePurpose', purpose)}须为 ${expected.zh}，${found ? `实际内容为 ${found.zh}` : '实际内容无法识别'}`,
  });
}

/**
 * A name that says PDF, JPEG or PNG must name what the bytes are, so that the name shown to reviewers
 * does not mislead them; other names are kept as they are, the type being the content's.
 */
export function assertNameMatchesContent(fileName: string, mediaType: string): void {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1].toLowerCase();
  const claimed = Object.keys(MEDIA_TYPES).find(
    (type) => extension && MEDIA_TYPES[type].extensions.includes(extension),
  );
  if (claimed && claimed !== mediaType) {
    const found = labelOf(mediaType);
    throw badInput('file', {
      en: `the name ends in .${extension}, but its content is ${found.en}`,
      zh: `文件名后缀为 .${extension}，但实际内容为 ${found.zh}`,
    });
  }
}

/** The usual extension of a stored media type, for naming a file that came without a usable name. */
export function extensionOf(mediaType: string): string {
  return MEDIA_TYPES[mediaType]?.extensions[0] ?? 'bin';
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The uploader's file name, kept for display only: no folders, no control or bidirectional-override
 * characters, none that file systems refuse, at most 255 characters with the extension kept.
 */
export function displayFileName(original: string, fallback: string): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = cleaned === '' ? fallback : cleaned;
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length < 16 ? extension : [];
  return characters.slice(0, MAX_FILE_NAME_LENGTH - kept.length).join('') + kept.join('');
}

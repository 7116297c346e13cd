import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { badInput } from '../errors.js';
import { term } from '../i18n/terms.js';
import { FilePurpose } from '../nominations/nomination.enums.js';

const PDF = 'application/pdf';

/**
 * The stamped form and the signed pledge come back as the PDFs that were printed (award-rules.md, the
 * online filing flow, step 5); evidence may also be a scan or a photograph of a certificate.
 */
const ALLOWED_MEDIA_TYPES: Record<FilePurpose, readonly string[]> = {
  [FilePurpose.STAMPED_FORM]: [PDF],
  [FilePurpose.SIGNED_PLEDGE]: [PDF],
  [FilePurpose.EVIDENCE]: [PDF, 'image/jpeg', 'image/png'],
};

/** The extensions a name may end with for each type stored; a name that claims another type is refused. */
const EXTENSIONS: Record<string, readonly string[]> = {
  [PDF]: ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

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
  const found = detected ? `its content is ${detected.mime}` : 'its content is of no recognised type';
  const foundZh = detected ? `实际内容为 ${detected.mime}` : '实际内容无法识别';
  throw badInput('file', {
    en: `a ${purpose} file must be ${allowed.join(', ')} by its content; ${found}`,
    zh: `${term('filePurpose', purpose)}的文件内容须为 ${allowed.join('、')}，${foundZh}`,
  });
}

/**
 * A name that says PDF, JPEG or PNG must name what the bytes are, so that the name shown to reviewers
 * does not mislead them; other names are kept as they are, the type being the content's.
 */
export function assertNameMatchesContent(fileName: string, mediaType: string): void {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1].toLowerCase();
  const claimed = Object.keys(EXTENSIONS).find((type) => extension && EXTENSIONS[type].includes(extension));
  if (claimed && claimed !== mediaType)
    throw badInput('file', {
      en: `the name ends in .${extension}, but its content is ${mediaType}`,
      zh: `文件名后缀为 .${extension}，但实际内容为 ${mediaType}`,
    });
}

/** The usual extension of a stored media type, for naming a file that came without a usable name. */
export function extensionOf(mediaType: string): string {
  return EXTENSIONS[mediaType]?.[0] ?? 'bin';
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

import { createHash, randomUUID } from 'node:crypto';
import type { TestApi } from './test-api.js';

/** A small, valid PDF; the label makes its content (and so its hash) unique. */
export function pdf(label: string = randomUUID()): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`);
}

/** A 1×1 PNG image. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7d5a1e60000000049454e44ae426082',
  'hex',
);

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface UploadedFile {
  id: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Uploads a file to a nomination as the nominator portal does (multipart POST
 * /documents/nominations/:id/files); fails unless the API stores it.
 */
export async function uploadFile(
  api: TestApi,
  token: string,
  nominationId: string,
  fields: { purpose: string; evidenceKind?: string },
  file: { bytes: Buffer; name: string },
): Promise<UploadedFile> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const response = await fetch(`${api.url}/documents/nominations/${nominationId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { file: UploadedFile };
  if (response.status !== 201)
    throw new Error(`upload of ${file.name}: ${response.status} ${JSON.stringify(body)}`);
  return body.file;
}

/** The SHA-256 of a file's bytes as a viewer downloads them, or null when the API has none to give. */
export async function downloadedSha256(api: TestApi, token: string, fileId: string): Promise<string | null> {
  const response = await fetch(`${api.url}/documents/files/${fileId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status === 404) return null;
  if (response.status !== 200) throw new Error(`download of ${fileId}: ${response.status} ${bytes}`);
  return sha256(bytes);
}

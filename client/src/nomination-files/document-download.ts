import { currentLanguage } from '../app/i18n';

/** Where the API serves a nomination's printouts and files (proxied like /graphql, same origin, cookie). */
export const documentPaths = {
  formPdf: (nominationId: string) => `/documents/nominations/${nominationId}/form.pdf`,
  pledgePdf: (nominationId: string) => `/documents/nominations/${nominationId}/pledge.pdf`,
  uploads: (nominationId: string) => `/documents/nominations/${nominationId}/files`,
  file: (fileId: string) => `/documents/files/${fileId}`,
};

/** The error body of the documents routes: `{ error: { code, message, field? } }`. */
export interface DocumentError {
  code: string;
  message: string;
  field?: string;
}

export function documentErrorOf(body: unknown, status: number): DocumentError {
  const error = (body as { error?: Partial<DocumentError> } | null)?.error;
  return {
    code: error?.code ?? String(status),
    message: error?.message ?? `HTTP ${status}`,
    field: error?.field,
  };
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Fetches a printout and hands it to the browser as a download. Fetched rather than followed as a plain link,
 * so that a refusal (an incomplete form: INCOMPLETE) is shown as the server's message, not as a JSON file.
 */
export async function downloadDocument(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { 'accept-language': currentLanguage() },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw documentErrorOf(body, response.status);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download from the object URL; it can be released after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

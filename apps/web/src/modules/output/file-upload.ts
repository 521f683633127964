/** What the server answers to an upload (see the API's files.route.ts). */
export type UploadOutcome =
  | { ok: true; file: { id: string; name: string; size: number; contentType: string; url: string } }
  | { ok: false; code: UploadErrorCode; maxBytes?: number };

export const UPLOAD_ERROR_CODES = [
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'FILE_MISSING',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE',
  'UPLOAD_FAILED',
  'NETWORK',
] as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number];

/** What the file field accepts; the server checks the bytes, this only helps the file chooser. */
export const ACCEPTED_FILES = '.pdf,.odt,.docx,.pptx,.mp4,application/pdf,video/mp4';

/**
 * Sends an output's file (multipart, one field `file`) with progress: XMLHttpRequest, because fetch cannot report
 * an upload's progress. The header marks it as the app's own request (a cross-site form cannot set it).
 */
export function uploadOutputFile(
  productId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/files/product/${encodeURIComponent(productId)}`);
    request.setRequestHeader('x-werkplaats-upload', '1');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body = request.response as {
        file?: Extract<UploadOutcome, { ok: true }>['file'];
        code?: string;
        maxBytes?: number;
      } | null;
      if (request.status === 201 && body?.file) {
        resolve({ ok: true, file: body.file });
        return;
      }
      const code = (UPLOAD_ERROR_CODES as readonly string[]).includes(body?.code ?? '')
        ? (body!.code as UploadErrorCode)
        : request.status === 413
          ? 'FILE_TOO_LARGE'
          : 'UPLOAD_FAILED';
      resolve({ ok: false, code, maxBytes: body?.maxBytes });
    });
    request.addEventListener('error', () => resolve({ ok: false, code: 'NETWORK' }));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** A file size as people say it: "1,2 MB", "830 kB". */
export function fileSizeText(bytes: number, locale: string): string {
  const format = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

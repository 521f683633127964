import { fileTypeFromFile } from 'file-type';

/** The kinds of file an output may carry, by what their bytes say they are (never by the name or the browser). */
export const ACCEPTED_FILE_TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
} as const;

export type AcceptedExtension = keyof typeof ACCEPTED_FILE_TYPES;

function isAccepted(ext: string): ext is AcceptedExtension {
  return Object.hasOwn(ACCEPTED_FILE_TYPES, ext);
}

/**
 * What a stored upload is, read from its first bytes and (for the zip-based office formats) its entries:
 * null when it is none of the accepted kinds, whatever its name says.
 */
export async function detectFileType(
  path: string,
): Promise<{ ext: AcceptedExtension; contentType: string } | null> {
  const found = await fileTypeFromFile(path);
  if (!found || !isAccepted(found.ext)) return null;
  return { ext: found.ext, contentType: ACCEPTED_FILE_TYPES[found.ext] };
}

/** The content types the app ever serves a file as: those it accepted on upload. */
export function isServedContentType(contentType: string): boolean {
  return (Object.values(ACCEPTED_FILE_TYPES) as string[]).includes(contentType);
}

const MAX_NAME = 120;

/**
 * A file name safe to store and to serve: the last path part of what the browser sent, Unicode-normalised,
 * without control characters, quotes, slashes or other characters with a meaning in a header or a path, spaces
 * and dashes collapsed, and ending in the extension of what the file really is. Falls back to "bestand".
 */
export function sanitiseFileName(sent: string, ext: AcceptedExtension): string {
  const lastPart = sent.split(/[/\\]/).pop() ?? '';
  // Without its last extension, and without the real one before it too ("rapport.pdf.exe" is "rapport").
  const withoutExtension = lastPart
    .normalize('NFC')
    .replace(/\.[^.]*$/, '')
    .replace(new RegExp(`\\.${ext}$`, 'i'), '');
  const cleaned = withoutExtension
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const base = [...cleaned].slice(0, MAX_NAME).join('').trim() || 'bestand';
  return `${base}.${ext}`;
}

/** `Content-Disposition` for a download: the name as ASCII for old clients and in full as RFC 5987 UTF-8. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
    .trim();
  return `attachment; filename="${ascii || 'bestand'}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Saving a file: a Blob handed to the browser through a temporary `<a download>` link, under a
 * name that every file system accepts ("白蒲镇-外贸进出口-2020年6月.png").
 */

/** Longest name kept before the extension, in characters (file systems allow 255 bytes; CJK is 3 bytes). */
const MAX_NAME = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * `name` as a file name with `extension`: characters that Windows, macOS or Linux refuse (/ \ : * ? " < > |
 * and control characters) become "-", runs of "-" and spaces shrink, leading and trailing dots and dashes
 * go, and the name is cut to {@link MAX_NAME} characters. Never empty.
 */
export function safeFileName(name: string, extension: string): string {
  let base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/(\s*-\s*)+/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  base = Array.from(base)
    .slice(0, MAX_NAME)
    .join('')
    .replace(/[\s.-]+$/, '');
  if (base === '' || RESERVED.test(base)) base = `export${base ? `-${base}` : ''}`;
  const ext = extension.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return ext ? `${base}.${ext}` : base;
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; the URL can go once the event loop has moved on.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

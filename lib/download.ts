// A file made in the page and handed to the browser's downloads: nothing is sent anywhere.

/** Today's date as a file name wants it: 2026-12-06. */
export function fileDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Offers `contents` as a download named `fileName`. */
export function downloadText(contents: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

// Copies a link; returns false when the browser refuses (no permission, insecure origin), so the
// caller shows the link selected for a manual copy instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

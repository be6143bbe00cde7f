/** The one door to the clipboard: the async API where allowed, else the legacy copy command. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // lib.dom declares it always there; outside a secure context (plain http) it is missing.
    const clipboard = navigator.clipboard as Partial<Clipboard> | undefined;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not a secure context: try the fallback.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback, for where the API above is missing
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

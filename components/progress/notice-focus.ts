// A notice's "Đã hiểu" takes its button away: focus goes on to what follows, not to the page's top.

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Before `button` (in `region`, a list of notices) goes with its notice: the next notice's first
 * button, else the last of the notice before, else the first control after the notices, else the
 * page's main content.
 */
export function focusAfterDismiss(region: HTMLElement | null, button: HTMLElement): void {
  if (!region) return;
  // A notice may have more buttons than its own "Đã hiểu" ("Tải bản cũ về máy"): all go with it.
  const notice = button.parentElement ?? button;
  const inRegion = [...region.querySelectorAll<HTMLElement>('button')];
  const index = inRegion.indexOf(button);
  const rest = inRegion.filter((other) => !notice.contains(other));
  const next =
    rest.find((other) => inRegion.indexOf(other) > index) ??
    rest.at(-1) ??
    [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
      (element) => region.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && !region.contains(element) && element.getClientRects().length > 0,
    ) ??
    document.querySelector<HTMLElement>('main');
  next?.focus();
}

// Apart from the picker itself, so a dialog can pass it before the picker's code has loaded.

/**
 * For a dialog's onEscapeKeyDown: Escape in an open picker closes the list, not the dialog.
 * Radix sees the key before React does, while the input still says aria-expanded="true".
 */
export function escapeClosesPicker(event: KeyboardEvent): void {
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    target.getAttribute("role") === "combobox" &&
    target.getAttribute("aria-expanded") === "true"
  ) {
    event.preventDefault();
  }
}

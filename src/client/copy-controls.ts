/**
 * Progressive enhancement of the statement controls: where the clipboard is available, reveals the hidden
 * "Copy link" and "Copy citation" buttons and copies on click, announcing the result in the status beside the button.
 * Without JavaScript the permalink and the citation (in its <details>) work on their own.
 */
const buttons = document.querySelectorAll<HTMLButtonElement>('button.copy');
if (navigator.clipboard) {
  for (const button of buttons) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy');
    if (!button) return;
    // A link button carries its absolute URL; a citation button copies the citation beside it.
    const text = button.dataset.copy ?? button.closest('details')?.querySelector('.citation')?.textContent ?? '';
    const status = button.nextElementSibling;
    let message: string;
    try {
      await navigator.clipboard.writeText(text);
      message = button.dataset.done ?? 'Copied';
    } catch {
      message = 'Could not copy: select the text and copy it';
    }
    // Emptied first, so a second click announces again.
    if (status) status.textContent = '';
    setTimeout(() => status && (status.textContent = message), 50);
  });
}

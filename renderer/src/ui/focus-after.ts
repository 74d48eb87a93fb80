/**
 * Where focus goes after an action, so the keyboard stays where the hand is.
 *
 * | after                         | focus lands on                                             |
 * |-------------------------------|------------------------------------------------------------|
 * | adding an application        | its card's open button, once the card is drawn (board);    |
 * |                               | elsewhere the control that opened the form                 |
 * | Move to… / Move up / down     | the moved card's "Move … to…" button in its new place      |
 * | archiving a card              | the next card of that column, else the column's heading    |
 * | closing a dialog              | the control that opened it (the browser's own for <dialog>)|
 *
 * A card that moves column is a new element, so the target is looked up by the application's id
 * on each animation frame until it appears (at most two seconds: a card filtered out of view
 * never appears, and focus then stays where it was).
 */
export type CardControl = 'open' | 'move';

const SELECTOR: Record<CardControl, string> = {
  open: '.card-open',
  move: 'button[aria-haspopup="menu"]',
};

export function focusCard(applicationId: string, control: CardControl, options: { inStage?: string; fallback?: HTMLElement | null } = {}): void {
  const started = performance.now();
  let steadyFrames = 0;
  const attempt = () => {
    const card = document.querySelector<HTMLElement>(`[data-application-id="${CSS.escape(applicationId)}"]:not([aria-hidden="true"])`);
    const placed = options.inStage === undefined || card?.closest<HTMLElement>('[data-stage-id]')?.dataset['stageId'] === options.inStage;
    const target = placed ? card?.querySelector<HTMLElement>(SELECTOR[control]) : null;
    const active = document.activeElement;
    const free = active === null || active === document.body || active === target || !active.isConnected || active === options.fallback;
    if (!free && steadyFrames > 0) return; // the user has moved on
    if (target && active !== target) {
      target.focus();
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      steadyFrames = 1;
    } else if (target) steadyFrames += 1;
    // A virtualised column may draw the card again once measured: hold on for a few frames.
    if (steadyFrames >= 5) return;
    if (performance.now() - started < 2000) requestAnimationFrame(attempt);
    else if (!target && options.fallback?.isConnected) options.fallback.focus();
  };
  requestAnimationFrame(attempt);
}

/**
 * Scrolls to a transcript turn and moves focus there. Turns off-screen are
 * laid out lazily (content-visibility), so the position is corrected once
 * more after the browser has rendered the turns around the target.
 */
export function focusTurn(index: number, updateHash = true): boolean {
  const element = document.getElementById(`turn-${index}`);
  if (!element) return false;
  if (updateHash) window.history.replaceState(window.history.state, '', `#turn-${index}`);
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  requestAnimationFrame(() => requestAnimationFrame(() => element.scrollIntoView({ block: 'center' })));
  return true;
}

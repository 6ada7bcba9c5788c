/**
 * Where the card goes: below the phrase when it fits, else above, else on the side with more room;
 * always inside the viewport and never over the phrase itself (when the viewport allows it).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const GAP = 8;
export const MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; placement: 'below' | 'above' } {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const placement = card.height <= below || below >= above ? 'below' : 'above';
  let top = placement === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - card.height;
  // Keep it on screen; if it cannot fit on its side it may then overlap, which beats being cut off.
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - card.height));
  let left = anchor.left;
  left = Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - card.width));
  return { left: Math.round(left), top: Math.round(top), placement };
}

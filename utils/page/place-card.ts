/**
 * Where the card goes: below the phrase when it fits, else above, else on the side with more room,
 * shortened (it scrolls inside) rather than covering the phrase; always inside the viewport.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const GAP = 8;
export const MARGIN = 8;
/** Below this, the card would be too short to read: it may then overlap the phrase instead. */
export const MIN_HEIGHT = 140;

export interface Placement {
  left: number;
  top: number;
  placement: 'below' | 'above';
  /** Set when the card must be shorter than its content to keep off the phrase. */
  maxHeight?: number;
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const placement = card.height <= below || below >= above ? 'below' : 'above';
  const room = placement === 'below' ? below : above;
  const height = card.height <= room ? card.height : Math.max(room, Math.min(card.height, MIN_HEIGHT));
  let top = placement === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - card.width));
  return {
    left: Math.round(left),
    top: Math.round(top),
    placement,
    ...(height < card.height ? { maxHeight: Math.floor(height) } : {}),
  };
}

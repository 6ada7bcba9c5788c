/**
 * Moving through the page's highlighted claims: the keyboard's next/previous (wrapping around, "3 of
 * 12" announced) and the popup's "reveal" of one entry. The current one is scrolled to the centre,
 * marked, and its card opened with focus inside.
 */
import type { Painter } from './painter';
import type { PaintedMatch } from './page-scanner';
import type { CardController } from './card-controller';
import { t } from '../i18n';

export interface ClaimNavigator {
  jump(step: 1 | -1): void;
  /** Reveals the first highlight `isWanted` accepts, with a flash; false when there is none. */
  reveal(isWanted: (target: PaintedMatch) => boolean): boolean;
  /** The list changed under us (new page, new settings, stop): start again from the top. */
  reset(): void;
}

export function createClaimNavigator(options: {
  painter: Painter;
  card: CardController;
  /** Painted matches in document order. */
  visible: () => PaintedMatch[];
}): ClaimNavigator {
  const { painter, card } = options;
  let current = -1;

  function show(target: PaintedMatch, flash: boolean, position: string) {
    const element = target.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    painter.setCurrent(target.range, flash);
    void card.show(target, { focus: true, position });
  }

  return {
    jump(step) {
      const list = options.visible();
      if (!list.length) {
        card.announce(t('jump_none'));
        return;
      }
      current = current < 0 ? (step === 1 ? 0 : list.length - 1) : (current + step + list.length) % list.length;
      show(list[current], false, t('jump_position', current + 1, list.length));
    },
    reveal(isWanted) {
      const list = options.visible();
      const i = list.findIndex(isWanted);
      if (i < 0) return false;
      current = i;
      show(list[i], true, t('jump_position', i + 1, list.length));
      return true;
    },
    reset() {
      current = -1;
    },
  };
}

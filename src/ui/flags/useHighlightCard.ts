/**
 * Which highlight's card is showing. The card opens when the pointer rests
 * on a highlight or keyboard focus reaches one, and closes shortly after the
 * pointer leaves both the highlight and the card (the delay lets the pointer
 * cross the gap to the card's Edit button) or when the workspace scrolls.
 * Handlers are delegated from the review root, so rows stay listener-free.
 */
import { useEffect, useRef, useState } from 'react';
import type { FocusEvent, MouseEvent, RefObject } from 'react';
import type { CardPlacement } from './FlagCard.tsx';
import { FLAG_IDS_ATTRIBUTE } from './CellText.tsx';

/** The card's subject: the flags of one highlight, and where it is. */
export interface CardState {
  ids: string[];
  placement: CardPlacement;
}

/** How long the card outlives the pointer leaving it, ms. */
const HIDE_DELAY = 250;

/** The highlight element at or above `target`, if any. */
export function highlightOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`[${FLAG_IDS_ATTRIBUTE}]`) : null;
}

/** The flag ids a highlight carries, worst first. */
export function highlightIds(element: Element): string[] {
  return (element.getAttribute(FLAG_IDS_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
}

function stateFor(element: HTMLElement): CardState {
  const rect = element.getBoundingClientRect();
  return {
    ids: highlightIds(element),
    placement: { left: rect.left, top: rect.top, bottom: rect.bottom },
  };
}

/** The card state and the handlers to spread on the review root. */
export function useHighlightCard(rootRef: RefObject<HTMLElement | null>) {
  const [card, setCard] = useState<CardState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelHide = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const hideSoon = () => {
    cancelHide();
    timer.current = setTimeout(() => setCard(null), HIDE_DELAY);
  };
  const show = (element: HTMLElement) => {
    cancelHide();
    setCard(stateFor(element));
  };

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Fixed placement goes stale as soon as the grid scrolls under it.
    const onScroll = () => setCard(null);
    root.addEventListener('scroll', onScroll, true);
    return () => {
      root.removeEventListener('scroll', onScroll, true);
      cancelHide();
    };
  }, [rootRef]);

  return {
    card,
    hide: () => {
      cancelHide();
      setCard(null);
    },
    /** The pointer entered or left the card itself. */
    hoverCard: (inside: boolean) => (inside ? cancelHide() : hideSoon()),
    handlers: {
      onMouseOver: (event: MouseEvent) => {
        const element = highlightOf(event.target);
        if (element) show(element);
      },
      onMouseOut: (event: MouseEvent) => {
        if (highlightOf(event.target) && !highlightOf(event.relatedTarget)) hideSoon();
      },
      onFocus: (event: FocusEvent) => {
        const element = highlightOf(event.target);
        if (element) show(element);
      },
      onBlur: (event: FocusEvent) => {
        if (highlightOf(event.target)) hideSoon();
      },
    },
  };
}

/**
 * Mounts the status panel in its own open shadow root (styles isolated both ways),
 * collapsible, in a corner the seller chooses (dragged there, or "Move to another corner";
 * remembered per host) and clear of the page's own fixed controls there (lib/ui/panel-place).
 * Narrow windows start with it folded to a pill. Its tag, <shop-pulse-overlay>, is one the
 * reader skips, so the panel never reads itself.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderOverlay } from '../../components/overlay-panel';
import css from './style.css?inline';
import { tableTranslator } from '../../lib/i18n/core';
import type { MetricKey } from '../../lib/metrics';
import { cornerAt, CORNERS, NARROW_WINDOW, nextCorner, placePanel, type Corner, type Rect } from '../../lib/ui/panel-place';
import type { OverlayStatus } from '../../lib/worker/status';

const COLLAPSED_KEY = 'overlayCollapsed';
/** `{ [host]: corner }`: a corner per Seller Center host. */
const CORNER_KEY = 'overlayCorner';
/** Pointer travel (px) after which a press on the panel is a drag, not a click. */
const DRAG_START = 6;

export type OverlayHandle = {
  update(status: OverlayStatus | null): void;
  /** What the page shows but was not read (the last reading's `missing`). */
  setMissed(missed: readonly MetricKey[]): void;
};

export async function mountOverlay(ctx: ContentScriptContext, onOpen: (section: 'manual' | 'sample') => void): Promise<OverlayHandle> {
  let status: OverlayStatus | null = null;
  let missed: readonly MetricKey[] = [];
  const stored = await browser.storage.local.get([COLLAPSED_KEY, CORNER_KEY]);
  const corners: Record<string, unknown> = { ...(stored[CORNER_KEY] as Record<string, unknown> | undefined) };
  const saved = corners[location.host] as Corner;
  let corner: Corner = CORNERS.includes(saved) ? saved : 'bottom-right';
  let collapsed = Boolean(stored[COLLAPSED_KEY]) || innerWidth < NARROW_WINDOW;
  let container: HTMLElement | null = null;

  // A plain open shadow root (not WXT's createShadowRootUi): the same isolation for
  // ~3.7 KB less in a script that runs on every Seller Center page, and the styles come
  // inline instead of being fetched.
  const host = document.createElement('shop-pulse-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);

  /** Placed by its distance from the window's right and bottom edges (custom properties: see style.css). */
  const moveTo = (right: number, bottom: number) => {
    host.style.cssText = `--sp-right:${right}px;--sp-bottom:${bottom}px`;
  };
  const viewport = () => ({ width: innerWidth, height: innerHeight });

  /**
   * The page's fixed or sticky elements (a chat button, a cookie bar, a sticky header) a
   * rectangle covers, asked on a grid of points 24 px apart (a chat button can sit wholly
   * inside the panel's rectangle): every element stacked at a point, ancestors included,
   * is in elementsFromPoint; each element's style is asked once.
   */
  const fixedIn = (r: Rect): Rect[] => {
    const seen = new Set<Element>([host]);
    const found: Rect[] = [];
    for (let x = r.left + 4; x < r.right; x += 24) {
      for (let y = r.top + 4; y < r.bottom; y += 24) {
        for (const hit of document.elementsFromPoint(x, y)) {
          if (seen.has(hit)) continue;
          seen.add(hit);
          if (/fixed|sticky/.test(getComputedStyle(hit).position)) found.push(hit.getBoundingClientRect());
        }
      }
    }
    return found;
  };

  const place = () => {
    const box = host.getBoundingClientRect();
    if (box.width) {
      const r = placePanel(corner, box, viewport(), fixedIn);
      moveTo(innerWidth - r.right, innerHeight - r.bottom);
    }
  };

  const saveCorner = (next: Corner) => {
    corner = next;
    corners[location.host] = next;
    void browser.storage.local.set({ [CORNER_KEY]: corners });
    place();
  };

  const draw = () => {
    if (!container) return;
    if (!status) return container.replaceChildren();
    // The background sends the strings in the user's language (no locale tables in this bundle).
    const intl = status.ui?.locale ?? 'en';
    const t = tableTranslator(status.ui?.messages ?? {}, intl);
    const toggle = () => {
      collapsed = !collapsed;
      void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
      draw();
    };
    renderOverlay(container, {
      status,
      collapsed,
      onToggle: toggle,
      t,
      locale: intl,
      missed,
      onOpen,
      onMove: () => saveCorner(nextCorner(corner)),
    });
    place();
  };

  // Dragging: a press on the panel, then the pointer followed over the whole window while a
  // button is down; the panel lands in the corner of the quarter it is dropped in. A click
  // that ends a drag (released over the panel) neither folds it nor presses a button.
  let drag: { x: number; y: number; right: number; bottom: number; moved: boolean } | null = null;
  root.addEventListener('pointerdown', (e) => {
    const box = host.getBoundingClientRect();
    drag = { x: e.clientX, y: e.clientY, right: innerWidth - box.right, bottom: innerHeight - box.bottom, moved: false };
  });
  ctx.addEventListener(window, 'pointermove', (e) => {
    if (!drag || !e.buttons) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if ((drag.moved ||= Math.abs(dx) + Math.abs(dy) >= DRAG_START)) moveTo(drag.right - dx, drag.bottom - dy);
  });
  ctx.addEventListener(window, 'pointerup', (e) => {
    if (drag?.moved) saveCorner(cornerAt(e.clientX, e.clientY, viewport()));
  });
  root.addEventListener('click', (e) => drag?.moved && e.stopPropagation(), true);

  (document.body ?? document.documentElement).append(host);
  container = root;
  draw();
  // Chat buttons and cookie bars often arrive after the page: look again once it has settled.
  ctx.setTimeout(place, 5000);
  ctx.addEventListener(window, 'resize', place);
  ctx.onInvalidated(() => {
    host.remove();
    container = null;
  });
  return {
    update(next) {
      status = next;
      draw();
    },
    setMissed(next) {
      missed = next;
      draw();
    },
  };
}

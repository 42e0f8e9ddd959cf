/**
 * Where the on-page panel sits: one of four corners (the seller drags it, or moves it
 * from the keyboard), kept clear of the page's own fixed controls there — Seller Center's
 * "Chat with Seller Support" button bottom right, cookie bars along the bottom, a sticky
 * header along the top. Pure: the page's fixed elements come from a probe the caller
 * passes (overlay.ts asks the browser which elements a rectangle would cover).
 */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-left' | 'top-right';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];

export type Rect = { left: number; top: number; right: number; bottom: number };
export type Size = { width: number; height: number };

/** The corner whose quarter of the window holds the point (where a dragged panel lands). */
export function cornerAt(x: number, y: number, viewport: Size): Corner {
  const right = x >= viewport.width / 2;
  const bottom = y >= viewport.height / 2;
  return bottom ? (right ? 'bottom-right' : 'bottom-left') : right ? 'top-right' : 'top-left';
}

/** The next corner, clockwise from bottom right. */
export function nextCorner(corner: Corner): Corner {
  return CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length] ?? 'bottom-right';
}

/**
 * The panel's rectangle in `corner`: `margin` from the window's edges, then moved along
 * the side edge, away from the corner, past whatever fixed element of the page it would
 * cover (up past a chat button or a cookie bar, down past a sticky header). When that runs
 * out of window it stays in the corner: covering something is better than not being there,
 * and the seller can drag it elsewhere.
 */
export function placePanel(
  corner: Corner,
  size: Size,
  viewport: Size,
  /** The page's fixed elements the rectangle covers (each overlaps it). */
  fixedIn: (r: Rect) => Rect[],
  margin = 16,
  gap = 8,
): Rect {
  const bottom = corner.startsWith('bottom');
  const left = corner.endsWith('right') ? viewport.width - margin - size.width : margin;
  const at = (top: number): Rect => ({ left, top, right: left + size.width, bottom: top + size.height });
  const home = at(bottom ? viewport.height - margin - size.height : margin);
  let r = home;
  for (let i = 0; i < 8; i++) {
    const hits = fixedIn(r);
    if (hits.length === 0) return r;
    r = bottom ? at(Math.min(...hits.map((h) => h.top)) - gap - size.height) : at(Math.max(...hits.map((h) => h.bottom)) + gap);
    if (r.top < 0 || r.bottom > viewport.height) return home;
  }
  return home;
}

/** Narrower windows start with the panel folded to a pill: it would cover the page's content. */
export const NARROW_WINDOW = 720;

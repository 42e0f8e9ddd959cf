import { describe, expect, it } from 'vitest';
import { CORNERS, cornerAt, nextCorner, placePanel, type Rect } from '../../../lib/ui/panel-place';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 40 };
/** The page's fixed elements, as the browser probe reports them: those a rectangle overlaps. */
const page = (...fixed: Rect[]) => (r: Rect) => fixed.filter((f) => f.left < r.right && r.left < f.right && f.top < r.bottom && r.top < f.bottom);
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('placePanel', () => {
  it('sits 16 px from the edges of its corner when nothing is there', () => {
    expect(placePanel('bottom-right', size, viewport, page())).toEqual(rect(964, 744, 300, 40));
    expect(placePanel('top-left', size, viewport, page())).toEqual(rect(16, 16, 300, 40));
  });

  it('moves up past the chat button Seller Center keeps bottom right', () => {
    const chat = rect(1100, 700, 160, 80);
    const r = placePanel('bottom-right', size, viewport, page(chat));
    expect(r.bottom).toBeLessThanOrEqual(chat.top);
    expect(r.right).toBe(1264);
  });

  it('moves up past a cookie bar and then a chat button above it', () => {
    const cookies = rect(0, 740, 1280, 60);
    const chat = rect(1180, 660, 80, 70);
    const r = placePanel('bottom-left', size, viewport, page(cookies, chat));
    expect(r.bottom).toBeLessThanOrEqual(cookies.top);
    const right = placePanel('bottom-right', size, viewport, page(cookies, chat));
    expect(right.bottom).toBeLessThanOrEqual(chat.top);
  });

  it('moves down past a sticky header in a top corner', () => {
    const header = rect(0, 0, 1280, 56);
    expect(placePanel('top-right', size, viewport, page(header)).top).toBeGreaterThanOrEqual(56);
  });

  it('stays in its corner when the page leaves no room (covering beats vanishing)', () => {
    const wall = rect(900, 0, 380, 800);
    expect(placePanel('bottom-right', size, viewport, page(wall))).toEqual(rect(964, 744, 300, 40));
  });
});

describe('corners', () => {
  it('a drop lands in the corner of its quarter of the window', () => {
    expect(cornerAt(1200, 700, viewport)).toBe('bottom-right');
    expect(cornerAt(10, 700, viewport)).toBe('bottom-left');
    expect(cornerAt(10, 10, viewport)).toBe('top-left');
    expect(cornerAt(1200, 10, viewport)).toBe('top-right');
  });

  it('the keyboard visits every corner and comes back', () => {
    let c = CORNERS[0]!;
    const seen = [c];
    for (let i = 0; i < 4; i++) seen.push((c = nextCorner(c)));
    expect(new Set(seen)).toEqual(new Set(CORNERS));
    expect(seen.at(-1)).toBe(seen[0]);
  });
});

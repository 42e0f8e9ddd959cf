/**
 * Deterministic randomness for stand-ins: a 32-bit hash of a text and a small PRNG.
 * The sample seeds it with a hash of the whole original page, so the same page always
 * gives the same sample, but nobody without the original can work back from a stand-in
 * to the figure it replaced (a fixed seed would let anyone try all 7-digit amounts).
 */

/** FNV-1a over the UTF-16 code units of `text`, continuing from `seed`. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { describe, expect, it } from 'vitest';
import { editedCopy } from './edits';

describe('fuzz edits', () => {
  it('an edit that cannot be made (an array\'s length) leaves the copy as it was', () => {
    const value = { rows: [1, 2] };
    expect(editedCopy(value, { path: [0], op: 'add', key: 'length', value: 5 })).toEqual(value);
  });

  it('adds `__proto__` as an own key, never as a prototype', () => {
    const copy = editedCopy({ a: 1 } as Record<string, unknown>, { path: [], op: 'add', key: '__proto__', value: { polluted: 1 } });
    expect(Object.keys(copy)).toContain('__proto__');
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgramCard } from '../../../components/options/ProgramCard';
import type { RulesOverride } from '../../../components/options/rules-override';
import { translator } from '../../../lib/i18n';
import { PROGRAMS, resolveSettings } from '../../../lib/rules';

const t = translator('en');
const q4 = PROGRAMS.find((p) => p.id === 'tsp-q4-daily-gmv')!;
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('a partner program that ran last year', () => {
  it("says when it last ran and takes this year's dates only on the user's click", async () => {
    let rules: RulesOverride = {};
    const card = () => (
      <ProgramCard program={q4} settings={resolveSettings(rules)} updateRules={(f) => void (rules = f(rules))} t={t} locale="en-US" today="2026-12-01" />
    );
    await act(async () => render(card(), root));
    expect(root.querySelector('.next-run')?.textContent).toContain('This program last ran Oct 1, 2025 – Dec 31, 2025. Shop Pulse does not assume it runs again.');
    expect(rules).toEqual({});
    await act(async () => void root.querySelector<HTMLButtonElement>('.next-run button')!.click());
    expect(rules).toEqual({ programs: { 'tsp-q4-daily-gmv': { start: '2026-10-01', end: '2026-12-31' } } });
    await act(async () => render(card(), root));
    expect(root.querySelector('.next-run')).toBeNull();
  });
});

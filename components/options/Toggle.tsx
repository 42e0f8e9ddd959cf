import type { ComponentChildren } from 'preact';

export type ToggleProps = {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
};

/** An on/off switch: a native checkbox (keyboard: Space) announced as a switch. */
export function Toggle({ label, checked, onChange, disabled }: ToggleProps) {
  return (
    <label class="toggle">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

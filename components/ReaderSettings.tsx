import { useEffect, useRef, useState } from 'preact/hooks';
import { fontChoices, type ReaderSettings, ranges, themeChoices } from '@/lib/reader/settings';

interface Props {
  settings: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
}

const fontNames = { serif: 'Serif', sans: 'Sans', mono: 'Mono', system: 'System' } as const;
const themeNames = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'System' } as const;

function Slider(props: {
  id: string;
  label: string;
  value: number;
  range: (typeof ranges)['size'];
  shown: string;
  onInput(value: number): void;
}) {
  const { id, label, value, range, shown, onInput } = props;
  return (
    <div class="setting-slider">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={shown}
        onInput={(e) => onInput(Number(e.currentTarget.value))}
      />
      <output for={id}>{shown}</output>
    </div>
  );
}

/** The "Aa" popover: font, size, line spacing, line width and theme, applied as they change. */
export function ReaderSettingsMenu({ settings, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes it, as menus do; Escape closes it and gives focus back to "Aa".
    const outside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  return (
    <div class="reader-settings" ref={box}>
      <button
        ref={toggle}
        type="button"
        class="settings-toggle"
        aria-label="Aa: text and theme"
        title="Text and theme"
        aria-expanded={open}
        aria-controls="reader-settings-panel"
        onClick={() => setOpen(!open)}
      >
        Aa
      </button>
      {open && (
        // A non-modal dialog: the article stays readable and reacts as the settings change.
        <dialog
          open
          id="reader-settings-panel"
          class="settings-popover"
          aria-label="Text and theme"
        >
          <fieldset>
            <legend>Font</legend>
            {fontChoices.map((font) => (
              <label key={font} class={`choice font-${font}`}>
                <input
                  type="radio"
                  name="reader-font"
                  checked={settings.font === font}
                  onChange={() => onChange({ font })}
                />
                {fontNames[font]}
              </label>
            ))}
          </fieldset>
          <Slider
            id="reader-size"
            label="Text size"
            value={settings.size}
            range={ranges.size}
            shown={`${settings.size} px`}
            onInput={(size) => onChange({ size })}
          />
          <Slider
            id="reader-line-height"
            label="Line spacing"
            value={settings.lineHeight}
            range={ranges.lineHeight}
            shown={settings.lineHeight.toFixed(1)}
            onInput={(lineHeight) => onChange({ lineHeight })}
          />
          <Slider
            id="reader-width"
            label="Line width"
            value={settings.width}
            range={ranges.width}
            shown={`${settings.width} characters`}
            onInput={(width) => onChange({ width })}
          />
          <fieldset>
            <legend>Theme</legend>
            {themeChoices.map((theme) => (
              <label key={theme} class={`choice theme-swatch theme-${theme}`}>
                <input
                  type="radio"
                  name="reader-theme"
                  checked={settings.theme === theme}
                  onChange={() => onChange({ theme })}
                />
                {themeNames[theme]}
              </label>
            ))}
          </fieldset>
        </dialog>
      )}
    </div>
  );
}

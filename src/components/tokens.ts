import { css, unsafeCSS, type CSSResult } from 'lit';
import { DARK, LIGHT, basePalette, type Theme } from '../map/style/theme.ts';

/**
 * Reads the map theme from the element's CSS custom properties, so one stylesheet themes both.
 * A value that is not a colour (`--cm-claimed: banana`) falls back to the default, with a
 * console warning: a bad theme variable must never blank the map. Colours are handed to the
 * map as rgba(), which MapLibre reads whatever CSS syntax the host used.
 */
export function themeFrom(el: Element): Theme {
  const style = getComputedStyle(el);
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const base = basePalette(el.getAttribute('theme') ?? 'light', prefersDark);
  const theme = { ...base };
  const bad: string[] = [];
  for (const slot of Object.keys(LIGHT) as (keyof Theme)[]) {
    const value = style.getPropertyValue(`--cm-${slot}`).trim();
    if (!value) continue;
    const rgba = cssColourToRgba(value);
    if (rgba) theme[slot] = rgba;
    else bad.push(`--cm-${slot}: ${value.slice(0, 80)}`);
  }
  if (bad.length) {
    console.warn(`conflict-map: not a colour, the default is used instead: ${bad.join('; ')}`);
    // The legend's swatches (in the inner components' shadow roots) read the same variables:
    // set the default on the element itself, which the host's stylesheet does not override.
    for (const slot of Object.keys(LIGHT) as (keyof Theme)[]) {
      if (bad.some((b) => b.startsWith(`--cm-${slot}:`)) && el instanceof HTMLElement) el.style.setProperty(`--cm-${slot}`, base[slot]);
    }
  }
  return theme;
}

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as `rgba(r, g, b, a)`, or null when the browser does not read it as a colour. */
export function cssColourToRgba(value: string): string | null {
  if (typeof CSS !== 'undefined' && !CSS.supports('color', value)) return null;
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return value;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
}

/**
 * A token: the host's --cm-* property, else the dark palette's value where the root element is
 * dark (--_d-*, set on the root only, inherited by every inner component), else the light one.
 */
const v = (slot: keyof Theme): CSSResult => unsafeCSS(`var(--cm-${slot}, var(--_d-${slot}, ${LIGHT[slot]}))`);
const ui = (name: string, light: string): CSSResult => unsafeCSS(`var(--cm-${name}, var(--_d-${name}, ${light}))`);

/** The UI colours of the dark palette (the map's come from DARK). */
const DARK_UI = { text: '#ecebe6', muted: '#b8b4ab', surface: '#1e1f22', 'surface-2': '#2a2b2f', border: '#55534e', focus: '#8ab4ff', notice: '#3a3020' };

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = unsafeCSS(
  [
    ...(['contested', 'controlled', 'claimed', 'assessed', 'selected'] as const).map((k) => `--_d-${k}: ${DARK[k]};`),
    ...Object.entries(DARK_UI).map(([k, value]) => `--_d-${k}: ${value};`),
    'color-scheme: dark;',
  ].join('\n'),
);

/** Shared look: status colours come from the same Theme as the map's, overridable by --cm-* properties. */
export const tokens = css`
  :host {
    /* The element's own rem: every size is a multiple of it, never of the host page's root font. */
    --_rem: var(--cm-font-size, 16px);
    --_contested: ${v('contested')};
    --_controlled: ${v('controlled')};
    --_claimed: ${v('claimed')};
    --_assessed: ${v('assessed')};
    --_selected: ${v('selected')};
    --_text: ${ui('text', '#1f1e1b')};
    --_muted: ${ui('muted', '#5a5750')};
    --_surface: ${ui('surface', '#ffffff')};
    --_surface-2: ${ui('surface-2', '#f4f2ec')};
    --_border: ${ui('border', '#d6d2c8')};
    --_focus: ${ui('focus', '#0b57d0')};
    --_notice: ${ui('notice', '#fff4e0')};
    --_radius: var(--cm-radius, 6px);
    font-family: var(--cm-font, 'Noto Sans', system-ui, sans-serif);
    color: var(--_text);
    /* A long unbroken word from data (a 20,000-character name) wraps instead of widening the layout. */
    overflow-wrap: anywhere;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The one look of a secondary button, shared by every component. */
  .button {
    font: inherit;
    font-size: calc(0.9 * var(--_rem));
    color: inherit;
    border: 1px solid var(--_border);
    background: var(--_surface-2);
    border-radius: var(--_radius);
    padding: calc(0.3 * var(--_rem)) calc(0.7 * var(--_rem));
    cursor: pointer;
  }
  /* Printed pages have nothing to press. */
  @media print {
    .button,
    .close {
      display: none !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * The root element's first stylesheet: a news page's inherited text styles (Georgia at 20px,
 * uppercase, letter-spacing, italics, a 62.5% root font) stop at the element. Custom
 * properties still inherit, so `--cm-*` theming works; rules the host page writes for the
 * element itself (its height, say) still win over `:host`.
 */
export const hostReset = css`
  :host {
    all: initial;
    font-size: var(--cm-font-size, 16px);
  }
`;

/** The status swatches: the same shapes as the map's patterns (cross-hatch, dots, single hatch). */
export const swatches = css`
  .swatch {
    display: inline-block;
    width: 1.4em;
    height: 1em;
    border: 2px solid currentColor;
    vertical-align: -0.15em;
    flex: none;
  }
  .swatch.contested {
    color: var(--_contested);
    background:
      repeating-linear-gradient(45deg, var(--_contested) 0 2px, transparent 2px 6px),
      repeating-linear-gradient(-45deg, var(--_contested) 0 2px, transparent 2px 6px);
  }
  .swatch.controlled {
    color: var(--_controlled);
    background: radial-gradient(var(--_controlled) 1.5px, transparent 2px) 0 0 / 6px 6px;
  }
  .swatch.claimed {
    color: var(--_claimed);
    border-style: dashed;
    background: repeating-linear-gradient(45deg, var(--_claimed) 0 2px, transparent 2px 6px);
  }
  .swatch.assessed {
    color: var(--_assessed);
    background: repeating-linear-gradient(0deg, var(--_assessed) 0 2px, transparent 2px 6px);
  }
  .swatch.none {
    color: var(--_muted);
    background: transparent;
  }
  /* Forced colours (Windows High Contrast) would flatten the patterns to one colour: draw them in
     the system's text colour instead, so the shapes (cross-hatch, dots, hatch, lines) and the
     border styles still tell the statuses apart. */
  @media (forced-colors: active) {
    :host {
      --_contested: CanvasText;
      --_controlled: CanvasText;
      --_claimed: CanvasText;
      --_assessed: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .swatch.controlled {
      border-style: dotted;
    }
  }
`;

import { html } from 'lit';
import type { ClaimsData } from '../model/load-claims.ts';
import { sideLabel } from '../model/describe.ts';
import { cssVars } from './css-vars.ts';

/** Used where a side declares no colour; the side is always named in text, so colour is only an accent. */
const PALETTE = ['#8c1d18', '#1f4e8c', '#5b3f8c', '#2e6b3a', '#7a4a00', '#4a4a4a'];

export function sideColour(data: Pick<ClaimsData, 'sides'>, code: string): string {
  const i = data.sides.findIndex((s) => s.id === code);
  return data.sides[i]?.colour ?? PALETTE[(i < 0 ? PALETTE.length - 1 : i) % PALETTE.length];
}

/** Side as text (code and name) with a coloured accent: never colour alone. */
export function sideBadge(data: Pick<ClaimsData, 'sides'>, code: string) {
  return html`<span class="side-badge" ${cssVars({ '--side': sideColour(data, code) })}
    ><span class="side-code" aria-hidden="true">${code}</span><bdi>${sideLabel(data, code)}</bdi></span
  >`;
}

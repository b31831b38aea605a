/**
 * The image of the element's current view: the map, the legend of the layers shown and a
 * source line. Used by the share dialog's "Download image" and by `npm run snapshot`.
 */
import { msg, str } from '@lit/localize';
import type { Map } from '../map/maplibre.ts';
import { mapImage, type LegendEntry } from '../map/map-image.ts';
import type { Theme } from '../map/style/theme.ts';
import { statusLabels } from './i18n/words.ts';
import type { LayerName } from '../model/url-state.ts';

const LEGEND: Record<'contested' | 'controlled' | 'claimed' | 'assessed', Omit<LegendEntry, 'label' | 'colour'>> = {
  contested: { shape: 'cross-hatch' },
  controlled: { shape: 'dots' },
  claimed: { shape: 'hatch', dashed: true },
  assessed: { shape: 'lines' },
};

export function viewImage(host: HTMLElement, map: Map, theme: Theme, layers: readonly LayerName[], title: string | undefined): Promise<string> {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const STATUS_LABEL = statusLabels();
  const legend: LegendEntry[] = layers.map((layer) => ({
    ...LEGEND[layer],
    colour: theme[layer],
    label: layer === 'assessed' ? msg('Assessed') : STATUS_LABEL[layer],
  }));
  const source = title
    ? msg(str`Claims from “${title}”, as their sources report them, not facts. Basemap: Natural Earth (public domain), GeoNames (CC BY 4.0).`)
    : msg('Claims as their sources report them, not facts. Basemap: Natural Earth (public domain), GeoNames (CC BY 4.0).');
  return mapImage(map, {
    legend,
    source,
    ...(title ? { title } : {}),
    theme: { label: theme.label, labelHalo: theme.labelHalo, surface: read('--_surface', '#ffffff'), text: read('--_text', '#1f1e1b'), muted: read('--_muted', '#5a5750') },
    font: "'Noto Sans', system-ui, sans-serif",
  });
}

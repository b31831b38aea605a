/** Semantic colour slots: every colour the map draws comes from here (Protomaps' "flavor"). */
export interface Theme {
  /** Beyond the basemap's extent: no data, so not sea either. */
  outside: string;
  sea: string;
  land: string;
  ukraine: string;
  countryBorder: string;
  oblastBorder: string;
  water: string;
  river: string;
  label: string;
  labelHalo: string;
  settlementDot: string;
  contested: string;
  controlled: string;
  claimed: string;
  /** Areas an outside assessment marks as held by one side. */
  assessed: string;
  placeOutline: string;
  marker: string;
  markerText: string;
  markerStroke: string;
  selected: string;
}

export const LIGHT: Theme = {
  outside: '#e4e2dd',
  sea: '#c9dbe6',
  land: '#ecebe6',
  ukraine: '#fbfaf6',
  countryBorder: '#8a8780',
  oblastBorder: '#bdb9b0',
  water: '#aac8db',
  river: '#86b3cf',
  label: '#2c2b28',
  labelHalo: '#ffffff',
  settlementDot: '#55524c',
  contested: '#b3261e',
  controlled: '#1f4e8c',
  claimed: '#7a4a00',
  assessed: '#4b3f72',
  placeOutline: '#3d3a35',
  marker: '#2c2b28',
  markerText: '#ffffff',
  markerStroke: '#ffffff',
  selected: '#e8a400',
};

/** Dark: light ink on dark ground; status colours lifted so each keeps its contrast. */
export const DARK: Theme = {
  outside: '#17181a',
  sea: '#1b2833',
  land: '#26272a',
  ukraine: '#313236',
  countryBorder: '#9a968f',
  oblastBorder: '#5a5853',
  water: '#27445a',
  river: '#3a6788',
  label: '#ecebe6',
  labelHalo: '#151515',
  settlementDot: '#bdb9b0',
  contested: '#ff8a80',
  controlled: '#8ab8ff',
  claimed: '#e6b25c',
  assessed: '#bfb0f5',
  placeOutline: '#dcd8d0',
  marker: '#ecebe6',
  markerText: '#151515',
  markerStroke: '#151515',
  selected: '#ffc233',
};

export type ThemeName = 'light' | 'dark' | 'auto';

/** The palette a `theme` attribute asks for; `auto` follows the reader's prefers-color-scheme. */
export function basePalette(name: string, prefersDark: boolean): Theme {
  return name === 'dark' || (name === 'auto' && prefersDark) ? DARK : LIGHT;
}

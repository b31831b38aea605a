/**
 * The area the offline basemap covers (west, south, east, north): Ukraine and its neighbours.
 * The geodata build clips to it; the style draws the sea over it, and a neutral "no data" colour
 * beyond it, so the end of the data never passes for open sea. The validator checks a claims
 * file's own places against it.
 */
export const BASEMAP_BBOX: [number, number, number, number] = [16, 40, 46, 57];

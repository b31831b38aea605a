/**
 * The area the offline basemap covers (west, south, east, north): Ukraine and its neighbours.
 * The geodata build clips to it, and the map is kept inside it, so no edge of the data shows.
 */
export const BASEMAP_BBOX: [number, number, number, number] = [16, 40, 46, 57];

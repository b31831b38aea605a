declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon given as rings; returns [x, y] with a `distance` field. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}

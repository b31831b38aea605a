/**
 * The key a place name is matched by: case folded, apostrophes dropped (Kup'iansk, Kup’yans’k and
 * Купʼянськ all meet their plain spelling), accents on Latin letters dropped (Kupiańsk). Cyrillic
 * letters keep their marks: й and и, ї and і are different letters.
 */
export const APOSTROPHES = /['’ʼ`´‘”“]/g;

export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(/[\s\-‐–]+/g, ' ')
    .trim()
    .toLowerCase();
}

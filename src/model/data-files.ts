/**
 * Where a data file is. Normally `file` inside its folder; but a bundler that takes in the npm
 * package (Vite, say) copies the built-in data files under hashed names, and the package's entry
 * then lists where each one went. The list is keyed by the file's usual absolute URL, so it only
 * ever applies to the built-in folder, never to a `data-base` of a site's own.
 */
export type DataFiles = Readonly<Record<string, string>>;

export function dataFileUrl(file: string, folder: string, files?: DataFiles): string {
  const usual = new URL(file, folder).href;
  return files?.[usual] ?? usual;
}

/**
 * `npm run cem`: writes custom-elements.json from the components' JSDoc (@fires, @csspart,
 * @cssprop). The analyzer also guesses events from `dispatchEvent(new X(...))` calls, naming them
 * after constructor arguments; only the documented events (those with a description) are kept.
 */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
          }
        }
      },
    },
  ],
};

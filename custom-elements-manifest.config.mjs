/**
 * `npm run cem`: writes custom-elements.json from the components' JSDoc (@fires, @csspart,
 * @cssprop). The analyzer also guesses events from `dispatchEvent(new X(...))` calls, naming them
 * after constructor arguments; only the documented events (those with a description) are kept.
 */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  // CEM_OUTDIR: the test writes a fresh copy elsewhere to compare with the committed one.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // Leave package.json's customElements field alone (the test writes a copy elsewhere).
  packagejson: false,
  plugins: [
    {
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order their files were read, which varies from run to run.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
            // Only <conflict-map> is public: the elements inside it are its parts, not an API.
            if (decl.customElement && decl.tagName !== 'conflict-map') {
              decl.description = `Internal to <conflict-map>, not a public API. ${decl.description ?? ''}`.trim();
              delete decl.customElement;
              delete decl.tagName;
            }
          }
          mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name === 'conflict-map');
        }
        // The analyzer lists modules in the order its reads finish, which varies from run to
        // run: sorted by path, the committed file is what every run writes.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};

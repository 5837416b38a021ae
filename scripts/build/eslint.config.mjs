// Lints the JavaScript that ships (web/) and the build's own scripts, each with the globals of the
// place it runs in. Given with --config, its patterns are relative to where eslint runs: the
// repository's root, as scripts/test.sh runs it:
//   scripts/build/node_modules/.bin/eslint --config scripts/build/eslint.config.mjs web scripts
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

export default defineConfig([
  {
    files: ['web/**/*.js', 'scripts/**/*.mjs'],
    extends: [js.configs.recommended],
  },
  {
    ignores: ['**/node_modules/', 'target/', 'dist/'],
  },
  {
    // The boot script, and the editor's service worker's registration: modules in the page.
    files: ['web/boot.js', 'web/editor-offline.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // The service worker: a classic script, registered as one.
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: globals.serviceworker },
  },
  {
    // The build hook, its helpers and their tests run in node.
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
]);

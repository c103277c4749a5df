import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The shipped build asks for no host permissions: the toolbar click grants activeTab.
// Headless tests cannot click the toolbar, so an e2e-only build (LEDE_E2E=1) may reach the
// local fixture server instead. A test asserts the shipped manifest stays host-free.
const e2e = process.env.LEDE_E2E === '1';

// Extension pages render article HTML: nothing but the extension's own scripts may run, no
// plugins, no <base> or form tricks. Images stay allowed from anywhere (articles have them).
const csp = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  srcDir: '.',
  // Explicit imports: lib/ must read as plain TypeScript that also runs in Node.
  imports: false,
  // LEDE_OUT_DIR lets parallel builds (several developers, one machine) keep apart.
  outDir: process.env.LEDE_OUT_DIR ?? (e2e ? '.output/e2e' : '.output'),
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description: 'Read news on aggregators and content farms without the clutter.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      // "Read with Lede" / "Export as Markdown" on the page's menu; .md files saved by export.
      'contextMenus',
      'downloads',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: e2e ? ['http://127.0.0.1/*'] : [],
    action: { default_title: 'Clean this page with Lede' },
    content_security_policy: browser === 'firefox' ? (csp as never) : { extension_pages: csp },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Read the cleaned article in the side panel',
      },
      'export-markdown': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Export the cleaned article as Markdown',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

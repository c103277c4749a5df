import { defineContentScript } from 'wxt/utils/define-content-script';
import { cleanLivePage } from '@/lib/browser/content-main';

// Registered at runtime and injected by the worker on the toolbar click (activeTab), so the
// manifest needs no host permissions. main()'s value is what executeScript resolves with.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => cleanLivePage(),
});

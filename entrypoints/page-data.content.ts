import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../lib/hosts';
import { observePageData } from '../lib/site/page-data/page-world';

// The page-world door (issue 13): runs in the page's own JavaScript world before its
// scripts, to see the JSON responses the page fetches itself. No extension API exists
// here; the figures go to the content script by a DOM event (lib/site/page-data/channel.ts).
export default defineContentScript({
  matches: HOST_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  // No global variable for the script's result: the page must not see a new name on window.
  globalName: false,
  main() {
    try {
      observePageData(window);
    } catch {
      // A page that broke a built-in before us: it keeps working, we see nothing.
    }
  },
});

import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The page as the tab holds it: parsed with scripting on (noscript content is raw text, as in a
 * browser) and its own scripts run, so a vector that mutates the page has done so. fetch is a
 * recorder: nothing leaves the test. Returns the document and the markers the page set itself.
 */
export function scriptedPage(html: string, url: string) {
  const requests: string[] = [];
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(), // the vectors' own errors are the page's business
    beforeParse(window) {
      Object.assign(window, {
        fetch: (input: unknown) => {
          requests.push(String(input));
          return Promise.resolve(new window.Response(''));
        },
      });
    },
  });
  const markers = () => [...((dom.window as unknown as { __ledeXss?: string[] }).__ledeXss ?? [])];
  const close = () => {
    try {
      dom.window.close();
    } catch {
      // jsdom cannot always tear down frames it built in odd places (an iframe inside <head>).
    }
  };
  return { doc: dom.window.document, markers, requests, close };
}

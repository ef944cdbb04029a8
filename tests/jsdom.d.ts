/** Types of the parts of `jsdom` the tests use: a page parsed at an address, and its window. */
declare module 'jsdom' {
  class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: Window &
      typeof globalThis & {
        DOMParser: typeof DOMParser;
        XMLSerializer: typeof XMLSerializer;
        XPathResult: typeof XPathResult;
      };
  }
}

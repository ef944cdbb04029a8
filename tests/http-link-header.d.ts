/** Types of the parts of `http-link-header` (RFC 8288 / link-format parser) the tests use. */
declare module 'http-link-header' {
  interface Reference {
    uri: string;
    rel: string;
    [attribute: string]: string;
  }
  class Link {
    refs: Reference[];
    get(attribute: string, value: string): Reference[];
    has(attribute: string, value: string): boolean;
    static parse(value: string): Link;
  }
  export default Link;
}

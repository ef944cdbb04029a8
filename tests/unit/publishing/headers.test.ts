import { describe, expect, it } from 'vitest';
import {
  buildHeaderRules,
  formatHeaders,
  headersFor,
  matches,
  parseHeaders,
} from '../../../src/lib/publishing/headers';

describe('_headers', () => {
  const rules = buildHeaderRules('/', ['events', 'actors'], ['404.html']);

  it('round-trips through the file format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('matches * as any run of characters, and exact paths exactly', () => {
    expect(matches('/*', '/events/x/')).toBe(true);
    expect(matches('/events/*', '/events/x/')).toBe(true);
    expect(matches('/events/*', '/embed/')).toBe(false);
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/about/')).toBe(false);
    expect(matches('/a.b', '/aXb')).toBe(false);
  });

  it('forbids framing everywhere but the sections left out (embeds)', () => {
    const framing = (path: string) =>
      headersFor(path, rules).filter(([n]) => n === 'X-Frame-Options');
    expect(framing('/')).toHaveLength(1);
    expect(framing('/events/2025-08-06-x/')).toHaveLength(1);
    expect(framing('/404.html')).toHaveLength(1);
    expect(framing('/embed/')).toHaveLength(0);
    expect(headersFor('/embed/', rules).map(([n]) => n)).toContain('Content-Security-Policy');
  });

  it('puts the base path in front of every pattern', () => {
    expect(buildHeaderRules('/azure/', ['events']).map((r) => r.pattern)).toEqual([
      '/azure/*',
      '/azure/',
      '/azure/events/*',
    ]);
  });

  it('rejects a header line outside any path, naming the line', () => {
    expect(() => parseHeaders('  X-Test: 1')).toThrow('_headers line 1');
    expect(() => parseHeaders('/*\n  not a header')).toThrow('_headers line 2');
  });
});

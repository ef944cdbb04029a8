import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../../../src/lib/content/schema';
import { isExternalLink } from '../../../src/lib/urls';

describe('addresses readers can reach', () => {
  it('refuses hosts on the editor’s own machine or network', () => {
    for (const host of ['localhost', 'app.localhost', 'printer.local', 'wiki.internal', '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.0.1', '0.0.0.0', '[::1]', '::', 'fd12:3456::1', 'fe80::1']) {
      expect(isPrivateHost(host), host).toBe(true);
    }
  });
  it('accepts public hosts', () => {
    for (const host of ['www.theguardian.com', 'blogs.microsoft.com', '172.32.0.1', '8.8.8.8', '2001:db8::1', 'localhost.example.org']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
  });
});

describe('external links', () => {
  const origin = 'https://timeline.example.org';
  it('tells links to other sites from the site’s own', () => {
    expect(isExternalLink('https://www.theguardian.com/x', origin)).toBe(true);
    expect(isExternalLink('//cdn.example.com/x', origin)).toBe(true);
    expect(isExternalLink('mailto:desk@example.org', origin)).toBe(true);
    expect(isExternalLink('https://timeline.example.org/events/x/', origin)).toBe(false);
    expect(isExternalLink('/events/x/', origin)).toBe(false);
    expect(isExternalLink('#cite-1', origin)).toBe(false);
    expect(isExternalLink('../x/', origin)).toBe(false);
  });
});

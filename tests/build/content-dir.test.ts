import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/build/content-dir';

describe('contentDir', () => {
  it('is content/ unless CONTENT_DIR says otherwise, as the editor wrote it, without a trailing slash', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CONTENT_DIR: 'stories/next/' })).toBe('stories/next');
    expect(contentDir({ CONTENT_DIR: '/tmp/story' })).toBe('/tmp/story');
    expect(contentDir({ CONTENT_DIR: '/' })).toBe('/');
  });
});

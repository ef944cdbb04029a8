/**
 * A tag link in another edition: its label in that language when the tag is translated, its
 * English id marked as English when not; its address keeps the English id in every edition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import TagLink from '../../../src/components/TagLink.astro';
import { editions } from '../../../src/site.config';

const [english, arabic] = [editions[0]!, editions.find((e) => e.code === 'ar')!];
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (tag: object, edition = arabic) =>
  container.renderToString(TagLink as never, { props: { tag }, locals: { edition } });

describe('TagLink', () => {
  it('shows the translated label, in the page language, at the English address', async () => {
    const html = await render({
      id: 'surveillance',
      label: 'المراقبة',
      translation: { review: 'machine-assisted', outdated: false },
    });
    expect(html).toMatch(/<a href="[^"]*\/ar\/tags\/surveillance\/">المراقبة<\/a>/);
    expect(html).not.toContain('lang=');
  });

  it('falls back to the English id, marked as English, when the tag has no translation', async () => {
    const html = await render({ id: 'surveillance', label: 'surveillance', translation: null });
    expect(html).toMatch(
      /<a href="[^"]*\/ar\/tags\/surveillance\/" lang="en" dir="ltr">surveillance<\/a>/,
    );
  });

  it('marks nothing in the English edition', async () => {
    const html = await render({ id: 'surveillance', label: 'surveillance' }, english);
    expect(html).toMatch(/<a href="[^"]*\/tags\/surveillance\/">surveillance<\/a>/);
    expect(html).not.toContain('/ar/');
  });
});

/** The site's identity as the metadata and citation builders take it (from `src/site.config.ts`). */
import { site } from '../site.config';
import { absolute } from './urls';
import type { SiteInfo } from './metadata';

export const siteInfo: SiteInfo = {
  name: site.name,
  publisher: site.publisher,
  language: site.language,
  homeUrl: absolute(''),
};

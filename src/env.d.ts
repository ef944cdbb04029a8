/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the event page before its MDX body renders; read by the components in components/mdx/. */
    story?: import('./data/story').Story;
    /** The edition a page renders in (src/lib/i18n/editions.ts); unset means English. */
    edition?: import('./lib/i18n').Edition;
  }
}

interface ImportMetaEnv {
  /** True in `astro dev` only (set by src/build/content-check-integration.ts): drafts are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}

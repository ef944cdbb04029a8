/**
 * The evidence-status colours, read from the design tokens: `--color-status-<status>:
 * light-dark(<light>, <dark>)` in `src/styles/global.css` is the one definition. The pages use the
 * tokens through CSS; the social cards, drawn to PNG at build time, need literal colours and get
 * them here from the same text, so a colour changed in the stylesheet changes on the cards too.
 */
import { EVIDENCE_STATUSES, type EvidenceStatus } from '../content/schema';

/** A status colour in each colour scheme, as written in the stylesheet (`#14532d`). */
export interface StatusColour {
  light: string;
  dark: string;
}

/**
 * The colour of every evidence status, from a stylesheet's text.
 * @param css the stylesheet's text.
 * @param file the stylesheet's path, named in the error.
 * @throws Error naming the file, the token and the form expected when a status has no token.
 */
export function statusColours(css: string, file: string): Record<EvidenceStatus, StatusColour> {
  const entries = EVIDENCE_STATUSES.map((status) => {
    const token = `--color-status-${status}`;
    const match = new RegExp(
      `${token}\\s*:\\s*light-dark\\(\\s*(#[0-9a-fA-F]{3,8})\\s*,\\s*(#[0-9a-fA-F]{3,8})\\s*\\)`,
    ).exec(css);
    if (!match)
      throw new Error(
        `${file}: no colour for the evidence status "${status}". Define ${token}: light-dark(#light, #dark); with hex colours in the @theme block.`,
      );
    return [status, { light: match[1]!, dark: match[2]! }] as const;
  });
  return Object.fromEntries(entries) as Record<EvidenceStatus, StatusColour>;
}

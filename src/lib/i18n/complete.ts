/**
 * The runtime half of "every edition has every word": the type checker names a missing key of a
 * dictionary written in TypeScript, and this check names one that slipped past it (a dictionary
 * built with a cast, spread from a partial object, or left with an empty string).
 */

/**
 * The keys of `reference` that `dictionary` lacks or leaves empty, as dotted paths
 * (`ui.nav.timeline`). Functions must be functions, texts non-empty texts, objects objects.
 * @param reference the source edition's words (English).
 * @param dictionary another edition's words.
 */
export function missingWords(reference: unknown, dictionary: unknown, path = ''): string[] {
  if (typeof reference === 'function')
    return typeof dictionary === 'function' ? [] : [path || '(root)'];
  if (typeof reference === 'string')
    return typeof dictionary === 'string' && dictionary.trim() !== '' ? [] : [path || '(root)'];
  if (reference && typeof reference === 'object') {
    if (!dictionary || typeof dictionary !== 'object') return [path || '(root)'];
    return Object.entries(reference).flatMap(([key, value]) =>
      missingWords(
        value,
        (dictionary as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return [];
}

/**
 * Throws when an edition's dictionary lacks a word of the source edition's.
 * @param code the edition's language code, for the message (`ar`).
 * @throws Error naming the dictionary file, each missing key and the fix.
 */
export function assertCompleteWords(code: string, reference: unknown, dictionary: unknown): void {
  const missing = missingWords(reference, dictionary);
  if (missing.length > 0)
    throw new Error(
      `src/lib/i18n/${code}.ts: the dictionary lacks ${missing.length} word(s) the English one has: ${missing.join(', ')} (add each, translated, with the same shape as in src/lib/i18n/en.ts).`,
    );
}

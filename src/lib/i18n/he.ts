/**
 * The Hebrew dictionary: a placeholder that returns the English words until the translated
 * dictionary replaces this file. The Hebrew edition is fully routed meanwhile; every word it shows
 * is English, which the interface-language test reports.
 */
import { englishDictionary, type Dictionary } from './en.ts';
import type { Formatters } from './format.ts';

/** The Hebrew words, given the formatters of the edition's locale. */
export const hebrewDictionary = (f: Formatters): Dictionary => englishDictionary(f);

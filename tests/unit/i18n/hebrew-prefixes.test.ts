/**
 * Hebrew's joined particles (ו ש ב כ ל מ ה): the bare forms a written word stands for, which the
 * search index holds beside the words as written, so that a bare word finds its page.
 */
import { describe, expect, it } from 'vitest';
import {
  hebrewBareForms,
  hebrewIndexForms,
  indexFormsFor,
} from '../../../src/lib/i18n/hebrew-prefixes';

describe('Hebrew bare forms', () => {
  it('take one particle off: in, from, the, and', () => {
    expect(hebrewBareForms('בהולנד')).toContain('הולנד');
    expect(hebrewBareForms('מהולנד,')).toContain('הולנד');
    expect(hebrewBareForms('הממשלה')).toEqual(['ממשלה']);
    expect(hebrewBareForms('ומיקרוסופט')).toContain('מיקרוסופט');
  });

  it('take off particles stacked in their order, each run once, longest form first', () => {
    expect(hebrewBareForms('ובהולנד')).toEqual(['בהולנד', 'הולנד', 'ולנד']);
    expect(hebrewBareForms('שבהולנד')).toContain('הולנד');
    expect(hebrewBareForms('כשהממשלה')).toContain('ממשלה');
  });

  it('never take off letters out of the particles’ order', () => {
    // ה before ב, and ב twice, are not particles: the word is left as written.
    expect(hebrewBareForms('הבית')).toEqual(['בית']);
    expect(hebrewBareForms('בבית')).toEqual(['בית']);
    expect(hebrewBareForms('ההולנדי')).toEqual(['הולנדי']);
  });

  it('leave at least two letters', () => {
    expect(hebrewBareForms('בכל')).toEqual(['כל']);
    expect(hebrewBareForms('של')).toEqual([]);
    expect(hebrewBareForms('לו')).toEqual([]);
  });

  it('give what follows a particle joined by a maqaf or a hyphen', () => {
    expect(hebrewBareForms('ב־Azure')).toEqual(['Azure']);
    expect(hebrewBareForms('ה-8200,')).toEqual(['8200']);
    // A word joined by a maqaf to another word keeps both as written.
    expect(hebrewBareForms('אי־ודאות')).toEqual([]);
  });

  it('leave words without a particle, and words in other scripts, alone', () => {
    expect(hebrewBareForms('יחידה')).toEqual([]);
    expect(hebrewBareForms('Azure')).toEqual([]);
    expect(hebrewBareForms('8200')).toEqual([]);
    expect(hebrewBareForms('')).toEqual([]);
  });
});

describe('Hebrew index forms of a text', () => {
  const text = 'הנתונים אוחסנו בהולנד. מיקרוסופט אמרה ש־Azure שימש את היחידה בהולנד.';

  it('add the bare forms once, in the order they first occur', () => {
    const forms = hebrewIndexForms(text);
    expect(forms).toContain('הולנד');
    expect(forms).toContain('Azure');
    expect(forms.filter((f) => f === 'הולנד')).toHaveLength(1);
    expect(forms.indexOf('נתונים')).toBeLessThan(forms.indexOf('הולנד'));
  });

  it('keep a word that only looks prefixed findable as written: it is never replaced', () => {
    // מיקרוסופט is in the text itself, so the index finds it; its stripped form is only added.
    expect(text.split(' ')).toContain('מיקרוסופט');
    expect(hebrewIndexForms(text)).not.toContain('מיקרוסופט');
  });

  it('add nothing the text already has as a word', () => {
    expect(hebrewIndexForms('הולנד בהולנד')).toEqual(['ולנד']);
  });

  it('apply to Hebrew editions only', () => {
    expect(indexFormsFor('he')).toBe(hebrewIndexForms);
    expect(indexFormsFor('he-IL')).toBe(hebrewIndexForms);
    expect(indexFormsFor('ar')).toBeUndefined();
    expect(indexFormsFor('en-GB')).toBeUndefined();
  });
});

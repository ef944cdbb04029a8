/**
 * The Hebrew dictionary: every word of the interface, key for key as in `en.ts` (the `Dictionary`
 * type names any key this file lacks). A machine-assisted translation of the English words; the
 * English edition stays the authority.
 *
 * Counts go through `f.plural` (`Intl.PluralRules` for `he`, which selects `one`, `two` and
 * `other`): each entry gives `one` ("אירוע אחד", the number written as a word, as Hebrew does for
 * one) and `other`; `two` falls back to `other`, since "2 אירועים" is how Hebrew writes two events.
 *
 * Digits: Western (0–9), never Hebrew letters as numerals. The whole Israeli press writes dates
 * and counts that way, `Intl` formats `he` dates with them ("6 באוגוסט 2025"), and they keep
 * "8200", sums and dates identical to the citations, which stay in English.
 *
 * The interface addresses the reader in the infinitive or in plural nouns ("חיפוש", "להעתקה"),
 * the usual neutral register of Hebrew sites, so no word assumes the reader's gender.
 */
import type { ActorKind, ActorRole, EvidenceStatus, SourceKind } from '../content/schema';
import type { DateWords } from '../content/dates';
import type { Dictionary } from './en.ts';
import type { Formatters, PluralForms } from './format';

/** The Hebrew words, given the formatters of the edition's locale (`he`). */
export const hebrewDictionary = (f: Formatters): Dictionary => {
  const ui = {
    skipToContent: 'דילוג לתוכן',
    nav: {
      label: 'ראשי',
      timeline: 'ציר זמן',
      actors: 'גורמים',
      sources: 'מקורות',
      about: 'אודות',
    },
    footer: {
      licence: 'הטקסט מפורסם ברישיון',
      method: 'איך נבנה ציר הזמן הזה',
      corrections: 'מדיניות התיקונים',
      noTracking: 'בלי עוגיות, בלי מעקב, בלי בקשות לצד שלישי.',
    },
    timeline: {
      heading: 'ציר זמן',
      intro: 'האירועים מהישן לחדש. לכל אירוע עמוד קבוע עם מקורותיו.',
      sources: (n: number) => f.plural(n, { one: 'מקור אחד', other: '{n} מקורות' }),
      yearNav: 'מעבר לשנה',
      largeIntro: (n: number) =>
        f.plural(n, {
          one: 'אירוע אחד. לכל שנה עמוד משלה; האירועים האחרונים מופיעים למטה.',
          other: '{n} אירועים. לכל שנה עמוד משלה; האירועים האחרונים מופיעים למטה.',
        }),
      undated: 'במהלך השנה',
    },
    draft: {
      /** Shown in `npm run dev` on the page of an entry marked `draft: true`; the published site leaves such entries out. */
      banner: 'טיוטה: לא פורסם. הרשומה מסומנת draft: true ואינה נכללת באתר המפורסם.',
    },
    event: {
      evidence: 'מצב הראיות',
      actors: 'מי מעורב',
      sources: 'מקורות',
      sourcesIntro: 'ממוספרים לפי סדר הופעתם ברשימה של אירוע זה.',
      noLink: 'אין קישור: הכתובת טרם אומתה',
      /** The link from a numbered source to its page on this site, which lists everything citing it. */
      sourcePage: 'עמוד המקור',
      published: 'פורסם',
      updated: 'עודכן',
      corrections: 'תיקונים',
      previous: 'האירוע הקודם',
      next: 'האירוע הבא',
      /** The navigation to the previous and next events on an event's page. */
      neighbours: 'האירוע הקודם והאירוע הבא',
      onTimeline: 'הצגה על ציר הזמן',
      citedAs: (n: number) => `מקור ${n}`,
      backTo: (n: number) => `חזרה להפניה ${n} בטקסט`,
    },
    actor: {
      heading: 'גורמים',
      intro: 'האנשים והארגונים בסיפור, מקובצים לפי סוג.',
      partOf: 'השתייכות',
      members: 'כולל',
      events: 'אירועים',
      noEvents: 'גורם זה אינו מופיע עדיין באף אירוע.',
      aliases: 'מוכר גם בשם',
      eventsCount: (n: number) => f.plural(n, { one: 'אירוע אחד', other: '{n} אירועים' }),
      eventPages: 'עמודי האירועים של גורם זה',
    },
    source: {
      heading: 'מקורות',
      intro: 'כל מסמך שציר הזמן מצטט, מקובץ לפי המפרסם. למקור ללא קישור יש כתובת שטרם אומתה.',
      citedBy: 'מצוטט באירועים',
      by: 'מאת',
      original: 'המקור',
      pages: 'עמודי המקורות',
      record: 'רשומת המקור',
      publisher: 'מפרסם',
      authors: 'כותבים',
      date: 'תאריך',
      kind: 'סוג',
      language: 'שפה',
      address: 'כתובת',
      noAddress: 'ללא קישור: הכתובת טרם אומתה.',
      citedByHeading: 'אירועים המצטטים מקור זה',
      claims: 'היכן הוא מצוטט',
      claim: (n: number) => `טענה ${n}`,
      /** After the first events citing a source on the source index. */
      andMore: (n: number) => f.plural(n, { one: 'ועוד אחד', other: 'ועוד {n}' }),
      /** Read after "and N more" by screen readers, which list links out of context. */
      andMoreCiting: (title: string) => `אירועים המצטטים את ${title}`,
      eventPages: 'עמודי האירועים המצטטים מקור זה',
    },
    pagination: {
      previous: 'העמוד הקודם',
      next: 'העמוד הבא',
      position: (current: number, last: number) => `עמוד ${current} מתוך ${last}`,
    },
    years: {
      heading: (year: string) => `${year}`,
      intro: (year: string, n: number) =>
        f.plural(
          n,
          {
            one: 'אירוע אחד בשנת {year}.',
            other: '{n} אירועים בשנת {year}, מהישן לחדש.',
          },
          { year },
        ),
      all: 'כל השנים',
      latest: (year: string) => `האחרונה: ${year}`,
      pages: 'עמודי שנה זו',
    },
    notFound: {
      heading: 'העמוד לא נמצא',
      body: 'הכתובת הזאת אינה מובילה לעמוד. כל אירועי הסיפור מופיעים בציר הזמן.',
      back: 'מעבר לציר הזמן',
    },
    quote: { said: 'נאמר', source: 'מקור' },
    /** The colour-theme switch (shown only when JavaScript runs) and the visual timeline. */
    theme: { label: 'ערכת צבעים', light: 'בהירה', dark: 'כהה', system: 'לפי המערכת' },
    axis: {
      label: 'ציר הזמן בקנה מידה',
      intro:
        'הסיפור על ציר זמן בקנה מידה אמיתי. נקודה היא אירוע שיומו ידוע; פס, אירוע שידוע רק החודש, העונה או טווח הזמן שלו; קו מקווקו, תאריך משוער. רצועות מוצללות הן תקופות בעלות שם. ריחוף מעל סימון או מעבר אליו במקלדת מציגים את כותרתו.',
      zoomNote: (n: number, period: string) =>
        f.plural(
          n,
          {
            one: '{period}: אירוע אחד, מוגדל למטה',
            other: '{period}: {n} אירועים, מוגדלים למטה',
          },
          { period },
        ),
      eras: 'תקופות',
      approximate: 'תאריך משוער',
      actorIntro:
        'אירועי גורם זה על ציר זמן בקנה מידה אמיתי (נקודה ליום, פס לתאריך ארוך או מעורפל יותר). ריחוף מעל סימון או מעבר אליו במקלדת מציגים את כותרתו.',
    },
    map: {
      heading: 'מי קשור למי',
      intro:
        'שני גורמים מחוברים כשהם מופיעים באותו אירוע; ככל שהקו עבה יותר, כך הם חולקים יותר אירועים. כל שם מוביל לעמוד הגורם.',
      listHeading: 'אותם קשרים כרשימה',
      shared: (n: number) => f.plural(n, { one: 'אירוע משותף אחד', other: '{n} אירועים משותפים' }),
      none: 'עדיין אין גורם שחולק אירוע עם גורם אחר.',
      noLinks: 'אינו חולק אירוע עם גורם אחר',
      limited: (shown: number, all: number) =>
        `המפה מציגה את ${shown} הגורמים המופיעים בהכי הרבה אירועים, מתוך ${all}; כל הגורמים מפורטים למטה.`,
    },
    print: { permalink: 'כתובת קבועה', version: (day: string) => `גרסה זו: ${day}` },
    editorsNote: 'הערת המערכת',
    statements: {
      heading: 'הצהרות',
      in: 'באירוע',
      /** Under the statements an actor's page quotes, when the actor has more. */
      all: (n: number) => f.plural(n, { one: 'ההצהרה היחידה', other: 'כל {n} ההצהרות' }),
      /** Heading of the page of all statements: "Statements by Microsoft". */
      by: (name: string) => `הצהרות של ${name}`,
      /** That page's description. */
      description: (name: string, n: number) =>
        f.plural(
          n,
          {
            one: 'ההצהרה היחידה של {name} המצוטטת בציר הזמן הזה, עם קישור למקום שבו היא מצוטטת.',
            other:
              'כל {n} ההצהרות של {name} המצוטטות בציר הזמן הזה, מהישנה לחדשה, כל אחת עם קישור למקום שבו היא מצוטטת.',
          },
          { name },
        ),
      /** Link from that page to the actor's own page. */
      actorPage: (name: string) => `${name}: פרופיל ואירועים`,
      pages: 'עמודי ההצהרות',
    },
    legend: {
      summary: 'מה פירוש מצבי הראיות',
      more: 'איך ציר הזמן שוקל ראיות',
    },
    accounts: { label: 'הגרסאות שונות', according: 'לפי' },
    /** Cite this, corrections, archived copies, anchors. */
    cite: {
      citeHeading: 'ציטוט העמוד',
      citeIntro:
        'יש לבחור סגנון כדי לראות את הציטוט. במקומות שבהם הסגנון דורש זאת, יש להוסיף את תאריך הכניסה לעמוד.',
      citeTimelineHeading: 'ציטוט ציר הזמן',
      copy: 'העתקה',
      copied: 'הועתק',
      copyFailed: 'יש לסמן את הטקסט כדי להעתיק אותו',
      copyLabel: (style: string) => `העתקת הציטוט בסגנון ${style}`,
      download: 'הורדה',
      downloadBib: 'קובץ BibTeX (.bib)',
      downloadRis: 'קובץ RIS (.ris)',
      chicagoNote: 'הערה מקוצרת',
      chicagoBibliography: 'ביבליוגרפיה',
      correctionsHeading: 'תיקונים',
      correctionsIntro:
        'כל תיקון שנעשה באירוע לאחר פרסומו, מהחדש לישן. כל תיקון מופיע גם, עם תאריכו, בעמוד האירוע.',
      correctionsNone: 'עדיין לא נעשה תיקון באף אירוע.',
      correctionOf: 'תיקון באירוע',
      correctionPages: 'עמודי התיקונים',
      archived: 'עותקים בארכיון',
      /** Read by screen readers after "archived copies": which source they are of. */
      archivedOf: (title: string) => `של ${title}`,
      archivedLabel: (title: string) => `עותקים בארכיון של "${title}" (Wayback Machine)`,
      noAddress: 'הכתובת טרם אומתה',
      linkToThis: 'קישור לכאן',
      linkToSection: (text: string) => `קישור אל "${text}"`,
    },
    /** Revisions: version pages, the history page, the version line and "cite this version". */
    revisions: {
      /** "version 2": how citations name a version. */
      versionWords: (n: number) => `גרסה ${n}`,
      versionLabel: (n: number) => `גרסה ${n}`,
      /** The version line near an event's date. */
      revised: 'עודכן',
      history: 'היסטוריה',
      historyOf: (title: string) => `ההיסטוריה של "${title}"`,
      historyDescription: (title: string, n: number) =>
        f.plural(
          n,
          {
            one: 'הגרסה היחידה שפורסמה של "{title}".',
            other: 'כל {n} הגרסאות שפורסמו של "{title}", עם מה שהשתנה בין כל גרסה לבאה אחריה.',
          },
          { title },
        ),
      historyIntro:
        'לכל גרסה עמוד קבוע משלה. ההבדלים מסומנים מילה במילה: מילים שנוספו מסומנות בקו תחתון, מילים שהוסרו מסומנות בקו חוצה.',
      /** The banner of a version page. */
      banner: (n: number, m: number, date: string) => `זוהי גרסה ${n} מתוך ${m}, מתאריך ${date}.`,
      bannerCurrent: 'זוהי גם הגרסה הנוכחית.',
      readCurrent: 'לקריאת הגרסה הנוכחית.',
      viewHistory: 'כל הגרסאות',
      versionTitle: (title: string, n: number) => `${title} (גרסה ${n})`,
      versionDescription: (n: number, date: string, summary: string) =>
        `גרסה ${n}, מתאריך ${date}: ${summary}`,
      listHeading: 'גרסאות',
      number: 'גרסה',
      date: 'תאריך',
      note: 'מה השתנה',
      kind: 'סוג',
      correction: 'תיקון',
      update: 'עדכון',
      first: 'גרסה ראשונה',
      changesSection: 'מה השתנה',
      changesHeading: (from: number, to: number) => `מגרסה ${from} לגרסה ${to}`,
      changesIntro: 'מילים שנוספו מסומנות בקו תחתון, מילים שהוסרו מסומנות בקו חוצה.',
      inserted: 'נוסף',
      deleted: 'הוסר',
      noChange: 'אין שינוי שנראה לקוראים.',
      /** The labels of the fields compared between versions. */
      fields: {
        title: 'כותרת',
        date: 'תאריך',
        summary: 'תקציר',
        status: 'מצב הראיות',
        statusNote: 'הערה על המצב',
        actors: 'מי מעורב',
        sources: 'מקורות',
        tags: 'תגיות',
        corrections: 'תיקונים',
        text: 'טקסט',
      },
      /** In the corrections log: the version a correction made. */
      madeIn: (n: number) => `נעשה בגרסה ${n}`,
      /** Cite this: the two things a reader can cite. */
      citeLatest: 'העמוד הזה (תמיד הגרסה האחרונה)',
      citeLatestIntro: 'הכתובת הקבועה של האירוע: היא מציגה תמיד את הגרסה האחרונה.',
      citeVersion: (n: number, date: string) => `הגרסה הזו (גרסה ${n}, מתאריך ${date})`,
      citeVersionIntro: 'הכתובת הקבועה של הטקסט המדויק שלפניך: היא לעולם אינה משתנה.',
      /** Feeds and open data. */
      versionPage: 'עמוד הגרסה',
      timeMap: 'TimeMap (Memento, בפורמט link)',
    },
    feeds: {
      events: 'אירועים',
      corrections: 'תיקונים',
      correctionsDescription: 'כל תיקון שנעשה באירוע של ציר הזמן, מהחדש לישן.',
      correctionItem: (title: string) => `תיקון: ${title}`,
      format: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
      linkTitle: (what: string, format: string) => `${what} (${format})`,
    },
    tags: {
      heading: 'תגיות',
      intro: 'אירועים מקובצים לפי נושא. כל תגית מציגה את אירועיה מהישן לחדש.',
      heading1: (tag: string) => `תגית: ${tag}`,
      intro1: (tag: string, n: number) =>
        f.plural(
          n,
          {
            one: 'אירוע אחד עם התגית "{tag}".',
            other: '{n} אירועים עם התגית "{tag}", מהישן לחדש.',
          },
          { tag },
        ),
      pages: 'עמודי תגית זו',
      label: 'תגיות',
      count: (n: number) => f.plural(n, { one: 'אירוע אחד', other: '{n} אירועים' }),
    },
    status: {
      heading: 'מצב הראיות',
      intro: 'האירועים לפי מידת הביסוס שלהם. משמעות כל מצב מוסברת בעמוד האודות.',
      heading1: (label: string) => `מצב הראיות: ${label}`,
      intro1: (label: string, n: number) =>
        f.plural(
          n,
          {
            one: 'אירוע אחד במצב "{label}".',
            other: '{n} אירועים במצב "{label}", מהישן לחדש.',
          },
          { label },
        ),
      none: 'אין אירוע במצב זה.',
      pages: 'עמודי מצב זה',
      allEvents: 'כל האירועים במצב זה',
    },
    filter: {
      legend: 'סינון ציר הזמן',
      actor: 'גורם',
      tag: 'תגית',
      status: 'מצב הראיות',
      year: 'שנה',
      any: 'הכול',
      clear: 'הצגת כל האירועים',
      apply: 'החלה',
      /** Of the `total` events on the page; the filter script fills in `{shown}`, how many it shows. */
      shown: (total: number) =>
        f.plural(total, {
          one: 'מוצגים {shown} מתוך אירוע אחד.',
          other: 'מוצגים {shown} מתוך {n} אירועים.',
        }),
      ignored: (label: string, value: string) =>
        `${label} „${value}” אינו מופיע בציר הזמן הזה, ולכן המסנן שבקישור אינו כולל אותו.`,
      noJs: 'עיון לפי',
      byTag: 'תגית',
      byStatus: 'מצב הראיות',
      byYear: 'שנה',
      byActor: 'גורם',
      /** Shown until the filter script runs: without JavaScript a filtered link shows every event. */
      // The address is isolated left to right (LRI … PDI), so its "?" stays in front of it, and a
      // word joiner keeps the line from breaking after the "?".
      needsJs:
        'הסינון בעמוד זה דורש JavaScript. בלעדיו, קישור עם מסנן (כמו \u2066?\u2060actor=microsoft\u2069) מציג את כל האירועים; העמודים שלמטה מציגים את האירועים לפי תגית, מצב הראיות, גורם ושנה.',
    },
    search: {
      heading: 'חיפוש',
      intro: 'חיפוש באירועים, בגורמים ובמקורות של ציר הזמן.',
      label: 'חיפוש בציר הזמן',
      button: 'חיפוש',
      placeholder: 'מילה או שם',
      noJs: 'החיפוש דורש JavaScript, שכבוי או שלא נטען. כל אירוע נגיש גם בלעדיו:',
      loading: 'טוען את אינדקס החיפוש…',
      /** Filled in by the search script, in the plural category of `{n}` (the number of results); `{q}` is the query. */
      results: {
        one: 'תוצאה אחת עבור "{q}".',
        other: '{n} תוצאות עבור "{q}".',
      } as PluralForms,
      none: 'לא נמצא דבר עבור "{q}". כדאי לנסות מילה אחרת, או פחות מסננים.',
      error: 'לא ניתן היה לטעון את אינדקס החיפוש.',
      filters: 'צמצום התוצאות',
      type: 'סוג',
      actor: 'גורם',
      status: 'מצב הראיות',
      year: 'שנה',
      any: 'הכול',
      types: { event: 'אירוע', actor: 'גורם', source: 'מקור' },
    },
    embed: {
      whole: 'ציר זמן',
      actor: (name: string) => `${name}: אירועים`,
      intro: (n: number) =>
        f.plural(n, {
          one: 'אירוע אחד. הוא נפתח בעמוד שלו, עם מקורותיו.',
          other: '{n} אירועים, מהישן לחדש. כל אחד נפתח בעמוד שלו, עם מקורותיו.',
        }),
      fullSite: 'פתיחת ציר הזמן המלא',
      earlier: (n: number) =>
        f.plural(n, {
          one: 'אירוע מוקדם אחד נמצא בציר הזמן המלא.',
          other: '{n} אירועים מוקדמים יותר נמצאים בציר הזמן המלא.',
        }),
      none: 'עדיין אין אירועים.',
      frameTitle: (what: string) => `${what} (ציר זמן משובץ)`,
      aboutHeading: 'שיבוץ ציר הזמן',
      aboutIntro:
        'אפשר להציב את ציר הזמן בעמוד משלכם באמצעות הקוד הזה. השיבוץ אינו שולח בקשה לאף אתר אחר, אינו שומר עוגיות ואינו מריץ סקריפט; כל קישור פותח את העמוד הקבוע של האירוע בחלון המלא. הוא מתוכנן למסגרת בגובה 400 עד 800 פיקסלים.',
      aboutActor: (example: string) =>
        `לאירועים של גורם אחד, יש להשתמש בכתובת השיבוץ של אותו גורם, למשל ${example}.`,
      snippetLabel: 'קוד להעתקה',
    },
    social: { site: 'ציר זמן מבוסס מקורות', event: 'אירוע', actor: 'גורם' },
    data: {
      heading: 'נתונים פתוחים',
      intro:
        'ציר הזמן כולו כנתונים, לשימוש חוזר בכלים שלכם. הקבצים נבנים מחדש עם האתר, כך שהם תמיד תואמים את מה שהוא מציג.',
      readMore: 'לקריאת האירוע, עם מקורותיו',
      licence: 'רישיון',
      licenceText: 'הנתונים, כמו הטקסט, מפורסמים ברישיון',
      licenceAttribution: (publisher: string, name: string) =>
        `נא לציין את "${publisher}, ${name}" ולקשר לכתובת הקבועה של האירוע.`,
      files: 'קבצים',
      version: (v: string) =>
        `גרסת סכמה ${v}. שדה רשות חדש מעלה את הגרסה המשנית; שדה ששמו שונה או שהוסר מעלה את הגרסה הראשית.`,
      schema: 'JSON Schema',
      feeds: 'פידים',
      feedsIntro: 'מעקב אחר הסיפור בקורא פידים: אירועים חדשים ומעודכנים, וכל תיקון.',
      describe: {
        'events.json':
          'כל אירוע, מהישן לחדש: הכתובת הקבועה, הכותרת, התקציר, התאריך (EDTF, ששני קצותיו בדיוק הידוע), מצב הראיות, התגיות, הגורמים ותפקידיהם, רשומות המקור המלאות, ימי הפרסום והעדכון, והתיקונים.',
        'events.csv':
          'אותם אירועים כגיליון אלקטרוני: שורה לכל אירוע, רשימות מחוברות ב־" | ", ומזהי מקורות וגורמים במקום רשומות מלאות.',
        'actors.json': 'כל גורם: סוג, תיאור, השתייכות, שמות נוספים, ומזהי האירועים שלו.',
        'sources.json':
          'כל מקור: מפרסם, כותרת, כותבים, תאריך, סוג, שפה, הכתובת המאומתת כשיש כזו, ומזהי האירועים המצטטים אותו.',
        'timelinejs.json':
          'ציר הזמן בפורמט ה־JSON של TimelineJS 3, מוכן לטעינה ב־TimelineJS: שקופית לכל אירוע עם מזהה האירוע שלנו כ־unique_id, תאריכים מדויקים רק ככל שהמקורות מאפשרים, ומצב הראיות כקבוצה.',
      } as Record<string, string>,
    },
    editions: {
      switcher: 'שפה',
      translated: {
        'machine-assisted': 'תורגם מאנגלית (בסיוע מכונה); הנוסח האנגלי הוא המחייב.',
        reviewed: 'תורגם מאנגלית ונבדק; הנוסח האנגלי הוא המחייב.',
      },
      readEnglish: 'לנוסח האנגלי',
      outdated: (translated: number, latest: number) =>
        `תרגום זה הוא של גרסה קודמת של הנוסח האנגלי (גרסה ${translated}; הנוסח האנגלי נמצא כעת בגרסה ${latest}).`,
      untranslated: 'טקסט זה טרם תורגם; הוא מוצג באנגלית.',
      quoteTranslation: 'תרגום',
    },
  };

  /** Words for each evidence status and what it means; the labels are the glossary's terms. */
  const statusText: Record<EvidenceStatus, { label: string; definition: string }> = {
    confirmed: {
      label: 'מאושר',
      definition:
        'הגורם הנוגע בדבר אישר זאת, ישירות או כפי שצוטט במקורות המובאים, או שרשומה רשמית (הודעת משטרה, דיווח לרשות מפקחת) מראה זאת.',
    },
    reported: {
      label: 'דווח',
      definition:
        'פורסם על ידי כלי תקשורת על סמך מסמכים או מקורות, אך לא אושר על ידי הנוגעים בדבר.',
    },
    alleged: {
      label: 'נטען',
      definition: 'נטען בתלונה או על ידי צד, וטרם הוכח כעובדה.',
    },
    disputed: {
      label: 'שנוי במחלוקת',
      definition: 'דווח, וצד הנוגע בדבר חולק על חלק מהותי ממנו. שתי הגרסאות מוצגות.',
    },
    denied: {
      label: 'הוכחש',
      definition: 'דווח או נטען, והצד הנוגע בדבר מכחיש זאת מכול וכול.',
    },
  };

  /** Plural headings for actor kinds on /actors/. */
  const actorKindText: Record<ActorKind, string> = {
    organisation: 'ארגונים',
    company: 'חברות',
    'government body': 'גופים ממשלתיים',
    'military unit': 'גופים צבאיים',
    'news outlet': 'כלי תקשורת',
    'campaign group': 'קבוצות מחאה וארגוני זכויות',
    person: 'אנשים',
    population: 'אוכלוסיות מושפעות',
  };

  /** One actor's kind, on its page and its card ("Person" above "Brad Smith"). */
  const actorKindSingular: Record<ActorKind, string> = {
    organisation: 'ארגון',
    company: 'חברה',
    'government body': 'גוף ממשלתי',
    'military unit': 'גוף צבאי',
    'news outlet': 'כלי תקשורת',
    'campaign group': 'קבוצת מחאה או ארגון זכויות',
    person: 'אדם',
    population: 'אוכלוסייה מושפעת',
  };

  const actorRoleText: Record<ActorRole, string> = {
    subject: 'נושא האירוע',
    participant: 'משתתף',
    reporter: 'מדווח',
    'source of statement': 'מקור ההצהרה',
    mentioned: 'מוזכר',
  };

  const sourceKindText: Record<SourceKind, string> = {
    investigation: 'תחקיר',
    'news report': 'כתבה חדשותית',
    statement: 'הצהרה',
    'email to staff': 'מייל לעובדים',
    'regulatory filing': 'דיווח לרשות מפקחת',
    letter: 'מכתב',
    complaint: 'תלונה',
  };

  /**
   * Words around dates. The `he` locale writes "6 באוגוסט 2025" and "אוגוסט 2025"; a season or
   * a part of a year is read as a phrase with the year after it ("סתיו 2021", "סוף 2021").
   */
  const dates: DateWords = {
    seasons: { 21: 'אביב', 22: 'קיץ', 23: 'סתיו', 24: 'חורף' },
    season: (season, year) => `${season} ${year}`,
    approximate: (label) => `בסביבות ${label}`,
    uncertain: (label) => `${label} (לא ודאי)`,
    early: (year) => `תחילת ${year}`,
    mid: (year) => `אמצע ${year}`,
    late: (year) => `סוף ${year}`,
    from: (label) => `החל מ־${label}`,
    daysOfMonth: (firstDay, lastDate) => `${firstDay}–${lastDate}`,
    monthsOfYear: (firstMonth, lastMonth) => `${firstMonth}–${lastMonth}`,
    span: (from, to) => `${from} – ${to}`,
  };

  /** The site's name and description, with the glossary's names (יחידה 8200, מיקרוסופט, Azure). */
  const site = {
    name: 'Azure ויחידה 8200: ציר זמן מתועד במקורות',
    tagline:
      'כיצד הגיעה מיקרוסופט לניתוק מערך של שירותי אחסון בענן ובינה מלאכותית מיחידה במשרד הביטחון הישראלי, שהגרדיאן זיהה כיחידה 8200, אירוע אחר אירוע, עם כל מקור.',
  };

  /** The citation styles: their names in Latin letters, as Hebrew publications write them. */
  const citeStyles = {
    apa: 'APA (מהדורה שביעית)',
    mla: 'MLA (מהדורה תשיעית)',
    chicago: 'Chicago (מהדורה 17, הערות וביבליוגרפיה)',
    harvard: 'Harvard (Cite Them Right, מהדורה 12)',
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON',
  };

  return {
    ui,
    statusText,
    actorKindText,
    actorKindSingular,
    actorRoleText,
    sourceKindText,
    dates,
    site,
    citeStyles,
  };
};

/**
 * The Arabic dictionary: every word of the interface, key for key as in `en.ts` (the `Dictionary`
 * type names any key it lacks). Modern Standard Arabic in the neutral register of news agencies.
 * The names and the evidence-status words are those of content/translations/glossary.yaml.
 *
 * Counts go through `f.plural` (`Intl.PluralRules` for `ar`), which selects one of six categories:
 * `zero` (0), `one` (1), `two` (2), `few` (3–10, and 103–110…), `many` (11–99, and 111–199…) and
 * `other` (100, 101, 102… and fractions). Arabic counted nouns change with the category: the
 * singular after 1 and for 100+, the dual for 2 (written without the number, as Arabic does), the
 * plural for 3–10 and the accusative singular for 11–99.
 *
 * Digits: Western digits (0–9), not Arabic-Indic ones (٠–٩). Most Arabic news sites (Al Jazeera,
 * Al Arabiya, BBC Arabic) write them; they keep "8200", "+972", amounts and dates identical to the
 * English citations and the source records a reader compares them with; and `{n}` is always
 * filled with Western digits by `f.plural`. The edition's locale `ar` gives them for dates too
 * (CLDR's default numbering system for `ar` is `latn`; `ar-EG` and others would give ٠–٩), and the
 * unit test of this dictionary checks that a date comes out in Western digits.
 */
import type { ActorKind, ActorRole, EvidenceStatus, SourceKind } from '../content/schema';
import type { DateWords } from '../content/dates';
import type { Dictionary } from './en.ts';
import type { Formatters, PluralForms } from './format';

/** The Arabic words, given the formatters of the edition's locale (`ar`). */
export const arabicDictionary = (f: Formatters): Dictionary => {
  /** "{n} events" in the six categories, the noun most counts use. */
  const events: PluralForms = {
    zero: 'لا أحداث',
    one: 'حدث واحد',
    two: 'حدثان',
    few: '{n} أحداث',
    many: '{n} حدثًا',
    other: '{n} حدث',
  };
  /** The same count, followed by more words of a sentence. */
  const eventsThen = (rest: string): PluralForms =>
    Object.fromEntries(
      Object.entries(events).map(([category, text]) => [category, `${text}${rest}`]),
    ) as PluralForms;

  const ui = {
    skipToContent: 'انتقل إلى المحتوى',
    nav: {
      label: 'القائمة الرئيسية',
      timeline: 'الخط الزمني',
      actors: 'الأطراف',
      sources: 'المصادر',
      about: 'عن الموقع',
    },
    footer: {
      licence: 'النص مرخّص بموجب',
      method: 'كيف يُعدّ هذا الخط الزمني',
      corrections: 'سياسة التصحيحات',
      noTracking: 'لا ملفات تعريف ارتباط، ولا تتبّع، ولا طلبات إلى مواقع أخرى.',
    },
    timeline: {
      heading: 'الخط الزمني',
      intro: 'الأحداث من الأقدم إلى الأحدث. لكل حدث صفحة دائمة بمصادره.',
      sources: (n: number) =>
        f.plural(n, {
          zero: 'لا مصادر',
          one: 'مصدر واحد',
          two: 'مصدران',
          few: '{n} مصادر',
          many: '{n} مصدرًا',
          other: '{n} مصدر',
        }),
      yearNav: 'انتقل إلى سنة',
      largeIntro: (n: number) =>
        f.plural(n, eventsThen('. لكل سنة صفحتها الخاصة؛ وأحدث الأحداث أدناه.')),
      undated: 'خلال السنة',
    },
    draft: {
      /** Shown in `npm run dev` on the page of an entry marked `draft: true`; the published site leaves such entries out. */
      banner: 'مسودة: غير منشورة. هذا المُدخل معلَّم بـ draft: true ولا يظهر في الموقع المنشور.',
    },
    event: {
      evidence: 'حالة الأدلة',
      actors: 'الأطراف المعنية',
      sources: 'المصادر',
      sourcesIntro: 'مرقّمة بالترتيب الذي أُدرجت به لهذا الحدث.',
      noLink: 'لا رابط متاح: لم يُتحقَّق من العنوان بعد',
      /** The link from a numbered source to its page on this site, which lists everything citing it. */
      sourcePage: 'صفحة المصدر',
      published: 'تاريخ النشر',
      updated: 'تاريخ التحديث',
      corrections: 'التصحيحات',
      previous: 'الحدث السابق',
      next: 'الحدث التالي',
      /** The navigation to the previous and next events on an event's page. */
      neighbours: 'الحدثان السابق والتالي',
      onTimeline: 'اعرضه على الخط الزمني',
      citedAs: (n: number) => `المصدر ${n}`,
      backTo: (n: number) => `العودة إلى الإحالة ${n} في النص`,
    },
    actor: {
      heading: 'الأطراف',
      intro: 'الأشخاص والمنظمات في القصة، مصنّفون حسب النوع.',
      partOf: 'جزء من',
      members: 'يضم',
      events: 'الأحداث',
      noEvents: 'لا يشارك هذا الطرف في أي حدث بعد.',
      aliases: 'يُعرف أيضًا باسم',
      eventsCount: (n: number) => f.plural(n, events),
      eventPages: 'صفحات أحداث هذا الطرف',
    },
    source: {
      heading: 'المصادر',
      intro:
        'كل وثيقة يستشهد بها هذا الخط الزمني، مصنّفة حسب الناشر. المصدر الذي لا رابط له عنوانه لم يُتحقَّق منه بعد.',
      citedBy: 'يستشهد به',
      by: 'إعداد',
      original: 'الأصل',
      pages: 'صفحات المصادر',
      record: 'بيانات المصدر',
      publisher: 'الناشر',
      authors: 'المؤلفون',
      date: 'التاريخ',
      kind: 'النوع',
      language: 'اللغة',
      address: 'العنوان',
      noAddress: 'بلا رابط: لم يُتحقَّق من العنوان بعد.',
      citedByHeading: 'الأحداث التي تستشهد بهذا المصدر',
      claims: 'مواضع الاستشهاد به',
      claim: (n: number) => `الموضع ${n}`,
      /** After the first events citing a source on the source index. */
      andMore: (n: number) =>
        f.plural(n, {
          one: 'وحدث آخر',
          two: 'وحدثان آخران',
          few: 'و{n} أحداث أخرى',
          many: 'و{n} حدثًا آخر',
          other: 'و{n} حدث آخر',
        }),
      /** Read after "and N more" by screen readers, which list links out of context. */
      andMoreCiting: (title: string) => `تستشهد بـ${title}`,
      eventPages: 'صفحات الأحداث التي تستشهد بهذا المصدر',
    },
    pagination: {
      previous: 'الصفحة السابقة',
      next: 'الصفحة التالية',
      position: (current: number, last: number) => `الصفحة ${current} من ${last}`,
    },
    years: {
      heading: (year: string) => `${year}`,
      intro: (year: string, n: number) =>
        f.plural(
          n,
          {
            zero: 'لا أحداث في {year}.',
            one: 'حدث واحد في {year}.',
            two: 'حدثان في {year}، الأقدم أولًا.',
            few: '{n} أحداث في {year}، الأقدم أولًا.',
            many: '{n} حدثًا في {year}، الأقدم أولًا.',
            other: '{n} حدث في {year}، الأقدم أولًا.',
          },
          { year },
        ),
      all: 'كل السنوات',
      latest: (year: string) => `الأحدث: ${year}`,
      pages: 'صفحات هذه السنة',
    },
    notFound: {
      heading: 'الصفحة غير موجودة',
      body: 'هذا العنوان لا يؤدي إلى صفحة. كل أحداث القصة مدرجة على الخط الزمني.',
      back: 'اذهب إلى الخط الزمني',
    },
    quote: { said: 'قال', source: 'المصدر' },
    /** The colour-theme switch (shown only when JavaScript runs) and the visual timeline. */
    theme: { label: 'سمة الألوان', light: 'فاتحة', dark: 'داكنة', system: 'حسب النظام' },
    axis: {
      label: 'الخط الزمني مرسومًا بمقياس حقيقي',
      intro:
        'القصة على مقياس زمني حقيقي. النقطة حدث معروف باليوم؛ والشريط حدث معروف بالشهر أو الفصل أو فترة فقط؛ والخط المتقطع تاريخ تقريبي. الأشرطة المظللة فترات مسمّاة. مرّر المؤشر فوق علامة أو انتقل إليها بمفتاح Tab لترى عنوانها.',
      zoomNote: (n: number, period: string) =>
        `${period}: ${f.plural(n, eventsThen('، مكبّرة أدناه'))}`,
      eras: 'الفترات',
      approximate: 'تاريخ تقريبي',
      actorIntro:
        'أحداث هذا الطرف على مقياس زمني حقيقي (نقطة لليوم، وشريط لتاريخ أطول أو أقل دقة). مرّر المؤشر فوق علامة أو انتقل إليها بمفتاح Tab لترى عنوانها.',
    },
    map: {
      heading: 'من يرتبط بمن',
      intro:
        'يرتبط طرفان عندما يظهران في الحدث نفسه؛ وكلما زاد سُمك الخط زاد عدد الأحداث المشتركة بينهما. كل اسم يؤدي إلى صفحة الطرف.',
      listHeading: 'الروابط نفسها في قائمة',
      shared: (n: number) =>
        f.plural(n, {
          zero: 'لا أحداث مشتركة',
          one: 'حدث مشترك واحد',
          two: 'حدثان مشتركان',
          few: '{n} أحداث مشتركة',
          many: '{n} حدثًا مشتركًا',
          other: '{n} حدث مشترك',
        }),
      none: 'لا يشترك أي طرف في حدث مع طرف آخر بعد.',
      noLinks: 'لا يشترك في أي حدث مع طرف آخر',
      limited: (shown: number, all: number) =>
        `تعرض الخريطة الأطراف الـ${shown} الأكثر ظهورًا في الأحداث من أصل ${all}؛ وكل الأطراف مدرجة أدناه.`,
    },
    print: { permalink: 'العنوان الدائم', version: (day: string) => `هذه النسخة: ${day}` },
    editorsNote: 'ملاحظة التحرير',
    statements: {
      heading: 'التصريحات',
      in: 'في',
      /** Under the statements an actor's page quotes, when the actor has more. */
      all: (n: number) =>
        f.plural(n, {
          one: 'التصريح الوحيد',
          two: 'التصريحان',
          few: 'كل التصريحات الـ{n}',
          many: 'كل التصريحات الـ{n}',
          other: 'كل التصريحات الـ{n}',
        }),
      /** Heading of the page of all statements: "Statements by Microsoft". */
      by: (name: string) => `تصريحات ${name}`,
      /** That page's description. */
      description: (name: string, n: number) =>
        f.plural(
          n,
          {
            one: 'التصريح الوحيد لـ{name} المقتبس في هذا الخط الزمني، مع رابط إلى موضع الاستشهاد به.',
            two: 'التصريحان المقتبسان لـ{name} في هذا الخط الزمني، الأقدم أولًا، مع رابط كلٍّ منهما إلى موضع الاستشهاد به.',
            few: 'كل تصريحات {name} المقتبسة في هذا الخط الزمني، وعددها {n}، الأقدم أولًا، مع رابط كلٍّ منها إلى موضع الاستشهاد به.',
            other:
              'كل تصريحات {name} المقتبسة في هذا الخط الزمني، وعددها {n}، الأقدم أولًا، مع رابط كلٍّ منها إلى موضع الاستشهاد به.',
          },
          { name },
        ),
      /** Link from that page to the actor's own page. */
      actorPage: (name: string) => `${name}: الملف والأحداث`,
      pages: 'صفحات التصريحات',
    },
    legend: {
      summary: 'ماذا تعني حالات الأدلة',
      more: 'كيف يزن الخط الزمني الأدلة',
    },
    accounts: { label: 'الروايات مختلفة', according: 'بحسب' },
    /** Cite this, corrections, archived copies, anchors. */
    cite: {
      citeHeading: 'استشهد بهذه الصفحة',
      citeIntro: 'اختر أسلوبًا لعرض الإحالة. أضف تاريخ اطلاعك على الصفحة حيث يطلبه أسلوبك.',
      citeTimelineHeading: 'استشهد بهذا الخط الزمني',
      copy: 'نسخ',
      copied: 'نُسخ',
      copyFailed: 'حدّد النص لنسخه',
      copyLabel: (style: string) => `انسخ الإحالة بأسلوب ${style}`,
      download: 'تنزيل',
      downloadBib: 'ملف BibTeX ‏(.bib)',
      downloadRis: 'ملف RIS ‏(.ris)',
      chicagoNote: 'حاشية مختصرة',
      chicagoBibliography: 'قائمة المراجع',
      correctionsHeading: 'التصحيحات',
      correctionsIntro:
        'كل تصحيح أُجري على حدث بعد نشره، الأحدث أولًا. ويظهر كل تصحيح أيضًا، مع تاريخه، في صفحة الحدث.',
      correctionsNone: 'لم يُجرَ أي تصحيح على أي حدث بعد.',
      correctionOf: 'تصحيح في',
      correctionPages: 'صفحات التصحيحات',
      archived: 'نسخ مؤرشفة',
      /** Read by screen readers after "archived copies": which source they are of. */
      archivedOf: (title: string) => `من ${title}`,
      archivedLabel: (title: string) => `نسخ مؤرشفة من «${title}» (Wayback Machine)`,
      noAddress: 'لم يُتحقَّق من العنوان بعد',
      linkToThis: 'رابط إلى هذا الموضع',
      linkToSection: (text: string) => `رابط إلى «${text}»`,
    },
    /** Revisions: version pages, the history page, the version line and "cite this version". */
    revisions: {
      /** "version 2": how citations name a version. */
      versionWords: (n: number) => `النسخة ${n}`,
      versionLabel: (n: number) => `النسخة ${n}`,
      /** The version line near an event's date. */
      revised: 'نُقّحت في',
      history: 'السجل',
      historyOf: (title: string) => `سجل «${title}»`,
      historyDescription: (title: string, n: number) =>
        f.plural(
          n,
          {
            one: 'النسخة المنشورة الوحيدة من «{title}».',
            two: 'النسختان المنشورتان من «{title}»، مع ما تغيّر بينهما.',
            few: 'كل النسخ المنشورة من «{title}» ({n})، مع ما تغيّر بين كل نسخة والتي تليها.',
            other: 'كل النسخ المنشورة من «{title}» ({n})، مع ما تغيّر بين كل نسخة والتي تليها.',
          },
          { title },
        ),
      historyIntro:
        'لكل نسخة صفحتها الدائمة. الفروق معلَّمة كلمةً كلمة: تحت الكلمات المضافة خط، وعلى الكلمات المحذوفة خط.',
      /** The banner of a version page. */
      banner: (n: number, m: number, date: string) =>
        `أنت تقرأ النسخة ${n} من ${m}، بتاريخ ${date}.`,
      bannerCurrent: 'وهي أيضًا النسخة الحالية.',
      readCurrent: 'اقرأ النسخة الحالية.',
      viewHistory: 'اعرض كل النسخ',
      versionTitle: (title: string, n: number) => `${title} (النسخة ${n})`,
      versionDescription: (n: number, date: string, summary: string) =>
        `النسخة ${n}، بتاريخ ${date}: ${summary}`,
      listHeading: 'النسخ',
      number: 'النسخة',
      date: 'التاريخ',
      note: 'ما الذي تغيّر',
      kind: 'النوع',
      correction: 'تصحيح',
      update: 'تحديث',
      first: 'النسخة الأولى',
      changesSection: 'ما الذي تغيّر',
      changesHeading: (from: number, to: number) => `من النسخة ${from} إلى النسخة ${to}`,
      changesIntro: 'تحت الكلمات المضافة خط، وعلى الكلمات المحذوفة خط.',
      inserted: 'أُضيف',
      deleted: 'حُذف',
      noChange: 'لا تغيير يراه القراء.',
      /** The labels of the fields compared between versions. */
      fields: {
        title: 'العنوان',
        date: 'التاريخ',
        summary: 'الملخص',
        status: 'حالة الأدلة',
        statusNote: 'ملاحظة الحالة',
        actors: 'الأطراف المعنية',
        sources: 'المصادر',
        tags: 'الوسوم',
        corrections: 'التصحيحات',
        text: 'النص',
      },
      /** In the corrections log: the version a correction made. */
      madeIn: (n: number) => `أُجري في النسخة ${n}`,
      /** Cite this: the two things a reader can cite. */
      citeLatest: 'هذه الصفحة (دائمًا أحدث نسخة)',
      citeLatestIntro: 'العنوان الدائم للحدث: يعرض دائمًا أحدث نسخة.',
      citeVersion: (n: number, date: string) => `هذه النسخة (النسخة ${n}، بتاريخ ${date})`,
      citeVersionIntro: 'العنوان الدائم للنص الذي تقرؤه بالضبط: لا يتغيّر أبدًا.',
      /** Feeds and open data. */
      versionPage: 'صفحة النسخة',
      timeMap: 'TimeMap ‏(Memento، صيغة الروابط)',
    },
    feeds: {
      events: 'الأحداث',
      corrections: 'التصحيحات',
      correctionsDescription: 'كل تصحيح أُجري على حدث في الخط الزمني، الأحدث أولًا.',
      correctionItem: (title: string) => `تصحيح: ${title}`,
      format: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
      linkTitle: (what: string, format: string) => `${what} (${format})`,
    },
    tags: {
      heading: 'الوسوم',
      intro: 'الأحداث مصنّفة حسب الموضوع. يسرد كل وسم أحداثه من الأقدم إلى الأحدث.',
      heading1: (tag: string) => `الوسم: ${tag}`,
      intro1: (tag: string, n: number) =>
        f.plural(n, eventsThen(' بالوسم «{tag}»، الأقدم أولًا.'), { tag }),
      pages: 'صفحات هذا الوسم',
      label: 'الوسوم',
      count: (n: number) => f.plural(n, events),
    },
    status: {
      heading: 'حالة الأدلة',
      intro: 'الأحداث حسب درجة ثبوتها. معنى كل حالة مشروح في صفحة «عن الموقع».',
      heading1: (label: string) => `حالة الأدلة: ${label}`,
      intro1: (label: string, n: number) =>
        f.plural(n, eventsThen(' بالحالة «{label}»، الأقدم أولًا.'), { label }),
      none: 'لا حدث بهذه الحالة.',
      pages: 'صفحات هذه الحالة',
      allEvents: 'كل الأحداث بهذه الحالة',
    },
    filter: {
      legend: 'صفِّ الخط الزمني',
      actor: 'الطرف',
      tag: 'الوسم',
      status: 'حالة الأدلة',
      year: 'السنة',
      any: 'الكل',
      clear: 'اعرض كل الأحداث',
      apply: 'طبّق',
      /** Of the `total` events on the page; the filter script fills in `{shown}`, how many it shows. */
      shown: (total: number) =>
        f.plural(total, {
          zero: 'يُعرض {shown} من 0 أحداث.',
          one: 'يُعرض {shown} من حدث واحد.',
          two: 'يُعرض {shown} من حدثين.',
          few: 'يُعرض {shown} من {n} أحداث.',
          many: 'يُعرض {shown} من {n} حدثًا.',
          other: 'يُعرض {shown} من {n} حدث.',
        }),
      ignored: (label: string, value: string) =>
        `${label} «${value}» غير موجود في هذا الخط الزمني، لذلك لا يشمله المرشّح في الرابط.`,
      noJs: 'تصفّح حسب',
      byTag: 'الوسم',
      byStatus: 'حالة الأدلة',
      byYear: 'السنة',
      byActor: 'الطرف',
      /** Shown until the filter script runs: without JavaScript a filtered link shows every event. */
      // The address is isolated left to right (LRI … PDI), so its "?" stays in front of it, and a
      // word joiner keeps the line from breaking after the "?".
      needsJs:
        'تصفية هذه الصفحة تحتاج إلى JavaScript. من دونها، يعرض الرابط الذي يحمل تصفية (مثل \u2066?\u2060actor=microsoft\u2069) كل الأحداث؛ والصفحات أدناه تسرد الأحداث حسب الوسم وحالة الأدلة والطرف والسنة.',
    },
    search: {
      heading: 'بحث',
      intro: 'ابحث في أحداث الخط الزمني وأطرافه ومصادره.',
      label: 'ابحث في الخط الزمني',
      button: 'بحث',
      placeholder: 'كلمة أو اسم',
      noJs: 'البحث يحتاج إلى JavaScript، وهي معطّلة أو لم تُحمَّل. ويمكن الوصول إلى كل حدث من دونها أيضًا:',
      loading: 'جارٍ تحميل فهرس البحث…',
      /** Filled in by the search script, in the plural category of `{n}` (the number of results); `{q}` is the query. */
      results: {
        zero: 'لا نتائج لـ«{q}».',
        one: 'نتيجة واحدة لـ«{q}».',
        two: 'نتيجتان لـ«{q}».',
        few: '{n} نتائج لـ«{q}».',
        many: '{n} نتيجة لـ«{q}».',
        other: '{n} نتيجة لـ«{q}».',
      } as PluralForms,
      none: 'لم يُعثر على شيء لـ«{q}». جرّب كلمة أخرى أو عوامل تصفية أقل.',
      error: 'تعذّر تحميل فهرس البحث.',
      filters: 'ضيّق النتائج',
      type: 'النوع',
      actor: 'الطرف',
      status: 'حالة الأدلة',
      year: 'السنة',
      any: 'الكل',
      types: { event: 'حدث', actor: 'طرف', source: 'مصدر' },
    },
    embed: {
      whole: 'الخط الزمني',
      actor: (name: string) => `${name}: الأحداث`,
      intro: (n: number) => f.plural(n, eventsThen('، الأقدم أولًا. كل حدث يفتح صفحته، بمصادره.')),
      fullSite: 'افتح الخط الزمني كاملًا',
      earlier: (n: number) =>
        f.plural(n, {
          one: 'حدث سابق واحد موجود في الخط الزمني الكامل.',
          two: 'حدثان سابقان موجودان في الخط الزمني الكامل.',
          few: '{n} أحداث سابقة موجودة في الخط الزمني الكامل.',
          many: '{n} حدثًا سابقًا موجودة في الخط الزمني الكامل.',
          other: '{n} حدث سابق موجودة في الخط الزمني الكامل.',
        }),
      none: 'لا أحداث بعد.',
      frameTitle: (what: string) => `${what} (خط زمني مضمَّن)`,
      aboutHeading: 'ضمِّن هذا الخط الزمني',
      aboutIntro:
        'ضع الخط الزمني في صفحتك بهذه الشيفرة. لا يرسل الإطار المضمَّن أي طلب إلى موقع آخر، ولا يضع ملفات تعريف ارتباط، ولا يشغّل أي برنامج نصي؛ وكل رابط فيه يفتح الصفحة الدائمة للحدث في النافذة كاملة. وهو مصمَّم لإطار يتراوح ارتفاعه بين 400 و800 بكسل.',
      aboutActor: (example: string) =>
        `لأحداث طرف واحد، استخدم عنوان الإطار المضمَّن لذلك الطرف، مثل ${example}.`,
      snippetLabel: 'الشيفرة للنسخ',
    },
    social: { site: 'خط زمني موثَّق بالمصادر', event: 'حدث', actor: 'طرف' },
    data: {
      heading: 'بيانات مفتوحة',
      intro:
        'الخط الزمني كاملًا في صورة بيانات، لإعادة استخدامها في أدواتك. تُعاد كتابة الملفات مع كل بناء للموقع، فتطابق دائمًا ما يعرضه.',
      readMore: 'اقرأ الحدث بمصادره',
      licence: 'الترخيص',
      licenceText: 'البيانات، مثل النص، منشورة بموجب',
      licenceAttribution: (publisher: string, name: string) =>
        `يُرجى نسب العمل إلى «${publisher}، ${name}» ووضع رابط إلى العنوان الدائم للحدث.`,
      files: 'الملفات',
      version: (v: string) =>
        `إصدار المخطط ${v}. الحقل الاختياري الجديد يرفع الإصدار الفرعي؛ والحقل الذي يُعاد تسميته أو يُحذف يرفع الإصدار الرئيسي.`,
      schema: 'JSON Schema',
      feeds: 'الخلاصات',
      feedsIntro: 'تابع القصة في قارئ خلاصات: الأحداث الجديدة والمحدَّثة، وكل تصحيح.',
      describe: {
        'events.json':
          'كل الأحداث، من الأقدم إلى الأحدث: العنوان الدائم، والعنوان، والملخص، والتاريخ (EDTF، بطرفيه على دقتهما)، وحالة الأدلة، والوسوم، والأطراف وأدوارهم، وبيانات المصادر كاملة، ويوما النشر والتحديث، والتصحيحات.',
        'events.csv':
          'الأحداث نفسها في جدول بيانات: صف لكل حدث، والقوائم مربوطة بـ « | »، ومعرّفات المصادر والأطراف بدل بياناتها الكاملة.',
        'actors.json': 'كل الأطراف: النوع، والوصف، والانتماء، والأسماء الأخرى، ومعرّفات أحداثها.',
        'sources.json':
          'كل المصادر: الناشر، والعنوان، والمؤلفون، والتاريخ، والنوع، واللغة، والعنوان الإلكتروني المتحقَّق منه حيث يوجد، ومعرّفات الأحداث التي تستشهد بها.',
        'timelinejs.json':
          'الخط الزمني بصيغة JSON الخاصة بـ TimelineJS 3، جاهزًا للتحميل في TimelineJS: شريحة لكل حدث، ومعرّف الحدث لدينا في unique_id، والتواريخ بالدقة التي تسمح بها المصادر فقط، وحالة الأدلة بوصفها المجموعة.',
      } as Record<string, string>,
    },
    editions: {
      switcher: 'اللغة',
      translated: {
        'machine-assisted': 'مترجم من الإنجليزية (بمساعدة آلية)؛ والنص الإنجليزي هو المرجع.',
        reviewed: 'مترجم من الإنجليزية ومراجَع؛ والنص الإنجليزي هو المرجع.',
      },
      readEnglish: 'اقرأ النص الإنجليزي',
      outdated: (translated: number, latest: number) =>
        `هذه الترجمة لنسخة سابقة من النص الإنجليزي (النسخة ${translated}؛ والنص الإنجليزي الآن في النسخة ${latest}).`,
      untranslated: 'لم يُترجم هذا النص بعد؛ وهو معروض بالإنجليزية.',
      quoteTranslation: 'ترجمة',
    },
  };

  /** Words for each evidence status and what it means; the labels are the glossary's. */
  const statusText: Record<EvidenceStatus, { label: string; definition: string }> = {
    confirmed: {
      label: 'مؤكد',
      definition:
        'أكّده الطرف المعني، مباشرةً أو كما نقلت عنه المصادر المستشهد بها، أو يُثبته سجل رسمي (بيان للشرطة، أو إيداع تنظيمي).',
    },
    reported: {
      label: 'وارد في التقارير',
      definition: 'نشرته مؤسسات إخبارية استنادًا إلى وثائق أو مصادر، لكن لم تؤكده الأطراف المعنية.',
    },
    alleged: {
      label: 'مزعوم',
      definition: 'ادُّعي في شكوى أو من قِبل طرف، ولم يثبت بعد بوصفه حقيقة.',
    },
    disputed: {
      label: 'متنازع عليه',
      definition: 'وارد في التقارير، ويعترض طرف معني على جزء جوهري منه. تُعرض الروايتان كلتاهما.',
    },
    denied: {
      label: 'محل نفي',
      definition: 'وارد في التقارير أو مزعوم، وينفيه الطرف المعني نفيًا قاطعًا.',
    },
  };

  /** Plural headings for actor kinds on /actors/. */
  const actorKindText: Record<ActorKind, string> = {
    organisation: 'منظمات',
    company: 'شركات',
    'government body': 'هيئات حكومية',
    'military unit': 'هيئات عسكرية',
    'news outlet': 'وسائل إعلام',
    'campaign group': 'حملات ومنظمات حقوقية',
    person: 'أشخاص',
    population: 'فئات سكانية متأثرة',
  };

  /** One actor's kind, on its page and its card ("Person" above "Brad Smith"). */
  const actorKindSingular: Record<ActorKind, string> = {
    organisation: 'منظمة',
    company: 'شركة',
    'government body': 'هيئة حكومية',
    'military unit': 'هيئة عسكرية',
    'news outlet': 'وسيلة إعلام',
    'campaign group': 'حملة أو منظمة حقوقية',
    person: 'شخص',
    population: 'فئة سكانية متأثرة',
  };

  const actorRoleText: Record<ActorRole, string> = {
    subject: 'طرف رئيسي',
    participant: 'مشارك',
    reporter: 'جهة ناشرة للخبر',
    'source of statement': 'مصدر تصريح',
    mentioned: 'مذكور',
  };

  const sourceKindText: Record<SourceKind, string> = {
    investigation: 'تحقيق',
    'news report': 'تقرير إخباري',
    statement: 'بيان',
    'email to staff': 'رسالة إلكترونية إلى الموظفين',
    'regulatory filing': 'إيداع تنظيمي',
    letter: 'رسالة',
    complaint: 'شكوى',
  };

  /**
   * Words around dates. Month names and the order day–month–year come from `Intl.DateTimeFormat`
   * for `ar` ("6 أغسطس 2025"); seasons are written before the year as in Arabic ("خريف 2021").
   */
  const dates: DateWords = {
    seasons: { 21: 'ربيع', 22: 'صيف', 23: 'خريف', 24: 'شتاء' },
    season: (season, year) => `${season} ${year}`,
    approximate: (label) => `نحو ${label}`,
    uncertain: (label) => `${label} (غير مؤكد)`,
    early: (year) => `أوائل ${year}`,
    mid: (year) => `منتصف ${year}`,
    late: (year) => `أواخر ${year}`,
    from: (label) => `ابتداءً من ${label}`,
    daysOfMonth: (firstDay, lastDate) => `${firstDay}–${lastDate}`,
    monthsOfYear: (firstMonth, lastMonth) => `${firstMonth}–${lastMonth}`,
    span: (from, to) => `${from} – ${to}`,
  };

  /** The site's name and description, with the glossary's names (الوحدة 8200, مايكروسوفت, Azure). */
  const site = {
    name: 'Azure والوحدة 8200: خط زمني موثّق بالمصادر',
    tagline:
      'كيف وصلت مايكروسوفت إلى قطع مجموعة من خدمات التخزين السحابي والذكاء الاصطناعي عن وحدة في وزارة الدفاع الإسرائيلية حدّدتها الغارديان بأنها الوحدة 8200، حدثًا حدثًا، مع كل مصدر.',
  };

  /** The citation styles: their names in Latin letters, as Arabic publications write them. */
  const citeStyles = {
    apa: 'APA (الإصدار السابع)',
    mla: 'MLA (الإصدار التاسع)',
    chicago: 'Chicago (الإصدار السابع عشر، الحواشي وقائمة المراجع)',
    harvard: 'Harvard (Cite Them Right، الإصدار الثاني عشر)',
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

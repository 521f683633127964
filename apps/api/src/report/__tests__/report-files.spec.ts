import { inflateSync } from 'node:zlib';
import { reportMarkdown, mdText } from '../report-markdown.js';
import { reportPdf } from '../report-pdf.js';
import { reportTexts } from '../report-text.js';
import { spreadOf, type ReportData, type ReportLesson } from '../report-data.service.js';
import { fileSlug } from '../report.service.js';

const lessons: ReportLesson[] = [
  {
    id: 'l1',
    title: 'Een vaste dag en tijd geeft houvast',
    body: 'Bewoners kwamen vaker terug.',
    conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
    level: 'NEIGHBOURHOOD',
    domain: 'WELFARE',
    municipality: 'Nijmegen',
  },
  {
    id: 'l2',
    title: 'Geldzorgen: één loket, één gezicht',
    body: 'Eén vast aanspreekpunt.',
    conditions: ['SOCIO_ECONOMIC_SECURITY'],
    level: 'HOUSEHOLD',
    domain: 'WORK_AND_INCOME',
    municipality: null,
  },
];

const data: ReportData = {
  workshop: { name: 'Werkplaats Sociaal Domein Arnhem en Nijmegen', slug: 'arnhem-nijmegen' },
  atelier: {
    id: 'a',
    title: 'Leeratelier Eenzaamheid en betekenisvol contact',
    description: 'Wat ontmoeting tot contact maakt, in drie gemeenten.',
    startedAt: new Date('2020-01-15T10:00:00Z'),
  },
  kwestie: { title: 'Eenzaamheid', description: 'Veel inwoners missen mensen om op terug te vallen.' },
  trekker: 'Lotte Janssen',
  reader: 'TRIBUNE',
  generatedAt: new Date('2026-12-06T12:00:00Z'),
  questions: [{ title: 'Wat maakt een ontmoeting *betekenisvol*?', body: '' }],
  insights: [
    {
      id: 'i',
      title: 'Een vaste plek, een vast gezicht',
      body: 'Continuïteit in personen, niet alleen in activiteiten.',
      conditions: ['SOCIAL_COHESION'],
      lessons,
    },
  ],
  lessons,
  outputs: [
    {
      kind: 'REPORT',
      title: 'Handreiking',
      description: 'Voor de sociale basis.',
      url: 'https://example.nl/handreiking',
      date: new Date('2026-11-01T00:00:00Z'),
    },
  ],
  activities: [
    {
      kind: 'THEME_DISCUSSION',
      title: 'Van ontmoeting naar contact: ideeën',
      startsAt: new Date('2026-10-01T13:30:00Z'),
      location: 'Wijkcentrum Hatert',
      registrations: 12,
      outcome: 'Drie wijken starten een koffieochtend.',
      attendeeCount: 14,
    },
  ],
  participants: [
    { name: 'Gemeente Nijmegen', arena: 2, tribune: 1, named: ['Noor Hendriks'] },
    { name: null, arena: 0, tribune: 3, named: [] },
  ],
  spread: spreadOf(lessons),
  withheld: 2,
};

describe('the atelier report files', () => {
  it('writes Markdown with the sections, the spread and people text made inert', () => {
    const md = reportMarkdown(data, reportTexts('nl'));
    expect(md).toContain('# Verslag: Leeratelier Eenzaamheid en betekenisvol contact');
    expect(md).toContain('> 2 items weggelaten: persoonsgegevens niet opgelost');
    expect(md).toContain('- **Wat maakt een ontmoeting \\*betekenisvol\\*?**');
    expect(md).toContain('  - Geldzorgen: één loket, één gezicht (Geen gemeente)');
    expect(md).toContain('| Gemeente Nijmegen | 2 | 1 | Noor Hendriks |');
    expect(md).toContain('| Op eigen titel | 0 | 3 |  |');
    expect(md).toContain('| Sociale cohesie | 1 | ████████████████████ |');
    expect(md).toContain('- **Rapport:** Handreiking (1 november 2026) <https://example.nl/handreiking>');
    expect(md).toContain('12 aanmeldingen; 14 aanwezigen)');
    expect(md).toContain('  Wat het opleverde: Drie wijken starten een koffieochtend.');
    const en = reportMarkdown(data, reportTexts('en'));
    expect(en).toContain('> 2 items left out: personal data not resolved');
    expect(en).toContain('| On their own behalf | 0 | 3 |  |');
    expect(en).toContain('12 registrations; 14 came)');
    expect(en).toContain('What came out of it: Drie wijken starten een koffieochtend.');
  });

  it('makes text from people inert in Markdown', () => {
    expect(mdText('# Kop')).toBe('\\# Kop');
    expect(mdText('- lijst')).toBe('\\- lijst');
    expect(mdText('[link](javascript:x) <b>')).toBe('\\[link\\](javascript:x) \\<b\\>');
    expect(mdText('a | b')).toBe('a \\| b');
  });

  it('writes a PDF that embeds Noto Sans (unwrapped from WOFF) and keeps Dutch characters (ë, ï, é)', async () => {
    const pdf = await reportPdf(data, reportTexts('nl'));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // Embedded as TrueType (FontFile2), subset, under its own name.
    expect(text).toContain('/FontFile2');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
    expect(text).toContain('/Lang (nl-NL)');
    // The text is in the content streams as glyphs of the embedded font; its Unicode map (ToUnicode) names ë and ï.
    const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      const raw = Buffer.from(m[1]!, 'latin1');
      try {
        return inflateSync(raw).toString('latin1');
      } catch {
        return '';
      }
    });
    const unicodeMaps = streams
      .filter((s) => s.includes('beginbfrange') || s.includes('beginbfchar'))
      .join('\n');
    expect(unicodeMaps.toLowerCase()).toContain('<00eb>'); // ë
    expect(unicodeMaps.toLowerCase()).toContain('<00ef>'); // ï
    expect(unicodeMaps.toLowerCase()).toContain('<00e9>'); // é
  });

  it('names the file after the atelier in ASCII only', () => {
    expect(fileSlug('Leeratelier Eenzaamheid en betekenisvol contact')).toBe(
      'leeratelier-eenzaamheid-en-betekenisvol-contact',
    );
    expect(fileSlug('Één "loket", één gezicht!')).toBe('een-loket-een-gezicht');
    expect(fileSlug('***')).toBe('atelier');
  });
});

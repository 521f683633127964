import { safeHeadline, snippetOf, snippetHtml } from '../search.service.js';

const mark = (s: string) => `\u0001${s}\u0002`;

describe('safeHeadline', () => {
  it('wraps the marked words in <mark> and escapes everything else', () => {
    expect(
      safeHeadline(`Bij de ${mark('ontmoetingen')} schreef iemand &lt;b&gt;vet&lt;/b&gt; & "meer"`),
    ).toBe('Bij de <mark>ontmoetingen</mark> schreef iemand &#60;b&#62;vet&#60;/b&#62; &#38; &#34;meer&#34;');
  });

  it('decodes entities before escaping, so nothing is escaped twice and nothing becomes markup', () => {
    // Stored rich text (sanitize-html) only holds &amp; &lt; &gt; &quot;; numeric ones decode too.
    expect(safeHeadline('&amp;amp; &#60;i&#62; &#x3C;u&#x3E; &nbsp;x &quot;y&quot;')).toBe(
      '&#38;amp; &#60;i&#62; &#60;u&#62; x &#34;y&#34;',
    );
    // Anything else stays as it was written, shown as text.
    expect(safeHeadline('caf&eacute;')).toBe('caf&#38;eacute;');
  });

  it('an entity cannot forge a highlight', () => {
    expect(safeHeadline('a &#1;b&#2; c')).toBe('a b c');
  });

  it('is null without text', () => {
    expect(safeHeadline(null)).toBeNull();
    expect(safeHeadline('  ')).toBeNull();
  });
});

describe('snippetOf', () => {
  const whole =
    'Een lange tekst over de buurt. Mensen voelen zich soms eenzaam in de wijk, vooral ouderen die alleen wonen. Daarna iets anders.';

  it('gives plain text with the ranges of the matches', () => {
    const snippet = snippetOf(`Mensen voelen zich soms ${mark('eenzaam')} in de wijk`, null);
    expect(snippet).toEqual({
      text: 'Mensen voelen zich soms eenzaam in de wijk',
      marks: [{ start: 24, length: 7 }],
    });
    expect(snippet!.text.slice(24, 31)).toBe('eenzaam');
  });

  it('puts "…" where the text goes on before, between and after the pieces shown', () => {
    const raw = `buurt. Mensen voelen zich soms ${mark('eenzaam')} in de wijk\u0003Daarna iets`;
    expect(snippetOf(raw, whole)!.text).toBe(
      '… buurt. Mensen voelen zich soms eenzaam in de wijk … Daarna iets …',
    );
    // At the start and at the end of the text: no "…" there.
    expect(snippetOf(`Een lange ${mark('tekst')}`, whole)!.text).toBe('Een lange tekst …');
    expect(snippetOf(`${mark('Daarna')} iets anders.`, whole)).toEqual({
      text: '… Daarna iets anders.',
      marks: [{ start: 2, length: 6 }],
    });
    expect(snippetOf('Kort en goed.', 'Kort   en\n goed.')!.text).toBe('Kort en goed.');
  });

  it('never carries markup: tags and entities come out as text, in HTML escaped', () => {
    const snippet = snippetOf(`&lt;script&gt; ${mark('x')}`, '&lt;script&gt; x');
    expect(snippet).toEqual({ text: '<script> x', marks: [{ start: 9, length: 1 }] });
    expect(snippetHtml(snippet)).toBe('&#60;script&#62; <mark>x</mark>');
  });
});

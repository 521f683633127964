import { safeHeadline } from '../search.service.js';

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

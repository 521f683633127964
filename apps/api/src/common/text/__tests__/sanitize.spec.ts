import { looksLikeHtml, readableText, richOrPlainText, textToHtml } from '../sanitize.js';

describe("rich or plain text (a reaction's body)", () => {
  it('plain text becomes escaped paragraphs, a single line break a <br>', () => {
    expect(textToHtml('  a < b & c "d" > e  ')).toBe('<p>a &lt; b &amp; c &quot;d&quot; &gt; e</p>');
    expect(textToHtml('een\r\ntwee\n\n \n\ndrie')).toBe('<p>een<br>twee</p><p>drie</p>');
    expect(textToHtml('   ')).toBe('');
  });

  it('tells markup from text that only holds "<"', () => {
    for (const html of ['<p>x</p>', 'a <strong>b</strong>', '<br>', '<img src=x onerror=alert(1)>', '</em>'])
      expect(looksLikeHtml(html)).toBe(true);
    for (const text of ['a < b', 'x<3', 'a <ok> b', '<<>>', '1 <2> 3'])
      expect(looksLikeHtml(text)).toBe(false);
  });

  it('stores rich text sanitised and plain text as written', () => {
    expect(richOrPlainText('<p onclick="x()">Hoi <b>jij</b><script>alert(1)</script></p>')).toBe(
      '<p>Hoi <b>jij</b></p>',
    );
    expect(richOrPlainText('<a href="javascript:alert(1)">klik</a>')).not.toContain('javascript');
    const plain = richOrPlainText('Als a < b & c <ok>');
    expect(plain).toBe('<p>Als a &lt; b &amp; c &lt;ok&gt;</p>');
    expect(readableText(plain)).toBe('Als a < b & c <ok>');
  });
});

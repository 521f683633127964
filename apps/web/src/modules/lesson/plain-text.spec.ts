import { htmlOf, isPlain, textOf } from './plain-text';

describe('the plain field that stands in for the editor', () => {
  it('turns each line into a paragraph, with the characters that mean markup escaped', () => {
    expect(htmlOf('Koffie om tien.\nNiet <b>vet</b> & niet meer.')).toBe(
      '<p>Koffie om tien.</p><p>Niet &lt;b&gt;vet&lt;/b&gt; &amp; niet meer.</p>',
    );
  });

  it('makes an empty text of white space alone, as the editor does for an empty document', () => {
    expect(htmlOf('')).toBe('');
    expect(htmlOf(' \n ')).toBe('');
  });

  it('reads paragraphs back as the lines they were', () => {
    const text = 'Eerste regel & meer\n\nNa een lege regel: "aanhalingstekens"';
    expect(textOf(htmlOf(text))).toBe(text);
    expect(isPlain(htmlOf(text))).toBe(true);
  });

  it('leaves a text with marks or lists to the editor, showing its words', () => {
    const formatted = '<p>Wie <strong>elke</strong> dinsdag kwam</p><ul><li><p>bleef</p></li></ul>';
    expect(isPlain(formatted)).toBe(false);
    expect(textOf(formatted)).toBe('Wie elke dinsdag kwam\nbleef');
  });
});

import { mentionIdsIn, readableText } from './mentions';
import { typedMention } from './typed-mention';

describe("mentions in a reaction's rich text", () => {
  it('reads the text as a reader does: tags as spaces, entities read, white space as one', () => {
    expect(readableText('<p>a &lt; b &amp;&nbsp;c</p><ul><li>één</li></ul>')).toBe('a < b & c één');
  });

  it('keeps the people whose @name the text holds, across markup and with & and quotes in a name', () => {
    const people = [
      { id: '1', name: 'Fleur "Flo" & Zn' },
      { id: '2', name: 'Bram  Genoemd' },
      { id: '3', name: 'Niet Genoemd' },
    ];
    const html = '<p>Dag <strong>@Fleur "Flo" &amp; Zn</strong> en @Bram&nbsp;Genoemd</p>';
    expect(mentionIdsIn(html, people)).toEqual(['1', '2']);
  });

  it('finds the "@…" typed just before the caret, not one in a word or after a line break', () => {
    expect(typedMention('Wat vind jij, @Bra', 18)).toEqual({ start: 14, search: 'Bra' });
    expect(typedMention('@', 1)).toEqual({ start: 0, search: '' });
    expect(typedMention('mail@example', 12)).toBeNull();
    expect(typedMention('@Bram\nverder', 12)).toBeNull();
  });
});

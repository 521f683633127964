import { findMentionsOf, nameParts, pseudonymise, type Choice, type Finding } from '../src/index.js';

const all = (findings: readonly Finding[]): Record<string, Choice> =>
  Object.fromEntries(findings.map((f) => [f.id, { action: 'PSEUDONYMISE' } as const]));

/** The text with every mention of the person replaced by its stand-in. */
const without = (text: string, name: string): string => {
  const findings = findMentionsOf(text, name);
  return pseudonymise(text, findings, all(findings)).text;
};

describe('nameParts', () => {
  it('splits given names from the surname at its particle, else at the last word', () => {
    expect(nameParts('Sanne de Wit')).toEqual({ given: ['sanne'], initials: ['s'], surname: ['de', 'wit'] });
    expect(nameParts('Anne-Marie van den Berg')).toEqual({
      given: ['anne-marie'],
      initials: ['a'],
      surname: ['van', 'den', 'berg'],
    });
    expect(nameParts('Hamid Rahimi')).toEqual({ given: ['hamid'], initials: ['h'], surname: ['rahimi'] });
    expect(nameParts('J.P. de Vries')).toEqual({ given: [], initials: ['j', 'p'], surname: ['de', 'vries'] });
    expect(nameParts('Dhr. Jansen')).toEqual({ given: [], initials: [], surname: ['jansen'] });
    expect(nameParts('Sanne')).toEqual({ given: ['sanne'], initials: ['s'], surname: [] });
  });
});

describe('findMentionsOf', () => {
  it('finds the full name, the surname with a title or initial, and the first name, as one person', () => {
    const text =
      'Sanne de Wit vertelde over de wijk. Mevrouw De Wit had het eerder gezegd; S. de Wit schreef het op. Sanne lachte.';
    expect(findMentionsOf(text, 'Sanne de Wit').map((f) => f.text)).toEqual([
      'Sanne de Wit',
      'Mevrouw De Wit',
      'S. de Wit',
      'Sanne',
    ]);
    expect(without(text, 'Sanne de Wit')).toBe(
      'Persoon A vertelde over de wijk. Mevrouw A. had het eerder gezegd; mevrouw A. schreef het op. Mevrouw A. lachte.',
    );
  });

  it('takes the titles the check knows: mw., dhr., de heer, and the bare surname', () => {
    expect(without('Dat zei mw. de Wit al.', 'Sanne de Wit')).toBe('Dat zei mw. A. al.');
    expect(without('Gesprek met de heer De Wit over zijn buurt.', 'Kees de Wit')).toBe(
      'Gesprek met de heer A. over zijn buurt.',
    );
    expect(without('Volgens De Wit werkt het.', 'Sanne de Wit')).toBe('Volgens persoon A werkt het.');
    expect(without("Sanne's idee werkte.", 'Sanne de Wit')).toBe("Persoon A's idee werkte.");
  });

  it('leaves another person with the same surname or first name, and organisations, alone', () => {
    for (const text of [
      'Piet de Wit kwam ook.',
      'J. de Wit kwam ook.',
      'We kochten brood bij bakkerij De Wit.',
      'Sanne Jansen kwam ook.',
      'Sanne van Dijk kwam ook.',
      'De muur was wit en de deur ook.',
      'Een tekst zonder de naam.',
    ]) {
      expect({ text, found: findMentionsOf(text, 'Sanne de Wit') }).toEqual({ text, found: [] });
    }
  });

  it('a first name that is a word: the shop and the flower stay, the person is found', () => {
    const name = 'Roos Hendriks';
    for (const text of [
      'Na afloop dronken we koffie bij De Roos op het plein.',
      'Ze kreeg een rode roos.',
      'Café Roos was vol.',
      'Roos en tulp bloeien in mei.',
    ]) {
      expect({ text, found: findMentionsOf(text, name) }).toEqual({ text, found: [] });
    }
    expect(without('Roos vertelde dat het goed ging.', name)).toBe('Persoon A vertelde dat het goed ging.');
    expect(without('Daarna kwam Roos binnen.', name)).toBe('Daarna kwam persoon A binnen.');
  });

  it('a one-word surname that opens a sentence counts only when it tells something', () => {
    expect(findMentionsOf('Groen is de kleur van de hoop.', 'Sanne Groen')).toEqual([]);
    expect(without('Groen vertelde het zelf.', 'Sanne Groen')).toBe('Persoon A vertelde het zelf.');
    expect(without('Toen zei mevrouw Groen het ook.', 'Sanne Groen')).toBe('Toen zei mevrouw A. het ook.');
  });

  it('takes a letter no initial in the text uses', () => {
    expect(without('Mevrouw A. en Sanne de Wit praatten.', 'Sanne de Wit')).toBe(
      'Mevrouw A. en persoon B praatten.',
    );
  });
});

import { readFileSync } from 'node:fs';
import { findPersonalData, pseudonymise, type Choice, type Finding } from '../src/index.js';

interface Corpus {
  extraWords: string[];
  sentences: { id: number; text: string }[];
}
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8')) as Corpus;

const everything = (findings: readonly Finding[]): Record<string, Choice> =>
  Object.fromEntries(findings.map((f) => [f.id, { action: 'PSEUDONYMISE' } as const]));

describe('pseudonymise', () => {
  it('gives the same person the same stand-in throughout the text', () => {
    const text = 'Mevrouw J. (82) uit Hatert belde. Later kwam Fatma. Mevrouw J. bleef lang.';
    const findings = findPersonalData(text);
    const result = pseudonymise(text, findings, everything(findings));
    expect(result.text).toBe('Mevrouw A. (80+) belde. Later kwam persoon B. Mevrouw A. bleef lang.');
    expect(result.unresolved).toEqual([]);
  });

  it('gives a later bare surname the title of the first mention', () => {
    const text = 'Meneer De Vries kwam langs. De Vries zei dat hij het begreep.';
    const findings = findPersonalData(text);
    expect(pseudonymise(text, findings, everything(findings)).text).toBe(
      'Meneer A. kwam langs. Meneer A. zei dat hij het begreep.',
    );
  });

  it('replaces addresses, phone numbers and the like by their placeholders, keeping offsets valid', () => {
    const text = 'Fatma Yilmaz, Molenweg 9, 6543 AB, tel. 06-87654321, fatma@example.nl, BSN 111222333.';
    const findings = findPersonalData(text);
    expect(pseudonymise(text, findings, everything(findings)).text).toBe(
      'Persoon A, [adres], [postcode], tel. [telefoonnummer], [e-mailadres], BSN [BSN].',
    );
  });

  it('resolves a health detail by pseudonymising the name it stands next to', () => {
    const text = 'Fatma heeft schulden.';
    const [name, debt] = findPersonalData(text);
    const result = pseudonymise(text, [name!, debt!], { [name!.id]: { action: 'PSEUDONYMISE' } });
    expect(result.text).toBe('Persoon A heeft schulden.');
    expect(result.unresolved).toEqual([]);
    // The stand-in goes back to the check as accepted, so the text now passes.
    expect(findPersonalData(result.text, { accepted: result.accepted })).toEqual([]);
  });

  it('records a confirmation with its reason and leaves the text; an empty reason resolves nothing', () => {
    const text = 'Wethouder meneer Jansen opende de avond.';
    const [name] = findPersonalData(text);
    const confirmed = pseudonymise(text, [name!], {
      [name!.id]: { action: 'CONFIRM', reason: 'Publiek persoon in zijn functie' },
    });
    expect(confirmed.text).toBe(text);
    expect(confirmed.accepted).toEqual([
      { kind: 'NAME', text: 'meneer Jansen', reason: 'Publiek persoon in zijn functie' },
    ]);
    expect(findPersonalData(text, { accepted: confirmed.accepted })).toEqual([]);
    const empty = pseudonymise(text, [name!], { [name!.id]: { action: 'CONFIRM', reason: '  ' } });
    expect(empty.unresolved).toEqual([name]);
  });

  it('leaves findings without a choice unresolved and the text as it was there', () => {
    const text = 'Bel Roos op 06-12345678.';
    const findings = findPersonalData(text);
    const phone = findings.find((f) => f.kind === 'PHONE')!;
    const result = pseudonymise(text, findings, { [phone.id]: { action: 'PSEUDONYMISE' } });
    expect(result.text).toBe('Bel Roos op [telefoonnummer].');
    expect(result.unresolved.map((f) => f.text)).toEqual(['Roos']);
  });

  it('carries a replacement chosen for one mention to the other mentions of that person', () => {
    const text = 'Fatma belde. Fatma kwam later.';
    const findings = findPersonalData(text);
    const result = pseudonymise(text, findings, {
      [findings[0]!.id]: { action: 'PSEUDONYMISE', replacement: 'de bewoonster' },
      [findings[1]!.id]: { action: 'PSEUDONYMISE' },
    });
    expect(result.text).toBe('de bewoonster belde. de bewoonster kwam later.');
  });

  it('is pure: the input text and findings are not changed', () => {
    const text = 'Mevrouw J. belde.';
    const findings = findPersonalData(text);
    const copy = structuredClone(findings);
    pseudonymise(text, findings, everything(findings));
    expect(findings).toEqual(copy);
  });
});

describe('stand-ins next to text that stays', () => {
  it('does not hand out a letter already used in the text, so two people never share a stand-in', () => {
    // "Mevrouw A." is a stand-in from an earlier round; the new person gets another letter.
    const text = 'Mevrouw A. belde met mevrouw Jansen.';
    const accepted = [{ kind: 'NAME' as const, text: 'Mevrouw A.', standIn: true }];
    const findings = findPersonalData(text, { accepted });
    expect(findings.map((f) => [f.text, f.suggestion])).toEqual([['mevrouw Jansen', 'mevrouw B.']]);
    const result = pseudonymise(text, findings, everything(findings));
    expect(result.text).toBe('Mevrouw A. belde met mevrouw B.');
    expect(findPersonalData(result.text, { accepted: [...accepted, ...result.accepted] })).toEqual([]);
  });
});

describe('pseudonymised text passes the check', () => {
  it.each(corpus.sentences.map((s) => [s.id, s.text] as const))(
    'corpus sentence %i, every finding pseudonymised, has no findings left',
    (_id, text) => {
      const options = { extraWords: corpus.extraWords };
      const findings = findPersonalData(text, options);
      const result = pseudonymise(text, findings, everything(findings));
      expect(findPersonalData(result.text, { ...options, accepted: result.accepted })).toEqual([]);
    },
  );
});

import { findPersonalData, type Finding, type FindingKind } from '../src/index.js';

const found = (text: string, extraWords?: string[]): [FindingKind, string][] =>
  findPersonalData(text, { extraWords }).map((f) => [f.kind, f.text]);

describe('names', () => {
  it.each([
    ['Mevrouw J. vertelde over haar buren.', 'Mevrouw J.'],
    ['Ik sprak meneer De Vries bij de bushalte.', 'meneer De Vries'],
    ['Daarna belde dhr. Jansen terug.', 'dhr. Jansen'],
    ['Via mw. El Amrani kwamen we binnen.', 'mw. El Amrani'],
    ['Gisteren sprak ik de heer Bakker.', 'heer Bakker'],
    ['J. de Boer vond de brieven te moeilijk.', 'J. de Boer'],
    ['We spraken A.B. Verhoeven na afloop.', 'A.B. Verhoeven'],
    ['Oma Riet wacht elke dinsdag bij het raam.', 'Oma Riet'],
    ['Mevrouw Janssen-Peters wacht op een woning.', 'Mevrouw Janssen-Peters'],
  ])('finds a name with a title or initials: %s', (text, name) => {
    expect(found(text)).toEqual([['NAME', name]]);
  });

  it.each([
    ['Fatma wil graag meedoen.', 'Fatma'],
    ['Het gesprek met Tesfay liep goed.', 'Tesfay'],
    ['Agnieszka werkt in de kassen.', 'Agnieszka'],
    ['Gisteren kwam Oleksandr naar de taalles.', 'Oleksandr'],
    ['We verwezen Mohamed Amrani door.', 'Mohamed Amrani'],
    ['Zowel Priya als Ayşe kwam.', 'Priya'],
  ])('finds a first name from the list (Dutch and migrant names): %s', (text, name) => {
    expect(found(text)[0]).toEqual(['NAME', name]);
  });

  it('takes a first name that is also a word only with context', () => {
    expect(found('Roos vertelde dat ze bang was.')).toEqual([['NAME', 'Roos']]);
    expect(found('We spraken met Roos en Bas.')).toEqual([
      ['NAME', 'Roos'],
      ['NAME', 'Bas'],
    ]);
    expect(found('Merel vertelde dat haar zoon thuis zit.')).toEqual([['NAME', 'Merel']]);
  });

  it.each([
    'De roos die de kinderen plantten, bloeit nu.',
    'Wil je de volgende keer de buren uitnodigen?',
    'Ben je bang dat mensen wegblijven?',
    'Al na twee weken kwamen er meer mensen.',
    'Door de nieuwe openingstijden komen er meer ouders.',
    'In april houden we weer een buurtmaaltijd.',
    'Op 3 Mei is de volgende bijeenkomst.',
    'Lief en leed worden in deze straat gedeeld.',
    'Het café De Roos is het vaste adres van de buurtvereniging.',
  ])('does not take a first name that is an ordinary word or a month: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    'We kochten de taart bij De Vries op de hoek.',
    'Stichting Jan de Wit betaalde de kookgroep.',
    'We deden boodschappen bij Albert Heijn.',
    'In de Willem de Zwijgerstraat staat het gezondheidscentrum.',
    'Het Jeroen Bosch Ziekenhuis stuurt mensen door.',
    'De Maria-kerk stelt haar zaal beschikbaar.',
    'Een mevrouw uit de flat bracht soep.',
    'Meneer en mevrouw kwamen samen.',
  ])('does not take shops, organisations, streets or a bare title: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a later bare mention of a surname seen with a title, as the same person', () => {
    const findings = findPersonalData('Meneer Van Dijk werd boos. Van Dijk zei later dat hij het begreep.');
    expect(findings.map((f) => [f.text, f.person])).toEqual([
      ['Meneer Van Dijk', 's:dijk'],
      ['Van Dijk', 's:dijk'],
    ]);
  });
});

describe('ages with places', () => {
  it.each([
    ['Mevrouw J. (82) uit Hatert belde.', '(82) uit Hatert', '(80+)'],
    ['Een man van 45 uit Lent belde.', 'man van 45 uit Lent', 'inwoner (40-49)'],
    ['Een 82-jarige vrouw uit Hatert kwam.', '82-jarige vrouw uit Hatert', 'inwoner (80+)'],
    ['Een jongen (15) uit Neerbosch wordt gepest.', '(15) uit Neerbosch', '(12-17)'],
    ['Hij is 58 jaar en woont in Heumen.', '58 jaar en woont in Heumen', '50-59 jaar'],
  ])('finds an age with a place and suggests an age band: %s', (text, span, suggestion) => {
    const age = findPersonalData(text).find((f) => f.kind === 'AGE_WITH_PLACE');
    expect(age).toMatchObject({ text: span, suggestion });
  });

  it.each([
    'Een vrouw van 45 vertelde dat ze zich schaamde.',
    'Mensen van 80 jaar en ouder vinden het moeilijk.',
    'Er kwamen 82 mensen uit Hatert naar de avond.',
    'Sinds 2020 zijn er 45 vrijwilligers uit Lent bijgekomen.',
  ])('does not take an age without a place, or a count of people: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('addresses and postcodes', () => {
  it.each([
    ['Ze woont aan de Dorpsstraat 12 in Lent.', 'Dorpsstraat 12'],
    ['Het gezin op de Graafseweg 3a heeft geen verwarming.', 'Graafseweg 3a'],
    ['We gingen langs op Van Goghstraat 41.', 'Van Goghstraat 41'],
    ['Het adres is Burgemeester Daleslaan 118 in Nijmegen.', 'Burgemeester Daleslaan 118'],
    ['Hij slaapt aan de Kerkstraat 7-2.', 'Kerkstraat 7-2'],
  ])('finds a street with a house number: %s', (text, address) => {
    expect(found(text)).toEqual([['ADDRESS', address]]);
  });

  it.each([
    'In de Dorpsstraat is een buurthuis.',
    'De Graafseweg is drukker geworden.',
    'In de Dorpsstraat 12 gezinnen bereikt met de kerstactie.',
  ])('does not take a street without a house number, or a count after it: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a Dutch postcode with or without a space, and not a year with a count', () => {
    expect(found('Haar postcode is 6543 AB.')).toEqual([['POSTCODE', '6543 AB']]);
    expect(found('Stuur het naar 6511PL.')).toEqual([['POSTCODE', '6511PL']]);
    expect(found('Ongeveer 1500 huurders kregen een brief.')).toEqual([]);
  });

  it("treats the werkplaats' own words as findings, and as a street with a house number as an address", () => {
    expect(found('Ze woont in Malvert.', ['Malvert'])).toEqual([['EXTRA_WORD', 'Malvert']]);
    expect(found('Ze woont in malvert.', ['Malvert'])).toEqual([['EXTRA_WORD', 'malvert']]);
    expect(found('Ze woont op Thijmstraat 14.', ['Thijmstraat'])).toEqual([['ADDRESS', 'Thijmstraat 14']]);
    expect(found('Ze woont in Malverten.', ['Malvert'])).toEqual([]);
  });
});

describe('phone numbers, e-mail addresses, BSN and dates of birth', () => {
  it.each([
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '+31 6 12345678',
    '+31 (0)6 34567890',
    '024-1234567',
    '024 322 11 44',
  ])('finds the phone number %s', (phone) => {
    expect(found(`Bel ${phone} na negen uur.`)).toEqual([['PHONE', phone]]);
  });

  it.each([
    'Tussen 2019-2023 daalde het aantal met 12 procent.',
    'De groep kinderen van 0-4 jaar groeide.',
    'Bel de Formulierenbrigade op 0800-1234567.',
    'De bijeenkomst op 12-03-2024 10:00 was druk.',
    'Het budget van 250000 euro is voor drie jaar.',
  ])('does not take amounts, years, ranges, dates or service numbers for a phone number: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("finds a person's e-mail address but not an organisation's role address", () => {
    expect(found('Mail j.jansen72@gmail.com of info@buurthuis.nl.')).toEqual([
      ['EMAIL', 'j.jansen72@gmail.com'],
    ]);
  });

  it('finds nine digits that pass the elfproef as a BSN, and not nine digits that fail it', () => {
    expect(found('Zijn BSN, 111222333, lag op tafel.')).toEqual([['BSN', '111222333']]);
    expect(found('In de map zat BSN 2345.67.892.')).toEqual([['BSN', '2345.67.892']]);
    expect(found('Het projectnummer 123456789 staat op de facturen.')).toEqual([]);
    expect(found('Het klantnummer 987654321 staat op de factuur.')).toEqual([]);
  });

  it.each([
    ['Ze is geboren op 3 maart 1951 in Suriname.', '3 maart 1951'],
    ['Op het briefje stond: geb. 03-03-1951, weduwe.', '03-03-1951'],
    ['Geboortedatum 21/06/1946, alleenstaand.', '21/06/1946'],
    ['Ze is geboren op 7 jan. 1960.', '7 jan. 1960'],
  ])('finds a date of birth: %s', (text, date) => {
    expect(found(text)).toEqual([['BIRTH_DATE', date]]);
  });

  it('does not take a date that is not a birth date, or a year of birth alone', () => {
    expect(found('De bijeenkomst op 12-03-2024 werd goed bezocht.')).toEqual([]);
    expect(found('Veel mensen zijn geboren in 1951.')).toEqual([]);
  });
});

describe('health and debt next to a name', () => {
  it('finds a health or debt detail in the sentence of a name, tied to that name', () => {
    const findings = findPersonalData('Fatma heeft schulden. Het buurthuis is open.');
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['NAME', 'Fatma'],
      ['HEALTH_OR_DEBT_WITH_NAME', 'schulden'],
    ]);
    expect(findings[1]!.about).toBe(findings[0]!.id);
    expect(found('Bij meneer K. met dementie bleek de mantelzorger overbelast.')).toEqual([
      ['NAME', 'meneer K.'],
      ['HEALTH_OR_DEBT_WITH_NAME', 'dementie'],
    ]);
  });

  it('follows the person into the next sentence when it starts with a pronoun', () => {
    expect(found('Ingrid belde. Ze heeft een huurachterstand.')).toEqual([
      ['NAME', 'Ingrid'],
      ['HEALTH_OR_DEBT_WITH_NAME', 'huurachterstand'],
    ]);
  });

  it('does not take health or debt words without a name', () => {
    expect(found('Veel mensen met dementie blijven langer thuis wonen.')).toEqual([]);
    expect(found('Schulden zijn vaak een reden om weg te blijven.')).toEqual([]);
  });
});

describe('findings as a whole', () => {
  it('reports UTF-16 offsets into the text, in text order, without overlaps', () => {
    const text = 'Mevrouw Öztürk 😀 (82) uit Hatert, bel 06-12345678.';
    const findings = findPersonalData(text, { extraWords: ['Hatert'] });
    expect(findings.map((f: Finding) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['NAME', 'Mevrouw Öztürk'],
      ['AGE_WITH_PLACE', '(82) uit Hatert'],
      ['PHONE', '06-12345678'],
    ]);
    expect(findings.every((f) => text.slice(f.start, f.end) === f.text)).toBe(true);
  });

  it('does not report a text accepted earlier (a stand-in or a confirmed finding)', () => {
    const text = 'Mevrouw A. belde terug.';
    expect(found(text)).toEqual([['NAME', 'Mevrouw A.']]);
    expect(
      findPersonalData(text, { accepted: [{ kind: 'NAME', text: 'Mevrouw A.', standIn: true }] }),
    ).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(findPersonalData('')).toEqual([]);
  });
});

describe('cases found after the first corpus', () => {
  it.each([
    ['Wethouder Jansen opende de avond.', 'NAME', 'Wethouder Jansen'],
    ['De familie Yilmaz woont in de wijk.', 'NAME', 'familie Yilmaz'],
    ['Anne-Marie vertelde over haar moeder.', 'NAME', 'Anne-Marie'],
    ['Bel 06 - 12 34 56 78 voor een afspraak.', 'PHONE', '06 - 12 34 56 78'],
    ['Ze woont op Dorpsstraat 12-A.', 'ADDRESS', 'Dorpsstraat 12-A'],
    ['Een 80-plusser uit Hatert belde.', 'AGE_WITH_PLACE', '80-plusser uit Hatert'],
    ['Een vrouw van in de 80 uit Lent kwam.', 'AGE_WITH_PLACE', 'vrouw van in de 80 uit Lent'],
    ['Een echtpaar van 80 en 82 uit Lent kwam.', 'AGE_WITH_PLACE', 'echtpaar van 80 en 82 uit Lent'],
  ])('finds %s', (text, kind, span) => {
    expect(found(text)).toEqual([[kind, span]]);
  });

  it.each([
    'Rijk en arm zaten samen aan tafel.',
    'Het Rijk betaalt de energietoeslag.',
    'De toon van de brief was streng.',
    'Frank en vrij spraken de deelnemers over geld.',
    'Het gezin van 5 uit Lent kreeg een pakket.',
    'Max Havelaar koffie werd geschonken.',
    'Op de Burgemeester Daleslaan is het druk.',
  ])('does not take %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes a name that is a common word when a verb of telling follows', () => {
    expect(found('Toon vertelde dat hij blij was.')).toEqual([['NAME', 'Toon']]);
  });
});

describe("the werkplaats' word list", () => {
  it('prefers the longest word and leaves out function words and single letters', () => {
    expect(found('Ze woont in De Biezen.', ['Biezen', 'De Biezen'])).toEqual([['EXTRA_WORD', 'De Biezen']]);
    expect(found('Ze woont in de wijk.', ['de', 'x', ' '])).toEqual([]);
  });

  it('takes words with characters that mean something in a pattern literally', () => {
    expect(found('We zaten in De (Oude) Molen.', ['De (Oude) Molen'])).toEqual([
      ['EXTRA_WORD', 'De (Oude) Molen'],
    ]);
  });
});

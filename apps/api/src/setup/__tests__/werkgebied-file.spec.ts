import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSetupRequest } from '../setup.service.js';
import { loadWerkgebied, SetupRefusal } from '../werkgebied-file.js';

describe('the werkgebied of werkplaats setup', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkgebied-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('loads the built-in Arnhem-Nijmegen with Land van Cuijk’s kernen', async () => {
    const municipalities = await loadWerkgebied('arnhem-nijmegen');
    expect(municipalities).toHaveLength(10);
    expect(municipalities.find((m) => m.cbsCode === 'GM1982')).toEqual({
      name: 'Land van Cuijk',
      cbsCode: 'GM1982',
      region: 'CGM',
      latitude: 51.727,
      longitude: 5.879,
      places: ['Cuijk', 'Grave', 'Mill', 'Sint Hubert'],
    });
  });

  it('loads a file of the same shape, region, coordinates and kernen optional', async () => {
    const path = file(
      'ok.json',
      JSON.stringify({ municipalities: [{ name: 'Havendam', cbsCode: 'GM9901' }] }),
    );
    expect(await loadWerkgebied(path)).toEqual([
      { name: 'Havendam', cbsCode: 'GM9901', region: null, latitude: null, longitude: null, places: [] },
    ]);
  });

  it.each([
    ['missing.json', null, /neither/],
    ['not-json.json', '{ municipalities: ', /not valid JSON/],
    ['empty.json', '{ "municipalities": [] }', /municipalities: needs at least one gemeente/],
    [
      'code.json',
      '{ "municipalities": [{ "name": "X", "cbsCode": "0268" }] }',
      /cbsCode: must be a CBS code/,
    ],
    [
      'twice.json',
      '{ "municipalities": [{ "name": "X", "cbsCode": "GM9901" }, { "name": "Y", "cbsCode": "GM9901" }] }',
      /names gemeente GM9901 twice/,
    ],
  ])('refuses %s in one sentence', async (name, content, message) => {
    const path = content === null ? join(dir, name) : file(name, content);
    const refused = loadWerkgebied(path);
    await expect(refused).rejects.toBeInstanceOf(SetupRefusal);
    await expect(refused).rejects.toThrow(message);
  });

  it('checks the flags: slug, e-mail address (lower-cased), names', () => {
    const flags = {
      name: ' Werkplaats ',
      slug: 'arnhem-nijmegen',
      region: 'Arnhem-Nijmegen',
      beheerderEmail: 'Anne@Example.NL',
      beheerderName: 'Anne',
    };
    expect(checkSetupRequest(flags)).toMatchObject({ name: 'Werkplaats', beheerderEmail: 'anne@example.nl' });
    for (const slug of ['Arnhem', 'arnhem--nijmegen', '-arnhem', 'arnhem nijmegen', 'a'.repeat(61)]) {
      expect(() => checkSetupRequest({ ...flags, slug })).toThrow(/--slug must be/);
    }
    expect(() => checkSetupRequest({ ...flags, beheerderEmail: 'anne' })).toThrow(/--beheerder-email/);
  });
});

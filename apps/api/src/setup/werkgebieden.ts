/**
 * Werkgebieden that ship with the app, in the shape of a werkgebied file (see werkgebied-file.ts): `werkplaats
 * setup --werkgebied arnhem-nijmegen` loads this one; another region comes as a JSON file of the same shape.
 * Arnhem-Nijmegen is ../shared/data/werkgebied.json: the gemeenten named in the source documents; CGM (Cuijk,
 * Grave, Mill en Sint Hubert) is part of Land van Cuijk since 2022, its places kept within it. lat/lon are
 * approximate town centres, for a schematic map only.
 */
export const ARNHEM_NIJMEGEN = {
  workshop: { slug: 'arnhem-nijmegen', name: 'Werkplaats Sociaal Domein Arnhem en Nijmegen' },
  municipalities: [
    { name: 'Nijmegen', cbsCode: 'GM0268', region: null, lat: 51.842, lon: 5.853 },
    { name: 'Arnhem', cbsCode: 'GM0202', region: null, lat: 51.985, lon: 5.899 },
    { name: 'Overbetuwe', cbsCode: 'GM1734', region: null, lat: 51.919, lon: 5.848 },
    { name: 'Heumen', cbsCode: 'GM0252', region: null, lat: 51.775, lon: 5.855 },
    { name: 'Venlo', cbsCode: 'GM0983', region: null, lat: 51.37, lon: 6.172 },
    { name: 'Zevenaar', cbsCode: 'GM0299', region: 'De Liemers', lat: 51.93, lon: 6.071 },
    { name: 'Duiven', cbsCode: 'GM0226', region: 'De Liemers', lat: 51.947, lon: 6.016 },
    { name: 'Westervoort', cbsCode: 'GM0293', region: 'De Liemers', lat: 51.956, lon: 5.972 },
    { name: 'Lingewaard', cbsCode: 'GM1705', region: null, lat: 51.892, lon: 5.897 },
    {
      name: 'Land van Cuijk',
      cbsCode: 'GM1982',
      region: 'CGM',
      lat: 51.727,
      lon: 5.879,
      places: ['Cuijk', 'Grave', 'Mill', 'Sint Hubert'],
    },
  ],
} as const;

/** By the name `--werkgebied` takes. */
export const BUILT_IN_WERKGEBIEDEN = { 'arnhem-nijmegen': ARNHEM_NIJMEGEN } as const;

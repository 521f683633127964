/**
 * Dutch texts of the list of werkplaatsen (`/`) and the header's switcher between werkplaatsen: a catalogue of
 * their own, loaded with those chunks, so that a werkplaats's first page (its agenda) does not carry them.
 */
export const werkplaatsenNl = {
  'werkplaatsen.switcher': 'Werkplaats',
  'werkplaatsen.switcherGo': 'Ga naar werkplaats',
  'werkplaatsen.title': 'Werkplaatsen Sociaal Domein',
  'werkplaatsen.intro':
    'Regionale werkplaatsen waarin gemeenten, hogeschool, welzijns- en zorgorganisaties en inwoners samen leren. Kies een werkplaats voor haar kennisagenda en leerateliers.',
  'werkplaatsen.listTitle': 'De werkplaatsen',
  'werkplaatsen.empty': 'Er is nog geen werkplaats.',
  'werkplaatsen.region': 'Regio {region}',
  'werkplaatsen.figures':
    '{issues} actuele kwesties · {ateliers} leerateliers · {insights} openbare inzichten',
  'werkplaatsen.latest': 'Laatst openbaar gedeeld:',
  'werkplaatsen.themesIntro': 'Wat alle werkplaatsen openbaar delen, per landelijk thema.',
} as const;

export type WerkplaatsenKey = keyof typeof werkplaatsenNl;

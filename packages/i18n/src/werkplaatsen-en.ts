import type { WerkplaatsenKey } from './werkplaatsen-nl.js';

/** English texts of the list of werkplaatsen and the switcher: the same keys as the Dutch. */
export const werkplaatsenEn: Record<WerkplaatsenKey, string> = {
  'werkplaatsen.switcher': 'Werkplaats',
  'werkplaatsen.switcherGo': 'Go to werkplaats',
  'werkplaatsen.title': 'Werkplaatsen Sociaal Domein',
  'werkplaatsen.intro':
    'Regional werkplaatsen where municipalities, a university of applied sciences, welfare and care organisations and citizens learn together. Choose a werkplaats for its knowledge agenda and learning ateliers.',
  'werkplaatsen.listTitle': 'The werkplaatsen',
  'werkplaatsen.empty': 'There is no werkplaats yet.',
  'werkplaatsen.region': 'Region {region}',
  'werkplaatsen.figures':
    '{issues} current issues · {ateliers} learning ateliers · {insights} public insights',
  'werkplaatsen.latest': 'Latest shared publicly:',
  'werkplaatsen.themesIntro': 'What every werkplaats shares publicly, per national theme.',
};

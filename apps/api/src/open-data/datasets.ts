import type { OpenDataLicence } from '../generated/prisma/enums.js';

/** The type of a field as a reader of the files needs it (JSON; in CSV a list is joined with `;`). */
export type FieldType =
  'id' | 'string' | 'text' | 'integer' | 'date-time' | 'url' | 'enum' | 'enum[]' | 'id[]';

export interface FieldDoc {
  name: string;
  type: FieldType;
  nl: string;
  en: string;
}

/** The datasets of a werkplaats's open data, by their name in the address (`/w/<slug>/open-data/<name>.json`). */
export const DATASET_NAMES = [
  'ateliers',
  'kwesties',
  'lessen',
  'inzichten',
  'opbrengsten',
  'activiteiten',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

const id: FieldDoc = { name: 'id', type: 'id', nl: 'Vaste sleutel (UUID).', en: 'Stable key (UUID).' };
const url: FieldDoc = {
  name: 'url',
  type: 'url',
  nl: 'De pagina van het onderdeel op het platform.',
  en: "The item's page on the platform.",
};
const licence: FieldDoc = {
  name: 'licence',
  type: 'url',
  nl: 'De licentie waaronder je de rij mag hergebruiken.',
  en: 'The licence under which the row may be reused.',
};
const atelierId: FieldDoc = {
  name: 'atelierId',
  type: 'id',
  nl: 'Het leeratelier (sleutel in ateliers).',
  en: 'The learning atelier (key in ateliers).',
};
const title: FieldDoc = { name: 'title', type: 'string', nl: 'Titel.', en: 'Title.' };
const conditions: FieldDoc = {
  name: 'conditions',
  type: 'enum[]',
  nl: 'Voorwaarden van sociale kwaliteit: SOCIO_ECONOMIC_SECURITY, SOCIAL_INCLUSION, SOCIAL_COHESION, SOCIAL_EMPOWERMENT.',
  en: 'Conditions of social quality: SOCIO_ECONOMIC_SECURITY, SOCIAL_INCLUSION, SOCIAL_COHESION, SOCIAL_EMPOWERMENT.',
};

/** The documented schema of each dataset: the fields of every row, in order (the CSV's columns). */
export const DATASET_FIELDS: Record<DatasetName, FieldDoc[]> = {
  ateliers: [
    id,
    {
      name: 'socialIssueId',
      type: 'id',
      nl: 'De sociale kwestie (sleutel in kwesties).',
      en: 'The social issue (key in kwesties).',
    },
    title,
    { name: 'description', type: 'text', nl: 'Beschrijving.', en: 'Description.' },
    { name: 'status', type: 'enum', nl: 'ACTIVE of CLOSED.', en: 'ACTIVE or CLOSED.' },
    { name: 'startedAt', type: 'date-time', nl: 'Gestart op.', en: 'Started at.' },
    {
      name: 'closedAt',
      type: 'date-time',
      nl: 'Afgesloten op (leeg: loopt nog).',
      en: 'Closed at (empty: still running).',
    },
    url,
    licence,
  ],
  kwesties: [
    id,
    title,
    { name: 'description', type: 'text', nl: 'Beschrijving.', en: 'Description.' },
    { name: 'status', type: 'enum', nl: 'ACTIVE, MERGED of LAPSED.', en: 'ACTIVE, MERGED or LAPSED.' },
    {
      name: 'since',
      type: 'string',
      nl: 'Sinds wanneer de kwestie op de agenda staat.',
      en: 'Since when the issue is on the agenda.',
    },
    { name: 'createdAt', type: 'date-time', nl: 'Aangemaakt op.', en: 'Created at.' },
    { name: 'updatedAt', type: 'date-time', nl: 'Laatst gewijzigd op.', en: 'Last changed at.' },
    licence,
  ],
  lessen: [
    id,
    atelierId,
    title,
    { name: 'body', type: 'text', nl: 'De les, als platte tekst.', en: 'The lesson, as plain text.' },
    conditions,
    {
      name: 'level',
      type: 'enum',
      nl: 'Niveau (INDIVIDUAL … ORGANISATION_SYSTEM).',
      en: 'Level (INDIVIDUAL … ORGANISATION_SYSTEM).',
    },
    {
      name: 'domain',
      type: 'enum',
      nl: 'Domein (WELFARE, CARE, HOUSING, …).',
      en: 'Domain (WELFARE, CARE, HOUSING, …).',
    },
    { name: 'municipality', type: 'string', nl: 'Gemeente van de les.', en: 'Municipality of the lesson.' },
    {
      name: 'municipalityCbsCode',
      type: 'string',
      nl: 'CBS-code van die gemeente.',
      en: 'CBS code of that municipality.',
    },
    {
      name: 'sharedAt',
      type: 'date-time',
      nl: 'Voor het laatst een trede hoger gezet.',
      en: 'Last moved up the ladder.',
    },
    { name: 'updatedAt', type: 'date-time', nl: 'Laatst gewijzigd op.', en: 'Last changed at.' },
    url,
    licence,
  ],
  inzichten: [
    id,
    atelierId,
    title,
    { name: 'body', type: 'text', nl: 'Het inzicht, als platte tekst.', en: 'The insight, as plain text.' },
    conditions,
    {
      name: 'lessonIds',
      type: 'id[]',
      nl: 'De openbare lessen waarop het steunt (sleutels in lessen).',
      en: 'The public lessons it draws on (keys in lessen).',
    },
    {
      name: 'sharedAt',
      type: 'date-time',
      nl: 'Voor het laatst een trede hoger gezet.',
      en: 'Last moved up the ladder.',
    },
    { name: 'updatedAt', type: 'date-time', nl: 'Laatst gewijzigd op.', en: 'Last changed at.' },
    url,
    licence,
  ],
  opbrengsten: [
    id,
    atelierId,
    {
      name: 'kind',
      type: 'enum',
      nl: 'Soort (REPORT, ADVICE, BOOK, METHOD, WORK_FORM, TEACHING_MODULE).',
      en: 'Kind (REPORT, ADVICE, BOOK, METHOD, WORK_FORM, TEACHING_MODULE).',
    },
    title,
    { name: 'description', type: 'text', nl: 'Samenvatting.', en: 'Summary.' },
    {
      name: 'os',
      type: 'enum[]',
      nl: 'De vier O’s: RESEARCH, DEVELOPMENT, EDUCATION, SUPPORT.',
      en: "The four O's: RESEARCH, DEVELOPMENT, EDUCATION, SUPPORT.",
    },
    { name: 'link', type: 'url', nl: 'Waar de opbrengst te vinden is.', en: 'Where the output is found.' },
    { name: 'publishedAt', type: 'date-time', nl: 'Gepubliceerd op.', en: 'Published at.' },
    licence,
  ],
  activiteiten: [
    id,
    {
      name: 'atelierId',
      type: 'id',
      nl: 'Het leeratelier (sleutel in ateliers); leeg bij een activiteit van de hele werkplaats.',
      en: 'The learning atelier (key in ateliers); empty for an activity of the werkplaats as a whole.',
    },
    {
      name: 'scope',
      type: 'enum',
      nl: 'ATELIER (een tribunebijeenkomst van een atelier) of WERKPLAATS (een ontmoeting, netwerkbijeenkomst of het symposium van de hele werkplaats).',
      en: 'ATELIER (a tribune session of an atelier) or WERKPLAATS (an ontmoeting, network meeting or the symposium of the werkplaats as a whole).',
    },
    {
      name: 'kind',
      type: 'enum',
      nl: 'Soort (MEETING, NETWORK_MEETING, THEME_DISCUSSION, LEARNING_SESSION).',
      en: 'Kind (MEETING, NETWORK_MEETING, THEME_DISCUSSION, LEARNING_SESSION).',
    },
    title,
    { name: 'description', type: 'text', nl: 'Beschrijving.', en: 'Description.' },
    { name: 'startsAt', type: 'date-time', nl: 'Begint om.', en: 'Starts at.' },
    { name: 'endsAt', type: 'date-time', nl: 'Eindigt om.', en: 'Ends at.' },
    { name: 'location', type: 'string', nl: 'Plaats.', en: 'Location.' },
    {
      name: 'lessonIds',
      type: 'id[]',
      nl: 'De openbare lessen die er gepresenteerd werden of er uit voortkwamen (sleutels in lessen).',
      en: 'The public lessons it presented or that came out of it (keys in lessen).',
    },
    {
      name: 'insightIds',
      type: 'id[]',
      nl: 'De openbare inzichten die er gepresenteerd werden (sleutels in inzichten).',
      en: 'The public insights it presented (keys in inzichten).',
    },
    {
      name: 'outcome',
      type: 'text',
      nl: 'Wat er uit kwam, vastgelegd na afloop (leeg: nog niet vastgelegd).',
      en: 'What came out of it, recorded afterwards (empty: not recorded yet).',
    },
    {
      name: 'attendeeCount',
      type: 'integer',
      nl: 'Hoeveel mensen er kwamen, in de zaal geteld (leeg: nog niet vastgelegd); nooit namen.',
      en: 'How many came, counted in the room (empty: not recorded yet); never names.',
    },
    url,
    licence,
  ],
};

/** The licences a werkplaats can choose, with their canonical address (what every file and row carries). */
export const LICENCES: Record<OpenDataLicence, { name: string; url: string }> = {
  CC_BY_4_0: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  CC_BY_SA_4_0: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  CC0_1_0: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};

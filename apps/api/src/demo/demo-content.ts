import type { ActivityKind, OrganisationKind, ProductKind, ProductO } from '../generated/prisma/enums.js';
import { ARNHEM_NIJMEGEN } from '../setup/werkgebieden.js';
import {
  NATIONAL_THEMES,
  type DemoAtelier,
  type DemoIssue,
  type DemoLesson,
  type DemoPerson,
  type DemoQuestion,
  type DemoWorkshopContent,
  type ThemeSlug,
} from './demo-workshop.js';

export { NATIONAL_THEMES };

/**
 * The demo werkplaats: Arnhem-Nijmegen with its gemeenten (../shared/data/werkgebied.json), partners of
 * every kind, the five kwesties of the 2019 agenda, their leerateliers and what the arena learned.
 * Realistic but invented: people and most organisations are fictional; the texts are written for the demo.
 */

export const DEMO_PASSWORD = 'werkplaats-demo';

export const WORKSHOP = {
  slug: 'arnhem-nijmegen',
  name: 'Werkplaats Sociaal Domein Arnhem en Nijmegen',
  region: 'Arnhem-Nijmegen',
  // The beheerder's own words for the personal-data check: a street and a neighbourhood that no demo text names.
  privacyWords: ['Daalseweg', 'Kolpingbuurt'],
};

/** The gemeenten of Arnhem-Nijmegen, as `werkplaats setup --werkgebied arnhem-nijmegen` loads them. */
export const MUNICIPALITIES = ARNHEM_NIJMEGEN.municipalities.map((m) => ({
  name: m.name,
  cbsCode: m.cbsCode,
  region: m.region,
  latitude: m.lat,
  longitude: m.lon,
  places: 'places' in m ? m.places : [],
}));

export type MunicipalityName = (typeof MUNICIPALITIES)[number]['name'];

/** One partner of every kind, and a few more; invented names except the gemeenten and the HAN. */
export const ORGANISATIONS: {
  key: string;
  name: string;
  kind: OrganisationKind;
  municipality: MunicipalityName | null;
  website?: string;
}[] = [
  { key: 'nijmegen', name: 'Gemeente Nijmegen', kind: 'MUNICIPALITY', municipality: 'Nijmegen' },
  { key: 'arnhem', name: 'Gemeente Arnhem', kind: 'MUNICIPALITY', municipality: 'Arnhem' },
  { key: 'cuijk', name: 'Gemeente Land van Cuijk', kind: 'MUNICIPALITY', municipality: 'Land van Cuijk' },
  {
    key: 'han',
    name: 'HAN, lectoraat Versterken van Sociale Kwaliteit',
    kind: 'UNIVERSITY',
    municipality: 'Nijmegen',
    website: 'https://www.han.nl',
  },
  { key: 'buurtwerk', name: 'Stichting Buurtwerk Nijmegen-Zuid', kind: 'WELFARE', municipality: 'Nijmegen' },
  { key: 'welzijnrijn', name: 'Welzijn Rijnoever', kind: 'WELFARE', municipality: 'Arnhem' },
  { key: 'zorg', name: 'Zorggroep Maas en Waal', kind: 'CARE', municipality: 'Nijmegen' },
  {
    key: 'clientenraad',
    name: 'Cliëntenraad Sociaal Domein Arnhem',
    kind: 'CLIENT_ORGANISATION',
    municipality: 'Arnhem',
  },
  {
    key: 'ervaring',
    name: 'Collectief Ervaringsdeskundigen Gelderland-Zuid',
    kind: 'LIVED_EXPERIENCE',
    municipality: null,
  },
  {
    key: 'academisch',
    name: 'Academische Werkplaats Sociale Basis Oost',
    kind: 'KNOWLEDGE_INSTITUTE',
    municipality: null,
  },
  { key: 'woon', name: 'Woonstichting De Waalkant', kind: 'HOUSING', municipality: 'Nijmegen' },
  { key: 'werk', name: 'Werkbedrijf Rijk van Nijmegen', kind: 'WORK_AND_INCOME', municipality: 'Nijmegen' },
  { key: 'sport', name: 'Sportservice Overbetuwe', kind: 'SPORT', municipality: 'Overbetuwe' },
  {
    key: 'kernen',
    name: 'Krachtige Kernen Land van Cuijk',
    kind: 'CITIZENS_INITIATIVE',
    municipality: 'Land van Cuijk',
  },
  {
    key: 'liemers',
    name: 'Vrijwilligerscentrale De Liemers',
    kind: 'CITIZENS_INITIATIVE',
    municipality: 'Zevenaar',
  },
  { key: 'bieb', name: 'Bibliotheek Gelderland Zuid', kind: 'OTHER', municipality: 'Nijmegen' },
];

/** The five demo accounts of the README first, then the people the demo werkplaats needs. */
export const PEOPLE: DemoPerson[] = [
  {
    key: 'admin',
    email: 'beheer@demo.werkplaats.nl',
    name: 'Joost van Dam',
    partyKind: 'MANAGER',
    organisation: 'han',
    function: 'Coördinator werkplaats',
    role: 'ADMIN',
  },
  {
    key: 'committee',
    email: 'commissie@demo.werkplaats.nl',
    name: 'Hanneke Willems',
    partyKind: 'POLICY_OFFICER',
    organisation: 'nijmegen',
    function: 'Beleidsadviseur sociaal domein',
    role: 'COMMITTEE',
  },
  {
    key: 'trekker',
    email: 'trekker@demo.werkplaats.nl',
    name: 'Lotte Janssen',
    partyKind: 'RESEARCHER',
    organisation: 'han',
    function: 'Onderzoeker lectoraat',
  },
  {
    key: 'arena',
    email: 'arena@demo.werkplaats.nl',
    name: 'Youssef El Amrani',
    partyKind: 'PROFESSIONAL',
    organisation: 'buurtwerk',
    function: 'Buurtwerker Hatert',
  },
  {
    key: 'tribune',
    email: 'tribune@demo.werkplaats.nl',
    name: 'Ingrid Hermsen',
    partyKind: 'POLICY_OFFICER',
    organisation: 'arnhem',
    function: 'Beleidsmedewerker welzijn',
  },
  // trekkers of the other ateliers
  {
    key: 'marloes',
    email: 'marloes.verbeek@demo.werkplaats.nl',
    name: 'Marloes Verbeek',
    partyKind: 'RESEARCHER',
    organisation: 'han',
    function: 'Docent-onderzoeker',
  },
  {
    key: 'ruud',
    email: 'ruud.peters@demo.werkplaats.nl',
    name: 'Ruud Peters',
    partyKind: 'RESEARCHER',
    organisation: 'han',
    function: 'Onderzoeker wonen en welzijn',
  },
  {
    key: 'fatma',
    email: 'fatma.yilmaz@demo.werkplaats.nl',
    name: 'Fatma Yılmaz',
    partyKind: 'RESEARCHER',
    organisation: 'academisch',
    function: 'Onderzoeker jeugd',
  },
  {
    key: 'bart',
    email: 'bart.kuipers@demo.werkplaats.nl',
    name: 'Bart Kuipers',
    partyKind: 'RESEARCHER',
    organisation: 'academisch',
    function: 'Onderzoeker evaluatie',
  },
  // arena and tribune
  {
    key: 'ellen',
    email: 'ellen.gerritsen@demo.werkplaats.nl',
    name: 'Ellen Gerritsen',
    partyKind: 'PROFESSIONAL',
    organisation: 'welzijnrijn',
    function: 'Opbouwwerker Malburgen',
  },
  {
    key: 'kees',
    email: 'kees.vanleeuwen@demo.werkplaats.nl',
    name: 'Kees van Leeuwen',
    partyKind: 'VOLUNTEER',
    organisation: 'kernen',
    function: 'Vrijwilliger dorpsraad Mill',
  },
  {
    key: 'annelies',
    email: 'annelies.vos@demo.werkplaats.nl',
    name: 'Annelies Vos',
    partyKind: 'LIVED_EXPERIENCE_EXPERT',
    organisation: 'ervaring',
    function: 'Ervaringsdeskundige armoede',
  },
  {
    key: 'noor',
    email: 'noor.hendriks@demo.werkplaats.nl',
    name: 'Noor Hendriks',
    partyKind: 'STUDENT',
    organisation: 'han',
    function: 'Student Social Work',
  },
  {
    key: 'peter',
    email: 'peter.smits@demo.werkplaats.nl',
    name: 'Peter Smits',
    partyKind: 'PROFESSIONAL',
    organisation: 'werk',
    function: 'Klantmanager',
  },
  {
    key: 'samira',
    email: 'samira.bouzid@demo.werkplaats.nl',
    name: 'Samira Bouzid',
    partyKind: 'PROFESSIONAL',
    organisation: 'woon',
    function: 'Wijkconsulent Dukenburg',
  },
  {
    key: 'wim',
    email: 'wim.derksen@demo.werkplaats.nl',
    name: 'Wim Derksen',
    partyKind: 'CIVIL_SERVANT',
    organisation: 'cuijk',
    function: 'Beleidsmedewerker WMO',
  },
  {
    key: 'esther',
    email: 'esther.claassen@demo.werkplaats.nl',
    name: 'Esther Claassen',
    partyKind: 'MANAGER',
    organisation: 'zorg',
    function: 'Teamleider wijkverpleging',
  },
  {
    key: 'thijs',
    email: 'thijs.aarts@demo.werkplaats.nl',
    name: 'Thijs Aarts',
    partyKind: 'TEACHER',
    organisation: 'han',
    function: 'Docent Social Work',
  },
  {
    key: 'mieke',
    email: 'mieke.jacobs@demo.werkplaats.nl',
    name: 'Mieke Jacobs',
    partyKind: 'RESIDENT',
    organisation: 'clientenraad',
    function: 'Lid cliëntenraad',
  },
  {
    key: 'dennis',
    email: 'dennis.vermeulen@demo.werkplaats.nl',
    name: 'Dennis Vermeulen',
    partyKind: 'PROFESSIONAL',
    organisation: 'sport',
    function: 'Buurtsportcoach',
  },
];

export const ISSUES: DemoIssue[] = [
  {
    key: 'poverty',
    title: 'Armoede en schulden',
    since: '2019',
    themes: ['armoede', 'ervaringsdeskundigheid'],
    description:
      'Geldzorgen komen vaak pas laat op tafel, als de schulden al hoog zijn. Hoe maken we armoede eerder bespreekbaar in de wijk, en wat vraagt bestaanszekerheid van de sociale basis, met het perspectief van de inwoner voorop?',
  },
  {
    key: 'loneliness',
    title: 'Eenzaamheid en betekenisvol contact',
    since: '2019',
    themes: ['sociale-basis', 'lerende-praktijken'],
    description:
      'Veel inwoners missen mensen om op terug te vallen. We zoeken samen uit hoe ontmoeting in wijken en dorpen uitgroeit tot contact dat ertoe doet, en hoe vrijwilligers en professionals daarin samen optrekken.',
  },
  {
    key: 'housing',
    title: 'Samen wonen in de wijk',
    since: '2019',
    themes: ['sociale-basis'],
    description:
      'Wijken veranderen: meer mensen met een kwetsbaarheid wonen zelfstandig, naast buren die dat niet altijd zien. Wat helpt om prettig samen te wonen, en wat vraagt dat van corporaties, wijkteams en bewoners?',
  },
  {
    key: 'youth',
    title: 'Jongeren met een ondersteuningsbehoefte, inclusie en participatie (JIP)',
    since: '2019',
    themes: ['sociale-basis', 'ervaringsdeskundigheid'],
    description:
      'Jongeren die ondersteuning nodig hebben, vallen tussen school, werk en zorg vaak buiten de boot. Hoe zorgen we dat zij mee kunnen doen op een manier die bij hen past?',
  },
  {
    key: 'evaluation',
    title: 'Evalueren van sociale interventies',
    since: '2019',
    themes: ['lerende-praktijken'],
    description:
      'Gemeenten en organisaties willen weten wat werkt, maar cijfers alleen vertellen niet het hele verhaal. We ontwikkelen samen manieren van evalueren die recht doen aan de leefwereld van inwoners.',
  },
];

/** Later kwesties: one without an atelier yet, one merged into poverty, one lapsed. */
export const LATER_ISSUES = {
  carers: {
    title: 'Jonge mantelzorgers',
    since: '2021',
    description:
      'Kinderen en jongeren die zorgen voor een ziek familielid blijven vaak onzichtbaar op school en in de wijk. De commissie zoekt nog een trekker voor een leeratelier.',
  },
  merged: {
    title: 'Armoede bespreekbaar maken',
    since: '2020',
    description:
      'Hoe doorbreken we de schaamte rond geldzorgen, op school, bij de huisarts en in het buurthuis?',
  },
  lapsed: {
    title: 'Digitale inclusie van ouderen',
    since: '2019',
    description: 'Ouderen die de digitale overheid niet kunnen volgen: waar vinden zij hulp dichtbij?',
    reason:
      'Opgegaan in het regionale programma van de bibliotheken; de partners zagen geen eigen leervraag meer voor de werkplaats.',
  },
};

/** People who said they belong to a second organisation, waiting for a beheerder to confirm it. */
export const MEMBERSHIP_REQUESTS: { person: string; organisation: string; function: string }[] = [
  {
    person: 'dennis',
    organisation: 'nijmegen',
    function: 'Buurtsportcoach, werkt voor de gemeente in Dukenburg',
  },
];

export const ATELIERS: DemoAtelier[] = [
  {
    issue: 'loneliness',
    trekker: 'trekker',
    title: 'Leeratelier Eenzaamheid en betekenisvol contact',
    description:
      'In drie gemeenten proberen we uit hoe een vaste plek, een vast gezicht en wederkerigheid ontmoeting laten uitgroeien tot betekenisvol contact. De lessen uit de praktijken verbinden we tot regionale inzichten.',
    joinMode: 'ON_REQUEST',
    arena: ['arena', 'ellen', 'kees', 'annelies', 'noor'],
    tribune: ['tribune', 'wim', 'esther', 'mieke'],
    requests: [
      {
        person: 'wim',
        message:
          'Ik schenk koffie bij de ontmoetingstafel in Malburgen en hoor daar veel. Ik denk graag mee in de arena.',
      },
    ],
  },
  {
    issue: 'poverty',
    trekker: 'marloes',
    title: 'Leeratelier Armoede en schulden',
    description:
      'Samen met ervaringsdeskundigen, klantmanagers en wijkconsulenten zoeken we naar manieren om geldzorgen eerder te zien en bespreekbaar te maken, zonder schaamte.',
    joinMode: 'OPEN',
    arena: ['annelies', 'peter', 'samira', 'ellen'],
    tribune: ['tribune', 'wim', 'thijs'],
  },
  {
    issue: 'housing',
    trekker: 'ruud',
    title: 'Leeratelier Samen wonen in de wijk',
    description:
      'Buren, corporaties en wijkteams leren samen wat nodig is als mensen met een kwetsbaarheid zelfstandig gaan wonen.',
    joinMode: 'OPEN',
    arena: ['samira', 'kees'],
    tribune: ['esther'],
  },
  {
    issue: 'youth',
    trekker: 'fatma',
    title: 'Leeratelier JIP: jongeren doen mee',
    description:
      'Jongeren, jongerenwerkers en docenten onderzoeken samen wat jongeren met een ondersteuningsbehoefte helpt om mee te doen.',
    joinMode: 'BY_INVITATION',
    arena: ['noor', 'dennis', 'thijs'],
    tribune: ['mieke'],
  },
  {
    issue: 'evaluation',
    trekker: 'bart',
    title: 'Leeratelier Evalueren van sociale interventies',
    description:
      'We ontwikkelen met gemeenten en uitvoerders vormen van evalueren waarin het verhaal van de inwoner meetelt.',
    joinMode: 'OPEN',
    arena: ['ellen', 'wim'],
    tribune: ['thijs'],
  },
];

export const QUESTIONS: DemoQuestion[] = [
  {
    atelier: 'loneliness',
    author: 'arena',
    title: 'Hoe bereiken we mensen die nooit naar de buurtkamer komen?',
    body: 'De vaste bezoekers vinden ons wel. De mensen over wie de huisarts zich zorgen maakt, zien we niet.',
    // The practice in Hatert works on it; one of its lessons speaks to it.
    status: 'IN_PRACTICE',
    lessons: ['l-arena-1'],
  },
  {
    atelier: 'loneliness',
    author: 'kees',
    title: 'Wat maakt dat een ontmoeting in een dorp anders werkt dan in de stad?',
    body: '',
    status: 'PARKED',
  },
  {
    atelier: 'loneliness',
    author: 'trekker',
    title: 'Wanneer wordt een ontmoeting betekenisvol contact?',
    body: 'We willen scherp krijgen waar we op letten in de praktijken.',
    // Answered and shared with the tribune; one of its answers stays in the arena (the tribune sees it counted).
    status: 'ANSWERED',
    visibility: 'TRIBUNE',
    lessons: ['l-tribune-1', 'l-arena-3'],
    insights: ['i-loneliness'],
  },
  {
    atelier: 'poverty',
    author: 'annelies',
    title: 'Hoe praat je over geld zonder dat iemand zich schaamt?',
    body: '',
  },
  {
    atelier: 'poverty',
    author: 'peter',
    title: 'Welke signalen van geldzorgen zien huismeesters en wijkverpleging het eerst?',
    body: '',
  },
  {
    atelier: 'youth',
    author: 'noor',
    title: 'Wat hebben jongeren nodig als de jeugdhulp stopt bij 18?',
    body: '',
  },
];

export const PRACTICES: {
  key: string;
  atelier: string;
  municipality: MunicipalityName;
  neighbourhood: string | null;
  title: string;
  description: string;
  startedBy: string;
  participants: string[];
  question?: number;
}[] = [
  {
    key: 'hatert',
    atelier: 'loneliness',
    municipality: 'Nijmegen',
    neighbourhood: 'Hatert',
    title: 'Buurtkamer Hatert',
    description:
      'Een huiskamer in de wijk, elke dinsdag en donderdag open, met vrijwilligers en een buurtwerker.',
    startedBy: 'arena',
    participants: ['arena', 'noor', 'annelies'],
    question: 0,
  },
  {
    key: 'malburgen',
    atelier: 'loneliness',
    municipality: 'Arnhem',
    neighbourhood: 'Malburgen',
    title: 'Ontmoetingstafel Malburgen',
    description:
      'Een lange tafel in het wijkcentrum waar iedereen mag aanschuiven voor koffie en een gesprek.',
    startedBy: 'ellen',
    participants: ['ellen'],
  },
  {
    key: 'mill',
    atelier: 'loneliness',
    municipality: 'Land van Cuijk',
    neighbourhood: 'Mill',
    title: 'Krachtige kern Mill',
    description:
      'Dorpsbewoners organiseren samen maaltijden en wandelingen voor wie alleen is komen te staan.',
    startedBy: 'kees',
    participants: ['kees'],
    question: 1,
  },
  {
    key: 'dukenburg',
    atelier: 'poverty',
    municipality: 'Nijmegen',
    neighbourhood: 'Dukenburg',
    title: 'Huismeesters zien geldzorgen',
    description:
      'Huismeesters en wijkconsulenten leren signalen van geldzorgen herkennen en het gesprek aan te gaan.',
    startedBy: 'samira',
    participants: ['samira', 'peter'],
    question: 4,
  },
  {
    key: 'zevenaar',
    atelier: 'poverty',
    municipality: 'Zevenaar',
    neighbourhood: null,
    title: 'Geldcafé Zevenaar',
    description: 'Een laagdrempelig inloopcafé over geld, met ervaringsdeskundigen aan tafel.',
    startedBy: 'annelies',
    participants: ['annelies'],
    question: 3,
  },
  {
    key: 'lingewaard',
    atelier: 'housing',
    municipality: 'Lingewaard',
    neighbourhood: 'Bemmel',
    title: 'Nieuwe buren in Bemmel',
    description: 'Een welkomstaanpak voor nieuwe huurders die uitstromen uit beschermd wonen.',
    startedBy: 'samira',
    participants: ['samira'],
  },
  {
    key: 'venlo',
    atelier: 'youth',
    municipality: 'Venlo',
    neighbourhood: null,
    title: 'Jongerenpanel Venlo',
    description: 'Jongeren beoordelen samen met jongerenwerkers hoe toegankelijk de hulp in hun stad is.',
    startedBy: 'dennis',
    participants: ['dennis', 'noor'],
  },
  {
    key: 'heumen',
    atelier: 'evaluation',
    municipality: 'Heumen',
    neighbourhood: null,
    title: 'Verhalen tellen in Heumen',
    description: 'De gemeente evalueert haar welzijnsaanbod met de verhalen van inwoners naast de cijfers.',
    startedBy: 'wim',
    participants: ['wim', 'ellen'],
  },
];

export const LESSONS: DemoLesson[] = [
  // Eenzaamheid: every rung, three gemeenten, all four conditions.
  {
    key: 'l-draft',
    atelier: 'loneliness',
    practice: 'hatert',
    author: 'arena',
    visibility: 'DRAFT',
    daysAgo: 2,
    title: 'Mannen komen wel, als er iets te doen is',
    body: '<p>Voor een kop koffie kwamen vooral vrouwen. Toen we een klusmiddag organiseerden, schoven er ineens vier mannen uit de flat aan. <em>Nog uitwerken met de groep.</em></p>',
    conditions: ['SOCIAL_INCLUSION'],
    level: 'GROUP',
    domain: 'WELFARE',
  },
  {
    key: 'l-practice-1',
    atelier: 'loneliness',
    practice: 'hatert',
    author: 'noor',
    visibility: 'PRACTICE',
    daysAgo: 9,
    title: 'Een vast gezicht aan de deur verlaagt de drempel',
    body: '<p>Bezoekers noemden bijna allemaal dezelfde vrijwilliger: zij begroet iedereen bij naam. Nieuwe bezoekers kwamen vaker terug als zij er was.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'INDIVIDUAL',
    domain: 'WELFARE',
  },
  {
    key: 'l-practice-2',
    atelier: 'loneliness',
    practice: 'malburgen',
    author: 'ellen',
    visibility: 'PRACTICE',
    daysAgo: 12,
    title: 'Samen de tafel dekken maakt gasten tot gastheren',
    body: '<p>Sinds bezoekers zelf de tafel dekken en afruimen, voelen ze zich minder bezoeker en meer deel van de groep.</p>',
    conditions: ['SOCIAL_EMPOWERMENT'],
    level: 'GROUP',
    domain: 'WELFARE',
  },
  {
    key: 'l-arena-1',
    atelier: 'loneliness',
    practice: 'hatert',
    author: 'arena',
    visibility: 'ARENA',
    daysAgo: 20,
    title: 'Een vaste dag en tijd geeft houvast',
    body: '<p>Toen de buurtkamer van wisselende dagen naar <strong>elke dinsdag en donderdag</strong> ging, verdubbelde het aantal vaste bezoekers in twee maanden. Mensen plannen hun week eromheen.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'NEIGHBOURHOOD',
    domain: 'WELFARE',
  },
  {
    key: 'l-arena-2',
    atelier: 'loneliness',
    practice: 'malburgen',
    author: 'ellen',
    visibility: 'ARENA',
    daysAgo: 24,
    title: 'De huisarts als verwijzer werkt alleen met een warme overdracht',
    body: '<p>Een folder van de huisarts leverde niemand op. Toen de praktijkondersteuner mensen de eerste keer zelf meebracht, bleven er drie van de vijf komen.</p>',
    conditions: ['SOCIAL_INCLUSION'],
    level: 'ORGANISATION_SYSTEM',
    domain: 'CARE',
  },
  {
    key: 'l-arena-3',
    atelier: 'loneliness',
    practice: 'mill',
    author: 'kees',
    visibility: 'ARENA',
    daysAgo: 30,
    title: 'In het dorp wil niemand "eenzaam" genoemd worden',
    body: '<p>Een uitnodiging voor "mensen die zich eenzaam voelen" bleef onbeantwoord. Een uitnodiging voor "een maaltijd met dorpsgenoten" trok dertig mensen.</p>',
    conditions: ['SOCIAL_EMPOWERMENT', 'SOCIAL_COHESION'],
    level: 'VILLAGE_TOWN',
    domain: 'WELFARE',
  },
  {
    key: 'l-arena-4',
    atelier: 'loneliness',
    practice: 'hatert',
    author: 'annelies',
    visibility: 'ARENA',
    daysAgo: 16,
    title: 'Geldzorgen houden mensen thuis',
    body: '<p>Meerdere bezoekers vertelden dat ze wegbleven van activiteiten waar je iets moest betalen of meenemen. Gratis koffie is geen detail.</p>',
    conditions: ['SOCIO_ECONOMIC_SECURITY'],
    level: 'HOUSEHOLD',
    domain: 'WORK_AND_INCOME',
  },
  {
    key: 'l-tribune-1',
    atelier: 'loneliness',
    practice: 'hatert',
    author: 'noor',
    visibility: 'TRIBUNE',
    daysAgo: 40,
    title: 'Wederkerigheid: iets kunnen bijdragen maakt het verschil',
    body: '<p>Bezoekers die een taak kregen (koffie schenken, de krant voorlezen) kwamen vaker terug dan wie alleen te gast was. <strong>Iets te bieden hebben</strong> is voor veel mensen de reden om te komen.</p>',
    conditions: ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
    level: 'GROUP',
    domain: 'WELFARE',
  },
  {
    key: 'l-tribune-2',
    atelier: 'loneliness',
    practice: 'mill',
    author: 'kees',
    visibility: 'TRIBUNE',
    daysAgo: 45,
    title: 'De bus bepaalt wie er meedoet',
    body: '<p>Voor dorpsgenoten zonder auto was de maaltijd in de kern ernaast onbereikbaar. Met een rijdersgroep van vrijwilligers kwamen er tien mensen bij.</p>',
    conditions: ['SOCIAL_INCLUSION', 'SOCIO_ECONOMIC_SECURITY'],
    level: 'VILLAGE_TOWN',
    domain: 'WELFARE',
  },
  {
    key: 'l-public-1',
    atelier: 'loneliness',
    practice: null,
    author: 'trekker',
    visibility: 'PUBLIC',
    daysAgo: 60,
    title: 'Ontmoeting is het begin, niet het doel',
    body: '<p>In alle drie de praktijken zagen we dat een ontmoetingsplek pas betekenis krijgt als mensen elkaar ook buiten de vaste tijden gaan opzoeken. Daar kun je als organisatie ruimte voor maken, maar niet afdwingen.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'NEIGHBOURHOOD',
    domain: 'WELFARE',
  },
  {
    key: 'l-public-2',
    atelier: 'loneliness',
    practice: 'malburgen',
    author: 'ellen',
    visibility: 'PUBLIC',
    daysAgo: 75,
    title: 'Vraag niet wat iemand nodig heeft, maar wat iemand leuk vindt',
    body: "<p>Het gesprek veranderde toen we vroegen naar vroegere hobby's in plaats van naar problemen. Zo vonden twee bewoners elkaar in hun liefde voor duiven.</p>",
    conditions: ['SOCIAL_EMPOWERMENT'],
    level: 'INDIVIDUAL',
    domain: 'WELFARE',
  },
  // Armoede en schulden
  {
    key: 'p-draft',
    atelier: 'poverty',
    practice: 'zevenaar',
    author: 'annelies',
    visibility: 'DRAFT',
    daysAgo: 3,
    title: 'Het woord "armoede" schrikt af',
    body: '<p>Eerste indruk uit het geldcafé: niemand noemt zichzelf arm. Mensen praten wel over "krap zitten".</p>',
    conditions: ['SOCIAL_INCLUSION'],
    level: 'INDIVIDUAL',
    domain: 'WORK_AND_INCOME',
  },
  {
    key: 'p-practice',
    atelier: 'poverty',
    practice: 'dukenburg',
    author: 'samira',
    visibility: 'PRACTICE',
    daysAgo: 8,
    title: 'Een huurachterstand is zelden het enige probleem',
    body: '<p>Bij zes van de acht huishoudens met een achterstand speelde ook iets rond gezondheid of werk.</p>',
    conditions: ['SOCIO_ECONOMIC_SECURITY'],
    level: 'HOUSEHOLD',
    domain: 'HOUSING',
  },
  {
    key: 'p-arena-1',
    atelier: 'poverty',
    practice: 'dukenburg',
    author: 'samira',
    visibility: 'ARENA',
    daysAgo: 18,
    title: 'Huismeesters zien het eerst, maar weten niet waar ze heen kunnen',
    body: '<p>Huismeesters herkennen signalen (dichte gordijnen, stapels post) maar kenden de schuldhulp in de wijk niet. Een kaartje met één telefoonnummer hielp meteen.</p>',
    conditions: ['SOCIAL_INCLUSION', 'SOCIO_ECONOMIC_SECURITY'],
    level: 'ORGANISATION_SYSTEM',
    domain: 'HOUSING',
  },
  {
    key: 'p-arena-2',
    atelier: 'poverty',
    practice: 'zevenaar',
    author: 'annelies',
    visibility: 'ARENA',
    daysAgo: 22,
    title: 'Ervaringsdeskundigen openen het gesprek',
    body: '<p>Als een ervaringsdeskundige eerst haar eigen verhaal vertelde, durfden bezoekers daarna ook over hun situatie te praten.</p>',
    conditions: ['SOCIAL_EMPOWERMENT'],
    level: 'GROUP',
    domain: 'WELFARE',
  },
  {
    key: 'p-tribune-1',
    atelier: 'poverty',
    practice: 'dukenburg',
    author: 'peter',
    visibility: 'TRIBUNE',
    daysAgo: 35,
    title: 'Eén vast aanspreekpunt voorkomt dat mensen afhaken',
    body: '<p>Mensen die bij elke stap een nieuwe klantmanager kregen, haakten vaker af. Met één vast aanspreekpunt bleef tweederde in het traject.</p>',
    conditions: ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION'],
    level: 'ORGANISATION_SYSTEM',
    domain: 'WORK_AND_INCOME',
  },
  {
    key: 'p-tribune-2',
    atelier: 'poverty',
    practice: 'zevenaar',
    author: 'annelies',
    visibility: 'TRIBUNE',
    daysAgo: 50,
    title: 'Schaamte is groter dan de schuld',
    body: '<p>Bezoekers van het geldcafé wachtten gemiddeld jaren voor ze hulp zochten. Niet het bedrag, maar de schaamte hield hen tegen.</p>',
    conditions: ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
    level: 'INDIVIDUAL',
    domain: 'WELFARE',
  },
  {
    key: 'p-public',
    atelier: 'poverty',
    practice: null,
    municipality: 'Arnhem',
    author: 'marloes',
    visibility: 'PUBLIC',
    daysAgo: 90,
    title: 'Bestaanszekerheid vraagt om samenwerking in de sociale basis',
    body: '<p>Geen enkele organisatie kan bestaansonzekerheid alleen oplossen. Waar wijkteam, corporatie en schuldhulp elkaar kennen, worden problemen eerder gezien.</p>',
    conditions: ['SOCIO_ECONOMIC_SECURITY'],
    level: 'ORGANISATION_SYSTEM',
    domain: 'WORK_AND_INCOME',
  },
  // The other ateliers: a few shared lessons each.
  {
    key: 'h-arena',
    atelier: 'housing',
    practice: 'lingewaard',
    author: 'samira',
    visibility: 'ARENA',
    daysAgo: 14,
    title: 'Een kennismaking met de buren voor de verhuizing voorkomt onbegrip',
    body: '<p>Waar de nieuwe huurder de buren al had ontmoet, kwamen er geen klachten binnen in de eerste maanden.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'NEIGHBOURHOOD',
    domain: 'HOUSING',
  },
  {
    key: 'h-tribune',
    atelier: 'housing',
    practice: 'lingewaard',
    author: 'kees',
    visibility: 'TRIBUNE',
    daysAgo: 33,
    title: 'Buren willen helpen, als ze weten bij wie ze terechtkunnen',
    body: '<p>Buren boden hulp aan zodra er één contactpersoon van het wijkteam bekend was.</p>',
    conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
    level: 'NEIGHBOURHOOD',
    domain: 'HOUSING',
  },
  {
    key: 'y-tribune',
    atelier: 'youth',
    practice: 'venlo',
    author: 'dennis',
    visibility: 'TRIBUNE',
    daysAgo: 28,
    title: 'Jongeren vertrouwen een sportcoach sneller dan een loket',
    body: '<p>Via de sportclub kwamen jongeren met vragen die ze bij geen enkel loket hadden gesteld.</p>',
    conditions: ['SOCIAL_EMPOWERMENT', 'SOCIAL_INCLUSION'],
    level: 'INDIVIDUAL',
    domain: 'SPORT',
  },
  {
    key: 'y-public',
    atelier: 'youth',
    practice: null,
    municipality: 'Venlo',
    author: 'fatma',
    visibility: 'PUBLIC',
    daysAgo: 70,
    title: 'Laat jongeren zelf de vragen stellen',
    body: '<p>Het jongerenpanel stelde andere vragen dan de onderzoekers hadden bedacht, en betere.</p>',
    conditions: ['SOCIAL_EMPOWERMENT'],
    level: 'GROUP',
    domain: 'EDUCATION',
  },
  {
    key: 'e-tribune',
    atelier: 'evaluation',
    practice: 'heumen',
    author: 'wim',
    visibility: 'TRIBUNE',
    daysAgo: 26,
    title: 'Een verhaal naast elk getal',
    body: '<p>De raad las de evaluatie pas echt toen er bij elke indicator het verhaal van een inwoner stond.</p>',
    conditions: ['SOCIAL_INCLUSION'],
    level: 'ORGANISATION_SYSTEM',
    domain: 'WELFARE',
  },
];

export const INSIGHTS: DemoWorkshopContent['insights'] = [
  {
    key: 'i-loneliness',
    atelier: 'loneliness',
    visibility: 'TRIBUNE',
    daysAgo: 6,
    title: 'Een vaste plek, een vast gezicht en iets te doen',
    body: '<p>In Nijmegen, Arnhem en Mill zagen we hetzelfde patroon: ontmoeting groeit uit tot contact als er een <strong>vaste plek en tijd</strong> is, een vertrouwd gezicht dat mensen bij naam kent, en als bezoekers zelf iets kunnen bijdragen.</p><p>Dat vraagt van organisaties dat ze continuïteit in personen organiseren, niet alleen in activiteiten.</p>',
    conditions: ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
    lessons: ['l-arena-1', 'l-arena-3', 'l-tribune-1', 'l-public-1'],
  },
  {
    key: 'i-poverty',
    atelier: 'poverty',
    visibility: 'ARENA',
    daysAgo: 4,
    title: 'Signalen zijn er genoeg; de route erna ontbreekt',
    body: '<p>Huismeesters, klantmanagers en ervaringsdeskundigen zien geldzorgen vroeg. Wat ontbreekt is een korte, bekende route naar hulp.</p>',
    conditions: ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION'],
    lessons: ['p-arena-1', 'p-tribune-1'],
  },
];

export const ACTIVITIES: {
  atelier: string;
  kind: ActivityKind;
  title: string;
  description: string;
  inDays: number;
  hours: number;
  municipality: MunicipalityName | null;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  registered: string[];
}[] = [
  {
    atelier: 'loneliness',
    kind: 'THEME_DISCUSSION',
    title: 'Themabespreking: van ontmoeting naar contact',
    description:
      'De praktijken uit Nijmegen, Arnhem en Mill vertellen wat ze leerden. Daarna praten we met de tribune door over wat dit betekent voor beleid en uitvoering.',
    inDays: 12,
    hours: 2,
    municipality: 'Nijmegen',
    location: 'Wijkcentrum Hatert, Nijmegen',
    onlineUrl: null,
    capacity: 30,
    registered: ['wim', 'esther'],
  },
  {
    atelier: 'loneliness',
    kind: 'LEARNING_SESSION',
    title: 'Leer- en ontwikkelsessie: wederkerigheid in de praktijk',
    description: 'Een online sessie voor de arena over hoe je bezoekers een rol geeft.',
    inDays: 26,
    hours: 1.5,
    municipality: null,
    location: null,
    onlineUrl: 'https://meet.werkplaats.example/wederkerigheid',
    capacity: null,
    registered: ['ellen'],
  },
  {
    atelier: 'poverty',
    kind: 'NETWORK_MEETING',
    title: 'Netwerkbijeenkomst bestaanszekerheid',
    description: 'Partners uit de regio delen wat werkt om geldzorgen eerder te zien.',
    inDays: 19,
    hours: 3,
    municipality: 'Arnhem',
    location: 'Bibliotheek Rozet, Arnhem',
    onlineUrl: null,
    capacity: 60,
    registered: ['thijs'],
  },
  {
    atelier: 'youth',
    kind: 'MEETING',
    title: 'Ontmoeting met het jongerenpanel',
    description: 'Jongeren presenteren hun bevindingen aan gemeente en jeugdhulp.',
    inDays: 33,
    hours: 2,
    municipality: 'Venlo',
    location: 'Jongerencentrum Venlo',
    onlineUrl: null,
    capacity: 25,
    registered: [],
  },
];

export const REACTIONS: {
  lesson?: string;
  insight?: string;
  author: string;
  body: string;
  daysAgo: number;
}[] = [
  {
    insight: 'i-loneliness',
    author: 'wim',
    body: 'Herkenbaar voor de kernen in Land van Cuijk. Mogen we de werkvorm van de vaste tafel gebruiken?',
    daysAgo: 5,
  },
  {
    insight: 'i-loneliness',
    author: 'esther',
    body: 'Voor de wijkverpleging is dit een mooie ingang: wij kunnen mensen warm overdragen.',
    daysAgo: 4,
  },
  {
    lesson: 'l-tribune-1',
    author: 'mieke',
    body: 'Als cliëntenraad zien we dit ook: mensen willen van betekenis zijn, niet alleen geholpen worden.',
    daysAgo: 30,
  },
  {
    lesson: 'p-tribune-2',
    author: 'thijs',
    body: 'Dit neem ik mee in de lessen over gespreksvoering in het tweede jaar.',
    daysAgo: 40,
  },
];

export const ADVICE: { atelier: string; title: string; body: string; asked: boolean; daysAgo: number }[] = [
  {
    atelier: 'loneliness',
    asked: false,
    daysAgo: 10,
    title: 'Betrek de huisartsen in Land van Cuijk',
    body: 'De commissie ziet kansen om de warme overdracht uit Arnhem ook in de kernen van Land van Cuijk te proberen. De praktijkondersteuners daar staan ervoor open.',
  },
  {
    atelier: 'poverty',
    asked: true,
    daysAgo: 25,
    title: 'Advies over de werkvorm voor huismeesters',
    body: 'Op jullie vraag: deel de werkvorm eerst met de twee corporaties in de commissie en vraag hun huismeesters om feedback voordat hij breed wordt verspreid.',
  },
];

export const PRODUCTS: {
  atelier: string;
  kind: ProductKind;
  title: string;
  description: string;
  os: ProductO[];
  themes: ThemeSlug[];
  daysAgo: number | null;
}[] = [
  {
    atelier: 'poverty',
    kind: 'REPORT',
    title: 'Werken aan bestaanszekerheid: een handreiking voor de sociale basis',
    description:
      'Wat is er nodig om aan bestaanszekerheid te werken, met het perspectief van de inwoner centraal.',
    os: ['RESEARCH', 'SUPPORT'],
    themes: ['armoede'],
    daysAgo: 120,
  },
  {
    atelier: 'loneliness',
    kind: 'WORK_FORM',
    title: 'Werkvorm: de vaste tafel',
    description: 'Een beschrijving van de ontmoetingstafel, met tips voor vrijwilligers en professionals.',
    os: ['DEVELOPMENT', 'SUPPORT'],
    themes: ['sociale-basis', 'lerende-praktijken'],
    daysAgo: 15,
  },
  {
    atelier: 'youth',
    kind: 'TEACHING_MODULE',
    title: 'Onderwijsmodule: jongeren als mede-onderzoekers',
    description: 'Een module voor de opleiding Social Work over onderzoeken samen met jongeren.',
    os: ['EDUCATION'],
    themes: ['ervaringsdeskundigheid'],
    daysAgo: null,
  },
];

/**
 * The werkplaats's own meetings, public: the yearly symposium (as the one of April 2022 in Fort Lent, looking back
 * on the ateliers' work and forward), held a month ago with what came out of it, and a netwerkbijeenkomst to come.
 */
export const WORKSHOP_ACTIVITIES: NonNullable<DemoWorkshopContent['workshopActivities']> = [
  {
    kind: 'MEETING',
    title: 'Symposium: samen werken aan sociale kwaliteit',
    description:
      'Het jaarlijkse symposium van de werkplaats. De leerateliers blikken terug op wat ze leerden over eenzaamheid en armoede, een gastspreker kijkt vooruit, en professionals, vrijwilligers en onderzoekers praten in rondes met elkaar door.',
    inDays: -30,
    hours: 4,
    municipality: 'Nijmegen',
    location: 'Fort Lent, Nijmegen',
    isPublic: true,
    capacity: 150,
    lessons: ['l-public-1', 'l-public-2'],
    insights: ['i-loneliness'],
    outcome: {
      text: 'De zaal herkende het patroon van vaste plek, vast gezicht en iets te doen. Drie gemeenten willen de ontmoetingstafel in hun wijken proberen; de werkplaats nodigt hun beleidsmakers uit voor het atelier eenzaamheid.',
      attendeeCount: 112,
    },
  },
  {
    kind: 'NETWORK_MEETING',
    title: 'Netwerkbijeenkomst: de sociale basis in de regio',
    description:
      'Een middag voor iedereen die in de regio aan de sociale basis werkt: wat de ateliers tot nu toe leerden, en waar u in uw eigen gemeente mee aan de slag kunt.',
    inDays: 33,
    hours: 3,
    municipality: 'Arnhem',
    location: 'Bibliotheek Rozet, Arnhem',
    isPublic: true,
    capacity: 80,
    lessons: ['l-public-1'],
    insights: [],
  },
];

/**
 * The loneliness arena decides together: the theme discussion was agreed (and planned from it), and a ranked poll on
 * what the practices try next is open, not yet answered by the demo arena member, so she can take part.
 */
export const PROPOSALS: NonNullable<DemoWorkshopContent['proposals']> = [
  {
    atelier: 'loneliness',
    author: 'trekker',
    kind: 'PROPOSAL',
    title: 'De lessen over ontmoeting bespreken met de tribune',
    body: '<p>De drie praktijken zien hetzelfde patroon. Ik stel voor dat we dat in een themabespreking met de tribune bespreken, in Nijmegen-Hatert, met de praktijken zelf aan het woord.</p>',
    openedDaysAgo: 20,
    closesInDays: -13,
    stances: [
      { person: 'arena', choice: 'AGREE', reason: 'Goed moment: we hebben genoeg gezien om het te delen.' },
      { person: 'ellen', choice: 'AGREE', reason: 'Graag, en laat de vrijwilligers ook vertellen.' },
      {
        person: 'kees',
        choice: 'ABSTAIN',
        reason: 'Prima, maar ik kan die middag niet; ik lees het verslag.',
      },
      {
        person: 'annelies',
        choice: 'DISAGREE',
        reason: 'Ik zou eerst nog een ronde in Mill doen; daar is het beeld nog dun.',
      },
    ],
    outcome: {
      text: 'We houden de themabespreking in Wijkcentrum Hatert. Mill krijgt tot dan een extra ronde, zodat het beeld daar steviger is.',
      reviewInDays: 45,
    },
    activity: 'Themabespreking: van ontmoeting naar contact',
  },
  {
    atelier: 'loneliness',
    author: 'trekker',
    kind: 'POLL',
    pollMethod: 'RANKED',
    title: 'Wat proberen de praktijken hierna uit?',
    body: '<p>Zet de drie in volgorde: bovenaan wat jouw praktijk het meest zou helpen. We tellen met de Borda-telling.</p>',
    openedDaysAgo: 2,
    closesInDays: 5,
    options: [
      'Bezoekers een vaste rol geven (wederkerigheid)',
      'Vrijwilligers en professionals samen laten optrekken',
      'Ontmoeting voor wie de deur niet uit komt',
    ],
    stances: [
      { person: 'ellen', options: [0, 1, 2], reason: 'In Malburgen vragen bezoekers zelf om een taak.' },
      { person: 'noor', options: [2, 0, 1], reason: '' },
    ],
  },
];

/** Arnhem-Nijmegen as one demo werkplaats; its later kwesties (merged, lapsed) are added by the seed. */
export const ARNHEM_NIJMEGEN_DEMO: DemoWorkshopContent = {
  workshop: WORKSHOP,
  agendaSince: new Date('2019-10-01T10:00:00Z'),
  ateliersFrom: new Date('2020-01-15T10:00:00Z'),
  municipalities: MUNICIPALITIES,
  organisations: ORGANISATIONS,
  people: PEOPLE,
  membershipRequests: MEMBERSHIP_REQUESTS,
  issues: ISSUES,
  ateliers: ATELIERS,
  questions: QUESTIONS,
  practices: PRACTICES,
  lessons: LESSONS,
  insights: INSIGHTS,
  activities: ACTIVITIES,
  workshopActivities: WORKSHOP_ACTIVITIES,
  reactions: REACTIONS,
  proposals: PROPOSALS,
  advice: ADVICE,
  products: PRODUCTS,
  // What reached the tribune member's feed: the older ones read, the insight not yet.
  notifications: [
    { person: 'tribune', kind: 'LESSON_SHARED', lesson: 'l-tribune-2', daysAgo: 44, readDaysAgo: 43 },
    { person: 'tribune', kind: 'LESSON_SHARED', lesson: 'l-tribune-1', daysAgo: 39, readDaysAgo: 38 },
    { person: 'tribune', kind: 'LESSON_SHARED', lesson: 'p-tribune-1', daysAgo: 34, readDaysAgo: 30 },
    { person: 'tribune', kind: 'INSIGHT_SHARED', insight: 'i-loneliness', daysAgo: 5 },
  ],
};

import type { DemoWorkshopContent } from './demo-workshop.js';

/**
 * The second demo werkplaats: Lindeland, a region that does not exist, so that the separation between
 * werkplaatsen is visible in the demo and tested. Its four gemeenten carry CBS-shaped codes from GM9961 up: real
 * codes stop below GM2000, and the test fixtures use GM9876 and GM990x. People, organisations and texts are
 * invented for the demo. The tribune member of Arnhem-Nijmegen follows one Lindeland atelier too (a guest here).
 */
export const LINDELAND: DemoWorkshopContent = {
  workshop: {
    slug: 'lindeland',
    name: 'Werkplaats Sociaal Domein Lindeland',
    region: 'Lindeland',
  },
  agendaSince: new Date('2023-09-01T10:00:00Z'),
  ateliersFrom: new Date('2024-01-10T10:00:00Z'),

  // lat/lon place the region on the schematic map only; no gemeente of this name exists.
  municipalities: [
    {
      name: 'Lindewaarde',
      cbsCode: 'GM9961',
      region: null,
      latitude: 52.61,
      longitude: 6.31,
      places: ['Lindewaarde', 'Oosterlinde', 'Kerkbroek'],
    },
    {
      name: 'Brakelmond',
      cbsCode: 'GM9962',
      region: null,
      latitude: 52.67,
      longitude: 6.18,
      places: ['Brakelmond', 'Havenzijde', 'Brakeldijk'],
    },
    {
      name: 'Veenhoven',
      cbsCode: 'GM9963',
      region: 'Lindeland-Oost',
      latitude: 52.58,
      longitude: 6.47,
      places: ['Veenhoven', 'Nieuw-Veenhoven', 'Turfhoek'],
    },
    {
      name: 'Essenburg',
      cbsCode: 'GM9964',
      region: 'Lindeland-Oost',
      latitude: 52.52,
      longitude: 6.39,
      places: ['Essenburg', 'Eikelo', 'Ravenhorst'],
    },
  ],

  organisations: [
    { key: 'lindewaarde', name: 'Gemeente Lindewaarde', kind: 'MUNICIPALITY', municipality: 'Lindewaarde' },
    { key: 'brakelmond', name: 'Gemeente Brakelmond', kind: 'MUNICIPALITY', municipality: 'Brakelmond' },
    { key: 'veenhoven', name: 'Gemeente Veenhoven', kind: 'MUNICIPALITY', municipality: 'Veenhoven' },
    {
      key: 'hogeschool',
      name: 'Hogeschool Lindeland, lectoraat Bestaanszekerheid en Participatie',
      kind: 'UNIVERSITY',
      municipality: 'Lindewaarde',
    },
    { key: 'welzijn', name: 'Welzijn Lindeland', kind: 'WELFARE', municipality: 'Lindewaarde' },
    { key: 'thuiszorg', name: 'Thuiszorg De Linde', kind: 'CARE', municipality: 'Essenburg' },
    {
      key: 'adviesraad',
      name: 'Adviesraad Sociaal Domein Brakelmond',
      kind: 'CLIENT_ORGANISATION',
      municipality: 'Brakelmond',
    },
    { key: 'ervaring', name: 'Ervaringskring Lindeland', kind: 'LIVED_EXPERIENCE', municipality: null },
    { key: 'woongoed', name: 'Woongoed Brakelmond', kind: 'HOUSING', municipality: 'Brakelmond' },
    { key: 'werkplein', name: 'Werkplein Lindeland', kind: 'WORK_AND_INCOME', municipality: 'Lindewaarde' },
    {
      key: 'dorpscoop',
      name: 'Dorpscoöperatie Eikelo',
      kind: 'CITIZENS_INITIATIVE',
      municipality: 'Essenburg',
    },
  ],

  people: [
    {
      key: 'admin',
      email: 'beheer.lindeland@demo.werkplaats.nl',
      name: 'Marieke Dijkstra',
      partyKind: 'MANAGER',
      organisation: 'hogeschool',
      function: 'Coördinator werkplaats',
      role: 'ADMIN',
    },
    {
      key: 'committee',
      email: 'commissie.lindeland@demo.werkplaats.nl',
      name: 'Erik Veldkamp',
      partyKind: 'POLICY_OFFICER',
      organisation: 'lindewaarde',
      function: 'Strategisch adviseur sociaal domein',
      role: 'COMMITTEE',
    },
    {
      key: 'trekker',
      email: 'trekker.lindeland@demo.werkplaats.nl',
      name: 'Inge Postma',
      partyKind: 'RESEARCHER',
      organisation: 'hogeschool',
      function: 'Onderzoeker lectoraat',
    },
    {
      key: 'hamid',
      email: 'hamid.rahimi@demo.werkplaats.nl',
      name: 'Hamid Rahimi',
      partyKind: 'RESEARCHER',
      organisation: 'hogeschool',
      function: 'Docent-onderzoeker ouderen en dorpen',
    },
    {
      key: 'arena',
      email: 'arena.lindeland@demo.werkplaats.nl',
      name: 'Femke de Boer',
      partyKind: 'PROFESSIONAL',
      organisation: 'welzijn',
      function: 'Sociaal werker Havenzijde',
    },
    {
      key: 'priya',
      email: 'priya.ramdin@demo.werkplaats.nl',
      name: 'Priya Ramdin',
      partyKind: 'LIVED_EXPERIENCE_EXPERT',
      organisation: 'ervaring',
      function: 'Ervaringsdeskundige geldzorgen',
    },
    {
      key: 'tom',
      email: 'tom.vanderveen@demo.werkplaats.nl',
      name: 'Tom van der Veen',
      partyKind: 'PROFESSIONAL',
      organisation: 'werkplein',
      function: 'Schuldhulpverlener',
    },
    {
      key: 'gerrit',
      email: 'gerrit.huisman@demo.werkplaats.nl',
      name: 'Gerrit Huisman',
      partyKind: 'VOLUNTEER',
      organisation: 'dorpscoop',
      function: 'Vrijwilliger dorpshuis Eikelo',
    },
    {
      key: 'joke',
      email: 'joke.mulder@demo.werkplaats.nl',
      name: 'Joke Mulder',
      partyKind: 'PROFESSIONAL',
      organisation: 'thuiszorg',
      function: 'Wijkverpleegkundige Essenburg',
    },
    {
      key: 'linda',
      email: 'linda.kok@demo.werkplaats.nl',
      name: 'Linda Kok',
      partyKind: 'PROFESSIONAL',
      organisation: 'woongoed',
      function: 'Wijkconsulent Havenzijde',
    },
    {
      key: 'anouk',
      email: 'anouk.meijer@demo.werkplaats.nl',
      name: 'Anouk Meijer',
      partyKind: 'CIVIL_SERVANT',
      organisation: 'veenhoven',
      function: 'Beleidsmedewerker Wmo',
    },
    {
      key: 'bert',
      email: 'bert.scholten@demo.werkplaats.nl',
      name: 'Bert Scholten',
      partyKind: 'RESIDENT',
      organisation: 'adviesraad',
      function: 'Lid adviesraad',
    },
  ],

  guests: [{ key: 'tribune', email: 'tribune@demo.werkplaats.nl' }],

  membershipRequests: [
    {
      person: 'linda',
      organisation: 'brakelmond',
      function: 'Wijkconsulent, gedetacheerd bij het sociaal team Havenzijde',
      audited: true,
    },
  ],

  issues: [
    {
      key: 'livelihood',
      title: 'Bestaanszekerheid van werkende huishoudens',
      since: '2023',
      themes: ['armoede', 'ervaringsdeskundigheid'],
      description:
        'Steeds meer huishoudens met een baan komen niet rond. Zij vallen buiten de regelingen en melden zich pas als de rekeningen zich opstapelen. Hoe zien werkgevers, scholen en wijkteams hen eerder, en wat helpt hen echt?',
    },
    {
      key: 'ageing',
      title: 'Ouder worden in de kernen',
      since: '2023',
      themes: ['sociale-basis', 'lerende-praktijken'],
      description:
        'In de dorpen van Lindeland-Oost wonen steeds meer ouderen, terwijl winkel, bus en huisarts verdwijnen. Wat hebben zij nodig om in hun eigen dorp oud te worden, en wat kunnen dorpsgenoten daarin betekenen?',
    },
    {
      key: 'energy',
      title: 'Energiearmoede in oude huurwoningen',
      since: '2024',
      themes: ['armoede'],
      description:
        'Huurders van slecht geïsoleerde woningen in Brakelmond en Lindewaarde betalen veel aan energie en zitten in de winter in de kou. De commissie zoekt nog een trekker voor een leeratelier.',
    },
  ],

  ateliers: [
    {
      issue: 'livelihood',
      trekker: 'trekker',
      title: 'Leeratelier Bestaanszekerheid van werkende huishoudens',
      description:
        'Schuldhulp, werkgevers, ervaringsdeskundigen en sociaal werkers zoeken samen hoe werkende huishoudens met geldzorgen eerder en zonder drempel hulp vinden.',
      joinMode: 'ON_REQUEST',
      arena: ['arena', 'priya', 'tom', 'linda'],
      tribune: ['tribune', 'anouk', 'bert'],
      requests: [
        {
          person: 'anouk',
          message:
            'In Veenhoven zien we dezelfde groep opduiken bij de Wmo. Ik wil graag meewerken in de arena in plaats van alleen volgen.',
        },
      ],
    },
    {
      issue: 'ageing',
      trekker: 'hamid',
      title: 'Leeratelier Ouder worden in de kernen',
      description:
        'In Essenburg en Veenhoven onderzoeken dorpsbewoners, wijkverpleging en welzijn wat ouderen nodig hebben om in hun eigen dorp te blijven wonen.',
      joinMode: 'OPEN',
      arena: ['gerrit', 'joke', 'arena'],
      tribune: ['bert'],
    },
  ],

  questions: [
    {
      atelier: 'livelihood',
      author: 'tom',
      title: 'Waarom melden werkende mensen zich zo laat bij de schuldhulp?',
      body: 'Bij de intake blijkt vaak dat de eerste achterstand al twee jaar oud is.',
    },
    {
      atelier: 'livelihood',
      author: 'priya',
      title: 'Hoe vraag je naar geld zonder dat het een controle voelt?',
      body: '',
    },
    {
      atelier: 'ageing',
      author: 'gerrit',
      title: 'Wie let op de oudere die niet meer naar het dorpshuis komt?',
      body: '',
    },
  ],

  practices: [
    {
      key: 'havenzijde',
      atelier: 'livelihood',
      municipality: 'Brakelmond',
      neighbourhood: 'Havenzijde',
      title: 'Geldspreekuur Havenzijde',
      description:
        'Een spreekuur op donderdagavond in het buurthuis, na werktijd, met een schuldhulpverlener en een ervaringsdeskundige aan tafel.',
      startedBy: 'arena',
      participants: ['arena', 'priya', 'tom'],
      question: 0,
    },
    {
      key: 'eikelo',
      atelier: 'ageing',
      municipality: 'Essenburg',
      neighbourhood: 'Eikelo',
      title: 'Dorpshuis Eikelo: samen oud worden',
      description:
        'Vrijwilligers van de dorpscoöperatie en de wijkverpleging houden samen een oogje in het zeil bij ouderen die alleen wonen.',
      startedBy: 'gerrit',
      participants: ['gerrit', 'joke'],
      question: 2,
    },
  ],

  lessons: [
    // Bestaanszekerheid: every rung.
    {
      key: 'lv-draft',
      atelier: 'livelihood',
      practice: 'havenzijde',
      author: 'priya',
      visibility: 'DRAFT',
      daysAgo: 2,
      title: 'Na werktijd komen er andere mensen',
      body: '<p>Eerste indruk van het avondspreekuur: bijna iedereen die kwam, had een baan. Overdag hadden we hen nooit gezien.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION'],
      level: 'HOUSEHOLD',
      domain: 'WORK_AND_INCOME',
    },
    {
      key: 'lv-practice',
      atelier: 'livelihood',
      practice: 'havenzijde',
      author: 'tom',
      visibility: 'PRACTICE',
      daysAgo: 9,
      title: 'Een vaste lastenlijst opent het gesprek',
      body: '<p>Samen de vaste lasten op een rij zetten voelde voor bezoekers minder bedreigend dan vragen naar schulden.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY'],
      level: 'HOUSEHOLD',
      domain: 'WORK_AND_INCOME',
    },
    {
      key: 'lv-arena',
      atelier: 'livelihood',
      practice: 'havenzijde',
      author: 'arena',
      visibility: 'ARENA',
      daysAgo: 17,
      title: 'Werkgevers zien loonbeslag, maar zwijgen erover',
      body: '<p>Twee werkgevers vertelden dat zij loonbeslag verwerken zonder de werknemer op hulp te wijzen. Ze wisten niet dat dat mocht.</p>',
      conditions: ['SOCIAL_INCLUSION'],
      level: 'BUSINESS',
      domain: 'WORK_AND_INCOME',
    },
    {
      key: 'lv-tribune-1',
      atelier: 'livelihood',
      practice: 'havenzijde',
      author: 'priya',
      visibility: 'TRIBUNE',
      daysAgo: 7,
      title: 'Een ervaringsdeskundige aan tafel maakt de drempel lager',
      body: '<p>Wie eerst sprak met iemand die zelf schulden had gehad, kwam vaker terug voor een tweede gesprek. <strong>Herkenning</strong> werkt beter dan uitleg.</p>',
      conditions: ['SOCIAL_EMPOWERMENT', 'SOCIAL_COHESION'],
      level: 'INDIVIDUAL',
      domain: 'WELFARE',
    },
    {
      key: 'lv-tribune-2',
      atelier: 'livelihood',
      practice: null,
      municipality: 'Lindewaarde',
      author: 'tom',
      visibility: 'TRIBUNE',
      daysAgo: 38,
      title: 'Wisselend inkomen maakt toeslagen onvoorspelbaar',
      body: '<p>Huishoudens met flexwerk kregen achteraf terugvorderingen die de hele buffer opslokten. Een maandelijkse check voorkwam de helft daarvan.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY'],
      level: 'HOUSEHOLD',
      domain: 'WORK_AND_INCOME',
    },
    {
      key: 'lv-public',
      atelier: 'livelihood',
      practice: null,
      municipality: 'Brakelmond',
      author: 'trekker',
      visibility: 'PUBLIC',
      publicConsent: true,
      daysAgo: 64,
      title: 'Geldzorgen bij werkenden vragen hulp buiten kantoortijd',
      body: '<p>Wie werkt, kan niet naar een loket dat om vijf uur sluit. Een avondspreekuur en een telefoonnummer dat ook op zaterdag opneemt, bereikten een groep die de gemeente eerder niet zag.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION'],
      level: 'ORGANISATION_SYSTEM',
      domain: 'WORK_AND_INCOME',
    },
    // Ouder worden in de kernen
    {
      key: 'ag-arena',
      atelier: 'ageing',
      practice: 'eikelo',
      author: 'joke',
      visibility: 'ARENA',
      daysAgo: 12,
      title: 'De wijkverpleging ziet wie zich terugtrekt',
      body: '<p>Bij drie ouderen merkte de wijkverpleging als eerste dat ze niet meer buiten kwamen. Een afspraak om dat met de dorpscoöperatie te delen, met toestemming, ontbrak.</p>',
      conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
      level: 'SOCIAL_NETWORK',
      domain: 'CARE',
    },
    {
      key: 'ag-tribune',
      atelier: 'ageing',
      practice: 'eikelo',
      author: 'gerrit',
      visibility: 'TRIBUNE',
      daysAgo: 31,
      title: 'Een boodschappenronde is meer dan boodschappen',
      body: '<p>De wekelijkse rit naar de supermarkt in Essenburg werd voor de vaste passagiers het moment om bij te praten. Twee van hen kwamen daarna ook naar het dorpshuis.</p>',
      conditions: ['SOCIAL_COHESION'],
      level: 'VILLAGE_TOWN',
      domain: 'WELFARE',
    },
    {
      key: 'ag-public',
      atelier: 'ageing',
      practice: 'eikelo',
      author: 'gerrit',
      visibility: 'PUBLIC',
      publicConsent: true,
      daysAgo: 58,
      title: 'Ouderen willen gevraagd worden, niet geholpen',
      body: '<p>Toen de dorpscoöperatie ouderen vroeg om zelf iets te organiseren, kwam er een kaartmiddag en een moestuinclub. De opkomst was hoger dan bij elke activiteit vóór hen.</p>',
      conditions: ['SOCIAL_EMPOWERMENT'],
      level: 'GROUP',
      domain: 'WELFARE',
    },
  ],

  insights: [
    {
      key: 'li-livelihood-public',
      atelier: 'livelihood',
      visibility: 'PUBLIC',
      daysAgo: 20,
      title: 'Werkende huishoudens vinden hulp als die naar hen toe komt',
      body: '<p>In Brakelmond en Lindewaarde zagen we dat werkenden met geldzorgen pas komen als de hulp past bij hun werkdag: <strong>buiten kantoortijd</strong>, dichtbij en met iemand die het zelf heeft meegemaakt.</p><p>Werkgevers kunnen daarin een rol spelen, als zij weten waar ze naar kunnen verwijzen.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY', 'SOCIAL_INCLUSION'],
      lessons: ['lv-public', 'lv-tribune-2'],
    },
    {
      key: 'li-livelihood-tribune',
      atelier: 'livelihood',
      visibility: 'TRIBUNE',
      daysAgo: 7,
      title: 'Een buffer is de beste schuldpreventie',
      body: '<p>Terugvorderingen en onverwachte rekeningen duwen werkende huishoudens zonder buffer over de rand. Een maandelijkse check van toeslagen hielp in beide gemeenten.</p>',
      conditions: ['SOCIO_ECONOMIC_SECURITY'],
      lessons: ['lv-tribune-2', 'lv-tribune-1'],
    },
    {
      key: 'li-ageing-public',
      atelier: 'ageing',
      visibility: 'PUBLIC',
      daysAgo: 25,
      title: 'In het dorp oud worden begint bij gewone ontmoetingen',
      body: '<p>In Eikelo bleek dat ouderen elkaar vooral vinden bij alledaagse dingen: de boodschappenrit, de kaartmiddag, de moestuin. Wie zelf iets mag organiseren, blijft langer betrokken bij het dorp.</p>',
      conditions: ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
      lessons: ['ag-public', 'ag-tribune'],
    },
    {
      key: 'li-ageing-arena',
      atelier: 'ageing',
      visibility: 'ARENA',
      daysAgo: 5,
      title: 'Signalen delen vraagt afspraken tussen zorg en dorp',
      body: '<p>Wijkverpleging en vrijwilligers zien elk een deel. Zonder afspraak over wat je met toestemming deelt, blijft een oudere die zich terugtrekt buiten beeld.</p>',
      conditions: ['SOCIAL_INCLUSION'],
      lessons: ['ag-arena', 'ag-tribune'],
    },
  ],

  activities: [
    {
      atelier: 'livelihood',
      kind: 'THEME_DISCUSSION',
      title: 'Themabespreking: werkgevers en geldzorgen',
      description:
        'Werkgevers uit de regio en het Werkplein praten met de tribune over wat een werkgever kan doen als een werknemer geldzorgen heeft.',
      inDays: 16,
      hours: 2,
      municipality: 'Lindewaarde',
      location: 'Bibliotheek Lindewaarde, zaal De Linde',
      onlineUrl: null,
      capacity: 40,
      registered: ['anouk'],
    },
    {
      atelier: 'ageing',
      kind: 'MEETING',
      title: 'Dorpsavond Eikelo: oud worden in je eigen dorp',
      description:
        'Dorpsbewoners, wijkverpleging en gemeente vertellen wat ze leerden en wat er nog nodig is.',
      inDays: 23,
      hours: 2,
      municipality: 'Essenburg',
      location: 'Dorpshuis Eikelo',
      onlineUrl: null,
      capacity: 50,
      registered: ['bert'],
    },
  ],

  reactions: [
    {
      lesson: 'lv-tribune-1',
      author: 'bert',
      body: 'Als adviesraad horen we dit vaak: mensen durven pas als ze merken dat ze niet de enige zijn.',
      daysAgo: 3,
    },
    {
      insight: 'li-livelihood-tribune',
      author: 'anouk',
      body: 'In Veenhoven willen we de maandelijkse check ook proberen. Wie kan ons op weg helpen?',
      daysAgo: 6,
    },
  ],

  advice: [
    {
      atelier: 'ageing',
      asked: false,
      daysAgo: 11,
      title: 'Betrek de huisartsenpost in Veenhoven',
      body: 'De commissie raadt aan de praktijkondersteuners in Veenhoven te betrekken: zij zien dezelfde ouderen als de wijkverpleging.',
    },
  ],

  products: [
    {
      atelier: 'livelihood',
      kind: 'WORK_FORM',
      title: 'Werkvorm: het avondspreekuur over geld',
      description:
        'Hoe je een spreekuur over geldzorgen opzet voor mensen die overdag werken, met een ervaringsdeskundige aan tafel.',
      os: ['DEVELOPMENT', 'SUPPORT'],
      themes: ['armoede', 'ervaringsdeskundigheid'],
      daysAgo: 30,
    },
    {
      atelier: 'ageing',
      kind: 'REPORT',
      title: 'Oud worden in Eikelo: wat een dorp zelf kan',
      description:
        'Een verslag van twee jaar dorpshuis, boodschappenrit en moestuin, met wat dorpsbewoners, wijkverpleging en gemeente ervan leerden.',
      os: ['RESEARCH', 'DEVELOPMENT'],
      themes: ['sociale-basis', 'lerende-praktijken'],
      daysAgo: 21,
    },
  ],

  // What reached the guest from Arnhem-Nijmegen from the Lindeland atelier she follows: its newest share tops her feed.
  notifications: [
    { person: 'tribune', kind: 'LESSON_SHARED', lesson: 'lv-tribune-1', daysAgo: 4, readDaysAgo: 3 },
    { person: 'tribune', kind: 'INSIGHT_SHARED', insight: 'li-livelihood-tribune', daysAgo: 6 },
  ],
};

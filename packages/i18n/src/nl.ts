/**
 * The Dutch catalogue of the shell: the texts of the frame around every page (header, footer, loading and error
 * states) and of the two front doors (the list of werkplaatsen, a werkplaats's agenda), which come with the first
 * JavaScript. The other pages' texts are in `nl-pages.ts`, loaded after the first page.
 * Dutch is the source of every UI text; other languages have the same keys (typed against these).
 * Placeholders are written `{name}`.
 */
export const nl = {
  'app.name': 'Werkplaats Sociaal Domein',
  'app.skipToContent': 'Naar de inhoud',
  'app.shortName': 'Werkplaats',

  'nav.main': 'Hoofdmenu',
  'nav.agenda': 'Kennisagenda',
  'nav.feed': 'Tribune',
  'nav.outputs': 'Opbrengsten',
  'nav.notifications': 'Meldingen',
  'nav.signIn': 'Inloggen',
  'nav.signUp': 'Account maken',
  'nav.signOut': 'Uitloggen',
  'nav.signedOutHere': 'Je bent uitgelogd bij de werkplaats. Je werkaccount is nog ingelogd.',
  'nav.signOutAtProvider': 'Ook uitloggen bij {label}',
  'nav.signedInAs': 'Ingelogd als {name}',
  'nav.language': 'Taal',
  'nav.switchTo': 'English',
  'nav.switchToLabel': 'Switch to English',
  'nav.privacy': 'Privacy',
  'nav.menu': 'Menu',
  'nav.profile': 'Mijn gegevens',

  'search.label': 'Zoeken',
  'search.placeholder': 'Zoek in kwesties, ateliers, lessen en meer',
  'search.submit': 'Zoek',

  'footer.about': 'Samen werken, evalueren en leren voor sociale kwaliteit in de sociale basis.',
  'footer.privacy': 'Privacy en je gegevens',
  // Statements the law expects (privacy statement, accessibility statement), linked from every footer.
  'footer.links': 'Links over deze website',
  'footer.privacyStatement': 'Privacyverklaring',
  'footer.accessibility': 'Toegankelijkheid',

  'state.loading': 'Even geduld, we halen de gegevens op…',
  'state.error': 'Dit lukte niet. Controleer je verbinding en probeer het opnieuw.',
  'state.badInput': 'Hierin staan tekens die we niet kunnen lezen. Pas het aan en probeer het opnieuw.',
  'state.retry': 'Opnieuw proberen',
  'state.notFound.title': 'Deze pagina bestaat niet',
  'state.notFound.body': 'Misschien is de link verouderd, of heb je geen toegang tot wat hier stond.',
  'state.notFound.back': 'Naar de kennisagenda',

  'condition.SOCIO_ECONOMIC_SECURITY': 'Sociaaleconomische zekerheid',
  'condition.SOCIAL_INCLUSION': 'Sociale inclusie',
  'condition.SOCIAL_COHESION': 'Sociale cohesie',
  'condition.SOCIAL_EMPOWERMENT': 'Sociale empowerment',

  'conditionInfo.SOCIO_ECONOMIC_SECURITY': 'Basisbehoeften zoals werk, inkomen, wonen en veiligheid.',
  'conditionInfo.SOCIAL_INCLUSION':
    'Toegankelijkheid en responsiviteit van groepen, organisaties en systemen.',
  'conditionInfo.SOCIAL_COHESION': 'Verbondenheid op basis van respect, erkenning en wederkerigheid.',
  'conditionInfo.SOCIAL_EMPOWERMENT':
    'Mogelijkheden voor persoonlijke ontwikkeling en zelfbeschikking, gesteund door sociale relaties.',

  'status.ACTIVE': 'Actief',
  'status.MERGED': 'Samengevoegd',
  'status.LAPSED': 'Vervallen',

  'agenda.title': 'Kennisagenda',
  'agenda.intro':
    'Aan de hand van sociale kwesties werken gemeenten, hogeschool, maatschappelijke organisaties en inwoners samen aan sociale kwaliteit. Per kwestie is er een leeratelier: doe mee in de arena of volg het vanaf de tribune.',
  'agenda.conditionsTitle': 'De vier voorwaarden voor sociale kwaliteit',
  'agenda.conditionsIntro': 'Elke les en elk inzicht gaat over een of meer van deze voorwaarden.',
  'agenda.issuesTitle': 'Sociale kwesties',
  'agenda.since': 'Op de agenda sinds {since}',
  'agenda.noAtelier': 'Nog geen leeratelier.',
  'agenda.trekker': 'Trekker: {name}',
  'agenda.empty': 'Er staan nog geen kwesties op de agenda.',
  'agenda.showInactive': 'Ook samengevoegde en vervallen kwesties tonen',
  'agenda.mergedInto': 'Samengevoegd met {title}',
  'agenda.lapsedBecause': 'Vervallen: {reason}',
  'agenda.more': 'Meer kwesties laden',
  'agenda.themesTitle': "Landelijke thema's",
  'agenda.themesIntro':
    "Vier thema's die alle Werkplaatsen Sociaal Domein delen. Per thema lees je wat de werkplaatsen er openbaar over delen.",
  'agenda.themesOf': 'Landelijk thema:',

  'atelier.arenaCount': '{count, plural, one {# deelnemer} other {# deelnemers}} in de arena',
  'atelier.tribuneCount': '{count, plural, one {# volger} other {# volgers}} op de tribune',

  'nav.committee': 'Agenda beheren',

  'search.title': 'Zoeken',
  'search.results': '{count, plural, one {# resultaat} other {# resultaten}} voor "{query}"',
  'search.none': 'Niets gevonden voor "{query}" dat jij kunt lezen.',
  'search.kind.Lesson': 'Les',
  'search.kind.Insight': 'Inzicht',
  'search.kind.Question': 'Vraag',
  'search.kind.Atelier': 'Leeratelier',
  'search.more': 'Meer resultaten',
  'search.intro':
    'Zoek in kwesties, ateliers, lessen, inzichten, vragen, activiteiten en opbrengsten. Je vindt alleen wat jij mag lezen.',

  'nav.unread': 'ongelezen',
  'nav.memberships': 'Lidmaatschappen',
  'nav.beheer': 'Beheer',
  'nav.toDecide': 'wachten op je besluit',
  'nav.workshops': 'Alle werkplaatsen',

  'werkplaatsen.switcher': 'Werkplaats',
  'werkplaatsen.switcherGo': 'Ga naar werkplaats',
  'werkplaatsen.title': 'Werkplaatsen Sociaal Domein',
  'werkplaatsen.intro':
    'Regionale werkplaatsen waarin gemeenten, hogeschool, welzijns- en zorgorganisaties en inwoners samen leren. Kies een werkplaats voor haar kennisagenda en leerateliers.',
  'werkplaatsen.listTitle': 'De werkplaatsen',
  'werkplaatsen.empty': 'Er is nog geen werkplaats.',
  'werkplaatsen.region': 'Regio {region}',
  'werkplaatsen.figures':
    '{issues, plural, one {# actuele kwestie} other {# actuele kwesties}} · {ateliers, plural, one {# leeratelier} other {# leerateliers}} · {insights, plural, one {# openbaar inzicht} other {# openbare inzichten}}',
  'werkplaatsen.latest': 'Laatst openbaar gedeeld:',
  'werkplaatsen.themesIntro': 'Wat alle werkplaatsen openbaar delen, per landelijk thema.',

  // Header and navigation (compact header, menu on small screens, sign-up next to sign-in).
  'nav.waiting': 'nieuw voor jou',
  'nav.signedInAsLabel': 'Ingelogd als',
  'nav.joinPrompt': 'Doe je mee?',
  'nav.joinLink': 'Maak een account',
  // Confirming the e-mail address (issue 18): the notice above every page until it is confirmed.
  'app.confirm.title': 'Bevestig je e-mailadres',
  'app.confirm.body':
    'We stuurden een link naar {email}. Tot je die opent, kun je meelezen, ateliers volgen vanaf de tribune en uitnodigingen aannemen, maar nog niet zelf vragen om mee te doen in een arena of lessen verder delen dan je praktijk.',
  'app.confirm.resend': 'Stuur opnieuw',
  'app.confirm.sent': 'Er is een nieuwe link naar {email} gestuurd. Alleen de nieuwste werkt.',

  // report-opendata: the footer's link to the werkplaats's open data.
  'footer.openData': 'Open data',
  'nav.moderation': 'Moderatie',
  'nav.toModerate': 'meldingen wachten',
  'footer.codeOfConduct': 'Gedragscode',
  // The werkplaats's knowledge in pictures (issue 21: network and spread), linked from the footer.
  'footer.workshopLinks': 'Deze werkplaats in beeld',
  'footer.network': 'Het netwerk',
  'footer.spread': 'Spreiding van de lessen',
  // The agenda (in the shell) names the werkplaats's own meetings and their kinds.
  'agenda.workshopActivities': 'Bijeenkomsten van de werkplaats',
  'activityKind.MEETING': 'Ontmoeting',
  'activityKind.NETWORK_MEETING': 'Netwerkbijeenkomst',
  'activityKind.THEME_DISCUSSION': 'Themabespreking',
  'activityKind.LEARNING_SESSION': 'Leer- en ontwikkelsessie',
} as const;

export type ShellKey = keyof typeof nl;

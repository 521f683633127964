import { Prisma } from '../generated/prisma/client.js';

/**
 * The register of processing (verwerkingsregister, art. 30 AVG) as the data model knows it: for every table of
 * prisma/schema.prisma, which personal data it holds, why, on what ground, how long and who reads it. Typed by the
 * generated client, so a new table does not compile until it is described here (or said to hold none), and a
 * test (processing-register.spec.ts) fails when a table that points at a person, or a field that does, is left
 * out. The texts are Dutch: the register is for the werkplaats's FG. The retention texts come from the code's
 * own retention behaviour (the facts below), not from a promise written apart from it.
 */

/** The scalar columns of a table, as the generated client names them. */
export type FieldOf<M extends Prisma.ModelName> = keyof (typeof Prisma)[`${M}ScalarFieldEnum`];

export interface Processing<M extends Prisma.ModelName> {
  /** What the table is, in a few words. */
  subject: string;
  /** The columns that hold personal data, each with what it is. */
  fields: Partial<Record<FieldOf<M>, string>>;
  /** Whom the data are about (betrokkenen). */
  dataSubjects: string;
  purpose: string;
  legalGround: string;
  retention: string;
  readers: string;
}

/** A table without personal data, and why. */
export interface NoPersonalData {
  noPersonalData: string;
}

export type RegisterEntry<M extends Prisma.ModelName> = Processing<M> | NoPersonalData;

export function holdsPersonalData<M extends Prisma.ModelName>(
  entry: RegisterEntry<M>,
): entry is Processing<M> {
  return !('noPersonalData' in entry);
}

/** The retention the code applies, from the configuration and the constants that decide it. */
export interface RetentionFacts {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  knownBrowserDays: number;
  passwordTokenDays: number;
  /** The werkplaats's retention of untouched drafts, and the grace period after proposing their deletion. */
  draftRetentionMonths: number;
  draftGraceDays: number;
}

const ACCOUNT_GROUND =
  'Uitvoering van de overeenkomst over het gebruik van het platform (art. 6 lid 1 sub b AVG).';
const WORK_GROUND =
  'Gerechtvaardigd belang van de werkplaats bij samen werken, evalueren en leren in het sociaal domein (art. 6 lid 1 sub f AVG).';
const SECURITY_GROUND =
  'Gerechtvaardigd belang: de beveiliging van accounts en verantwoording over wie wat deed (art. 6 lid 1 sub f AVG).';
const UNTIL_ERASED =
  'Zolang het account bestaat. Bij het verwijderen van het account gaat dit mee weg (art. 17 AVG, "Mijn account verwijderen").';
const KEPT_ANONYMISED =
  'Zolang de werkplaats het gedeelde werk bewaart. Verwijdert de auteur het account, dan blijft de inhoud staan onder "Verwijderd account": de naam en het e-mailadres verdwijnen.';
const TRIBUNE_READERS =
  'Volgens de zichtbaarheidsladder: wie de trede leest waarop het staat (praktijk, arena, tribune of iedereen), de auteur en de trekker van het atelier.';

export function processingRegister(facts: RetentionFacts): { [M in Prisma.ModelName]: RegisterEntry<M> } {
  return {
    Workshop: { noPersonalData: 'De werkplaats zelf: naam, adres (slug) en regio.' },
    PrivacyStatement: {
      subject: 'Privacyverklaring van de werkplaats',
      fields: {
        dpoContact:
          'naam en contactgegevens van de functionaris gegevensbescherming, als de beheerder die noemt',
        contactEmail: 'contactadres (kan het adres van een persoon zijn)',
      },
      dataSubjects: 'De FG of een contactpersoon van de werkplaats',
      purpose: 'Mensen vertellen wie verantwoordelijk is en hoe ze hun rechten gebruiken.',
      legalGround:
        'Wettelijke verplichting: de informatieplicht van art. 13 en 14 AVG (art. 6 lid 1 sub c AVG).',
      retention:
        'Tot een beheerder het wijzigt; eerdere versies worden niet bewaard (het auditlog zegt welke delen wanneer door wie veranderden).',
      readers: 'Iedereen (de privacyverklaring is openbaar).',
    },
    Municipality: { noPersonalData: 'De gemeenten van het werkgebied.' },
    Organisation: { noPersonalData: 'De netwerkpartners (organisaties), met naam, soort en website.' },
    NationalTheme: { noPersonalData: 'De landelijke thema’s.' },
    InsightLesson: { noPersonalData: 'Welke lessen onder een inzicht liggen (alleen verwijzingen).' },
    Product: {
      subject: 'Opbrengsten van een atelier (rapport, methode, werkvorm, …)',
      fields: {
        registeredById: 'wie de opbrengst registreerde',
        title: 'titel (vrije tekst)',
        description: 'samenvatting (vrije tekst)',
      },
      dataSubjects: 'Trekkers en arenaleden; inwoners over wie de samenvatting gaat',
      purpose: 'Laten zien wat de werkplaats maakt, met de lessen en inzichten waarop het steunt.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers:
        'Volgens de zichtbaarheidsladder (arena, tribune of iedereen), wie hem registreerde en de trekker.',
    },
    ProductAuthor: {
      subject: 'Auteurs van opbrengsten',
      fields: { userId: 'een auteur van de opbrengst' },
      dataSubjects: 'Deelnemers van het atelier die een opbrengst maakten',
      purpose: 'Zeggen wie een opbrengst maakte.',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers: 'Wie de opbrengst leest (volgens de zichtbaarheidsladder).',
    },
    ProductOrganisation: {
      noPersonalData: 'Met welke organisaties een opbrengst is gemaakt (alleen verwijzingen).',
    },
    ProductLesson: { noPersonalData: 'Op welke lessen een opbrengst steunt (alleen verwijzingen).' },
    ProductInsight: { noPersonalData: 'Op welke inzichten een opbrengst steunt (alleen verwijzingen).' },
    StoredFile: {
      subject: 'Bestanden bij opbrengsten',
      fields: {
        uploadedById: 'wie het bestand toevoegde',
        name: 'bestandsnaam (zoals de uploader hem gaf, opgeschoond)',
      },
      dataSubjects: 'Wie een bestand toevoegde; wie in het bestand voorkomt',
      purpose: 'Een opbrengst als bestand beschikbaar maken voor wie de opbrengst mag lezen.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang de opbrengst bestaat: wie de opbrengst of het bestand verwijdert, verwijdert ook de opgeslagen bytes.',
      readers: 'Wie de opbrengst leest (volgens de zichtbaarheidsladder).',
    },
    User: {
      subject: 'Accounts',
      fields: {
        email: 'e-mailadres (om in te loggen en mail te ontvangen)',
        name: 'naam',
        passwordHash: 'wachtwoord, alleen als argon2id-hash',
        partyKind: 'soort partij (inwoner, professional, onderzoeker, …), als de persoon die opgeeft',
        locale: 'taal van de mail',
        erasedAt: 'wanneer het account werd verwijderd',
        blockedAt: 'wanneer een beheerder het account blokkeerde',
        startedInWorkshopId: 'de werkplaats waarvan een beheerder het account aanmaakte',
        nameInReports: 'of de naam in verslagen van ateliers mag staan (toestemming, standaard niet)',
      },
      dataSubjects: 'Deelnemers met een account',
      purpose: 'Inloggen, laten zien wie iets schreef of deed, mail sturen over wat de persoon aangaat.',
      legalGround: ACCOUNT_GROUND,
      retention:
        'Zolang het account bestaat. Bij verwijderen worden naam en e-mailadres vervangen ("Verwijderd account"), het wachtwoord onbruikbaar gemaakt en de soort partij gewist.',
      readers:
        'De naam: wie de bijdragen van de persoon mag lezen. Het e-mailadres: de persoon zelf en de beheerders van de werkplaatsen waarin de persoon meedoet.',
    },
    Membership: {
      subject: 'Lidmaatschappen van organisaties',
      fields: {
        userId: 'de persoon',
        function: 'functie bij de organisatie',
        decidedById: 'wie het lidmaatschap bevestigde of afwees',
      },
      dataSubjects: 'Deelnemers die bij een netwerkpartner horen',
      purpose:
        'Laten zien namens welke organisatie iemand meedoet; bevestigd door een beheerder of de contactpersoon.',
      legalGround: ACCOUNT_GROUND,
      retention: UNTIL_ERASED,
      readers: 'De persoon, de beheerders van de werkplaats en de contactpersonen van de organisatie.',
    },
    WorkshopRole: {
      subject: 'Rollen in een werkplaats (programmacommissie, beheer)',
      fields: { userId: 'de persoon met de rol' },
      dataSubjects: 'Commissieleden en beheerders',
      purpose: 'Bepalen wie de kennisagenda en het beheer van een werkplaats doet.',
      legalGround: ACCOUNT_GROUND,
      retention: `${UNTIL_ERASED} Een ingetrokken rol wordt direct verwijderd (de intrekking staat in de auditlog).`,
      readers: 'De persoon zelf en de beheerders van de werkplaats.',
    },
    Session: {
      subject: 'Inlogsessies',
      fields: {
        userId: 'de persoon',
        userAgent: 'de browser (user agent)',
        createdAt: 'wanneer de sessie begon',
        lastSeenAt: 'wanneer de sessie laatst gebruikt werd',
      },
      dataSubjects: 'Deelnemers die inloggen',
      purpose: 'Ingelogd blijven, en overal kunnen uitloggen.',
      legalGround: SECURITY_GROUND,
      retention: `Een sessie eindigt na ${facts.sessionIdleMinutes} minuten zonder gebruik of ${facts.sessionAbsoluteHours} uur na het inloggen; afgelopen sessies worden verwijderd bij de volgende keer inloggen van de persoon, en alle sessies bij uitloggen overal, blokkeren of verwijderen van het account.`,
      readers: 'De persoon zelf (in de eigen gegevens). Niemand anders leest ze via het platform.',
    },
    ContentScope: {
      noPersonalData:
        'Voor de antwoordcache: per onderdeel (alles, een atelier, of een persoon bij zijn id) het volgnummer van de laatste wijziging; geen inhoud en geen gegevens over personen.',
    },
    OidcProvider: {
      noPersonalData:
        'De instellingen van een werkaccount-aanbieder (adres, client-id, versleuteld geheim, e-maildomeinen); geen persoonsgegevens.',
    },
    OidcOrganisationRule: {
      noPersonalData:
        'Welke inlog via een werkaccount-aanbieder (op e-maildomein of een kenmerk in het ID-token) telt als lid van welke organisatie; geen persoonsgegevens.',
    },
    OidcLogin: {
      noPersonalData:
        'Een begonnen inlog bij een werkaccount-aanbieder (state, PKCE en nonce): nog aan niemand gekoppeld, tien minuten bewaard en eenmalig.',
    },
    OidcIdentity: {
      subject: 'Gekoppelde werkaccounts',
      fields: {
        userId: 'de persoon',
        issuer: 'de aanbieder van het werkaccount',
        subject: 'het kenmerk van de persoon bij die aanbieder',
        label: 'de naam van de aanbieder',
        createdAt: 'wanneer gekoppeld',
        lastUsedAt: 'laatste keer ingelogd met het werkaccount',
      },
      dataSubjects: 'Deelnemers die inloggen met hun werkaccount',
      purpose: 'Inloggen met het account van de eigen organisatie, zonder apart wachtwoord.',
      legalGround: ACCOUNT_GROUND,
      retention:
        'Tot de persoon de koppeling in het profiel verwijdert; alle bij het verwijderen van het account.',
      readers: 'De persoon zelf (in het profiel). Niemand anders leest ze via het platform.',
    },
    OidcLinkRequest: {
      subject: 'Verzoeken om een werkaccount aan een bestaand account te koppelen',
      fields: {
        userId: 'de persoon',
        issuer: 'de aanbieder van het werkaccount',
        subject: 'het kenmerk van de persoon bij die aanbieder',
        label: 'de naam van de aanbieder',
        organisationIds: 'de organisaties waar de inlog bij hoort',
        createdAt: 'wanneer gevraagd',
        usedAt: 'wanneer gekoppeld',
      },
      dataSubjects: 'Deelnemers die voor het eerst inloggen met een werkaccount',
      purpose:
        'Een werkaccount pas koppelen nadat de persoon het wachtwoord van het bestaande account bewees; alleen de hash van de link wordt bewaard.',
      legalGround: SECURITY_GROUND,
      retention:
        'Een verzoek werkt vijftien minuten en één keer. Bij het verwijderen van het account gaan alle verzoeken weg.',
      readers: 'Niemand leest ze via het platform.',
    },
    PasswordToken: {
      subject: 'Links om een wachtwoord in te stellen',
      fields: {
        userId: 'de persoon',
        createdAt: 'wanneer de link gemaakt werd',
        usedAt: 'wanneer hij gebruikt werd',
      },
      dataSubjects: 'Deelnemers die hun wachtwoord (opnieuw) instellen',
      purpose:
        'Een wachtwoord (opnieuw) laten instellen met een eenmalige link; alleen de hash van de link wordt bewaard.',
      legalGround: SECURITY_GROUND,
      retention: `Een link werkt ${facts.passwordTokenDays} dagen en één keer. Bij het verwijderen van het account gaan alle links weg.`,
      readers: 'Niemand leest ze via het platform.',
    },
    EmailConfirmation: {
      subject: 'Links om een e-mailadres te bevestigen',
      fields: {
        userId: 'de persoon',
        email: 'het adres dat de link bevestigt',
        createdAt: 'wanneer de link gemaakt werd',
        usedAt: 'wanneer hij gebruikt werd',
      },
      dataSubjects: 'Deelnemers die een account maken',
      purpose:
        'Nagaan dat een nieuw account het eigen e-mailadres opgaf; alleen de hash van de link wordt bewaard.',
      legalGround: SECURITY_GROUND,
      retention:
        'Een link werkt 7 dagen en één keer; een nieuwere link vervangt hem. Bij het verwijderen van het account gaan alle links weg.',
      readers: 'Niemand leest ze via het platform.',
    },
    EmailInvitation: {
      subject: 'Uitnodigingen per e-mail',
      fields: {
        email: 'e-mailadres van wie uitgenodigd is',
        message: 'wat de uitnodiger erbij schreef (vrije tekst)',
        createdById: 'wie uitnodigde',
        acceptedById: 'wie de uitnodiging aannam',
      },
      dataSubjects:
        'Mensen die uitgenodigd worden (ook zonder account); trekkers en beheerders die uitnodigen',
      purpose:
        'Mensen uitnodigen voor een atelier (arena of tribune) of de werkplaats, met een eenmalige link; alleen de hash van de link wordt bewaard.',
      legalGround: WORK_GROUND,
      retention:
        'Een link werkt 14 dagen en één keer. De uitnodiging blijft in de lijst van wie uitnodigde (open, aangenomen, ingetrokken, verlopen); verwijdert de uitgenodigde het account, dan gaan de uitnodigingen aan dat adres weg.',
      readers:
        'De trekker en de programmacommissie van het atelier; voor de werkplaats haar beheerders. Niemand anders.',
    },
    KnownBrowser: {
      subject: 'Bekende browsers',
      fields: {
        userId: 'de persoon',
        createdAt: 'eerste keer inloggen',
        lastSeenAt: 'laatste keer inloggen',
      },
      dataSubjects: 'Deelnemers die inloggen',
      purpose:
        'Wachtwoordpogingen vanaf een eigen browser apart tellen, zodat een aanvaller de eigenaar niet buitensluit.',
      legalGround: SECURITY_GROUND,
      retention: `Een browser die ${facts.knownBrowserDays} dagen niet inlogde wordt vergeten (bij de volgende keer inloggen op het account); alle bij verwijderen van het account.`,
      readers: 'Niemand leest ze via het platform.',
    },
    SocialIssue: {
      subject: 'Kwesties van de kennisagenda',
      fields: {
        title: 'titel (vrije tekst)',
        description: 'omschrijving (vrije tekst, kan over mensen gaan)',
        lapseReason: 'reden van vervallen (vrije tekst)',
      },
      dataSubjects: 'Inwoners of anderen over wie de tekst gaat (zelden)',
      purpose: 'De regionale kennisagenda bijhouden.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang de werkplaats de agenda bewaart; een kwestie vervalt of wordt samengevoegd maar blijft als geschiedenis staan.',
      readers: 'Iedereen (de kennisagenda is openbaar).',
    },
    SocialIssueChange: {
      subject: 'Geschiedenis van de kennisagenda',
      fields: { actorId: 'wie de wijziging deed', fromValue: 'oude tekst', toValue: 'nieuwe tekst' },
      dataSubjects: 'Commissieleden; inwoners over wie een tekst ging',
      purpose: 'Verantwoorden hoe de agenda veranderde.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang de kwestie bestaat. Bij verwijderen van het account blijft de wijziging staan onder "Verwijderd account".',
      readers: 'Iedereen die de kwestie leest.',
    },
    Atelier: {
      subject: 'Leerateliers',
      fields: { trekkerId: 'de trekker', description: 'omschrijving (vrije tekst)' },
      dataSubjects: 'Trekkers',
      purpose: 'Laten zien wie een atelier trekt en waar het over gaat.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: 'Iedereen (ateliers en hun trekker zijn openbaar).',
    },
    Participation: {
      subject: 'Deelname aan ateliers (arena of tribune)',
      fields: { userId: 'de persoon', organisationId: 'namens welke organisatie', joinedAt: 'sinds wanneer' },
      dataSubjects: 'Deelnemers',
      purpose: 'Bepalen wat iemand in een atelier mag lezen en doen.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang het atelier bestaat; wie vertrekt blijft als vertrokken staan. Bij verwijderen van het account eindigt een lopende deelname, zonder organisatie.',
      readers: 'De deelnemers, de trekker en de programmacommissie van het atelier.',
    },
    ParticipationChange: {
      subject: 'Geschiedenis van deelname',
      fields: {
        actorId: 'wie de wijziging deed',
        note: 'reden (vrije tekst, bijvoorbeeld bij verwijderen)',
        organisationId: 'namens welke organisatie, op dat moment',
      },
      dataSubjects: 'Deelnemers en trekkers',
      purpose: 'Verantwoorden wie wanneer instapte, wisselde, vertrok of werd verwijderd.',
      legalGround: SECURITY_GROUND,
      retention: 'Zolang de deelname bestaat.',
      readers: 'De persoon zelf, de trekker en de programmacommissie van het atelier.',
    },
    JoinRequest: {
      subject: 'Verzoeken en uitnodigingen om mee te doen',
      fields: {
        userId: 'de persoon',
        createdById: 'wie het verzoek of de uitnodiging maakte',
        decidedById: 'wie besliste',
        message: 'bericht (vrije tekst)',
        decisionNote: 'reden van afwijzen (vrije tekst)',
      },
      dataSubjects: 'Deelnemers en trekkers',
      purpose: 'Meedoen aan een atelier op verzoek of uitnodiging regelen.',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers: 'De persoon, wie het verzoek maakte, de trekker en de programmacommissie.',
    },
    Question: {
      subject: 'Vragen in de arena',
      fields: {
        authorId: 'de auteur',
        title: 'vraag (vrije tekst)',
        body: 'toelichting (vrije tekst, kan over inwoners gaan)',
      },
      dataSubjects: 'Auteurs; inwoners over wie de tekst gaat',
      purpose: 'Samen vragen formuleren rond een kwestie.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers:
        'De arena, de trekker en de programmacommissie van het atelier; een beantwoorde vraag die de trekker deelde ook de tribune of iedereen.',
    },
    Proposal: {
      subject: 'Besluiten in de arena (voorstellen en peilingen)',
      fields: {
        authorId: 'wie het voorstel deed',
        title: 'titel (vrije tekst)',
        body: 'toelichting (vrije tekst, kan over inwoners gaan)',
        outcome: 'het besluit (vrije tekst)',
      },
      dataSubjects: 'Deelnemers in de arena en trekkers; inwoners over wie de tekst gaat',
      purpose: 'In gezamenlijk overleg besluiten wat het atelier doet, en dat besluit vastleggen.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: 'Alleen de arena en de trekker van het atelier.',
    },
    ProposalOption: { noPersonalData: 'De keuzes van een peiling, zoals de voorsteller ze schreef.' },
    Stance: {
      subject: 'Standpunten en stemmen bij besluiten',
      fields: {
        userId: 'wie het standpunt innam',
        choice: 'het standpunt (eens, onthouding, oneens, blokkeren)',
        reason: 'de reden (vrije tekst)',
        optionIds: 'de gekozen of gerangschikte keuzes',
      },
      dataSubjects: 'Deelnemers in de arena en trekkers',
      purpose: 'Samen besluiten: wie welk standpunt innam is zichtbaar voor wie meebeslist.',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers: 'Alleen de arena en de trekker van het atelier.',
    },
    QuestionLesson: {
      subject: 'Lessen die een vraag beantwoorden',
      fields: { linkedById: 'wie de les aan de vraag koppelde' },
      dataSubjects: 'Deelnemers in de arena en trekkers',
      purpose: 'Laten zien wat een vraag van de arena beantwoordt.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang vraag en les bestaan. Bij verwijderen van het account blijft de koppeling staan zonder naam.',
      readers: 'Wie zowel de vraag als de les mag lezen.',
    },
    QuestionInsight: {
      subject: 'Inzichten die een vraag beantwoorden',
      fields: { linkedById: 'wie het inzicht aan de vraag koppelde' },
      dataSubjects: 'Deelnemers in de arena en trekkers',
      purpose: 'Laten zien wat een vraag van de arena beantwoordt.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang vraag en inzicht bestaan. Bij verwijderen van het account blijft de koppeling staan zonder naam.',
      readers: 'Wie zowel de vraag als het inzicht mag lezen.',
    },
    QuestionChange: {
      subject: 'Geschiedenis van de status en zichtbaarheid van vragen',
      fields: { actorId: 'wie de status of de trede van de vraag veranderde' },
      dataSubjects: 'Deelnemers in de arena, trekkers en commissieleden',
      purpose: 'Verantwoorden wie een vraag beantwoord noemde en met wie deelde.',
      legalGround: SECURITY_GROUND,
      retention: 'Zolang de vraag bestaat. Bij verwijderen van het account blijft de stap staan zonder naam.',
      readers: 'Wie de vraag leest.',
    },
    Practice: {
      subject: 'Lerende praktijken',
      fields: {
        startedById: 'wie de praktijk startte',
        neighbourhood: 'wijk of kern',
        description: 'omschrijving (vrije tekst)',
      },
      dataSubjects: 'Deelnemers; inwoners over wie de tekst gaat',
      purpose: 'Lokaal leren in een gemeente organiseren.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: 'De arena, de trekker en de programmacommissie van het atelier.',
    },
    PracticeParticipant: {
      subject: 'Deelnemers van lerende praktijken',
      fields: { userId: 'de persoon', joinedAt: 'sinds wanneer', leftAt: 'tot wanneer' },
      dataSubjects: 'Deelnemers',
      purpose: 'Bepalen wie de lessen op de praktijktrede leest.',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers: 'De arena, de trekker en de programmacommissie van het atelier.',
    },
    Lesson: {
      subject: 'Geleerde lessen',
      fields: {
        authorId: 'de auteur',
        title: 'titel (vrije tekst)',
        body: 'de les (vrije tekst: vaak het verhaal van een inwoner, mogelijk met gezondheid of schulden)',
        publicConsent: 'toestemming van de auteur om de les openbaar te maken',
        hiddenById: 'wie de les verborg (moderatie)',
        hiddenReason: 'waarom de moderatie de les verborg',
      },
      dataSubjects: 'Auteurs; inwoners over wie de les gaat',
      purpose:
        'Vastleggen wat in de praktijk geleerd is en het stap voor stap delen (praktijk, arena, tribune, openbaar).',
      legalGround: `${WORK_GROUND} Verhalen van inwoners alleen met hun toestemming of gepseudonimiseerd.`,
      retention: `Een concept dat ${facts.draftRetentionMonths} maanden niet is aangeraakt, wordt de auteur voorgesteld om te verwijderen (melding en e-mail) en ${facts.draftGraceDays} dagen later verwijderd, tenzij de auteur het intussen opslaat. Gedeelde lessen: ${KEPT_ANONYMISED.charAt(0).toLowerCase()}${KEPT_ANONYMISED.slice(1)}`,
      readers: TRIBUNE_READERS,
    },
    LessonVisibilityChange: {
      subject: 'Geschiedenis van de zichtbaarheid van lessen',
      fields: { actorId: 'wie de les een trede hoger of lager zette' },
      dataSubjects: 'Auteurs en trekkers',
      purpose: 'Verantwoorden wie een les met wie deelde.',
      legalGround: SECURITY_GROUND,
      retention: 'Zolang de les bestaat. Bij verwijderen van het account blijft de stap staan zonder naam.',
      readers: 'Wie de les leest.',
    },
    Insight: {
      subject: 'Regionale inzichten',
      fields: {
        authorId: 'de auteur (trekker)',
        title: 'titel (vrije tekst)',
        body: 'het inzicht (vrije tekst)',
      },
      dataSubjects: 'Trekkers; inwoners over wie het inzicht gaat',
      purpose: 'Lokale lessen tot regionale kennis verbinden en delen.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: TRIBUNE_READERS,
    },
    InsightVisibilityChange: {
      subject: 'Geschiedenis van de zichtbaarheid van inzichten',
      fields: { actorId: 'wie het inzicht een trede hoger of lager zette' },
      dataSubjects: 'Trekkers en commissieleden',
      purpose: 'Verantwoorden wie een inzicht met wie deelde.',
      legalGround: SECURITY_GROUND,
      retention:
        'Zolang het inzicht bestaat. Bij verwijderen van het account blijft de stap staan zonder naam.',
      readers: 'Wie het inzicht leest.',
    },
    Activity: {
      subject: 'Activiteiten van een atelier (tribune) of van de hele werkplaats (ontmoeting, symposium)',
      fields: {
        plannedById: 'wie de activiteit plande',
        description: 'omschrijving (vrije tekst)',
        location: 'plaats',
        outcome: 'wat eruit kwam (vrije tekst)',
        outcomeRecordedById: 'wie vastlegde wat eruit kwam',
      },
      dataSubjects: 'Trekkers en beheerders; wie in de vrije tekst genoemd wordt',
      purpose: 'Bijeenkomsten aankondigen en vastleggen wat ze opleverden.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers:
        'Wie de tribune van het atelier leest; bij een activiteit van de werkplaats de mensen van de werkplaats, of iedereen als ze openbaar is.',
    },
    ActivityLesson: {
      noPersonalData:
        'Welke lessen een activiteit presenteert of uit de zaal opleverde (alleen verwijzingen).',
    },
    ActivityInsight: { noPersonalData: 'Welke inzichten een activiteit presenteert (alleen verwijzingen).' },
    ActivityProduct: {
      noPersonalData: 'Welke opbrengsten een activiteit presenteert (alleen verwijzingen).',
    },
    Registration: {
      subject: 'Aanmeldingen voor activiteiten',
      fields: {
        userId: 'de persoon',
        createdAt: 'wanneer aangemeld',
        cancelledAt: 'wanneer afgemeld',
        attended:
          'of de persoon er was (de naam staat alleen bij de activiteit met toestemming, "naam in verslagen")',
      },
      dataSubjects: 'Deelnemers',
      purpose: 'Weten wie er komt (en of er plaats is), en na afloop wie er was.',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers:
        'De persoon, de trekker en de programmacommissie van het atelier (bij een activiteit van de werkplaats: de beheerders).',
    },
    CalendarFeed: {
      subject: 'Agenda-abonnementen',
      fields: {
        userId: 'de persoon',
        includeFollowed: 'of ook alle activiteiten van de eigen ateliers erin staan',
        createdAt: 'wanneer het adres gemaakt werd',
        lastFetchedAt: 'wanneer een agenda-app het laatst ophaalde',
      },
      dataSubjects: 'Deelnemers met een agenda-abonnement',
      purpose:
        'De activiteiten van de persoon in de eigen agenda-app tonen via een geheim adres; alleen de hash van het adres wordt bewaard.',
      legalGround: ACCOUNT_GROUND,
      retention:
        'Tot de persoon het abonnement stopt of een nieuw adres maakt; bij het verwijderen van het account gaat het weg.',
      readers: 'De persoon zelf (de agenda-app met het adres leest alleen de activiteiten).',
    },
    Reaction: {
      subject: 'Reacties op lessen en inzichten',
      fields: {
        authorId: 'de auteur',
        body: 'de reactie (vrije tekst)',
        hiddenById: 'wie de reactie verborg (moderatie)',
        hiddenReason: 'waarom de moderatie de reactie verborg',
      },
      dataSubjects: 'Tribuneleden; inwoners over wie de reactie gaat',
      purpose: 'Het gesprek van de tribune over gedeelde kennis.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers:
        'Wie de les of het inzicht en de tribune van het atelier leest (niet bezoekers zonder account).',
    },
    ContentReport: {
      subject: 'Meldingen van lessen en reacties aan de moderatie',
      fields: {
        reporterId: 'wie meldde',
        note: 'de toelichting van wie meldde (vrije tekst)',
        closedById: 'welke moderator de melding afhandelde',
      },
      dataSubjects: 'Wie meldt; de auteur van wat gemeld is; moderatoren (trekker, beheerders)',
      purpose: 'Een veilige plek: misbruik snel en zichtbaar afhandelen (gedragscode).',
      legalGround: WORK_GROUND,
      retention: UNTIL_ERASED,
      readers:
        'De moderatoren van het atelier (de trekker, de beheerders van de werkplaats); niet de auteur van wat gemeld is.',
    },
    ReactionRevision: {
      subject: 'Eerdere versies van bewerkte reacties',
      fields: { body: 'de eerdere tekst van de reactie (vrije tekst)' },
      dataSubjects: 'Tribuneleden; inwoners over wie de reactie ging',
      purpose: 'Moderatie: zien wat er eerder stond wanneer een reactie na een melding is bewerkt.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: 'De trekker van het atelier en de beheerders van de werkplaats (moderatoren).',
    },
    ReactionMention: {
      subject: 'Vermeldingen (@naam) in reacties',
      fields: { userId: 'de vermelde persoon' },
      dataSubjects: 'Wie in een reactie vermeld wordt',
      purpose: 'De vermelde persoon eenmaal een melding sturen, en niet opnieuw bij een bewerking.',
      legalGround: WORK_GROUND,
      retention:
        'Zolang de reactie bestaat; bij het verwijderen van het account van de vermelde persoon gaat het weg.',
      readers: 'Wie de reactie leest.',
    },
    Advice: {
      subject: 'Adviezen van de programmacommissie',
      fields: { authorId: 'de auteur', title: 'titel (vrije tekst)', body: 'het advies (vrije tekst)' },
      dataSubjects: 'Commissieleden',
      purpose: 'Een atelier gevraagd of ongevraagd adviseren.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers: 'De trekker en de programmacommissie van het atelier.',
    },
    Notification: {
      subject: 'Meldingen',
      fields: {
        userId: 'de ontvanger',
        actorId: 'wie de melding veroorzaakte',
        personId: 'over wie een rolwijziging gaat',
        note: 'wat de handelende persoon schreef (vrije tekst)',
        readAt: 'wanneer gelezen',
      },
      dataSubjects: 'Deelnemers',
      purpose: 'Iemand vertellen wat hem of haar aangaat (een gedeelde les, een verzoek, een besluit).',
      legalGround: WORK_GROUND,
      retention:
        'Tot het account van de ontvanger wordt verwijderd; ook weg wanneer waar de melding over gaat verdwijnt.',
      readers: 'Alleen de ontvanger.',
    },
    AuditEvent: {
      subject: 'Auditlog',
      fields: {
        actorId: 'wie handelde',
        personId: 'over wie het gaat',
        details: 'wat er veranderde (bijvoorbeeld oude en nieuwe trede of rol)',
        createdAt: 'wanneer',
      },
      dataSubjects: 'Deelnemers, trekkers, commissieleden en beheerders',
      purpose:
        'Verantwoorden wie wat zichtbaar maakte, rollen gaf of afnam, en wat er met accounts gebeurde.',
      legalGround: SECURITY_GROUND,
      retention:
        'Zolang de werkplaats bestaat; er is (nog) geen automatische bewaartermijn. Bij verwijderen van een account blijft het spoor staan zonder naam.',
      readers:
        'De programmacommissie en de beheerders van de werkplaats; gebeurtenissen over accounts alleen de beheerders.',
    },
    Digest: {
      subject: "Overzichten 'Wat we leerden' van de trekker",
      fields: { authorId: 'de trekker die het schreef', introduction: 'inleiding (vrije tekst)' },
      dataSubjects: 'Trekkers',
      purpose: 'De volgers van een atelier vertellen wat het atelier leerde.',
      legalGround: WORK_GROUND,
      retention: KEPT_ANONYMISED,
      readers:
        'Een concept: de trekker. Verstuurd: wie het atelier volgt; ieder ziet alleen de lessen en inzichten die hij of zij mag lezen.',
    },
    DigestItem: {
      noPersonalData:
        'Welke lessen en inzichten in een overzicht staan, in welke volgorde: de personen staan bij de lessen en inzichten zelf.',
    },
    MailMessage: {
      subject: 'Uitgaande mail',
      fields: {
        to: 'e-mailadres van de ontvanger',
        userId: 'de ontvanger (als die een account heeft)',
        subject: 'onderwerp',
        text: 'inhoud (tekst)',
        html: 'inhoud (HTML)',
        lastError: 'foutmelding van de mailserver',
      },
      dataSubjects: 'Ontvangers van mail',
      purpose: 'Mail over iemands account en deelname betrouwbaar versturen (wachtwoordlinks, meldingen).',
      legalGround: ACCOUNT_GROUND,
      retention:
        'De inhoud wordt gewist zodra de mail verzonden is of definitief niet verzonden kon worden; adres en onderwerp blijven als verzendbewijs. Bij verwijderen van het account verdwijnt alle mail aan het adres.',
      readers:
        'De mailserver van de werkplaats verstuurt ze. Beheerders zien van onbezorgbare mail aan mensen van hun werkplaats de ontvanger, het onderwerp en de foutmelding (Beheer › Onbezorgde mail), niet de inhoud.',
    },
  };
}

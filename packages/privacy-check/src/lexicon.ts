// Word lists the rules share. Lower-case; matched against lower-cased tokens.

const words = (s: string): Set<string> => new Set(s.split(' '));

/** Forms of address that make the next name part a person's name ("mevrouw J.", "dhr. Jansen"). */
export const TITLES = words(
  'mevrouw meneer mevr mw mw. mevr. dhr dhr. heer juffrouw juf meester mr mr. dr dr. opa oma tante oom ' +
    'buurvrouw buurman zuster broeder pastoor dominee ds ds. familie fam fam. wethouder burgemeester dokter ' +
    'huisarts imam pastor',
);

/** Titles that are family or neighbour words: only a capitalised name after them counts, not an initial. */
export const SOFT_TITLES = words(
  'opa oma tante oom buurvrouw buurman zuster broeder juf meester wethouder burgemeester dokter huisarts imam pastor',
);

/** Surname particles (tussenvoegsels), written lower- or upper-case. */
export const PARTICLES = words(
  "van de der den het ten ter te el al la le du da dos von 't in op bin ben abu ait ibn d'",
);

/** Capitalised words that start sentences or name days and months: never a surname part. */
export const NOT_NAME_PARTS = words(
  'de het een ze zij hij wij we ik je jij u dat die dit deze daar daarna toen ook maar en of want omdat als bij in ' +
    'op met van voor na uit aan naar over om tot door zo nu dan wel niet geen er hier wat wie waar hoe waarom ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli ' +
    'augustus september oktober november december gemeente wijkteam stichting buurthuis team',
);

/** Words before a capitalised name that make it the name of an organisation, a place or a shop. */
export const ORGANISATION_WORDS = words(
  'stichting vereniging fonds buurthuis wijkcentrum café bakkerij slagerij school basisschool kerk moskee sint st st. ' +
    'huize zorgcentrum woonzorgcentrum verpleeghuis praktijk restaurant winkel supermarkt bibliotheek theater ' +
    'ziekenhuis kliniek apotheek sportschool sporthal voetbalclub club speeltuin wijk straat de het',
);

/**
 * Endings that make a capitalised word after a first name a street, building or institution ("Willem de
 * Zwijgerstraat", "Jeroen Bosch Ziekenhuis"). Not endings that are common in surnames too (Van Dijk,
 * Kerkhof, Veldhuis, Westerveld), and never applied after a title ("meneer Van Dijk" is a person).
 */
export const PLACE_ENDINGS =
  /(?:straat|weg|laan|plein|singel|gracht|kade|dreef|steeg|plantsoen|markt|allee|school|centrum|college|kliniek|ziekenhuis|hal|kerk|fonds|stichting|prijs|brug|polder|haven|kwartier|park)$/;

/** Verbs and words after a first name that show it is a person ("Roos vertelde"). */
export const PERSON_CONTEXT = words(
  'vertelde vertelt zei zegt heeft had is was kwam komt belde belt woont woonde kreeg krijgt liet vroeg vraagt ' +
    'gaf geeft moest moet kon kan durfde durft ging gaat zit zat werkt werkte huilde lachte schreef schrijft wilde ' +
    'wil mocht mag liep loopt stond staat bleef blijft hoorde wist weet voelde voelt leeft leefde kookte kookt ' +
    'zorgt zorgde vond vindt en',
);

/** Nouns for a person that an age with a place may follow ("een man van 45 uit Lent"). */
export const PERSON_NOUNS =
  'man|vrouw|meneer|mevrouw|jongen|meisje|jongeman|moeder|vader|inwoner|inwoonster|bewoner|bewoonster|oudere|dame|heer|weduwe|weduwnaar|cliënt|client|klant|deelnemer|deelneemster|buurman|buurvrouw|jongere|student|studente|scholier|vrijwilliger|vrijwilligster|mantelzorger|oma|opa|dochter|zoon|kind|alleenstaande|statushouder|nieuwkomer|bezoeker|bezoekster|echtpaar|stel';

/** Places never count as the place of an age ("(45) in Nederland" names no neighbourhood). */
export const WIDE_PLACES = words('nederland europa gelderland brabant holland');

export const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

/**
 * Health and money details that make a nearby name sensitive (special categories of the AVG, and debt).
 * Stems: matched at a word start.
 */
export const HEALTH_TERMS =
  /(?<![\p{L}])(?:dementie|dementerend|alzheimer|parkinson|kanker|chemo|diabetes|suikerziekte|depressie|depressief|burn-?out|overspannen|psychose|psychotisch|schizofren\p{L}*|bipolair|borderline|autisme|autistisch|adhd|angststoornis|ptss|trauma|verslav\p{L}*|verslaafd|alcoholis\p{L}*|alcoholprobl\p{L}*|drugsgebruik|ggz|hiv|hartinfarct|beroerte|herseninfarct|licht verstandelijke beperking|verstandelijke beperking|lvb|suïcid\p{L}*|zelfmoord\p{L}*|eetstoornis|anorexia|zwanger|miskraam|rolstoel|ziekte|ziek|opgenomen|medicatie|medicijnen|handicap|gehandicapt|slechtziend|slechthorend|doof|blind|copd|astma|reuma|epilepsie|hartpati\p{L}*|(?:niet-aangeboren )?hersenletsel|nah|psychisch\p{L}*|psychiatri\p{L}*|long covid)(?![\p{L}])/giu;

export const DEBT_TERMS =
  /(?<![\p{L}])(?:schuld(?:en|hulp\p{L}*|sanering|eisers?)?|betalingsachterstand(?:en)?|huurachterstand(?:en)?|achterstand(?:en)?|deurwaarders?|beslag|beschermingsbewind|bewindvoer\p{L}*|onder bewind|wsnp|failliet|faillissement|bijstand|bijstandsuitkering|uitkering|voedselbank|afgesloten van (?:gas|stroom|water))(?![\p{L}])/giu;

/** Counted nouns after a number: "in de Dorpsstraat 12 gezinnen" is a count, not a house number. */
export const COUNTED =
  /^\s+(?:gezinnen|mensen|bewoners|huishoudens|woningen|huizen|kinderen|deelnemers|jongeren|ouderen|keer|procent|euro|jaar|jaren|maanden|weken|dagen|minuten|uur|bezoekers|vrijwilligers|stoelen|tafels|families|adressen|portieken|flats|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\p{L}])/u;

/** Role addresses of organisations are no one's personal data ("info@buurthuis.nl"). */
export const ROLE_MAILBOXES = words(
  'info contact secretariaat post mail receptie balie helpdesk noreply no-reply servicedesk klantenservice ' +
    'welkom hallo vragen aanmelden communicatie redactie administratie',
);

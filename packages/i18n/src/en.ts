import type { ShellKey } from './nl.js';

/** English texts of the shell: the same keys as the Dutch (the type makes a missing key a compile error). */
export const en: Record<ShellKey, string> = {
  'app.name': 'Werkplaats Sociaal Domein',
  'app.skipToContent': 'Skip to content',
  'app.shortName': 'Werkplaats',

  'nav.main': 'Main menu',
  'nav.agenda': 'Knowledge agenda',
  'nav.feed': 'Tribune',
  'nav.outputs': 'Outputs',
  'nav.notifications': 'Notifications',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Create account',
  'nav.signOut': 'Sign out',
  'nav.signedOutHere': 'You have signed out of the werkplaats. Your work account is still signed in.',
  'nav.signOutAtProvider': 'Also sign out at {label}',
  'nav.signedInAs': 'Signed in as {name}',
  'nav.language': 'Language',
  'nav.switchTo': 'Nederlands',
  'nav.switchToLabel': 'Schakel naar Nederlands',
  'nav.privacy': 'Privacy',
  'nav.menu': 'Menu',
  'nav.profile': 'My details',

  'search.label': 'Search',
  'search.placeholder': 'Search social issues, ateliers, lessons and more',
  'search.submit': 'Search',

  'footer.about': 'Working, evaluating and learning together for social quality in the social base.',
  'footer.privacy': 'Privacy and your data',
  // Statements the law expects (privacy statement, accessibility statement), linked from every footer.
  'footer.links': 'Links about this website',
  'footer.privacyStatement': 'Privacy statement',
  'footer.accessibility': 'Accessibility',

  'state.loading': 'One moment, loading…',
  'state.error': 'That did not work. Check your connection and try again.',
  'state.badInput': 'This contains characters we cannot read. Please change it and try again.',
  'state.retry': 'Try again',
  'state.notFound.title': 'This page does not exist',
  'state.notFound.body': 'The link may be out of date, or you may not have access to what was here.',
  'state.notFound.back': 'To the knowledge agenda',

  'condition.SOCIO_ECONOMIC_SECURITY': 'Socio-economic security',
  'condition.SOCIAL_INCLUSION': 'Social inclusion',
  'condition.SOCIAL_COHESION': 'Social cohesion',
  'condition.SOCIAL_EMPOWERMENT': 'Social empowerment',

  'conditionInfo.SOCIO_ECONOMIC_SECURITY': 'Basic needs such as work, income, housing and safety.',
  'conditionInfo.SOCIAL_INCLUSION': 'Accessibility and responsiveness of groups, organisations and systems.',
  'conditionInfo.SOCIAL_COHESION': 'Connectedness based on respect, recognition and reciprocity.',
  'conditionInfo.SOCIAL_EMPOWERMENT':
    'Room for personal development and self-determination, supported by social relations.',

  'status.ACTIVE': 'Active',
  'status.MERGED': 'Merged',
  'status.LAPSED': 'Lapsed',

  'agenda.title': 'Knowledge agenda',
  'agenda.intro':
    'Municipalities, the university, social organisations and residents work on social quality through social issues. Each issue has a learning atelier: work in its arena or follow it from the tribune.',
  'agenda.conditionsTitle': 'The four conditions of social quality',
  'agenda.conditionsIntro': 'Every lesson and insight speaks to one or more of these conditions.',
  'agenda.issuesTitle': 'Social issues',
  'agenda.since': 'On the agenda since {since}',
  'agenda.noAtelier': 'No learning atelier yet.',
  'agenda.trekker': 'Lead: {name}',
  'agenda.empty': 'There are no issues on the agenda yet.',
  'agenda.showInactive': 'Also show merged and lapsed issues',
  'agenda.mergedInto': 'Merged into {title}',
  'agenda.lapsedBecause': 'Lapsed: {reason}',
  'agenda.more': 'Load more issues',
  'agenda.themesTitle': 'National themes',
  'agenda.themesIntro':
    'Four themes that every Werkplaats Sociaal Domein shares. Each shows what the werkplaatsen share publicly under it.',
  'agenda.themesOf': 'National theme:',

  'atelier.arenaCount': '{count, plural, one {# participant} other {# participants}} in the arena',
  'atelier.tribuneCount': '{count, plural, one {# follower} other {# followers}} on the tribune',

  'nav.committee': 'Manage agenda',

  'search.title': 'Search',
  'search.results': '{count, plural, one {# result} other {# results}} for "{query}"',
  'search.none': 'Nothing found for "{query}" that you may read.',
  'search.kind.Lesson': 'Lesson',
  'search.kind.Insight': 'Insight',
  'search.kind.Question': 'Question',
  'search.kind.Atelier': 'Learning atelier',
  'search.more': 'More results',
  'search.intro':
    'Search social issues, ateliers, lessons, insights, questions, activities and outputs. You only find what you may read.',

  'nav.unread': 'unread',
  'nav.memberships': 'Memberships',
  'nav.beheer': 'Administration',
  'nav.toDecide': 'waiting for your decision',
  'nav.workshops': 'All werkplaatsen',

  'werkplaatsen.switcher': 'Werkplaats',
  'werkplaatsen.switcherGo': 'Go to werkplaats',
  'werkplaatsen.title': 'Werkplaatsen Sociaal Domein',
  'werkplaatsen.intro':
    'Regional werkplaatsen where municipalities, a university of applied sciences, welfare and care organisations and citizens learn together. Choose a werkplaats for its knowledge agenda and learning ateliers.',
  'werkplaatsen.listTitle': 'The werkplaatsen',
  'werkplaatsen.empty': 'There is no werkplaats yet.',
  'werkplaatsen.region': 'Region {region}',
  'werkplaatsen.figures':
    '{issues, plural, one {# current issue} other {# current issues}} · {ateliers, plural, one {# learning atelier} other {# learning ateliers}} · {insights, plural, one {# public insight} other {# public insights}}',
  'werkplaatsen.latest': 'Latest shared publicly:',
  'werkplaatsen.themesIntro': 'What every werkplaats shares publicly, per national theme.',

  // Header and navigation (compact header, menu on small screens, sign-up next to sign-in).
  'nav.waiting': 'new for you',
  'nav.signedInAsLabel': 'Signed in as',
  'nav.joinPrompt': 'Taking part?',
  'nav.joinLink': 'Create an account',
  // Confirming the e-mail address (issue 18): the notice above every page until it is confirmed.
  'app.confirm.title': 'Confirm your e-mail address',
  'app.confirm.body':
    'We sent a link to {email}. Until you open it, you can read along, follow ateliers from the tribune and accept invitations, but not yet ask to join an arena yourself or share lessons beyond your practice.',
  'app.confirm.resend': 'Send it again',
  'app.confirm.sent': 'A new link was sent to {email}. Only the newest one works.',

  // report-opendata: the footer's link to the werkplaats's open data.
  'footer.openData': 'Open data',
  'nav.moderation': 'Moderation',
  'nav.toModerate': 'reports waiting',
  'footer.codeOfConduct': 'Code of conduct',
  // The werkplaats's knowledge in pictures (issue 21: network and spread), linked from the footer.
  'footer.workshopLinks': 'This werkplaats in pictures',
  'footer.network': 'The network',
  'footer.spread': 'Spread of the lessons',
  // The agenda (in the shell) names the werkplaats's own meetings and their kinds.
  'agenda.workshopActivities': 'Meetings of the werkplaats',
  'activityKind.MEETING': 'Meeting',
  'activityKind.NETWORK_MEETING': 'Network meeting',
  'activityKind.THEME_DISCUSSION': 'Theme discussion',
  'activityKind.LEARNING_SESSION': 'Learning and development session',
};

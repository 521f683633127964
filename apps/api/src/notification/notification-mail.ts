import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { MailDelivery, Notification, NotificationKind } from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import {
  ateliersModeratedBy,
  readableActivities,
  readableInsights,
  readableLessons,
  readableProducts,
  readableProposals,
  readableQuestions,
} from '../common/authz/policy.js';
import { viewerOf, type Viewer } from '../common/authz/viewer.js';
import { toGlobalId } from '../common/graphql/relay.js';
import { excerpt } from '../common/text/sanitize.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { DRAFT_GRACE_DAYS } from '../privacy/retention-rules.js';
import { MailService } from '../mail/mail.service.js';
import type { OutgoingMail } from '../mail/outbox.js';
import { MailRenderers, type RenderedAtSend } from '../mail/renderers.js';
import { mailLocale, renderMail, type MailLocale } from '../mail/template.js';
import {
  unsubscribeHeaders,
  unsubscribeToken,
  unsubscribeUrl,
  UnsubscribeSettings,
  type UnsubscribeSetting,
} from '../mail/unsubscribe.js';

/** Notifications that come by an atelier's level (not addressed to the person): their mail turns that level down. */
const BY_LEVEL: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'LESSON_SHARED',
  'INSIGHT_SHARED',
  'QUESTION_SHARED',
  'PRODUCT_SHARED',
  'ACTIVITY_PLANNED',
  'ACTIVITY_CHANGED',
  'ACTIVITY_CANCELLED',
  'REACTION_ADDED',
]);

/** A summary lists at most this many notifications, and says how many more are in the app. */
const SUMMARY_ITEMS = 30;

type Lang = Record<MailLocale, string>;

/** A notification as one item of a mail: only what its reader may read when the mail is rendered. */
interface Item {
  title: string;
  text: string;
  url: string;
}

const KIND_SUBJECT: Partial<Record<NotificationKind, (atelier: string) => Lang>> = {
  LESSON_SHARED: (a) => ({ nl: `Nieuwe les in ${a}`, en: `New lesson in ${a}` }),
  INSIGHT_SHARED: (a) => ({ nl: `Nieuw inzicht in ${a}`, en: `New insight in ${a}` }),
  QUESTION_SHARED: (a) => ({
    nl: `Beantwoorde vraag gedeeld in ${a}`,
    en: `Answered question shared in ${a}`,
  }),
  PRODUCT_SHARED: (a) => ({ nl: `Nieuwe opbrengst in ${a}`, en: `New output in ${a}` }),
  ACTIVITY_PLANNED: (a) => ({ nl: `Nieuwe activiteit in ${a}`, en: `New activity in ${a}` }),
  ACTIVITY_CHANGED: (a) => ({ nl: `Activiteit gewijzigd in ${a}`, en: `Activity changed in ${a}` }),
  ACTIVITY_CANCELLED: (a) => ({ nl: `Activiteit afgelast in ${a}`, en: `Activity cancelled in ${a}` }),
  REACTION_ADDED: (a) => ({ nl: `Nieuwe reactie in ${a}`, en: `New reaction in ${a}` }),
  MENTIONED: (a) => ({ nl: `Je bent genoemd in ${a}`, en: `You were mentioned in ${a}` }),
  LESSON_WAITING: (a) => ({ nl: `Een les wacht op je in ${a}`, en: `A lesson waits for you in ${a}` }),
  LESSON_MADE_PUBLIC: (a) => ({ nl: `Je les is openbaar in ${a}`, en: `Your lesson is public in ${a}` }),
  PROPOSAL_OPENED: (a) => ({ nl: `Nieuw voorstel in ${a}`, en: `New proposal in ${a}` }),
  PROPOSAL_OUTCOME: (a) => ({ nl: `Besluit genomen in ${a}`, en: `Decision made in ${a}` }),
  PROPOSAL_REVIEW_DUE: (a) => ({
    nl: `Tijd om een besluit te herzien in ${a}`,
    en: `Time to review a decision in ${a}`,
  }),
  CONTENT_REPORTED: (a) => ({ nl: `Melding in ${a}`, en: `Report in ${a}` }),
  DRAFT_DELETION_PROPOSED: (a) => ({
    nl: `Je concept in ${a} wordt binnenkort verwijderd`,
    en: `Your draft in ${a} will soon be deleted`,
  }),
};

/** What the notifications the app shows without content of an atelier say, one line each. */
const KIND_LINE: Record<NotificationKind, Lang> = {
  LESSON_SHARED: { nl: 'Er is een les met je gedeeld.', en: 'A lesson was shared with you.' },
  INSIGHT_SHARED: { nl: 'Er is een inzicht met je gedeeld.', en: 'An insight was shared with you.' },
  QUESTION_SHARED: { nl: 'Er is een vraag met je gedeeld.', en: 'A question was shared with you.' },
  PRODUCT_SHARED: { nl: 'Er is een opbrengst met je gedeeld.', en: 'An output was shared with you.' },
  ACTIVITY_PLANNED: { nl: 'Er is een activiteit gepland.', en: 'An activity was planned.' },
  ACTIVITY_CHANGED: { nl: 'Een activiteit is gewijzigd.', en: 'An activity changed.' },
  ACTIVITY_CANCELLED: { nl: 'Een activiteit is afgelast.', en: 'An activity was cancelled.' },
  REACTION_ADDED: { nl: 'Er is een nieuwe reactie.', en: 'There is a new reaction.' },
  ADVICE_GIVEN: { nl: 'De programmacommissie gaf advies.', en: 'The programme committee gave advice.' },
  JOIN_REQUESTED: { nl: 'Iemand vraagt om mee te doen.', en: 'Someone asks to join.' },
  JOIN_REQUEST_DECIDED: { nl: 'Er is besloten over je aanvraag.', en: 'Your request was decided.' },
  INVITED: { nl: 'Je bent uitgenodigd.', en: 'You were invited.' },
  INVITATION_DECIDED: { nl: 'Er is gereageerd op je uitnodiging.', en: 'Your invitation was answered.' },
  PARTICIPANT_REMOVED: { nl: 'Je bent uit een atelier gehaald.', en: 'You were removed from an atelier.' },
  LESSON_MADE_PUBLIC: { nl: 'Je les is openbaar gemaakt.', en: 'Your lesson was made public.' },
  LESSON_WAITING: { nl: 'Een les wacht op je.', en: 'A lesson waits for you.' },
  WORKSHOP_ROLE_GRANTED: {
    nl: 'Er is een rol in de werkplaats toegekend.',
    en: 'A werkplaats role was granted.',
  },
  WORKSHOP_ROLE_WITHDRAWN: {
    nl: 'Er is een rol in de werkplaats ingetrokken.',
    en: 'A werkplaats role was withdrawn.',
  },
  MEMBERSHIP_REQUESTED: {
    nl: 'Iemand zegt bij een organisatie te horen.',
    en: 'Someone says they belong to an organisation.',
  },
  MEMBERSHIP_DECIDED: { nl: 'Er is besloten over je lidmaatschap.', en: 'Your membership was decided.' },
  PROPOSAL_OPENED: {
    nl: 'Er is een nieuw voorstel in de arena.',
    en: 'There is a new proposal in the arena.',
  },
  PROPOSAL_OUTCOME: { nl: 'Er is een besluit genomen in de arena.', en: 'A decision was made in the arena.' },
  PROPOSAL_REVIEW_DUE: {
    nl: 'Het is tijd om een besluit te herzien.',
    en: 'It is time to review a decision.',
  },
  CONTENT_HIDDEN: {
    nl: 'De moderatie heeft iets van je verborgen. Open het om te zien waarom.',
    en: 'The moderation hid something of yours. Open it to see why.',
  },
  CONTENT_RESTORED: {
    nl: 'De moderatie heeft iets van je teruggezet.',
    en: 'The moderation restored something of yours.',
  },
  MENTIONED: { nl: 'Je bent genoemd in een reactie.', en: 'You were mentioned in a reaction.' },
  CONTENT_REPORTED: {
    nl: 'Er is iets gemeld dat op je moderatie wacht.',
    en: 'Something was reported and waits for your moderation.',
  },
  DRAFT_DELETION_PROPOSED: {
    nl: `Een concept van je is lang niet aangeraakt en wordt over ${DRAFT_GRACE_DAYS} dagen verwijderd. Open het om het te bewaren of nu te verwijderen.`,
    en: `A draft of yours has not been touched for long and will be deleted in ${DRAFT_GRACE_DAYS} days. Open it to keep it or to delete it now.`,
  },
};

/** What a reaction or a mention says, on what it hangs on (`what`: "deze les", "this lesson"); null for other kinds. */
function threadLine(kind: NotificationKind, actor: string | undefined, what: Lang): Lang | null {
  const who = actor ?? '';
  if (kind === 'MENTIONED')
    return {
      nl: `${who} noemde je in een reactie op ${what.nl}.`,
      en: `${who} mentioned you in a reaction to ${what.en}.`,
    };
  if (kind === 'REACTION_ADDED')
    return { nl: `${who} reageerde op ${what.nl}.`, en: `${who} reacted to ${what.en}.` };
  return null;
}

const T = {
  directHeading: { nl: 'Nieuw voor je', en: 'New for you' },
  open: { nl: 'Bekijken', en: 'View' },
  all: { nl: 'Al je meldingen', en: 'All your notifications' },
  summaryDaily: { nl: 'Je dagelijkse overzicht', en: 'Your daily summary' },
  summaryWeekly: { nl: 'Je wekelijkse overzicht', en: 'Your weekly summary' },
  more: {
    nl: (n: number) => `En nog ${n} in de app.`,
    en: (n: number) => `And ${n} more in the app.`,
  },
  footer: {
    nl: (sender: string) =>
      `Verstuurd door ${sender} omdat je meldingen per e-mail ontvangt. Je stelt dit in op de privacypagina.`,
    en: (sender: string) =>
      `Sent by ${sender} because you receive notifications by e-mail. You set this on the privacy page.`,
  },
  unsubscribe: { nl: 'Afmelden', en: 'Unsubscribe' },
  levelSetting: {
    nl: (a: string) =>
      `Meldingen uit het atelier ‘${a}’ op stil zetten: je hoort dan alleen nog wat aan jou gericht is.`,
    en: (a: string) => `Set notifications from the atelier ‘${a}’ to quiet: only what is addressed to you.`,
  },
  deliverySetting: {
    nl: 'Geen meldingen meer per e-mail ontvangen. In de app blijven ze staan.',
    en: 'Receive no more notifications by e-mail. They stay in the app.',
  },
} as const;

const PLATFORM = 'Werkplaats Sociaal Domein';

/** A notification's recipient as their mail settings stand. */
export interface MailRecipient {
  id: string;
  email: string;
  locale: string | null;
  mailDelivery: MailDelivery;
  erasedAt: Date | string | null;
  blockedAt: Date | string | null;
}

/** Whether a person gets each notification in a mail of its own: they chose so, and the account is open. */
export function receivesDirectMail(user: MailRecipient): boolean {
  return user.mailDelivery === 'DIRECT' && !user.erasedAt && !user.blockedAt;
}

/** What names a notification's mail: its atelier (by its title) or a werkplaats-wide activity's werkplaats. */
export interface MailHost {
  name: string;
  workshop: { id: string; name: string };
}

/**
 * The direct mail of each notification whose recipient (among `users`) wants it: keyed `notification:<id>`,
 * rendered when sent (the `notification` renderer), its subject naming the host `hostOf` finds.
 */
export function directMails<N extends Pick<Notification, 'id' | 'userId' | 'kind'>>(
  notifications: readonly N[],
  users: readonly MailRecipient[],
  hostOf: (n: N) => MailHost | undefined,
): OutgoingMail[] {
  const byId = new Map(users.filter(receivesDirectMail).map((u) => [u.id, u]));
  const mails: OutgoingMail[] = [];
  for (const n of notifications) {
    const user = byId.get(n.userId);
    if (!user) continue;
    const locale = mailLocale(user.locale);
    const host = hostOf(n);
    const subject = host
      ? (KIND_SUBJECT[n.kind]?.(host.name)[locale] ?? KIND_LINE[n.kind][locale])
      : KIND_LINE[n.kind][locale];
    mails.push({
      key: `notification:${n.id}`,
      to: user.email,
      userId: user.id,
      workshopId: host?.workshop.id ?? null,
      locale,
      fromName: host?.workshop.name ?? null,
      subject,
      text: '',
      html: '',
      template: { name: 'notification', data: { notificationId: n.id } },
    });
  }
  return mails;
}

/** A summary's period: UTC days and weeks (Monday to Monday); the summary goes out after it ends. */
export type SummaryPeriod = 'DAILY' | 'WEEKLY';

interface SummaryData {
  userId: string;
  period: SummaryPeriod;
  from: string;
  to: string;
}

/**
 * Notification mail: one message per notification for those who chose direct delivery (queued in the
 * notification's transaction, key `notification:<id>`), a summary per day or week for the others (summary
 * sweep). Both are rendered when sent: each item is read again through the policy as the recipient, so a mail
 * never holds a lesson, insight or activity its recipient may not read at that moment.
 */
@Injectable()
export class NotificationMail implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly mail: MailService,
    private readonly renderers: MailRenderers,
    private readonly unsubscribe: UnsubscribeSettings,
  ) {}

  onModuleInit(): void {
    this.renderers.register('notification', (data) =>
      this.renderDirect((data as { notificationId: string }).notificationId),
    );
    this.renderers.register('summary', (data) => this.renderSummary(data as SummaryData));
    this.unsubscribe.register('atelier-level', {
      describe: async (tx, userId, setting, locale) => {
        const participation = await tx.participation.findUnique({
          where: { atelierId_userId: { atelierId: setting.ref ?? '', userId } },
          select: { status: true, atelier: { select: { title: true } } },
        });
        return participation?.status === 'ACTIVE'
          ? T.levelSetting[locale](participation.atelier.title)
          : null;
      },
      apply: async (tx, userId, setting) => {
        await tx.participation.updateMany({
          where: { atelierId: setting.ref ?? '', userId },
          data: { notificationLevel: 'QUIET' },
        });
      },
    });
    this.unsubscribe.register('delivery', {
      describe: (_tx, _userId, _setting, locale) => Promise.resolve(T.deliverySetting[locale]),
      apply: async (tx, userId) => {
        await tx.user.update({ where: { id: userId }, data: { mailDelivery: 'NONE' } });
      },
    });
  }

  /** Queues a message for each of these notifications whose recipient chose direct delivery. */
  async queueDirect(tx: Tx, notifications: readonly Notification[]): Promise<void> {
    if (notifications.length === 0) return;
    const users = await tx.user.findMany({
      where: { id: { in: [...new Set(notifications.map((n) => n.userId))] } },
      select: { id: true, email: true, locale: true, mailDelivery: true, erasedAt: true, blockedAt: true },
    });
    if (!users.some(receivesDirectMail)) return;
    const atelierIds = [...new Set(notifications.map((n) => n.atelierId).filter((id) => id !== null))];
    const lessonIds = notifications.map((n) => n.lessonId).filter((id) => id !== null);
    const insightIds = notifications.map((n) => n.insightId).filter((id) => id !== null);
    const activityIds = notifications.map((n) => n.activityId).filter((id) => id !== null);
    // The atelier's title names the subject (ateliers are public; the subject is kept after sending).
    const ateliers = await tx.atelier.findMany({
      where: {
        OR: [
          { id: { in: atelierIds } },
          { lessons: { some: { id: { in: lessonIds } } } },
          { insights: { some: { id: { in: insightIds } } } },
          { activities: { some: { id: { in: activityIds } } } },
        ],
      },
      select: {
        id: true,
        title: true,
        workshop: { select: { id: true, name: true } },
        lessons: { where: { id: { in: lessonIds } }, select: { id: true } },
        insights: { where: { id: { in: insightIds } }, select: { id: true } },
        activities: { where: { id: { in: activityIds } }, select: { id: true } },
      },
    });
    // A werkplaats-wide activity has no atelier: its werkplaats names the subject and sends it.
    const workshopOf = new Map(
      (
        await tx.activity.findMany({
          where: { id: { in: activityIds }, workshopId: { not: null } },
          select: { id: true, workshop: { select: { id: true, name: true } } },
        })
      ).map((a) => [a.id, a.workshop!]),
    );
    const atelierOf = new Map<string, (typeof ateliers)[number]>();
    for (const a of ateliers) {
      for (const id of [
        a.id,
        ...a.lessons.map((l) => l.id),
        ...a.insights.map((i) => i.id),
        ...a.activities.map((x) => x.id),
      ])
        atelierOf.set(id, a);
    }
    const mails = directMails(notifications, users, (n) => {
      const atelier = atelierOf.get(n.atelierId ?? n.lessonId ?? n.insightId ?? n.activityId ?? '');
      if (atelier) return { name: atelier.title, workshop: atelier.workshop };
      const wide = n.activityId ? workshopOf.get(n.activityId) : undefined;
      return wide ? { name: wide.name, workshop: wide } : undefined;
    });
    for (const mail of mails) await this.mail.enqueue(tx, mail);
  }

  /** One notification's mail, as its recipient may read it now; null when nothing of it is theirs to read. */
  private async renderDirect(notificationId: string): Promise<RenderedAtSend | null> {
    const n = await this.prisma.notification.findUnique({ where: { id: notificationId } });
    if (!n) return null;
    const reader = await this.reader(n.userId, 'DIRECT');
    if (!reader) return null;
    const item = await this.item(reader.viewer, n, reader.locale);
    if (!item) return null;
    const token = unsubscribeToken(n.userId, reader.mailKey, await this.settingOf(n));
    const { locale } = reader;
    const rendered = renderMail({
      locale,
      subject: item.title,
      heading: item.title,
      paragraphs: item.text ? [item.text] : [],
      action: { label: T.open[locale], url: item.url },
      footer: T.footer[locale](PLATFORM),
      unsubscribe: { label: T.unsubscribe[locale], url: unsubscribeUrl(this.mail.publicUrl, token) },
    });
    return {
      text: rendered.text,
      html: rendered.html,
      headers: unsubscribeHeaders(this.mail.publicUrl, token),
    };
  }

  /** A person's summary of a day or week: the notifications of that period they may still read. */
  private async renderSummary(data: SummaryData): Promise<RenderedAtSend | null> {
    const reader = await this.reader(data.userId, data.period);
    if (!reader) return null;
    const notifications = await this.prisma.notification.findMany({
      where: { userId: data.userId, createdAt: { gte: new Date(data.from), lt: new Date(data.to) } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    // Who switched from direct mail to a summary in the period got some of these on their own already: those
    // are not said twice. A direct mail that was dropped or is still waiting did not reach them, so it stays in.
    const mailedAlone = new Set(
      (
        await this.prisma.mailMessage.findMany({
          where: {
            idempotencyKey: { in: notifications.map((n) => `notification:${n.id}`) },
            status: { in: ['SENT', 'SENDING'] },
          },
          select: { idempotencyKey: true },
        })
      ).map((m) => m.idempotencyKey),
    );
    const items: Item[] = [];
    for (const n of notifications) {
      if (mailedAlone.has(`notification:${n.id}`)) continue;
      const item = await this.item(reader.viewer, n, reader.locale);
      if (item) items.push(item);
    }
    if (items.length === 0) return null;
    const { locale } = reader;
    const token = unsubscribeToken(data.userId, reader.mailKey, { kind: 'delivery' });
    const shown = items.slice(0, SUMMARY_ITEMS);
    const title = data.period === 'DAILY' ? T.summaryDaily[locale] : T.summaryWeekly[locale];
    const rendered = renderMail({
      locale,
      subject: title,
      heading: title,
      paragraphs: [],
      items: shown,
      after: items.length > shown.length ? [T.more[locale](items.length - shown.length)] : [],
      action: { label: T.all[locale], url: `${this.mail.publicUrl}/meldingen` },
      footer: T.footer[locale](PLATFORM),
      unsubscribe: { label: T.unsubscribe[locale], url: unsubscribeUrl(this.mail.publicUrl, token) },
    });
    return {
      text: rendered.text,
      html: rendered.html,
      headers: unsubscribeHeaders(this.mail.publicUrl, token),
    };
  }

  /** The recipient as the policy knows them, while they still want this mail. */
  private async reader(userId: string, delivery: MailDelivery) {
    const user = await this.prisma.user.findUnique({
      where: { id: userId },
      select: {
        mailDelivery: true,
        mailKey: true,
        locale: true,
        erasedAt: true,
        blockedAt: true,
        roles: { select: { workshopId: true, role: true } },
      },
    });
    if (!user || user.erasedAt || user.blockedAt || user.mailDelivery !== delivery) return null;
    return { viewer: viewerOf(userId, user.roles), mailKey: user.mailKey, locale: mailLocale(user.locale) };
  }

  /** The setting a notification's mail turns off: its atelier's level when that brought it, else mail at all. */
  private async settingOf(n: Notification): Promise<UnsubscribeSetting> {
    if (!BY_LEVEL.has(n.kind)) return { kind: 'delivery' };
    const atelierId =
      n.atelierId ??
      (n.lessonId
        ? (await this.prisma.lesson.findUnique({ where: { id: n.lessonId }, select: { atelierId: true } }))
            ?.atelierId
        : n.insightId
          ? (
              await this.prisma.insight.findUnique({
                where: { id: n.insightId },
                select: { atelierId: true },
              })
            )?.atelierId
          : n.activityId
            ? (
                await this.prisma.activity.findUnique({
                  where: { id: n.activityId },
                  select: { atelierId: true },
                })
              )?.atelierId
            : undefined);
    if (!atelierId) return { kind: 'delivery' };
    const participation = await this.prisma.participation.findUnique({
      where: { atelierId_userId: { atelierId, userId: n.userId } },
      select: { status: true },
    });
    return participation?.status === 'ACTIVE'
      ? { kind: 'atelier-level', ref: atelierId }
      : { kind: 'delivery' };
  }

  /**
   * A notification as a mail item, read through the policy as its recipient: a lesson, insight or activity they
   * may not read (any more) gives no item. Notifications without such content say their kind and lead to the app.
   */
  private async item(viewer: Viewer, n: Notification, locale: MailLocale): Promise<Item | null> {
    const base = this.mail.publicUrl;
    const actor = n.actorId
      ? (await this.prisma.user.findUnique({ where: { id: n.actorId }, select: { name: true } }))?.name
      : undefined;
    if (n.kind === 'CONTENT_REPORTED') {
      // Only the kind and the atelier, never what was reported or by whom: the queue shows the rest to whoever
      // still moderates the atelier when the mail goes out.
      const atelier = await this.prisma.atelier.findFirst({
        where: { AND: [{ id: n.atelierId ?? '' }, ateliersModeratedBy(viewer)] },
        select: { title: true, workshop: { select: { slug: true } } },
      });
      if (!atelier) return null;
      return {
        title: KIND_LINE.CONTENT_REPORTED[locale],
        text:
          locale === 'en'
            ? `In the atelier ${atelier.title}. Open the moderation queue to hide it, or to dismiss the report.`
            : `In het atelier ${atelier.title}. Open de moderatie om het te verbergen of de melding af te wijzen.`,
        url: `${base}/w/${atelier.workshop.slug}/moderatie`,
      };
    }
    if (n.proposalId) {
      // Read as its recipient now: someone who left the arena since is told nothing of it.
      const proposal = await this.prisma.proposal.findFirst({
        where: { AND: [{ id: n.proposalId }, readableProposals(viewer)] },
        select: {
          id: true,
          title: true,
          outcome: true,
          atelier: { select: { id: true, title: true, workshop: { select: { slug: true } } } },
        },
      });
      if (!proposal) return null;
      const url = `${base}/w/${proposal.atelier.workshop.slug}/besluiten/${toGlobalId('Proposal', proposal.id)}`;
      const line = {
        nl: `${KIND_LINE[n.kind].nl} (${proposal.atelier.title})`,
        en: `${KIND_LINE[n.kind].en} (${proposal.atelier.title})`,
      };
      return {
        title: proposal.title,
        text: `${line[locale]} ${excerpt(proposal.outcome ?? '', 280)}`.trim(),
        url,
      };
    }
    if (n.questionId) {
      const question = await this.prisma.question.findFirst({
        where: { AND: [{ id: n.questionId }, readableQuestions(viewer)] },
        select: {
          id: true,
          title: true,
          body: true,
          atelier: { select: { title: true, workshop: { select: { slug: true } } } },
        },
      });
      if (!question) return null;
      const url = `${base}/w/${question.atelier.workshop.slug}/vragen/${toGlobalId('Question', question.id)}`;
      const line = threadLine(n.kind, actor, { nl: 'deze vraag', en: 'this question' }) ?? {
        nl: `${actor ?? 'De trekker'} deelde een beantwoorde vraag van ${question.atelier.title}.`,
        en: `${actor ?? 'The trekker'} shared an answered question of ${question.atelier.title}.`,
      };
      return { title: question.title, text: `${line[locale]} ${excerpt(question.body, 280)}`.trim(), url };
    }
    if (n.productId) {
      const product = await this.prisma.product.findFirst({
        where: { AND: [{ id: n.productId }, readableProducts(viewer)] },
        select: {
          id: true,
          title: true,
          description: true,
          atelier: { select: { title: true, workshop: { select: { slug: true } } } },
        },
      });
      if (!product) return null;
      const url = `${base}/w/${product.atelier.workshop.slug}/opbrengsten/${toGlobalId('Product', product.id)}`;
      const line = threadLine(n.kind, actor, { nl: 'deze opbrengst', en: 'this output' }) ?? {
        nl: `${actor ?? 'De trekker'} deelde een opbrengst van ${product.atelier.title}.`,
        en: `${actor ?? 'The trekker'} shared an output of ${product.atelier.title}.`,
      };
      return {
        title: product.title,
        text: `${line[locale]} ${excerpt(product.description, 280)}`.trim(),
        url,
      };
    }
    if (n.lessonId) {
      const lesson = await this.prisma.lesson.findFirst({
        where: { AND: [{ id: n.lessonId }, readableLessons(viewer)] },
        select: {
          id: true,
          title: true,
          body: true,
          visibility: true,
          author: { select: { name: true } },
          atelier: { select: { title: true, workshop: { select: { slug: true } } } },
          _count: { select: { insights: true } },
        },
      });
      if (!lesson) return null;
      // Waiting: at ARENA and in no insight. Connected or lifted since: it waits no more.
      if (
        n.kind === 'LESSON_WAITING' &&
        (lesson.visibility !== Visibility.ARENA || lesson._count.insights > 0)
      )
        return null;
      const url = `${base}/w/${lesson.atelier.workshop.slug}/lessen/${toGlobalId('Lesson', lesson.id)}`;
      const who = n.kind === 'REACTION_ADDED' ? (actor ?? '') : lesson.author.name;
      const line: Record<NotificationKind, Lang> = {
        ...KIND_LINE,
        LESSON_SHARED: {
          nl: `${who} deelde een les in ${lesson.atelier.title}.`,
          en: `${who} shared a lesson in ${lesson.atelier.title}.`,
        },
        LESSON_WAITING: {
          nl: `${who} zette een les in de arena van ${lesson.atelier.title}: verbind hem in een inzicht of deel hem met de tribune.`,
          en: `${who} put a lesson in the arena of ${lesson.atelier.title}: connect it in an insight or share it with the tribune.`,
        },
        REACTION_ADDED: { nl: `${who} reageerde op deze les.`, en: `${who} reacted to this lesson.` },
        MENTIONED: threadLine('MENTIONED', actor, { nl: 'deze les', en: 'this lesson' })!,
        LESSON_MADE_PUBLIC: { nl: 'Je les is openbaar gemaakt.', en: 'Your lesson was made public.' },
      };
      return { title: lesson.title, text: `${line[n.kind][locale]} ${excerpt(lesson.body, 280)}`, url };
    }
    if (n.insightId) {
      const insight = await this.prisma.insight.findFirst({
        where: { AND: [{ id: n.insightId }, readableInsights(viewer)] },
        select: {
          id: true,
          title: true,
          body: true,
          atelier: { select: { title: true, workshop: { select: { slug: true } } } },
        },
      });
      if (!insight) return null;
      const url = `${base}/w/${insight.atelier.workshop.slug}/inzichten/${toGlobalId('Insight', insight.id)}`;
      const line = threadLine(n.kind, actor, { nl: 'dit inzicht', en: 'this insight' }) ?? {
        nl: `Nieuw inzicht in ${insight.atelier.title}.`,
        en: `New insight in ${insight.atelier.title}.`,
      };
      return { title: insight.title, text: `${line[locale]} ${excerpt(insight.body, 280)}`, url };
    }
    if (n.activityId) {
      const activity = await this.prisma.activity.findFirst({
        where: { AND: [{ id: n.activityId }, readableActivities(viewer)] },
        select: {
          id: true,
          title: true,
          startsAt: true,
          cancelledAt: true,
          atelier: { select: { title: true, workshop: { select: { slug: true } } } },
          workshop: { select: { name: true, slug: true } },
        },
      });
      if (!activity) return null;
      const when = activity.startsAt.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      });
      // An atelier's activity names its atelier; a werkplaats-wide one its werkplaats.
      const host = activity.atelier?.title ?? activity.workshop?.name ?? '';
      const slug = activity.atelier?.workshop.slug ?? activity.workshop?.slug ?? '';
      const line = activity.cancelledAt
        ? { nl: `Afgelast (${host}, ${when}).`, en: `Cancelled (${host}, ${when}).` }
        : { nl: `${host}, ${when}.`, en: `${host}, ${when}.` };
      const url = `${base}/w/${slug}/activiteiten/${toGlobalId('Activity', activity.id)}`;
      // The trekker's message on cancelling, to those registered.
      const message = n.note
        ? locale === 'en'
          ? ` Message from ${actor ?? 'the trekker'}: “${n.note}”`
          : ` Bericht van ${actor ?? 'de trekker'}: “${n.note}”`
        : '';
      return { title: activity.title, text: `${KIND_LINE[n.kind][locale]} ${line[locale]}${message}`, url };
    }
    return {
      title: KIND_LINE[n.kind][locale],
      text: actor ? (locale === 'en' ? `By ${actor}.` : `Door ${actor}.`) : '',
      url: `${base}/meldingen`,
    };
  }
}

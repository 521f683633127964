// Invitations by e-mail end to end through a real SMTP server started here: the trekker invites an address into
// the arena or onto the tribune, a beheerder into the werkplaats; the link is read from the received message and
// followed (signing up, or signing in), which joins in one step. Withdrawn and expired links, the in-app invitation
// for an address with an account, and who may invite, withdraw and read the invitations.
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid, secondWorkshop } from '../factories/fixtures.js';
import {
  eventually,
  startSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../support/smtp-server.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const INVITE = `mutation($a: ID!, $e: String!, $r: ParticipationRole!, $m: String) {
  inviteToAtelierByEmail(atelierId: $a, email: $e, role: $r, message: $m) { id email role status }
}`;
const INVITE_WORKSHOP = `mutation($w: ID!, $e: String!) {
  inviteToWorkshopByEmail(workshopId: $w, email: $e) { id email role status }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawEmailInvitation(id: $id) { status closedAt } }`;
const LISTED = `query($a: ID!) { atelier(id: $a) {
  emailInvitations(first: 50) { totalCount edges { node { id email role status invitedBy { name } acceptedBy { name } } } }
} }`;
const LISTED_WORKSHOP = `query($w: ID!) {
  workshopEmailInvitations(workshopId: $w, first: 50) { edges { node { id email status acceptedBy { name } } } }
}`;
const BY_LINK = `query($t: String!) { invitationByLink(token: $t) {
  email role status atelierId atelierTitle inviterName message accountExists workshop { slug name }
} }`;
const ACCEPT = `mutation($t: String!, $s: InvitationSignUpInput) {
  acceptInvitation(token: $t, signUp: $s) { status atelierId workshop { slug } }
}`;
const MINE = `query($a: ID!) { atelier(id: $a) { myParticipation { role } myJoinRequest { kind status } } }`;
const ME = `{ me { email name } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind joinRequest { status } } } } }`;
const PEOPLE = `query($w: ID!, $q: String) { users(workshopId: $w, query: $q, first: 5) { edges { node { email } } } }`;

/** The invitation link in a mail's text. */
function invitationLinkIn(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+\/uitnodiging\?token=[\w-]+/.exec(mail.text);
  if (!match) throw new Error(`No invitation link in: ${mail.text}`);
  return match[0];
}

const tokenIn = (mail: ReceivedMail) => new URL(invitationLinkIn(mail)).searchParams.get('token') ?? '';

describe('invitations by e-mail through SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let f: DemoFixtures;
  let trekker: GraphQLClient;
  let atelier: { id: string; gid: string; title: string; workshopId: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      demo: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://werkplaats.example.nl' },
    });
    f = new DemoFixtures(t.prisma);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const loneliness = await f.atelierOf(LONELINESS);
    atelier = { ...loneliness, gid: gid('Atelier', loneliness.id) };
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const address = (what: string) => `${what}-${randomUUID()}@example.nl`;

  it('successful-invite-unknown-address: the mail’s link signs the person up and into the arena in one step', async () => {
    const email = address('nieuw');
    const invited = await trekker.ok(INVITE, {
      a: atelier.gid,
      e: `  ${email.toUpperCase()} `,
      r: 'ARENA',
      m: 'Jij kent de buurtkamers als geen ander.',
    });
    expect(invited.inviteToAtelierByEmail).toMatchObject({ email, role: 'ARENA', status: 'OPEN' });

    const mail = await smtp.waitFor((m) => m.to === email);
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { id: atelier.workshopId } });
    expect(mail.from.name).toBe(workshop.name);
    expect(mail.subject).toBe(`Lotte Janssen nodigt je uit voor het atelier ‘${atelier.title}’`);
    expect(mail.text).toContain('Jij kent de buurtkamers als geen ander.');
    expect(mail.text).toContain('14 dagen');
    const link = invitationLinkIn(mail);
    expect(link.startsWith('https://werkplaats.example.nl/uitnodiging?token=')).toBe(true);
    expect(mail.html).toContain(`href="${link}"`);
    // The database keeps the token's SHA-256 only, and the link works 14 days.
    const row = await t.prisma.emailInvitation.findFirstOrThrow({ where: { email } });
    expect(row.tokenHash).not.toContain(tokenIn(mail));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000).toBeCloseTo(14, 3);
    expect(row.joinRequestId).toBeNull();
    // One message per invitation: its key names the invitation.
    await eventually(
      () => t.prisma.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: `invitation:${row.id}` } }),
      (m) => m.status === 'SENT',
    );

    // Whoever follows the link sees where to and that the address has no account yet.
    const browser = t.client();
    const shown = await browser.ok(BY_LINK, { t: tokenIn(mail) });
    expect(shown.invitationByLink).toMatchObject({
      email,
      role: 'ARENA',
      status: 'OPEN',
      atelierId: atelier.gid,
      atelierTitle: atelier.title,
      inviterName: 'Lotte Janssen',
      accountExists: false,
      workshop: { slug: workshop.slug },
    });
    // A weak password is told at its field; nothing was made.
    const weak = await browser.query(ACCEPT, {
      t: tokenIn(mail),
      s: { name: 'Nina Nieuw', password: 'kort' },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await t.prisma.user.count({ where: { email } })).toBe(0);

    const accepted = await browser.ok(ACCEPT, {
      t: tokenIn(mail),
      s: { name: 'Nina Nieuw', password: 'een-goed-wachtwoord-1' },
    });
    expect(accepted.acceptInvitation).toEqual({
      status: 'ACCEPTED',
      atelierId: atelier.gid,
      workshop: { slug: workshop.slug },
    });
    // Signed in, with the invited address, in the arena.
    expect((await browser.ok(ME)).me).toEqual({ email, name: 'Nina Nieuw' });
    expect((await browser.ok(MINE, { a: atelier.gid })).atelier.myParticipation).toEqual({ role: 'ARENA' });

    // The trekker reads it as accepted, by whom, and was told as for every invitation.
    const listed = await trekker.ok(LISTED, { a: atelier.gid });
    const node = listed.atelier.emailInvitations.edges.find((e: any) => e.node.email === email).node;
    expect(node).toMatchObject({
      status: 'ACCEPTED',
      invitedBy: { name: 'Lotte Janssen' },
      acceptedBy: { name: 'Nina Nieuw' },
    });
    const told = await trekker.ok(NOTIFICATIONS);
    expect(told.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'INVITATION_DECIDED',
      joinRequest: { status: 'ACCEPTED' },
    });

    // Once only.
    const again = await t.client().query(ACCEPT, {
      t: tokenIn(mail),
      s: { name: 'Nog Eens', password: 'een-goed-wachtwoord-2' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'USED',
    });
  });

  it('successful-invite-known-address: the in-app invitation and a mail in the person’s language; only that account accepts', async () => {
    const person = await f.account('Karel Kent');
    await t.prisma.user.update({ where: { id: person.user.id }, data: { locale: 'en' } });
    await trekker.ok(INVITE, { a: atelier.gid, e: person.email, r: 'TRIBUNE' });
    const mail = await smtp.waitFor((m) => m.to === person.email);
    expect(mail.subject).toBe(`Lotte Janssen invites you to the atelier “${atelier.title}”`);
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain('Hello Karel Kent,');

    const own = await t.client().signIn(person.email, person.password);
    expect((await own.ok(MINE, { a: atelier.gid })).atelier.myJoinRequest).toEqual({
      kind: 'INVITATION',
      status: 'PENDING',
    });
    expect((await own.ok(BY_LINK, { t: tokenIn(mail) })).invitationByLink.accountExists).toBe(true);
    // Without an account, signing up with the address is refused (sign in instead); a visitor is asked to sign in;
    // another account may not take it.
    const signUp = await t.client().query(ACCEPT, {
      t: tokenIn(mail),
      s: { name: 'Iemand Anders', password: 'een-goed-wachtwoord-3' },
    });
    expect(signUp.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' });
    const visitor = await t.client().query(ACCEPT, { t: tokenIn(mail) });
    expect(visitor.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const other = (await f.account('Ander Account')).email;
    const otherClient = await t.client().signIn(other, 'een-wachtwoord-voor-de-test');
    const forbidden = await otherClient.query(ACCEPT, { t: tokenIn(mail) });
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    await own.ok(ACCEPT, { t: tokenIn(mail) });
    expect((await own.ok(MINE, { a: atelier.gid })).atelier).toEqual({
      myParticipation: { role: 'TRIBUNE' },
      myJoinRequest: null,
    });
  });

  it('successful-answer-in-app: accepting the in-app invitation closes the mailed one, whose link then is used', async () => {
    const person = await f.account('Anna App');
    await trekker.ok(INVITE, { a: atelier.gid, e: person.email, r: 'ARENA' });
    const mail = await smtp.waitFor((m) => m.to === person.email);
    const own = await t.client().signIn(person.email, person.password);
    await own.ok(`mutation($a: ID!) { joinAtelier(atelierId: $a, role: ARENA) { role } }`, {
      a: atelier.gid,
    });
    expect((await own.ok(BY_LINK, { t: tokenIn(mail) })).invitationByLink.status).toBe('ACCEPTED');
    const late = await own.query(ACCEPT, { t: tokenIn(mail) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });
  });

  it('failing-withdrawn-and-expired: a withdrawn or expired link is refused as such; an expired one makes way for a new one', async () => {
    const gone = address('ingetrokken');
    const made = await trekker.ok(INVITE, { a: atelier.gid, e: gone, r: 'ARENA' });
    const goneMail = await smtp.waitFor((m) => m.to === gone);
    const twice = await trekker.query(INVITE, { a: atelier.gid, e: gone, r: 'TRIBUNE' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const withdrawn = await trekker.ok(WITHDRAW, { id: made.inviteToAtelierByEmail.id });
    expect(withdrawn.withdrawEmailInvitation.status).toBe('WITHDRAWN');
    const refused = await t.client().query(ACCEPT, {
      t: tokenIn(goneMail),
      s: { name: 'Te Laat', password: 'een-goed-wachtwoord-4' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'WITHDRAWN' });
    expect(await t.prisma.user.count({ where: { email: gone } })).toBe(0);

    const late = address('verlopen');
    const old = await trekker.ok(INVITE, { a: atelier.gid, e: late, r: 'ARENA' });
    const lateMail = await smtp.waitFor((m) => m.to === late);
    // Fourteen days later (the clock moved by moving the expiry back).
    await t.prisma.emailInvitation.updateMany({
      where: { email: late },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await t.client().query(ACCEPT, {
      t: tokenIn(lateMail),
      s: { name: 'Te Laat', password: 'een-goed-wachtwoord-4' },
    });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
    const listed = await trekker.ok(LISTED, { a: atelier.gid });
    const statusOf = (id: string) =>
      listed.atelier.emailInvitations.edges.find((e: any) => e.node.id === id)?.node.status;
    expect(statusOf(old.inviteToAtelierByEmail.id)).toBe('EXPIRED');
    expect(statusOf(made.inviteToAtelierByEmail.id)).toBe('WITHDRAWN');
    // Withdrawing an expired one is refused; inviting again sends a new link.
    const withdrawLate = await trekker.query(WITHDRAW, { id: old.inviteToAtelierByEmail.id });
    expect(withdrawLate.errors?.[0]?.extensions.code).toBe('CONFLICT');
    await trekker.ok(INVITE, { a: atelier.gid, e: late, r: 'ARENA' });
    const renewed = await smtp.waitFor((m) => m.to === late && m !== lateMail);
    expect(tokenIn(renewed)).not.toBe(tokenIn(lateMail));
  });

  it('successful-invite-into-werkplaats: a beheerder invites; someone signed in with another address accepts and is one of its people', async () => {
    const beheerder = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const workshopGid = gid('Workshop', atelier.workshopId);
    const email = address('werkplaats');
    await beheerder.ok(INVITE_WORKSHOP, { w: workshopGid, e: email });
    const mail = await smtp.waitFor((m) => m.to === email);
    expect(mail.subject).toMatch(/nodigt je uit voor Werkplaats/);
    const someone = await f.account('Wim Werkplaats');
    const client = await t.client().signIn(someone.email, someone.password);
    const before = await beheerder.ok(PEOPLE, { w: workshopGid, q: someone.email });
    expect(before.users.edges).toEqual([]);
    const accepted = await client.ok(ACCEPT, { t: tokenIn(mail) });
    expect(accepted.acceptInvitation).toMatchObject({ status: 'ACCEPTED', atelierId: null });
    const after = await beheerder.ok(PEOPLE, { w: workshopGid, q: someone.email });
    expect(after.users.edges).toEqual([{ node: { email: someone.email } }]);
    const listed = await beheerder.ok(LISTED_WORKSHOP, { w: workshopGid });
    expect(listed.workshopEmailInvitations.edges.find((e: any) => e.node.email === email).node).toMatchObject(
      {
        status: 'ACCEPTED',
        acceptedBy: { name: 'Wim Werkplaats' },
      },
    );
  });

  it('authz: only those who lead the atelier, or a beheerder of the werkplaats, invite, withdraw and read the invitations', async () => {
    const email = address('geheim');
    const made = await trekker.ok(INVITE, { a: atelier.gid, e: email, r: 'ARENA' });
    const id = made.inviteToAtelierByEmail.id;
    const other = await secondWorkshop(t.prisma);
    const signedIn = (who: string, password = DEMO_PASSWORD) => t.client().signIn(who, password);
    const outsiders: [string, GraphQLClient][] = [
      ['arena', await signedIn(DEMO.arena)],
      ['tribune', await signedIn(DEMO.tribune)],
      ['beheerder', await signedIn(DEMO.admin)],
      ['other trekker', await signedIn(other.people.trekker.email, other.password)],
      ['other beheerder', await signedIn(other.people.admin.email, other.password)],
      ['visitor', t.client()],
    ];
    const workshopGid = gid('Workshop', atelier.workshopId);
    for (const [who, client] of outsiders) {
      const invite = await client.query(INVITE, { a: atelier.gid, e: address('x'), r: 'ARENA' });
      expect({ who, code: invite.errors?.[0]?.extensions.code }).toEqual({
        who,
        code: who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      });
      const withdraw = await client.query(WITHDRAW, { id });
      expect({ who, code: withdraw.errors?.[0]?.extensions.code }).toEqual({
        who,
        code: who === 'visitor' ? 'UNAUTHENTICATED' : 'NOT_FOUND',
      });
      const listed = await client.query(LISTED, { a: atelier.gid });
      expect({ who, listed: listed.data?.atelier?.emailInvitations.edges ?? [] }).toEqual({
        who,
        listed: [],
      });
      const node = await client.query(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect({ who, node: node.data?.node ?? null }).toEqual({ who, node: null });
      if (who !== 'beheerder') {
        const intoWorkshop = await client.query(INVITE_WORKSHOP, { w: workshopGid, e: address('y') });
        expect({ who, code: intoWorkshop.errors?.[0]?.extensions.code }).toEqual({
          who,
          code: who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        });
        const workshopList = await client.query(LISTED_WORKSHOP, { w: workshopGid });
        expect({ who, code: workshopList.errors?.[0]?.extensions.code }).toEqual({
          who,
          code: who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        });
      }
    }
    // The trekker does not read the werkplaats's own invitations either.
    const trekkerList = await trekker.query(LISTED_WORKSHOP, { w: workshopGid });
    expect(trekkerList.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // The commissie leads every atelier of its werkplaats: it reads and withdraws.
    const committee = await signedIn(DEMO.committee);
    const seen = await committee.ok(LISTED, { a: atelier.gid });
    expect(seen.atelier.emailInvitations.edges.map((e: any) => e.node.id)).toContain(id);
    expect((await committee.ok(WITHDRAW, { id })).withdrawEmailInvitation.status).toBe('WITHDRAWN');
  });
});

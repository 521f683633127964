// Account mail end to end through a real SMTP server started here (smtp-server, with a login, as SMTP_URL names
// it): a forgotten password, a sign-up with a taken address, an account a beheerder starts. Each link is read
// from the received message and followed.
import { randomUUID } from 'node:crypto';
import { MailWorker } from '../../src/mail/mail.worker.js';
import { DEMO, DEMO_PASSWORD, gid } from '../factories/fixtures.js';
import { eventually, linkIn, startSmtpServer, tokenOf, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setPasswordWithToken(token: $token, password: $password) { id email }
}`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const ME = `{ me { email } }`;

describe('account mail through SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      demo: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://werkplaats.example.nl' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function person(locale = 'nl') {
    const email = `mail-${randomUUID()}@example.nl`;
    await t.client().ok(SIGN_UP, { input: { email, name: 'Mia Mail', password: 'een-goed-wachtwoord-1' } });
    if (locale !== 'nl') await t.prisma.user.update({ where: { email }, data: { locale } });
    // The confirmation mail every sign-up gets (its own test is below) is set aside: these tests are about the next.
    const confirmation = await smtp.waitFor((m) => m.to === email && m.subject === 'Bevestig je e-mailadres');
    smtp.received.splice(smtp.received.indexOf(confirmation), 1);
    await t.prisma.mailMessage.deleteMany({
      where: { to: email, idempotencyKey: { startsWith: 'email-confirm:' } },
    });
    return email;
  }

  it('successful-password-reset: the mail comes, its link sets the password once, and the other sessions end', async () => {
    const email = await person();
    const phone = await t.client().signIn(email, 'een-goed-wachtwoord-1');
    const laptop = await t.client().signIn(email, 'een-goed-wachtwoord-1');
    expect((await phone.ok(ME)).me).toEqual({ email });

    expect(await t.client().ok(RESET, { email: `  ${email.toUpperCase()} ` })).toEqual({
      requestPasswordReset: true,
    });
    const mail = await smtp.waitFor((m) => m.to === email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen');
    expect(mail.from).toEqual({
      name: 'Werkplaats Sociaal Domein',
      address: 'noreply@werkplaats.example.nl',
    });
    const link = linkIn(mail);
    expect(link.startsWith('https://werkplaats.example.nl/wachtwoord-instellen?token=')).toBe(true);
    // The same link in the HTML part, as a button and written out; the text says how long it works.
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.text).toContain('60 minuten');
    // The Message-ID comes from the outbox's key: a message sent again is the same message.
    const row = await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to: email } }),
      (r) => r.status !== 'SENDING',
    );
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    // Sent, its body (with the link) is no longer kept: the database holds the token only as a hash.
    expect(row).toMatchObject({ text: '', html: '' });
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@werkplaats\.example\.nl>$/);
    // Only the token's hash is kept, valid for an hour.
    const stored = await t.prisma.passwordToken.findFirstOrThrow({
      where: { user: { email } },
      orderBy: { createdAt: 'desc' },
    });
    expect(stored.tokenHash).not.toContain(tokenOf(link));
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000).toBeCloseTo(60, 0);

    const browser = t.client();
    const set = await browser.ok(SET_PASSWORD, { token: tokenOf(link), password: 'nieuw-en-beter-2' });
    expect(set.setPasswordWithToken.email).toBe(email);
    expect((await browser.ok(ME)).me).toEqual({ email });
    // The sessions from before are over; the old password no longer works, the new one does.
    expect((await phone.ok(ME)).me).toBeNull();
    expect((await laptop.ok(ME)).me).toBeNull();
    const old = await t
      .client()
      .query(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
        e: email,
        p: 'een-goed-wachtwoord-1',
      });
    expect(old.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await t.client().signIn(email, 'nieuw-en-beter-2');

    // Once only.
    const again = await t.client().query(SET_PASSWORD, { token: tokenOf(link), password: 'nog-een-ander-3' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'USED',
    });
  });

  it('failing-password-reset-expired: after its hour the link is refused as expired', async () => {
    const email = await person();
    await t.client().ok(RESET, { email });
    const link = linkIn(await smtp.waitFor((m) => m.to === email));
    // An hour later (the clock moved by moving the link's expiry back).
    await t.prisma.passwordToken.updateMany({
      where: { user: { email } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await t.client().query(SET_PASSWORD, { token: tokenOf(link), password: 'nieuw-en-beter-2' });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'EXPIRED',
    });
    await t.client().signIn(email, 'een-goed-wachtwoord-1');
  });

  it('successful-reset-unknown-address: the same answer, and no mail', async () => {
    const unknown = `nobody-${randomUUID()}@example.nl`;
    const known = await person();
    const forUnknown = await t.client().query(RESET, { email: unknown });
    const forKnown = await t.client().query(RESET, { email: known });
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.data).toEqual(forKnown.data);
    expect(forUnknown.errors).toEqual(forKnown.errors);
    expect(forUnknown.headers['set-cookie']).toEqual(forKnown.headers['set-cookie']);
    // Nothing was queued for the unknown address, and the known one's mail arrives alone.
    await smtp.waitFor((m) => m.to === known);
    expect(await t.prisma.mailMessage.count({ where: { to: unknown } })).toBe(0);
    expect(smtp.received.filter((m) => m.to === unknown)).toEqual([]);
  });

  it('successful-reset-limits: asking again within five minutes sends no second mail, and the first link still works', async () => {
    const email = await person();
    await t.client().ok(RESET, { email });
    await t.client().ok(RESET, { email });
    const link = linkIn(await smtp.waitFor((m) => m.to === email));
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(1);
    await t.client().ok(SET_PASSWORD, { token: tokenOf(link), password: 'nieuw-en-beter-2' });
  });

  it('failing-reset-bad-input: what is not an e-mail address is BAD_USER_INPUT on email', async () => {
    for (const email of ['', 'geen-adres', 'a@', 'x'.repeat(300) + '@example.nl']) {
      const result = await t.client().query(RESET, { email });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    }
  });

  it('successful-reset-in-english: a person who chose English gets the mail in English', async () => {
    const email = await person('en');
    await t.client().ok(RESET, { email });
    const mail = await smtp.waitFor((m) => m.to === email);
    expect(mail.subject).toBe('Set a new password');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain('Choose a new password');
  });

  it('successful-sign-up-taken: the one signing up gets the answer of a new address; the owner gets a mail whose link works', async () => {
    const owner = await person();
    const fresh = `new-${randomUUID()}@example.nl`;
    const input = (email: string) => ({
      input: { email, name: 'Iemand Anders', password: 'een-goed-wachtwoord-9' },
    });
    const forFresh = await t.client().query(SIGN_UP, input(fresh));
    const forTaken = await t.client().query(SIGN_UP, input(owner));
    expect(forTaken.status).toBe(forFresh.status);
    expect(forTaken.data).toEqual(forFresh.data);
    expect(forTaken.errors).toEqual(forFresh.errors);
    expect(forTaken.headers['set-cookie']).toEqual(forFresh.headers['set-cookie']);

    const mail = await smtp.waitFor((m) => m.to === owner);
    expect(mail.subject).toBe('Iemand probeerde een account te maken met je adres');
    expect(mail.text).toContain('Je hebt al een account');
    // The new address gets only the confirmation every sign-up gets; the owner's account and password are as they
    // were until they use the link.
    expect(
      await t.prisma.mailMessage.findMany({ where: { to: fresh }, select: { idempotencyKey: true } }),
    ).toEqual([{ idempotencyKey: expect.stringMatching(/^email-confirm:/) }]);
    await t.client().signIn(owner, 'een-goed-wachtwoord-1');
    await t.client().ok(SET_PASSWORD, { token: tokenOf(linkIn(mail)), password: 'nieuw-en-beter-2' });
    await t.client().signIn(owner, 'nieuw-en-beter-2');
  });

  it('successful-start-account: the person a beheerder starts an account for gets the link by mail, from the werkplaats', async () => {
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const email = `started-${randomUUID()}@example.nl`;
    const { startAccount } = await admin.ok(
      `mutation($input: StartAccountInput!) { startAccount(input: $input) { link } }`,
      { input: { email, name: 'Sam Start' } },
    );
    const mail = await smtp.waitFor((m) => m.to === email);
    const workshop = await t.prisma.workshop.findFirstOrThrow({
      where: { roles: { some: { user: { email: DEMO.admin } } } },
    });
    expect(mail.from.name).toBe(workshop.name);
    expect(mail.subject).toBe(`Je account bij ${workshop.name}`);
    // The same link the beheerder was shown.
    expect(linkIn(mail)).toBe(startAccount.link);
    const signedIn = t.client();
    await signedIn.ok(SET_PASSWORD, { token: tokenOf(linkIn(mail)), password: 'een-goed-wachtwoord-5' });
    expect((await signedIn.ok(ME)).me).toEqual({ email });
  });

  it('successful-lease: a message left SENDING by a worker that died is sent when its lease ends, with the same Message-ID', async () => {
    const email = await person();
    await t.client().ok(RESET, { email });
    const first = await smtp.waitFor((m) => m.to === email);
    await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to: email } }),
      (r) => r.status === 'SENT',
    );
    const before = smtp.received.length;
    // As if the worker had died after the server took the message but before it was marked sent.
    await t.prisma.mailMessage.updateMany({
      where: { to: email },
      data: { status: 'SENDING', nextAttemptAt: new Date(Date.now() - 1000) },
    });
    t.app.get(MailWorker).wake();
    await smtp.waitForCount(before + 1);
    const both = smtp.received.filter((m) => m.to === email);
    expect(both).toHaveLength(2);
    expect(both[1]!.messageId).toBe(first.messageId);
    const row = await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to: email } }),
      (r) => r.status === 'SENT',
    );
    expect(row.attempts).toBe(2);
  });

  it('successful-confirm-email: the sign-up mail’s link confirms the address; until then joining an arena on one’s own and sharing above PRACTICE wait', async () => {
    const email = `bevestig-${randomUUID()}@example.nl`;
    await t
      .client()
      .ok(SIGN_UP, { input: { email, name: 'Bo Bevestig', password: 'een-goed-wachtwoord-1' } });
    const first = await smtp.waitFor((m) => m.to === email);
    expect(first.subject).toBe('Bevestig je e-mailadres');
    expect(first.text).toContain('7 dagen');
    const client = await t.client().signIn(email, 'een-goed-wachtwoord-1');
    expect((await client.ok(`{ me { emailConfirmed } }`)).me).toEqual({ emailConfirmed: false });

    // Unconfirmed: following from the tribune works; asking to join, or joining an open arena, waits.
    const ateliers = await t.prisma.atelier.findMany({ select: { id: true, joinMode: true } });
    const open = ateliers.find((a) => a.joinMode === 'OPEN')!;
    const onRequest = ateliers.find((a) => a.joinMode === 'ON_REQUEST')!;
    const join = `mutation($a: ID!, $r: ParticipationRole!) { joinAtelier(atelierId: $a, role: $r) { role } }`;
    const ask = `mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { status } }`;
    await client.ok(join, { a: gid('Atelier', onRequest.id), r: 'TRIBUNE' });
    for (const refused of [
      await client.query(join, { a: gid('Atelier', open.id), r: 'ARENA' }),
      await client.query(ask, { a: gid('Atelier', onRequest.id) }),
    ]) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'EMAIL_UNCONFIRMED',
      });
    }

    // Sent again on asking (once per five minutes); only the newest link works.
    expect((await client.ok(`mutation { resendEmailConfirmation }`)).resendEmailConfirmation).toBe(true);
    await client.ok(`mutation { resendEmailConfirmation }`);
    await smtp.waitFor((m) => m.to === email && m !== first);
    const again = smtp.received.filter((m) => m.to === email);
    // The second ask queued nothing: two messages in all (the sign-up's and one more).
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(2);
    const confirm = `mutation($t: String!) { confirmEmail(token: $t) }`;
    const tokenIn = (m: { text: string }) => /\/e-mail-bevestigen\?token=([\w-]+)/.exec(m.text)?.[1] ?? '';
    const old = await t.client().query(confirm, { t: tokenIn(first) });
    expect(old.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
    expect(await t.client().ok(confirm, { t: tokenIn(again[1]!) })).toEqual({ confirmEmail: true });
    expect((await client.ok(`{ me { emailConfirmed } }`)).me).toEqual({ emailConfirmed: true });
    const used = await t.client().query(confirm, { t: tokenIn(again[1]!) });
    expect(used.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });
    expect((await client.ok(`mutation { resendEmailConfirmation }`)).resendEmailConfirmation).toBe(false);

    // Confirmed: the open arena lets her in.
    expect((await client.ok(join, { a: gid('Atelier', open.id), r: 'ARENA' })).joinAtelier).toEqual({
      role: 'ARENA',
    });
  });

  it('successful-erase: erasing the account removes the mail to its address from the outbox', async () => {
    const email = await person();
    await t.client().ok(RESET, { email });
    await smtp.waitFor((m) => m.to === email);
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(1);
    const client = await t.client().signIn(email, 'een-goed-wachtwoord-1');
    await client.ok(`mutation { eraseMe(password: "een-goed-wachtwoord-1") }`);
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(0);
    // And asking for a reset for the address now mails nobody.
    await t.client().ok(RESET, { email });
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(0);
  });
});

describe('asking for password links, limited', () => {
  it('failing-reset-rate-limit: past the sign-in limit per IP address, TOO_MANY_REQUESTS, known address or not', async () => {
    const smtp = await startSmtpServer();
    const t = await startTestApp({ env: { SMTP_URL: smtp.url, AUTH_RATE_LIMIT_PER_IP: '3' } });
    try {
      const client = t.client();
      for (let i = 0; i < 3; i++) {
        expect(await client.ok(RESET, { email: `nobody-${i}@example.nl` })).toEqual({
          requestPasswordReset: true,
        });
      }
      const refused = await client.query(RESET, { email: 'nobody-3@example.nl' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(refused.headers['retry-after']).toBeDefined();
      expect(await t.prisma.mailMessage.count()).toBe(0);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});

// Changing the e-mail address end to end through a real SMTP server started here: the link goes to the new address
// and is followed from the received message; the old address is told; a taken address is answered the same.
import { randomUUID } from 'node:crypto';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const CHANGE = `mutation($p: String!, $e: String!) { requestEmailChange(currentPassword: $p, email: $e) }`;
const CONFIRM = `mutation($t: String!) { confirmEmail(token: $t) }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const PASSWORD = 'een-goed-wachtwoord-1';

const tokenIn = (m: ReceivedMail) => /\/e-mail-bevestigen\?token=([\w-]+)/.exec(m.text)?.[1] ?? '';

describe('changing the e-mail address through SMTP', () => {
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

  async function person(name: string) {
    const email = `wissel-${randomUUID()}@example.nl`;
    await t.client().ok(SIGN_UP, { input: { email, name, password: PASSWORD } });
    await smtp.waitFor((m) => m.to === email && m.subject === 'Bevestig je e-mailadres');
    return { email, client: await t.client().signIn(email, PASSWORD) };
  }

  it('successful-email-change: the link mailed to the new address makes the change; the old address is told, without a link', async () => {
    const { email: old, client } = await person('Wim Wissel');
    const fresh = `nieuw-${randomUUID()}@example.nl`;
    // A reset link mailed to the old mailbox before the change must not open the account after it.
    await t.client().ok(RESET, { email: old });
    const resetMail = await smtp.waitFor((m) => m.to === old && m.subject === 'Nieuw wachtwoord instellen');
    const resetToken = /wachtwoord-instellen\?token=([\w-]+)/.exec(resetMail.text)![1]!;

    expect(await client.ok(CHANGE, { p: PASSWORD, e: `  ${fresh.toUpperCase()} ` })).toEqual({
      requestEmailChange: true,
    });
    const confirmation = await smtp.waitFor((m) => m.to === fresh);
    expect(confirmation.subject).toBe('Bevestig je nieuwe e-mailadres');
    expect(confirmation.text).toContain('Tot dan houdt je account zijn oude adres.');
    // Nothing changed yet: she still signs in with the old address.
    expect((await client.ok(`{ me { email } }`)).me).toEqual({ email: old });

    expect(await t.client().ok(CONFIRM, { t: tokenIn(confirmation) })).toEqual({ confirmEmail: true });
    expect((await client.ok(`{ me { email emailConfirmed } }`)).me).toEqual({
      email: fresh,
      emailConfirmed: true,
    });
    const told = await smtp.waitFor((m) => m.to === old && m.subject.startsWith('Het e-mailadres'));
    expect(told.subject).toBe('Het e-mailadres van je account is gewijzigd');
    expect(told.text).toContain(fresh);
    expect(told.text).toContain('Was jij dit niet?');
    expect(told.text).not.toMatch(/https?:\/\/\S+\?token=/);
    expect(told.html).not.toContain('token=');

    // The new address signs in; the old one no longer does, and its reset link is spent.
    await t.client().signIn(fresh, PASSWORD);
    const oldSignIn = await t
      .client()
      .query(`mutation { signIn(email: "${old}", password: "${PASSWORD}") { id } }`);
    expect(oldSignIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reset = await t
      .client()
      .query(`mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { id } }`, {
        t: resetToken,
        p: 'nog-een-goed-wachtwoord-2',
      });
    expect(reset.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
    // The link works once.
    const again = await t.client().query(CONFIRM, { t: tokenIn(confirmation) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });
  });

  it('successful-email-change-taken: a taken address gets the same answer; its owner is told and nothing changes', async () => {
    const asker = await person('Ans Aanvrager');
    const owner = await person('Olga Eigenaar');
    const before = smtp.received.length;
    expect(await asker.client.ok(CHANGE, { p: PASSWORD, e: owner.email })).toEqual({
      requestEmailChange: true,
    });
    const notice = await smtp.waitFor(
      (m) =>
        m.to === owner.email && m.subject === 'Iemand probeerde je adres te gebruiken voor een ander account',
    );
    expect(notice.text).toContain('er is niets veranderd');
    expect(notice.text).not.toContain('token=');
    // The owner's mail is the only one: no link went anywhere, and both accounts keep their addresses.
    expect(smtp.received.length).toBe(before + 1);
    expect((await asker.client.ok(`{ me { email } }`)).me).toEqual({ email: asker.email });
    expect((await owner.client.ok(`{ me { email } }`)).me).toEqual({ email: owner.email });
    // Asking again at once is limited alike for a taken and a free address.
    const soon = await asker.client.query(CHANGE, { p: PASSWORD, e: `vrij-${randomUUID()}@example.nl` });
    expect(soon.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('failing-email-change: a wrong password, not an address, one’s own address, and asking twice are refused on their field', async () => {
    const { email, client } = await person('Fien Fout');
    const wrong = await client.query(CHANGE, {
      p: 'niet-mijn-wachtwoord',
      e: `x-${randomUUID()}@example.nl`,
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      rule: 'wrongPassword',
    });
    const notAddress = await client.query(CHANGE, { p: PASSWORD, e: 'geen-adres' });
    expect(notAddress.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const own = await client.query(CHANGE, { p: PASSWORD, e: email });
    expect(own.errors?.[0]?.extensions).toMatchObject({ field: 'email', rule: 'notAllowed' });
    const visitor = await t.client().query(CHANGE, { p: PASSWORD, e: `y-${randomUUID()}@example.nl` });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const first = `eerste-${randomUUID()}@example.nl`;
    await client.ok(CHANGE, { p: PASSWORD, e: first });
    const second = await client.query(CHANGE, { p: PASSWORD, e: `tweede-${randomUUID()}@example.nl` });
    expect(second.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Someone signs up with the address before the link is followed: the change is refused, nothing moves.
    const mail = await smtp.waitFor((m) => m.to === first);
    await t.client().ok(SIGN_UP, { input: { email: first, name: 'Snelle Sander', password: PASSWORD } });
    const late = await t.client().query(CONFIRM, { t: tokenIn(mail) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect((await client.ok(`{ me { email } }`)).me).toEqual({ email });
  });
});

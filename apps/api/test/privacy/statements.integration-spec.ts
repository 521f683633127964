import { DEMO, DEMO_PASSWORD, gid, secondWorkshop, type SecondWorkshop } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { errorOf } from '../tribune/tribune-fixtures.js';

/**
 * The statements the law expects of a werkplaats: its privacy statement, public to everyone and written by its
 * beheerders (a part left empty shows the default text), and its register of processing, which only its
 * beheerders download. A beheerder of another werkplaats, the commissie, a trekker and a visitor change nothing.
 */

const STATEMENT = `query($slug: String!) {
  workshop(slug: $slug) {
    privacyStatement { controller purposes legalGrounds retention rights dpoContact contactEmail updatedAt }
  }
}`;
const UPDATE = `mutation($w: ID!, $i: UpdatePrivacyStatementInput!) {
  updatePrivacyStatement(workshopId: $w, input: $i) { controller dpoContact contactEmail purposes updatedAt }
}`;
const REGISTER = `query($w: ID!) { processingRegister(workshopId: $w) { json csv generatedAt } }`;
const AUDIT = `query($w: ID) { auditEvents(first: 20, workshopId: $w) { edges { node { action details } } } }`;

const code = (result: GraphQLResponse) => errorOf(result)?.code;

describe('privacy statement and register of processing of a werkplaats', () => {
  let t: TestApp;
  let b: SecondWorkshop;
  let workshopA: string;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    b = await secondWorkshop(t.prisma);
    workshopA = gid(
      'Workshop',
      (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id,
    );
    admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('successful-statement-default: a new werkplaats’s statement is all default text, for a visitor too', async () => {
    const { workshop } = await t.client().ok(STATEMENT, { slug: b.workshop.slug });
    expect(workshop.privacyStatement).toEqual({
      controller: null,
      purposes: null,
      legalGrounds: null,
      retention: null,
      rights: null,
      dpoContact: null,
      contactEmail: null,
      updatedAt: null,
    });
  });

  it('successful-statement-update: the beheerder writes parts, everyone reads them; an emptied part is default again', async () => {
    const written = await admin.ok(UPDATE, {
      w: workshopA,
      i: {
        controller: '  Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen  ',
        dpoContact: 'De FG van de HAN: fg@han.example.nl',
        contactEmail: 'Privacy@Werkplaats.Example.nl',
        purposes: 'Samen leren.',
      },
    });
    expect(written.updatePrivacyStatement).toMatchObject({
      controller: 'Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen',
      dpoContact: 'De FG van de HAN: fg@han.example.nl',
      contactEmail: 'privacy@werkplaats.example.nl',
      purposes: 'Samen leren.',
    });
    expect(written.updatePrivacyStatement.updatedAt).toEqual(expect.any(String));

    const read = (await t.client().ok(STATEMENT, { slug: 'arnhem-nijmegen' })).workshop.privacyStatement;
    expect(read).toMatchObject({
      controller: 'Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen',
      legalGrounds: null,
      contactEmail: 'privacy@werkplaats.example.nl',
    });
    // The other werkplaats's statement is its own.
    expect(
      (await t.client().ok(STATEMENT, { slug: b.workshop.slug })).workshop.privacyStatement.controller,
    ).toBeNull();

    await admin.ok(UPDATE, {
      w: workshopA,
      i: {
        controller: 'Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen',
        dpoContact: '',
        contactEmail: 'privacy@werkplaats.example.nl',
      },
    });
    const after = (await t.client().ok(STATEMENT, { slug: 'arnhem-nijmegen' })).workshop.privacyStatement;
    expect(after).toMatchObject({ dpoContact: null, purposes: null });
    expect(after.controller).toBe('Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen');

    // The change is in the werkplaats's audit log, with the parts that changed.
    const audit = await admin.ok(AUDIT, { w: workshopA });
    const events = audit.auditEvents.edges.map((e: { node: { action: string; details: string } }) => ({
      action: e.node.action,
      details: JSON.parse(e.node.details) as unknown,
    }));
    expect(events).toContainEqual({
      action: 'privacy-statement.updated',
      details: { changed: ['purposes', 'dpoContact'] },
    });
  });

  it('failing-statement-update: a wrong address or an overlong part is refused at its field', async () => {
    const wrong = await admin.query(UPDATE, { w: workshopA, i: { contactEmail: 'geen adres' } });
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactEmail' });
    const long = await admin.query(UPDATE, { w: workshopA, i: { rights: 'x'.repeat(5001) } });
    expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rights' });
  });

  it('failing-statement-update: only a beheerder of that werkplaats changes it', async () => {
    const input = { controller: 'Niet van jou' };
    expect(code(await t.client().query(UPDATE, { w: workshopA, i: input }))).toBe('UNAUTHENTICATED');
    for (const who of [DEMO.committee, DEMO.trekker, DEMO.arena, DEMO.tribune]) {
      const client = await t.client().signIn(who, DEMO_PASSWORD);
      expect(code(await client.query(UPDATE, { w: workshopA, i: input }))).toBe('FORBIDDEN');
    }
    const adminB = await t.client().signIn(b.people.admin.email, b.password);
    expect(code(await adminB.query(UPDATE, { w: workshopA, i: input }))).toBe('FORBIDDEN');
    // The demo beheerder is not beheerder of the second werkplaats.
    expect(code(await admin.query(UPDATE, { w: gid('Workshop', b.workshop.id), i: input }))).toBe(
      'FORBIDDEN',
    );
    const read = (await t.client().ok(STATEMENT, { slug: 'arnhem-nijmegen' })).workshop.privacyStatement;
    expect(read.controller).not.toBe('Niet van jou');
  });

  it('successful-register: the beheerder downloads the register as CSV and JSON, with the werkplaats’s controller', async () => {
    const { processingRegister } = await admin.ok(REGISTER, { w: workshopA });
    expect(processingRegister.csv.startsWith('\uFEFF"Tabel";"Verwerking";')).toBe(true);
    expect(processingRegister.csv).toContain('"Lesson";"Geleerde lessen"');
    // The session retention of this deployment's configuration.
    const idle = t.config.session.idleMs / 60_000;
    expect(processingRegister.csv).toContain(`${idle} minuten zonder gebruik`);
    const document = JSON.parse(processingRegister.json);
    expect(document).toMatchObject({
      werkplaats: expect.stringContaining('Arnhem'),
      verwerkingsverantwoordelijke: 'Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, Nijmegen',
      functionarisGegevensbescherming: '(nog niet ingevuld in de privacyverklaring)',
    });
    expect(document.verwerkingen.map((v: { tabel: string }) => v.tabel)).toEqual(
      expect.arrayContaining(['User', 'Session', 'Lesson', 'AuditEvent', 'MailMessage']),
    );
  });

  it('failing-register: nobody but a beheerder of that werkplaats downloads it', async () => {
    expect(code(await t.client().query(REGISTER, { w: workshopA }))).toBe('UNAUTHENTICATED');
    for (const who of [DEMO.committee, DEMO.trekker, DEMO.arena]) {
      const client = await t.client().signIn(who, DEMO_PASSWORD);
      expect(code(await client.query(REGISTER, { w: workshopA }))).toBe('FORBIDDEN');
    }
    const adminB = await t.client().signIn(b.people.admin.email, b.password);
    expect(code(await adminB.query(REGISTER, { w: workshopA }))).toBe('FORBIDDEN');
    expect(
      (await adminB.ok(REGISTER, { w: gid('Workshop', b.workshop.id) })).processingRegister.json,
    ).toContain(b.workshop.name);
  });
});

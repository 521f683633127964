// One's own profile (updateMe): name and language change for oneself only; a name left empty or a language not
// offered is BAD_USER_INPUT on that field, and what is left out stays as it was. No language is saved until chosen.
import { DemoFixtures } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { id name locale partyKind } }`;
const ME = `query { me { id name locale partyKind } }`;

describe('changing one’s own profile', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let person: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    f = new DemoFixtures(t.prisma);
    const account = await f.account('Els de Vries');
    person = await t.client().signIn(account.email, account.password);
    await person.ok(UPDATE, { input: { partyKind: 'PROFESSIONAL' } });
  });
  afterAll(() => t.close());

  it('successful: a new account has no language saved (null) until the person chooses one', async () => {
    expect((await person.ok(ME)).me.locale).toBeNull();
  });

  it('successful: name (trimmed) and language change; the party kind, left out, stays', async () => {
    const changed = await person.ok(UPDATE, { input: { name: '  Els van Dijk ', locale: 'en' } });
    expect(changed.updateMe).toMatchObject({ name: 'Els van Dijk', locale: 'en', partyKind: 'PROFESSIONAL' });
    expect((await person.ok(ME)).me).toMatchObject({ name: 'Els van Dijk', locale: 'en' });
    await person.ok(UPDATE, { input: { locale: 'nl' } });
    expect((await person.ok(ME)).me).toMatchObject({ name: 'Els van Dijk', locale: 'nl' });
  });

  it('failing: an empty name is BAD_USER_INPUT on input.name, and the name stays', async () => {
    const refused = await person.query(UPDATE, { input: { name: '   ' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect((await person.ok(ME)).me.name).toBe('Els van Dijk');
  });

  it('failing: a language not offered is BAD_USER_INPUT on input.locale', async () => {
    const refused = await person.query(UPDATE, { input: { locale: 'de' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.locale' });
    expect((await person.ok(ME)).me.locale).toBe('nl');
  });

  it('failing: a visitor changes nobody (UNAUTHENTICATED)', async () => {
    const refused = await t.client().query(UPDATE, { input: { name: 'Iemand' } });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

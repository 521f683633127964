import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const TITLE = 'Netwerkbijeenkomst: wat de ateliers leerden';

/**
 * A meeting of the whole werkplaats (issue 21): the beheerder plans it public, picks on its page an insight shared
 * with the tribune for it to present, and once it has begun records what came out of it, how many came and who of
 * those registered; a visitor reads the
 * meeting and its outcome, and is told an item is hidden without learning which. On a phone, the beheerder then
 * records a lesson from the room, meets the personal-data check's dialog and saves it pseudonymised.
 */
describe('werkplaats-wide activities', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is planned public by the beheerder, presents an insight, and after it shows what came out of it to a visitor', async () => {
    const shot = screenshots('werkplaats-activities');
    const beheer = await newPage(browser);
    await signIn(beheer.page, DEMO.admin);
    await beheer.page.goto(`${DEMO_WORKSHOP}/beheer/bijeenkomsten`);
    await beheer.page.getByRole('heading', { level: 2, name: 'Bijeenkomsten' }).waitFor();
    // Two minutes ahead (the form takes whole minutes), so that it begins while the test runs.
    const startsAt = await beheer.page.evaluate(() => {
      const d = new Date(Date.now() + 2 * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    const form = beheer.page.getByRole('form', { name: 'Een activiteit plannen' });
    await form.getByLabel('Titel', { exact: true }).fill(TITLE);
    await form.getByLabel('Begint op').fill(startsAt);
    await form.getByLabel('Adres of plek').fill('Stadhuis Nijmegen');
    await form.getByLabel(/Openbaar: iedereen mag het zien/).check();
    expect(await axeViolations(beheer.page)).toEqual([]);
    await shot(beheer.page, 'plan');
    await form.getByRole('button', { name: 'Activiteit plannen' }).click();
    await beheer.page.getByRole('link', { name: TITLE }).waitFor();

    // It presents an insight of the atelier on loneliness, shared with the tribune and not public: the visitor
    // is told one item is hidden, never which.
    const loneliness = await atelierId(beheer.context, 'Leeratelier Eenzaamheid en betekenisvol contact');
    const { atelier } = await api<{
      atelier: { insights: { edges: { node: { id: string; title: string; visibility: string } }[] } };
    }>(
      beheer.context,
      'query($id: ID!) { atelier(id: $id) { insights(first: 50) { edges { node { id title visibility } } } } }',
      { id: loneliness },
    );
    const insight = atelier.insights.edges.map((e) => e.node).find((i) => i.visibility === 'TRIBUNE');
    if (!insight) throw new Error('the demo has no insight shared with the tribune');
    const { workshop } = await api<{
      workshop: { activities: { edges: { node: { id: string; title: string } }[] } };
    }>(
      beheer.context,
      '{ workshop(slug: "arnhem-nijmegen") { activities(upcoming: true, first: 100) { edges { node { id title } } } } }',
    );
    const activity = workshop.activities.edges.find((e) => e.node.title === TITLE)!.node.id;
    const page = `${DEMO_WORKSHOP}/activiteiten/${encodeURIComponent(activity)}`;

    // The beheerder, who leads it, picks the insight on its page: an atelier of the werkplaats, then the item.
    await beheer.page.goto(page);
    const links = beheer.page.getByRole('form', { name: 'Wat deze bijeenkomst presenteert kiezen' });
    await links.waitFor();
    await links
      .getByLabel('Uit het atelier')
      .selectOption({ label: 'Leeratelier Eenzaamheid en betekenisvol contact' });
    const insights = links.getByRole('group', { name: 'Inzichten' });
    await insights.getByLabel(insight.title).check();
    expect(await axeViolations(beheer.page)).toEqual([]);
    await shot(beheer.page, 'links');
    await links.getByRole('button', { name: 'Keuze opslaan' }).click();
    await beheer.page.getByText('Opgeslagen: dit presenteert de bijeenkomst.').waitFor();
    await beheer.page.getByRole('link', { name: insight.title }).waitFor();

    // A tribune member registers while it is upcoming, to be marked present by name afterwards.
    const member = await newPage(browser);
    await signIn(member.page, DEMO.tribune);
    const { me } = await api<{ me: { name: string } }>(member.context, '{ me { name } }');
    await api(member.context, 'mutation($a: ID!) { registerForActivity(activityId: $a) { id } }', {
      a: activity,
    });
    await member.context.close();

    // A visitor finds it in the werkplaats's agenda and sees what it presents, on a phone.
    const visitor = await newPage(browser, { width: 390, height: 844 });
    await visitor.page.goto(DEMO_WORKSHOP);
    await visitor.page.getByRole('heading', { level: 2, name: 'Bijeenkomsten van de werkplaats' }).waitFor();
    await visitor.page.getByRole('link', { name: TITLE }).click();
    await visitor.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.page.getByRole('heading', { level: 2, name: 'Wat deze bijeenkomst presenteert' }).waitFor();
    await visitor.page.getByText('1 onderdeel is alleen zichtbaar voor wie het mag lezen.').waitFor();
    expect(await visitor.page.getByText(insight.title).count()).toBe(0);
    expect(await axeViolations(visitor.page)).toEqual([]);
    expect(await sidewaysOverflow(visitor.page)).toBe(0);
    await shot(visitor.page, 'visitor-before');

    // Once it has begun, the beheerder records what came out of it and who of those registered came.
    await beheer.page.waitForTimeout(Math.max(0, new Date(startsAt).getTime() - Date.now() + 1_000));
    await beheer.page.goto(page);
    const record = beheer.page.getByRole('form', { name: 'Opbrengst vastleggen' });
    await record.waitFor();
    await record.getByLabel('Wat kwam eruit?').fill('Drie gemeenten nemen de vaste ontmoetingstafel over.');
    await record.getByLabel('Aantal aanwezigen').fill('37');
    const came = record.getByRole('group', { name: 'Wie van de aangemelden kwam er?' });
    await came.getByLabel(me.name).check();
    expect(await axeViolations(beheer.page)).toEqual([]);
    // The beheerder reads the tribune of the werkplaats's ateliers: the insight shows by its title.
    await beheer.page.getByRole('link', { name: insight.title }).waitFor();
    await record.getByRole('button', { name: 'Opbrengst vastleggen' }).click();
    await beheer.page.getByText('De opbrengst is vastgelegd.').waitFor();
    // Marked present: the form shows it so after the page reads the activity again.
    await beheer.page.reload();
    await expect(
      beheer.page
        .getByRole('form', { name: 'Opbrengst vastleggen' })
        .getByRole('group', { name: 'Wie van de aangemelden kwam er?' })
        .getByLabel(me.name)
        .isChecked(),
    ).resolves.toBe(true);
    await shot(beheer.page, 'recorded');

    await visitor.page.reload();
    await visitor.page.getByText('Drie gemeenten nemen de vaste ontmoetingstafel over.').waitFor();
    await visitor.page.getByText('37 mensen waren erbij.').waitFor();
    // A visitor records nothing.
    expect(await visitor.page.getByRole('form', { name: 'Opbrengst vastleggen' }).count()).toBe(0);
    expect(await axeViolations(visitor.page)).toEqual([]);
    await shot(visitor.page, 'visitor-after');

    // On a phone, the beheerder records a lesson from the room in an atelier of the werkplaats. Its words name
    // someone and a number: the same dialog as for any lesson asks what to do with each before it is saved.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await signIn(phone.page, DEMO.admin);
    await phone.page.goto(page);
    const room = phone.page.getByRole('form', { name: 'Een les uit de zaal vastleggen' });
    await room.waitFor();
    await room
      .getByLabel('In welk atelier hoort de les?')
      .selectOption({ label: 'Leeratelier Eenzaamheid en betekenisvol contact' });
    await room.getByLabel('Titel').fill('Uit de zaal: de post blijft liggen');
    await room.locator('.rich-text__input').click();
    await phone.page.keyboard.type(
      'Mevrouw Jansen vertelde dat ze haar post niet meer opent. Bel 06-12345678 voor een afspraak.',
    );
    await room.getByText('2 mogelijke persoonsgegevens in de les').waitFor();
    await room.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
    await room.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Wijk' });
    await room.getByLabel('Domein', { exact: true }).selectOption({ label: 'Welzijn' });
    expect(await room.getByRole('radio', { name: 'De arena van het atelier' }).isChecked()).toBe(true);
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(await sidewaysOverflow(phone.page)).toBe(0);
    await shot(phone.page, 'room-lesson');
    await room.getByRole('button', { name: 'Les uit de zaal opslaan' }).click();
    const dialog = phone.page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
    await dialog.waitFor();
    expect(await dialog.getByRole('group').count()).toBe(2);
    expect(await dialog.getByRole('radio', { name: 'Vervang door “Mevrouw A.”' }).isChecked()).toBe(true);
    expect(await axeViolations(phone.page)).toEqual([]);
    await shot(phone.page, 'room-lesson-check');
    await dialog.getByRole('button', { name: 'Aanpassen en delen' }).click();
    await phone.page.getByText('De les uit de zaal is opgeslagen.').waitFor();
    // Listed under the lessons from the room, for the beheerder who wrote it; pseudonymised where it is kept.
    const saved = phone.page.getByRole('link', { name: 'Uit de zaal: de post blijft liggen' });
    await saved.waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(await sidewaysOverflow(phone.page)).toBe(0);
    await shot(phone.page, 'room-lesson-saved');
    await saved.click();
    await phone.page.getByRole('heading', { level: 1, name: 'Uit de zaal: de post blijft liggen' }).waitFor();
    const kept = await phone.page.locator('main').innerText();
    expect(kept).toContain('Mevrouw A. vertelde dat ze haar post niet meer opent.');
    expect(kept).not.toContain('Jansen');
    // The visitor reads neither it nor its title: an ARENA lesson, counted as hidden.
    await visitor.page.reload();
    await visitor.page.getByText('37 mensen waren erbij.').waitFor();
    expect(await visitor.page.getByText('Uit de zaal: de post blijft liggen').count()).toBe(0);
    await phone.context.close();
    await visitor.context.close();
    await beheer.context.close();
  }, 300_000);
});

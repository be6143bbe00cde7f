import { dataset, expect, LANGS, msg, optionName, plural, test } from './fixtures/app';

const total = dataset.events.length;
const commission = dataset.events.filter((e) => e.parties.includes('eu-commission'));
const partyName = (lang: (typeof LANGS)[number], id: string) =>
  dataset.parties.find((p) => p.id === id)?.name[lang] ?? id;
const countText = (lang: (typeof LANGS)[number], count: number) =>
  plural(lang, 'results.count', count, { total });

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('filtering by party changes the list, the count, the timeline and the URL, and survives reload and a new browser', async ({
      app,
      page,
      browser,
    }) => {
      // Two page loads, a reload and a second browser.
      test.slow();
      await app.open(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
      await app
        .filters(lang)
        .getByRole('checkbox', { name: optionName(partyName(lang, 'eu-commission')) })
        .check();
      await expect(page).toHaveURL(`/${lang}?party=eu-commission`);
      await expect(app.listLinks(lang)).toHaveCount(commission.length);
      await expect(page.getByText(countText(lang, commission.length))).toBeVisible();
      expect([...(await app.collectTimelineIds())].sort()).toEqual(
        commission.map((e) => e.id).sort(),
      );

      await page.reload();
      await app.ready();
      await expect(
        app
          .filters(lang)
          .getByRole('checkbox', { name: optionName(partyName(lang, 'eu-commission')) }),
      ).toBeChecked();
      await expect(app.listLinks(lang)).toHaveCount(commission.length);

      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(`/${lang}?party=eu-commission`);
      await expect(
        fresh
          .getByRole('region', { name: msg(lang, 'list.heading') })
          .getByRole('listitem')
          .getByRole('link'),
      ).toHaveCount(commission.length);
      await context.close();
    });

    test('Back and Forward step through filter changes', async ({ app, page }) => {
      await app.open(`/${lang}`);
      const filters = app.filters(lang);
      // "Kazakhstan" is a party and a place: the party's section.
      await filters
        .getByRole('group', { name: msg(lang, 'filters.party.legend') })
        .getByRole('checkbox', { name: optionName(partyName(lang, 'kz')) })
        .check();
      await expect(page).toHaveURL(`/${lang}?party=kz`);
      // "Negotiation round" is a type and a stage: the type's section.
      const types = filters.getByRole('group', { name: msg(lang, 'filters.type.legend') });
      await types
        .getByRole('checkbox', { name: optionName(msg(lang, 'types.negotiation-round')) })
        .check();
      await expect(page).toHaveURL(`/${lang}?party=kz&type=negotiation-round`);
      const both = dataset.events.filter(
        (e) =>
          e.type === 'negotiation-round' &&
          e.parties.some((p) => p === 'kz' || p.startsWith('kz-')),
      );
      await expect(app.listLinks(lang)).toHaveCount(both.length);
      await page.goBack();
      await expect(page).toHaveURL(`/${lang}?party=kz`);
      await expect(
        types.getByRole('checkbox', { name: optionName(msg(lang, 'types.negotiation-round')) }),
      ).not.toBeChecked();
      await page.goBack();
      await expect(page).toHaveURL(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
      await page.goForward();
      await page.goForward();
      await expect(page).toHaveURL(`/${lang}?party=kz&type=negotiation-round`);
      await expect(app.listLinks(lang)).toHaveCount(both.length);
    });

    test('a chip removes its filter and Clear all resets', async ({ app, page }) => {
      await app.open(`/${lang}?type=summit,dialogue&track=human-rights`);
      const chips = page.getByRole('list', { name: msg(lang, 'chips.label') });
      await chips
        .getByRole('button', {
          name: msg(lang, 'chips.remove', { label: msg(lang, 'types.summit') }),
        })
        .click();
      await expect(page).toHaveURL(`/${lang}?type=dialogue&track=human-rights`);
      await page.getByRole('button', { name: msg(lang, 'chips.clearAll') }).click();
      await expect(page).toHaveURL(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
    });

    test('an empty result says so and offers to clear the filters', async ({ app, page }) => {
      await app.open(`/${lang}?q=zzzzqqqq`);
      await expect(app.eventList(lang).getByText(msg(lang, 'results.empty'))).toBeVisible();
      await app
        .eventList(lang)
        .getByRole('button', { name: msg(lang, 'results.clear') })
        .click();
      await expect(page).toHaveURL(`/${lang}`);
      await expect(app.listLinks(lang)).toHaveCount(total);
    });

    test('a filtered-out open event stays open, says so, and can be shown', async ({
      app,
      page,
    }) => {
      await app.open(`/${lang}/events/epca-signed?type=summit`);
      const panel = app.details(lang);
      await expect(panel.getByText(msg(lang, 'results.hidden'))).toBeVisible();
      await panel.getByRole('button', { name: msg(lang, 'results.showIt') }).click();
      await expect(page).toHaveURL(`/${lang}/events/epca-signed`);
      await expect(panel.getByText(msg(lang, 'results.hidden'))).toHaveCount(0);
    });

    test('lanes can follow party or type', async ({ app, page }) => {
      await app.open(`/${lang}`);
      await page.getByRole('combobox', { name: msg(lang, 'lanes.label') }).selectOption('party');
      await expect(page).toHaveURL(`/${lang}?group=party`);
      await expect(
        page.locator('.bt-timeline .bt-group-label:not(.bt-eras-lane)').first(),
      ).toHaveText(partyName(lang, 'kz'));
      await page.getByRole('combobox', { name: msg(lang, 'lanes.label') }).selectOption('type');
      await expect(
        page.locator('.bt-timeline .bt-group-label', { hasText: msg(lang, 'types.summit') }),
      ).toHaveCount(1);
    });
  });
}

test('a Russian term finds events in the English interface, highlighted as text', async ({
  app,
  page,
}) => {
  await app.open('/en');
  await page.getByRole('searchbox', { name: msg('en', 'filters.search.label') }).fill('СРПС');
  await expect(page).toHaveURL('/en?q=%D0%A1%D0%A0%D0%9F%D0%A1');
  await expect(app.listLinks('en').first()).toBeVisible();
  await expect(app.eventList('en').getByRole('link', { name: /EPCA signed/ })).toBeVisible();
  await expect(app.eventList('en').locator('mark').first()).toBeVisible();
  expect(await app.listLinks('en').count()).toBeLessThan(total);
});

test('Kazakh typed with Russian letters finds Kazakh words', async ({ app, page }) => {
  await app.open('/kk');
  await page.getByRole('searchbox', { name: msg('kk', 'filters.search.label') }).fill('реадмиссия');
  const found = await app.listLinks('kk').count();
  expect(found).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: msg('kk', 'filters.search.label') }).fill('казакстан');
  await expect(app.eventList('kk').locator('mark', { hasText: 'Қазақстан' }).first()).toBeVisible();
});

test('typing makes one history entry per pause', async ({ app, page }) => {
  // Typing at a person's pace, a pause and two steps back.
  test.slow();
  await app.open('/en');
  const box = page.getByRole('searchbox', { name: msg('en', 'filters.search.label') });
  // Each word arrives as one edit (a busy machine can space single keystrokes wider than a pause).
  await box.fill('visa');
  await expect(page).toHaveURL('/en?q=visa');
  await page.waitForTimeout(1000);
  await box.fill('visa talks');
  await expect(page).toHaveURL('/en?q=visa+talks');
  await page.goBack();
  await expect(page).toHaveURL('/en?q=visa');
  await expect(box).toHaveValue('visa');
  await page.goBack();
  await expect(page).toHaveURL('/en');
  await expect(box).toHaveValue('');
});

test('a shared filtered deep link opens the same events, window and event', async ({
  app,
  page,
}) => {
  const url =
    '/ru/events/visa-readmission-round-1?track=visa-readmission&start=2023-01-01&end=2027-01-01';
  await app.open(url);
  await expect(page).toHaveURL(url);
  const visa = dataset.events.filter((e) => e.track === 'visa-readmission');
  await expect(app.listLinks('ru')).toHaveCount(visa.length);
  await expect(app.details('ru').getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.locator('.bt-timeline .vis-time-axis.vis-foreground')).toContainText('2024');
  await expect(page.locator('.bt-timeline .vis-time-axis.vis-foreground')).not.toContainText(
    '2010',
  );
});

test('moving the timeline keeps the window in the URL without adding history', async ({
  app,
  page,
}) => {
  await app.open('/en');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: msg('en', 'timeline.zoomIn') }).click();
  await expect(page).toHaveURL(/[?&]start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
  // Drag by the time axis, as a reader does: a slow drag that starts on an event can become a
  // long press, which selects the event (and opens it) on a busy machine.
  const box = await page
    .locator('.bt-timeline .vis-time-axis.vis-foreground')
    .first()
    .boundingBox();
  if (!box) throw new Error('no timeline');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 300, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => history.length)).toBe(before);
});

test('junk in the URL is dropped, the rest kept, and nothing breaks', async ({ app, page }) => {
  await app.open(
    `/en?party=mars,kz&type=bogus&status=held&q=%00%01&group=weird&from=2015-13-01&x=${'y'.repeat(3000)}`,
  );
  await expect(page).toHaveURL('/en?party=kz&status=held');
  await expect(app.listLinks('en').first()).toBeVisible();
});

test('switching language keeps every parameter', async ({ app, page }) => {
  const query = '?party=kz&type=summit&q=Samarkand&group=type';
  await app.open(`/en${query}`);
  await expect(
    app
      .eventList('en')
      .getByRole('link', { name: /Samarkand/ })
      .first(),
  ).toBeVisible();
  const found = await app.listLinks('en').count();
  await page
    .getByRole('navigation', { name: msg('en', 'app.languageSwitcher') })
    .getByRole('link', { name: 'Қазақша' })
    .click();
  await expect(page).toHaveURL(`/kk${query}`);
  await expect(app.listLinks('kk')).toHaveCount(found);
});

for (const lang of LANGS) {
  test(`in ${lang}, the place filter narrows to the events held there, with a chip and a URL`, async ({
    app,
    page,
  }) => {
    await app.open(`/${lang}`);
    const held = dataset.events.filter((event) => event.place?.en === 'Luxembourg');
    const place = dataset.events.find((event) => event.place?.en === 'Luxembourg')?.place;
    if (!place) throw new Error('fixture: no event in Luxembourg');
    await app
      .filters(lang)
      .getByRole('group', { name: msg(lang, 'filters.place.legend') })
      .getByRole('checkbox', { name: optionName(place[lang]) })
      .check();
    await expect(page).toHaveURL(`/${lang}?place=luxembourg`);
    await expect(app.listLinks(lang)).toHaveCount(held.length);
    await page
      .getByRole('list', { name: msg(lang, 'chips.label') })
      .getByRole('button', { name: msg(lang, 'chips.remove', { label: place[lang] }) })
      .click();
    await expect(page).toHaveURL(`/${lang}`);
    await expect(app.listLinks(lang)).toHaveCount(dataset.events.length);
  });
}

test('@phone filters open from a button and the page does not scroll sideways', async ({
  app,
  page,
}) => {
  await app.open('/en');
  const filters = app.filters('en');
  await expect(filters).toBeHidden();
  await page.getByRole('button', { name: msg('en', 'filters.show') }).click();
  await expect(filters).toBeVisible();
  await filters.getByRole('checkbox', { name: optionName('Uzbekistan') }).check();
  await expect(page).toHaveURL('/en?party=uz');
  expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
});

test('dragging across the chart of events per year sets the date range', async ({ app, page }) => {
  await app.open('/en');
  const chart = app.filters('en').locator('svg.cursor-crosshair');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  const years = 2026 - 1993 + 1;
  const xOf = (year: number) => box.x + ((year - 1993 + 0.5) / years) * box.width;
  await page.mouse.move(xOf(2011), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(xOf(2016), box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL('/en?from=2011&to=2016');
  await expect(app.filters('en').getByLabel(msg('en', 'filters.dates.from'))).toHaveValue('2011');
  const inRange = dataset.events.filter(
    (e) => e.date.slice(0, 4) >= '2011' && e.date.slice(0, 4) <= '2016',
  );
  await expect(app.listLinks('en')).toHaveCount(inRange.length);
});

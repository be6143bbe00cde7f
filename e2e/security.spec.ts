import { hostileDatasetJson } from '../app/domain/testing/hostile-dataset';
import { expect, LANGS, msg, test } from './fixtures/app';

/** Hostile strings of every kind the hostile-text bar names; each must show up as plain text. */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"></svg>',
  '<iframe src="javascript:window.__pwned=4"></iframe>',
  '"><script>window.__pwned=5</script>',
  "'; window.__pwned=6; '",
  '<a href="javascript:window.__pwned=7">click</a>',
  'javascript:window.__pwned=8',
  'data:text/html,<script>window.__pwned=9</script>',
  '<div style="background:url(javascript:window.__pwned=10)">css</div>',
  '<style>body{display:none}</style>',
  '{{constructor.constructor("window.__pwned=11")()}}',
  '${window.__pwned=12}',
  '<%= 7*7 %>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=13">',
  '<details open ontoggle="window.__pwned=14">',
  '<body onload="window.__pwned=15">',
  '<input autofocus onfocus="window.__pwned=16">',
  '<object data="javascript:window.__pwned=17"></object>',
  '<embed src="javascript:window.__pwned=18">',
  '<form action="javascript:window.__pwned=19"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=20">',
  '<base href="javascript:/">',
  '\u202eevil\u202c bidi override',
  'zero\u200bwidth\u200djoiner\ufeff',
  '&lt;script&gt;window.__pwned=21&lt;/script&gt;',
  '<!--<img src=x onerror=window.__pwned=22>-->',
  '<svg><animate onbegin="window.__pwned=23" attributeName=x dur=1s>',
  '<video><source onerror="window.__pwned=24"></video>',
  'lone surrogate \ud800 and \udfff',
  'x'.repeat(100_000),
] as const;

for (const lang of LANGS) {
  test(`${lang}: hostile text in every field is shown as text and runs nothing`, async ({
    app,
    page,
  }) => {
    const body = JSON.stringify(hostileDatasetJson(PAYLOADS));
    await page.route('**/data/kz-eu.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await app.open(`/${lang}/events/hostile-0`);
    await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(PAYLOADS[0]);
    await expect(app.eventList(lang).getByText(PAYLOADS[1]).first()).toBeVisible();
    // Open a few more, then search for a word inside the payloads.
    for (const payload of [PAYLOADS[2], PAYLOADS[9], PAYLOADS[12], PAYLOADS[23]]) {
      await app.eventList(lang).getByRole('link', { name: payload }).first().click();
      await expect(app.details(lang).getByRole('heading', { level: 2 })).toHaveText(payload);
    }
    await page.getByRole('searchbox', { name: msg(lang, 'filters.search.label') }).fill('onerror');
    await expect(app.eventList(lang).locator('mark').first()).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
    // Nothing from the data became an element.
    expect(
      await page
        .locator(
          '#root img, #root iframe, #root object, #root embed, #root svg[onload], #root video, #root form, #root details[ontoggle]',
        )
        .count(),
    ).toBe(0);
    expect(await page.locator('#root script, #root style').count()).toBe(0);
    await expect(page.locator('body')).toBeVisible();
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
}

test('runs under its Content-Security-Policy with no violations, and talks only to its own origin', async ({
  page,
  baseURL,
  app,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await expect(page.request.get('/').then((r) => r.text())).resolves.toContain(
    'Content-Security-Policy',
  );
  for (const lang of LANGS) {
    await app.open(`/${lang}/events/epca-signed?group=party`);
    await page.getByRole('button', { name: msg(lang, 'timeline.zoomIn') }).click();
  }
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
});

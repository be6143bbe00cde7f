import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on('console', (m) => console.log(m.text()));
for (const path of ['/en', '/en/events/epca-signed', '/kk?start=2010-01-01&end=2016-01-01']) {
  const t0 = Date.now();
  await p.goto('http://127.0.0.1:4183' + path);
  await p.locator('.bt-timeline[aria-busy="false"]').waitFor();
  console.log(path, 'ready after', Date.now() - t0, 'ms', p.url(), (await p.locator('.bt-timeline .vis-time-axis.vis-foreground').innerText()).replace(/\n/g, ' ').slice(0, 60));
}
await b.close();

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...files], {
    encoding: 'utf8',
  });

// Each test starts Node with tsx: seconds on a busy machine, beyond Vitest's 5 s default.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('passes the shipped dataset', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /public\/data\/kz-eu\.json: ok — \d+ valid event\(s\), [1-9]\d* valid period\(s\), [1-9]\d* valid stor(y|ies), 0 error\(s\)/,
    );
  });

  it('prints every problem on its own line, naming event, field and expectation, and exits 1', () => {
    const json = JSON.parse(readFileSync('public/data/kz-eu.json', 'utf8')) as {
      events: Record<string, unknown>[];
      periods: Record<string, unknown>[];
    };
    json.events[12] = { ...json.events[12], date: '2015-13-01' };
    json.events[3] = { ...json.events[3], track: 'nowhere' };
    json.periods[1] = { ...json.periods[1], end: '1990' };
    json.periods[2] = { ...json.periods[2], label: { en: 'English only' } };
    const file = join(mkdtempSync(join(tmpdir(), 'data-check-')), 'bad.json');
    writeFileSync(file, JSON.stringify(json));
    const result = run(file);
    expect(result.status).toBe(1);
    const id12 = String(json.events[12].id);
    expect(result.stderr).toContain(
      `events[12] (${id12}) .date: "2015-13-01" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
    expect(result.stderr).toContain(
      `events[3] (${String(json.events[3].id)}) .track: "nowhere" is not a track id`,
    );
    const period = (i: number) => `periods[${i}] (${String(json.periods[i]?.id)})`;
    expect(result.stderr).toContain(
      `${period(1)} .end: "1990" is before the start date ${String(json.periods[1].start)}`,
    );
    expect(result.stderr).toContain(
      `${period(2)} .label: lacks kk, ru (shipped datasets need kk, en and ru)`,
    );
    expect(result.stdout).toContain('FAILED — ');
  });

  it('fails on a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'data-check-')), 'broken.json');
    writeFileSync(file, '{ nope');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not valid JSON');
  });
});

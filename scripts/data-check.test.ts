import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...files], {
    encoding: 'utf8',
  });

describe('npm run data:check', () => {
  it('passes the shipped dataset', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /public\/data\/kz-eu\.json: ok — \d+ valid event\(s\), 0 error\(s\)/,
    );
  });

  it('prints every problem on its own line, naming event, field and expectation, and exits 1', () => {
    const json = JSON.parse(readFileSync('public/data/kz-eu.json', 'utf8')) as {
      events: Record<string, unknown>[];
    };
    json.events[12] = { ...json.events[12], date: '2015-13-01' };
    json.events[3] = { ...json.events[3], track: 'nowhere' };
    const file = join(mkdtempSync(join(tmpdir(), 'data-check-')), 'bad.json');
    writeFileSync(file, JSON.stringify(json));
    const result = run(file);
    expect(result.status).toBe(1);
    const id12 = String(json.events[12]?.id);
    expect(result.stderr).toContain(
      `events[12] (${id12}) .date: "2015-13-01" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
    expect(result.stderr).toContain(
      `events[3] (${String(json.events[3]?.id)}) .track: "nowhere" is not a track id`,
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

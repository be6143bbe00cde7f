import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { GRAPH2D, trimVisTimeline } from './vis-trim.ts';

const visRoot = dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json'));
const source = readFileSync(join(visRoot, 'esnext/esm/vis-timeline-graph2d.mjs'), 'utf8');

describe('trimVisTimeline, on the installed vis-timeline', () => {
  const trimmed = trimVisTimeline(source);

  it('keeps a module that parses, line for line', () => {
    expect(parseSync('vis.mjs', trimmed).errors).toEqual([]);
    expect(trimmed.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('leaves no Graph2d prototype set-up, and the timeline’s own untouched', () => {
    for (const name of GRAPH2D) expect(trimmed).not.toMatch(new RegExp(`^${name}\\.`, 'm'));
    expect(trimmed).toMatch(/^ItemSet\.prototype\._onAdd = /m);
    expect(trimmed).toMatch(/^Emitter\(Core\.prototype\);/m);
  });

  it('gives vis only the vis-util members it reads, and neither configurator nor validator', () => {
    expect(trimmed).not.toContain('...util');
    expect(trimmed).toContain('forEach: util_forEach');
    expect(trimmed).not.toContain('Configurator: util_');
    expect(trimmed).not.toMatch(/Validator\.validate\(options, allOptions\)/);
    expect(trimmed).not.toMatch(/new Configurator\(this, this\.dom\.container, configureOptions\)/);
  });

  it('fails loudly when vis-timeline no longer looks as expected', () => {
    expect(() => trimVisTimeline(source.replace('...util,', '...utils,'))).toThrow(/vis-trim/);
    expect(() =>
      trimVisTimeline(
        source.replace('let errorFound = Validator.validate(options, allOptions);', ''),
      ),
    ).toThrow(/update VIS_TRIMS/);
    expect(() =>
      trimVisTimeline(source.replaceAll(/^Legend\.prototype/gm, 'Legend2.prototype')),
    ).toThrow(/Legend/);
  });
});

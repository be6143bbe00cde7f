import { describe, expect, it } from 'vitest';
import { isCut } from './axis-edges.ts';

// 8 px a character, as a stand-in for the font.
const measure = (text: string) => text.length * 8;

describe('isCut', () => {
  it('cuts a label that starts before the axis', () => {
    expect(isCut({ transform: 'translate(-12px, 0px)', text: '1990' }, 300, measure)).toBe(true);
  });

  it('cuts a label that runs past the axis', () => {
    // 270 + 32 + 7 > 300
    expect(isCut({ transform: 'translate(270px, 0px)', text: '2025' }, 300, measure)).toBe(true);
  });

  it('reads the position vis writes, fractions included', () => {
    expect(isCut({ transform: 'translate(-0.5px, 0px)', text: '2000' }, 300, measure)).toBe(true);
    expect(isCut({ transform: 'translate(12.75px, 0px)', text: '2000' }, 300, measure)).toBe(false);
  });

  it('keeps a label that fits whole', () => {
    expect(isCut({ transform: 'translate(0px, 0px)', text: '1995' }, 300, measure)).toBe(false);
    expect(isCut({ transform: 'translate(261px, 0px)', text: '2020' }, 300, measure)).toBe(false);
  });
});

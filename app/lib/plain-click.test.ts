import { describe, expect, it } from 'vitest';
import { isPlainClick } from './plain-click.ts';

const click = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};

describe('isPlainClick', () => {
  it('takes a plain click with the main button', () => {
    expect(isPlainClick(click)).toBe(true);
  });

  it('leaves new tabs, windows, downloads, other buttons and handled clicks to the browser', () => {
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey', 'defaultPrevented'] as const)
      expect(isPlainClick({ ...click, [key]: true }), key).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});

import { softDisabled } from '../../../src/components/shared/soft-disabled.js';

// Unavailable but focusable: announced as unavailable, ignores clicks, and stays a 24×24 px target
// (WCAG 2.5.8) whether or not the stylesheet is loaded.
describe('softDisabled', () => {
  const onClick = () => {};

  it('while unavailable: aria-disabled, no click handler, the minimum target size', () => {
    expect(softDisabled(true, onClick)).toEqual({
      'aria-disabled': true,
      onClick: undefined,
      style: { minWidth: 24, minHeight: 24 },
    });
  });

  it('while available: the click handler, no aria-disabled, the same minimum target size', () => {
    expect(softDisabled(false, onClick)).toEqual({
      'aria-disabled': undefined,
      onClick,
      style: { minWidth: 24, minHeight: 24 },
    });
  });
});

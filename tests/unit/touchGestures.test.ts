import { describe, expect, it } from 'vitest';
import { DECIDE_AFTER_PX, oneFingerIntent } from '../../src/scene/touchGestures';

describe('oneFingerIntent', () => {
  it('waits until the finger has moved a little', () => {
    expect(oneFingerIntent(0, 0)).toBe('undecided');
    expect(oneFingerIntent(DECIDE_AFTER_PX - 1, 0)).toBe('undecided');
    expect(oneFingerIntent(3, -4)).toBe('undecided');
  });

  it('a mostly sideways swipe turns the body', () => {
    expect(oneFingerIntent(20, 5)).toBe('turn');
    expect(oneFingerIntent(-12, -8)).toBe('turn');
  });

  it('a mostly up-and-down swipe scrolls the page', () => {
    expect(oneFingerIntent(3, -20)).toBe('scroll');
    expect(oneFingerIntent(-8, 9)).toBe('scroll');
  });

  it('an exact diagonal goes to the page', () => {
    expect(oneFingerIntent(10, 10)).toBe('scroll');
  });
});

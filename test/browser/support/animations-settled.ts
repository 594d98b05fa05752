/**
 * Resolves when every running animation that ends has ended. A dialog still fading in would be
 * read by axe half transparent, as a contrast failure no user sees once it is open. Endless ones
 * (the loading shimmer) never end, and paused ones (Storybook freezes some at their end state in
 * tests) never finish: axe reads both as drawn.
 */
export async function animationsSettled(): Promise<void> {
  await Promise.all(
    document
      .getAnimations()
      .filter(
        (animation) =>
          animation.playState === 'running' && animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY,
      )
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

import type { Rubric } from './types.ts';

/**
 * The default rubric. Thresholds: overlap 0.3 s (SPEC §1; shorter overlaps are normal
 * turn-taking), talk share 65 % (sales research sees outcomes drop above it), monologues
 * over 60 s, and the 125–250 words-per-minute listening band from the seed articles.
 */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  items: {
    interruptions: { enabled: true, weight: 1 },
    paraphrasing: { enabled: true, weight: 1 },
    follow_up_questions: { enabled: true, weight: 1 },
    acknowledge_emotion: { enabled: true, weight: 1 },
    acts_on_what_was_said: { enabled: true, weight: 1 },
    pacing: { enabled: true, weight: 1 },
  },
  thresholds: {
    overlapSec: 0.3,
    interruptionWarnAt: 1,
    interruptionFailAt: 2,
    maxTalkShare: 0.65,
    maxMonologueSec: 60,
    minWpm: 125,
    maxWpm: 250,
  },
};

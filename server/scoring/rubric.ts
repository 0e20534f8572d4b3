import type { Rubric } from './types.ts';

/**
 * The default rubric. Weights: restating the customer is the heart of active listening in
 * the seed articles, so paraphrasing weighs double; follow-up questions and pacing
 * (not dominating the call) one and a half. Thresholds: overlap 0.3 s (SPEC §1; shorter overlaps are normal
 * turn-taking), talk share 65 % (sales research sees outcomes drop above it), monologues
 * over 60 s, the 125–250 words-per-minute listening band from the seed articles, and at
 * most one agent turn in five spent telling or advising (more is lecturing, not listening).
 */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  items: {
    interruptions: { enabled: true, weight: 1 },
    paraphrasing: { enabled: true, weight: 2 },
    follow_up_questions: { enabled: true, weight: 1.5 },
    acknowledge_emotion: { enabled: true, weight: 1 },
    acts_on_what_was_said: { enabled: true, weight: 1 },
    pacing: { enabled: true, weight: 1.5 },
  },
  thresholds: {
    overlapSec: 0.3,
    interruptionWarnAt: 1,
    interruptionFailAt: 2,
    maxTalkShare: 0.65,
    maxMonologueSec: 60,
    minWpm: 125,
    maxWpm: 250,
    maxAdviceShare: 0.2,
  },
};

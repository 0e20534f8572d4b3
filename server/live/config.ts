import type { Env } from '../config.ts';

/** Settings of the live socket, read from the environment when the live routes load. */
export interface LiveConfig {
  /** A call with no frame for this long is finalised and stored (ATTUNE_LIVE_IDLE_SEC). */
  idleSec: number;
  /** Least call time between two nudges (ATTUNE_NUDGE_GAP_SEC). */
  nudgeGapSec: number;
  /** Frames above this get an error frame and are dropped; the socket stays open (ATTUNE_LIVE_MAX_FRAME_KB). */
  maxFrameBytes: number;
  /** Frames per second one socket may send, with a burst of twice as many (ATTUNE_LIVE_MAX_FPS). */
  maxFramesPerSec: number;
}

/** Frames above this close the socket (1009) before they are even read. */
export const HARD_MAX_FRAME_BYTES = 1024 * 1024;

function num(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function loadLiveConfig(env: Env = process.env): LiveConfig {
  return Object.freeze({
    idleSec: num(env, 'ATTUNE_LIVE_IDLE_SEC', 120, 0.1, 24 * 3600),
    nudgeGapSec: num(env, 'ATTUNE_NUDGE_GAP_SEC', 20, 0, 3600),
    maxFrameBytes: Math.round(num(env, 'ATTUNE_LIVE_MAX_FRAME_KB', 64, 1, HARD_MAX_FRAME_BYTES / 1024) * 1024),
    maxFramesPerSec: num(env, 'ATTUNE_LIVE_MAX_FPS', 50, 1, 10_000),
  });
}

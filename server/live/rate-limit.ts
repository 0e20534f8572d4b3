/** A token bucket per socket: `perSec` frames a second on average, bursts up to twice that. */
export class FrameBucket {
  private tokens: number;
  private last = performance.now();

  constructor(private readonly perSec: number) {
    this.tokens = 2 * perSec;
  }

  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(2 * this.perSec, this.tokens + ((now - this.last) / 1000) * this.perSec);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

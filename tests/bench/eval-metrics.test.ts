import { describe, expect, it } from 'vitest';
import { auc, prf } from '../../bench/eval-metrics.ts';

describe('evaluation statistics', () => {
  it('computes precision, recall and F1 from counts', () => {
    const r = prf({ tp: 6, fp: 2, fn: 4 });
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(r.support).toBe(10);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });

  it('computes AUC as the chance a positive outranks a negative, ties counting half', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 2], [3, 4])).toBe(0);
    expect(auc([2, 3], [2, 1])).toBe(0.875);
    expect(auc([], [1])).toBeNull();
  });
});

import type { Dispute, ItemId, Override, Scorecard } from '../../../lib/types.ts';

type ItemResult = Scorecard['items'][number];

export interface EffectiveItem {
  auto: ItemResult;
  /** The latest QA override, when there is one; it decides the status shown. */
  override: Override | null;
  status: ItemResult['status'];
  score: number | null;
  disputes: Dispute[];
}

/** Each item with its auto result kept beside the latest override. */
export function effectiveItems(scorecard: Scorecard, overrides: Override[], disputes: Dispute[]): EffectiveItem[] {
  const latest = new Map<ItemId, Override>();
  for (const override of [...overrides].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    latest.set(override.itemId, override);
  }
  return scorecard.items.map((auto) => {
    const override = latest.get(auto.id) ?? null;
    return {
      auto,
      override,
      status: override?.status ?? auto.status,
      score: override ? override.score : auto.score,
      disputes: disputes.filter((d) => d.itemId === auto.id),
    };
  });
}

/** Turn index → the items whose evidence points at it. */
export function evidenceByTurn(scorecard: Scorecard): Map<number, ItemId[]> {
  const map = new Map<number, ItemId[]>();
  for (const item of scorecard.items) {
    for (const evidence of item.evidence) {
      const list = map.get(evidence.turn) ?? [];
      if (!list.includes(item.id)) list.push(item.id);
      map.set(evidence.turn, list);
    }
  }
  return map;
}

/** `#turn-12` → 12; anything else → null. */
export function turnFromHash(hash: string): number | null {
  const match = /^#turn-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

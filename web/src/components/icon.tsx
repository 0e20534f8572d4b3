/** Small inline icons: always shown beside a text label, never alone. */

const PATHS = {
  pass: 'M4 12.5l5 5L20 6.5',
  warn: 'M12 3L2 20h20L12 3zM12 10v4M12 17v.5',
  fail: 'M6 6l12 12M18 6L6 18',
  na: 'M6 12h12',
  interruption: 'M5 5l14 14M12 3v5M12 16v5',
  backchannel: 'M4 6h16v9H9l-5 4V6z',
  paraphrase: 'M4 9h12l-3-3M20 15H8l3 3',
  'question:open': 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15M12 18v.5',
  'question:closed': 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15M12 18v.5M4 4h16v16H4z',
  followup: 'M5 5v7a4 4 0 0 0 4 4h10M15 12l4 4-4 4',
  empathy: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  action: 'M13 3L5 13h6l-1 8 8-10h-6l1-8z',
  upload: 'M12 16V4M7 9l5-5 5 5M4 20h16',
  live: 'M12 12m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M7 7a7 7 0 0 0 0 10M17 7a7 7 0 0 1 0 10',
  dispute: 'M4 4h16v12H8l-4 4V4zM12 8v3M12 13v.5',
  review: 'M4 20l4-1 11-11-3-3L5 16l-1 4z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon ${className ?? ''}`}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

import type { Role } from '../lib/types.ts';

export interface NavItem {
  /** i18n key under `nav.` */
  key: string;
  to: string;
}

const ITEMS = {
  myCalls: { key: 'myCalls', to: '/my/calls' },
  myProgress: { key: 'myProgress', to: '/my/progress' },
  queue: { key: 'queue', to: '/calls' },
  upload: { key: 'upload', to: '/upload' },
  disputes: { key: 'disputes', to: '/disputes' },
  reports: { key: 'reports', to: '/reports' },
  calibration: { key: 'calibration', to: '/calibration' },
  moments: { key: 'moments', to: '/moments' },
  coaching: { key: 'coaching', to: '/coaching' },
  live: { key: 'live', to: '/live' },
  admin: { key: 'admin', to: '/admin' },
} satisfies Record<string, NavItem>;

const BY_ROLE: Record<Role, NavItem[]> = {
  agent: [ITEMS.myCalls, ITEMS.myProgress, ITEMS.disputes, ITEMS.coaching, ITEMS.live],
  qa_lead: [ITEMS.queue, ITEMS.upload, ITEMS.disputes, ITEMS.reports, ITEMS.calibration, ITEMS.live],
  trainer: [ITEMS.moments, ITEMS.coaching, ITEMS.reports, ITEMS.live],
  admin: [
    ITEMS.queue,
    ITEMS.upload,
    ITEMS.disputes,
    ITEMS.reports,
    ITEMS.calibration,
    ITEMS.moments,
    ITEMS.coaching,
    ITEMS.live,
    ITEMS.admin,
  ],
};

export function navFor(role: Role): NavItem[] {
  return BY_ROLE[role];
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  return BY_ROLE[role][0].to;
}

/** Whether a role may open a path (its nav, plus call pages for everyone). */
export function canOpen(role: Role, path: string): boolean {
  if (path.startsWith('/calls/')) return true;
  if (path.startsWith('/reports/agents/')) return role !== 'agent';
  return BY_ROLE[role].some((item) => path === item.to || path.startsWith(`${item.to}/`));
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json';
import fa from '../../web/src/i18n/fa.json';
import ar from '../../web/src/i18n/ar.json';
import { ITEM_IDS, TAGS } from '../../server/scoring/types.ts';
import { navFor } from '../../web/src/app/nav.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const enKeys = flatten(en as Tree);

describe('dashboard translations', () => {
  for (const [name, tree] of [['fa', fa], ['ar', ar]] as const) {
    const keys = flatten(tree as Tree);

    it(`every English key exists in ${name}, not empty`, () => {
      const missing = [...enKeys.keys()].filter((key) => !keys.get(key)?.trim());
      expect(missing).toEqual([]);
    });

    it(`${name} has no keys that English lacks`, () => {
      expect([...keys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
    });

    it(`${name} keeps every {{placeholder}} of the English text`, () => {
      const broken = [...enKeys].filter(([key, text]) => placeholders(text).join() !== placeholders(keys.get(key) ?? '').join());
      expect(broken.map(([key]) => key)).toEqual([]);
    });

    it(`${name} is really translated (mostly not copied from English)`, () => {
      const copied = [...enKeys].filter(([key, text]) => keys.get(key) === text && !/^(Attune|Attune …)$/.test(text));
      expect(copied.map(([key]) => key)).toEqual([]);
    });
  }

  it('names every checklist item and turn tag the scorer can return', () => {
    for (const id of ITEM_IDS) {
      for (const part of ['name', 'short', 'what']) expect(enKeys.has(`items.${id}.${part}`), `items.${id}.${part}`).toBe(true);
    }
    for (const tag of TAGS) expect(enKeys.has(`tags.${tag.replace(':', '_')}`), tag).toBe(true);
  });

  it('has every key the dashboard builds from a value (roles, statuses, nav, connection states …)', () => {
    const built = [
      ...(['admin', 'qa_lead', 'trainer', 'agent'] as const).flatMap((role) => [`roles.${role}`, ...navFor(role).map((i) => `nav.${i.key}`)]),
      ...['pass', 'warn', 'fail', 'na'].map((s) => `status.${s}`),
      ...['en', 'fa', 'ar'].map((l) => `languages.${l}`),
      ...['open', 'accepted', 'rejected'].map((s) => `disputes.status.${s}`),
      ...['connecting', 'open', 'closed'].map((s) => `live.connection.${s}`),
      ...['agent', 'customer'].map((s) => `speakers.${s}`),
      ...['talkShare', 'wpm', 'monologue', 'interruptions', 'questions', 'paraphrases', 'empathy'].map((m) => `metrics.${m}`),
    ];
    expect(built.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('every literal key the dashboard source asks for exists in English', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(__dirname, '../../web/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-z][\w]*(?:\.[\w]+)+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !enKeys.has(key))).toEqual([]);
  });
});

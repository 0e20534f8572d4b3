import { WORD_CHARS } from '../text.ts';
/**
 * Features for the listener-behaviour model: which words open the turn, which words it
 * uses, its punctuation and length, and how much it reuses the speaker-before's words
 * (with I→you swapped, since a reflection turns "I feel" into "you feel").
 */

const SWAP: Record<string, string> = { i: 'you', me: 'you', my: 'your', mine: 'yours', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", myself: 'yourself', we: 'you', our: 'your', us: 'you' };

const FEATURE_STOPWORDS = new Set(
  'the a an and or but so to of in on at for with it is was be are this that there just really very um uh like you know'.split(' '),
);

const TOKEN = new RegExp(String.raw`[${WORD_CHARS}]+(?:'[${WORD_CHARS}]+)?|[?]`, 'g');

export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(TOKEN) ?? [];
}

export function behaviourFeatures(text: string, context: string): string[] {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t !== '?');
  const lead = words.filter((w) => !['okay', 'ok', 'mm', 'hmm', 'yeah', 'um', 'uh', 'well', 'right', 'alright'].includes(w));
  const f: string[] = ['bias'];
  lead.slice(0, 4).forEach((w, i) => f.push(`b${i}:${w}`));
  for (let i = 0; i + 1 < Math.min(lead.length, 6); i++) f.push(`bb:${lead[i]}_${lead[i + 1]}`);
  for (const w of new Set(words)) f.push(`w:${w}`);
  const last = words.slice(-3);
  last.forEach((w) => f.push(`e:${w}`));
  const questionMarks = tokens.filter((t) => t === '?').length;
  f.push(`q:${Math.min(questionMarks, 2)}`);
  if (/\?\s*$/.test(text.trim())) f.push('q:end');
  f.push(`len:${bucket(words.length, [3, 6, 12, 25, 50])}`);
  const you = words.filter((w) => w.startsWith('you')).length;
  f.push(`you:${Math.min(you, 3)}`);
  f.push(`overlap:${bucket(overlap(words, context), [0.05, 0.15, 0.3, 0.5])}`);
  if (/^[-—–]/.test(text.trim())) f.push('continuation');
  if (/[-—–]\s*$/.test(text.trim())) f.push('cutoff');
  return f;
}

/** Share of the turn's content words found in the context (after I→you swapping; long words by their first five letters). */
function overlap(words: string[], context: string): number {
  const key = (w: string) => (w.length > 4 ? w.slice(0, 5) : w);
  const ctx = new Set(tokenize(context).map((w) => SWAP[w] ?? w).filter((w) => !FEATURE_STOPWORDS.has(w)).map(key));
  const content = words.filter((w) => !FEATURE_STOPWORDS.has(w) && w.length > 2);
  if (content.length === 0) return 0;
  return content.filter((w) => ctx.has(key(w))).length / content.length;
}

function bucket(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i++;
  return i;
}

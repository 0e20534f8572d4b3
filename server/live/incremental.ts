/**
 * Scores a call turn by turn. Each new turn is prepared and tagged once, in a short window of
 * the turns before it (the taggers only look back: reflection and follow-up windows, overlaps
 * and cut-offs, the last customer turn for the behaviour model), so a segment costs the same
 * at turn 5 and at turn 500. Items and metrics are then rebuilt from the tagged turns.
 */
import { detectLanguage, languagePack, scorePreparedTurns } from '../scoring/index.ts';
import type { LanguagePack } from '../scoring/lang/types.ts';
import { prepareTurn, type PreparedTurn } from '../scoring/tags/prepare.ts';
import { tagTurns } from '../scoring/tags/tag-turns.ts';
import type { Language, Rubric, ScoredTurn, Scorecard, Turn } from '../scoring/types.ts';

/** Turns of context given to the taggers; more than the longest look-back window (8). */
const LOOKBACK = 12;

export class IncrementalScorer {
  readonly turns: Turn[] = [];
  readonly prepared: PreparedTurn[] = [];
  readonly tagged: ScoredTurn[] = [];
  private detectedText = '';
  private pack: LanguagePack;
  language: Language;

  constructor(
    private readonly callId: string,
    private readonly rubric: Rubric,
    /** The language named at start; undefined: detected from the text so far, like an upload. */
    private readonly fixedLanguage: Language | undefined,
  ) {
    this.language = fixedLanguage ?? 'en';
    this.pack = languagePack(this.language);
  }

  /** Adds one final turn and returns it tagged. */
  add(turn: Turn): ScoredTurn {
    this.turns.push(turn);
    if (!this.fixedLanguage && this.redetect(turn.text)) return this.tagged.at(-1)!;
    this.prepared.push(prepareTurn(turn, this.turns.length - 1, this.pack));
    const tagged = this.tagLast();
    this.tagged.push(tagged);
    return tagged;
  }

  /** The scorecard of the call so far; equals scoreTranscript of the same turns. */
  scorecard(): Scorecard {
    return scorePreparedTurns({ id: this.callId, language: this.language, turns: this.turns }, this.prepared, this.tagged, {
      language: this.language, rubric: this.rubric,
    });
  }

  /** Re-detects the language on all text so far; when it changes, every turn is redone (rare, early in a call). */
  private redetect(text: string): boolean {
    this.detectedText = this.detectedText ? `${this.detectedText} ${text}` : text;
    const language = detectLanguage(this.detectedText);
    if (language === this.language) return false;
    this.language = language;
    this.pack = languagePack(language);
    this.prepared.length = 0;
    this.tagged.length = 0;
    this.turns.forEach((t, i) => {
      this.prepared.push(prepareTurn(t, i, this.pack));
      this.tagged.push(this.tagLast());
    });
    return true;
  }

  private tagLast(): ScoredTurn {
    const last = this.prepared.length - 1;
    // The behaviour model reads the latest customer turn, however far back it is.
    const from = Math.min(Math.max(0, last - LOOKBACK), this.lastCustomerBefore(last));
    const window = this.prepared.slice(from).map((t, i) => t.at(i));
    const tagged = tagTurns(window, this.pack, this.rubric).at(-1)!;
    const shifted: ScoredTurn = { ...tagged, index: tagged.index + from };
    if (tagged.refersTo !== undefined) shifted.refersTo = tagged.refersTo + from;
    return shifted;
  }

  /** Index of the last customer turn before `index`, or `index` when there is none. */
  private lastCustomerBefore(index: number): number {
    for (let j = index - 1; j >= 0; j--) if (this.prepared[j].speaker === 'customer') return j;
    return index;
  }
}

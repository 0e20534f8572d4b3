import type { BehaviourModel } from '../model/classifier.ts';
import type { ItemId, ItemStatus, Language } from '../types.ts';

/** Everything language-specific the scorer needs. Cue lists are matched on normalised text. */
export interface LanguagePack {
  code: Language;
  /** Canonical form for matching: letters unified, digits ASCII, no diacritics/tatweel/ZWNJ splits. */
  normalize(text: string): string;
  /** Strips attached particles so «واللمبة» and «اللمبة» compare equal (identity when absent). */
  stem?(word: string): string;
  /** A learned model of what a listener's turn mainly does, where we have training data. */
  behaviourModel?: BehaviourModel;
  /** Words too common to show that the agent picked up the customer's words. */
  stopwords: ReadonlySet<string>;
  /** Words a backchannel turn may consist of ("mm-hmm", «اوهوم», «نعم»). */
  backchannelWords: ReadonlySet<string>;
  cues: {
    /** Question words / inversions that make a sentence a question without a "?". */
    questionStart: RegExp;
    /** A tag at the end that turns a statement into a check ("…, right?", «درسته؟»). */
    confirmationTag: RegExp;
    /** Markers of an open question (how, why, tell me…). */
    openQuestion: RegExp;
    /** After an open-looking word, these make it a closed request for a fact (what's your NUMBER). */
    factRequest: RegExp;
    /** Reflection openers ("so you're saying", «یعنی», «تقصد»). */
    reflectionOpener: RegExp;
    /** Weaker openers that often, not always, start a summary ("so …"). */
    weakReflectionOpener?: RegExp;
    /** Second-person reference: a reflection is about the customer. */
    secondPerson: RegExp;
    /** The customer as the subject of a statement ("you feel", "you've been"). */
    customerAsSubject?: RegExp;
    /** Openings that offer an option or a condition ("if you…", "you could…", "we can…"): a reflection restates instead. */
    optionOpener?: RegExp;
    /**
     * Openings that quote the customer before asking about it ("when you say…", «وقتی میگید…»,
     * «لما تقول…»): the sentence restates whatever it then asks.
     */
    quotingOpener?: RegExp;
    /** Advice / information giving (input), which a reflection is not. */
    advice: RegExp;
    /** Routine script questions (identity, "anything else") that are not follow-ups. */
    scriptedQuestion: RegExp;
    /** Request markers ("please", «بفرمایید», «عطيني», «لو سمحت») that make a routine datum named in a sentence a question. */
    dataRequest?: RegExp;
    empathy: RegExp;
    negativeEmotion: RegExp;
    /** A feeling named only to deny it ("I'm not worried", «نگران نیستم», «مش زعلان»): not a negative emotion. */
    deniedEmotion?: RegExp;
    /** Something done now by the agent ("I've refunded", «ثبت کردم», «تم تحديث»). */
    actionDone: RegExp;
    /** A first-person future commitment ("I'll call you"), concrete only with a time. */
    actionPromise: RegExp;
    timeExpression: RegExp;
    /** Vague promises that are not an action ("we'll look into it"). */
    vaguePromise: RegExp;
    closing: RegExp;
  };
  messages: Messages;
}

export interface Messages {
  itemName: Record<ItemId, string>;
  /** Coaching tip per item, shown when the item is not a pass. */
  tip: Record<ItemId, string>;
  statusWord: Record<ItemStatus, string>;
  note: {
    overlap(seconds: number): string;
    cutOff(): string;
    paraphraseOf(customerTurn: number): string;
    noParaphrase(): string;
    followUpOn(customerTurn: number): string;
    noFollowUp(): string;
    onlyScripted(count: number): string;
    emotion(): string;
    empathyAfter(turn: number): string;
    empathyLate(turn: number): string;
    noEmpathy(): string;
    action(): string;
    vaguePromise(): string;
    noAction(): string;
    talkShare(share: number, max: number): string;
    monologue(seconds: number, max: number): string;
    wpm(wpm: number, min: number, max: number): string;
    closedWithOpenQuestion(customerTurn: number): string;
    lecturing(share: number): string;
    pacingOk(): string;
  };
  /** One line per item saying what was counted against which rule. */
  explain: {
    interruptions(count: number, customerTurns: number, warnAt: number, failAt: number): string;
    paraphrasing(count: number, opportunities: number): string;
    followUps(followUps: number, questions: number, open: number): string;
    emotion(firstTurn: number | null, empathyTurn: number | null): string;
    actions(actions: number, vague: number): string;
  };
  /** Live nudges: short, imperative, in the agent's language. */
  nudge: {
    emotion: string;
    interruption: string;
    longStory: string;
    closingOpenQuestion: string;
  };
}

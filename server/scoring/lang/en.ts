import { EN_BEHAVIOUR_MODEL } from '../model/en-behaviour-model.ts';
import { anyOfPatterns, collapseSpaces, phraseRegex, withFirstWords, WORD_CHARS } from '../text.ts';
import type { LanguagePack } from './types.ts';

/** Speech-to-text output often writes contractions without the apostrophe ("youre", "whats"). */
const CONTRACTIONS: Record<string, string> = {
  youre: "you're", youve: "you've", youll: "you'll", youd: "you'd", im: "i'm", ive: "i've",
  whats: "what's", thats: "that's", theres: "there's", heres: "here's", hows: "how's", wheres: "where's", whos: "who's",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", couldnt: "couldn't", shouldnt: "shouldn't",
  wouldnt: "wouldn't", weve: "we've", theyre: "they're", lets: "let's", itll: "it'll",
};

const CONTRACTION_WORDS = wholeWords(Object.keys(CONTRACTIONS));

/**
 * Any of the plain words, as whole words, with the alternatives grouped by first letter: the
 * engine tries one group at a word start rather than every word (this runs on every English
 * turn). A match is a whole word, so how the alternatives are ordered changes nothing.
 */
function wholeWords(list: readonly string[]): RegExp {
  const byFirstLetter = new Map<string, string[]>();
  for (const w of list) byFirstLetter.set(w[0], [...(byFirstLetter.get(w[0]) ?? []), w.slice(1)]);
  const groups = [...byFirstLetter].map(([first, rests]) => `${first}(?:${rests.join('|')})`);
  return new RegExp(`\\b(?:${groups.join('|')})\\b`, 'g');
}

function normalizeEnglish(text: string): string {
  let s = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFC').replace(/[’‘]/g, "'");
  s = s.replace(CONTRACTION_WORDS, (w) => CONTRACTIONS[w]);
  // "ill" is "I'll" when a commitment verb follows ("ill call you by four"), else the adjective.
  if (s.includes('ill ')) {
    s = s.replace(/\bill (?=(?:also |just |personally |now )?(?:call|email|send|text|ring|phone|book|arrange|follow|add|refund|credit|transfer|put|get|make|sort|update|cancel|waive|check|let you|be back)\b)/g, "i'll ");
  }
  if (s.includes('-')) s = s.replace(/\b(\w+)-(\1)\b/g, '$1'); // "if-if" stutters
  return collapseSpaces(s);
}

const n = (list: string[]) => phraseRegex(list.map(normalizeEnglish));

/** Clock times in words, as speech-to-text writes them: "by eleven", "eleven thirty". */
const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const SPELLED_CLOCK_TIMES = HOURS.flatMap((h) => [`by ${h}`, `${h} thirty`, `${h} fifteen`, `${h} forty-five`, `half ${h}`, `half past ${h}`]);

/**
 * The list with "I have…"/"I am…" beside each "I've…"/"I'm…" (formal and non-native agents spell
 * them out: "I have opened the claim", "I am also sending…"), and "I'm also…" beside "I'm…".
 */
function withSpelledOut(list: string[]): string[] {
  return list.flatMap((phrase) => {
    if (phrase.startsWith("i've ")) return [phrase, `i have ${phrase.slice(5)}`];
    if (phrase.startsWith("i'm ")) return [phrase, `i am ${phrase.slice(4)}`, `i'm also ${phrase.slice(4)}`, `i am also ${phrase.slice(4)}`];
    return [phrase];
  });
}

const alternatives = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const EDGE_BEFORE = `(?<![${WORD_CHARS}])`;
const EDGE_AFTER = `(?![${WORD_CHARS}])`;

/**
 * Yes/no questions open with an auxiliary before its subject ("did the app…", "has anyone…").
 * "Do" and "have" also open commands ("do the form tonight", "have your card ready"), so with
 * them only a pronoun counts as the subject.
 */
const INVERTED_QUESTION_START = (() => {
  const pronouns = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'anyone', 'anybody', 'someone', 'somebody', 'everyone'];
  const subjects = [...pronouns, 'that', 'this', 'there', 'the', 'your', 'my', 'his', 'her', 'their', 'our', 'a', 'an', 'any', 'anything', 'everything', 'something', 'those', 'these', 'all'];
  const auxiliaries = ['is', 'are', 'was', 'were', 'does', 'did', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'am',
    "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "hasn't", "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't"];
  const commandAuxiliaries = ['do', 'have', "don't", "haven't"];
  const re = new RegExp(
    `${EDGE_BEFORE}(?:(?:${alternatives(auxiliaries)})\\s+(?:${alternatives(subjects)})|(?:${alternatives(commandAuxiliaries)})\\s+(?:${alternatives(pronouns)}))${EDGE_AFTER}`,
    'u',
  );
  return withFirstWords(re, [...auxiliaries, ...commandAuxiliaries]);
})();

/** Naming the customer's feeling back to them ("you're worried that…", "you sound really fed up"). */
const FEELING_NAMED = (() => {
  const verbs = ['are', 'feel', 'felt', 'seem', 'seemed', 'sound', 'sounded', 'have been', 'were', 'get', 'got'];
  const degrees = ['feeling', 'really', 'so', 'quite', 'very', 'a bit', 'a little', 'pretty', 'kind of', 'sort of', 'still', 'just', 'getting', 'more', 'a lot'];
  const feelings = ['frustrated', 'annoyed', 'angry', 'upset', 'worried', 'anxious', 'stressed', 'scared', 'afraid', 'nervous', 'disappointed',
    'overwhelmed', 'fed up', 'embarrassed', 'sad', 'down', 'hurt', 'guilty', 'ashamed', 'lonely', 'exhausted', 'confused', 'frightened',
    'uneasy', 'helpless', 'hopeless', 'concerned', 'panicked', 'let down', 'discouraged', 'torn'];
  const re = new RegExp(
    String.raw`\byou(?:'re|'ve been| (?:${alternatives(verbs)}))(?: (?:${alternatives(degrees)})){0,3} (?:${alternatives(feelings)})\b`,
  );
  // "you're"/"you've" are one word: the word after them is a degree, a feeling or "been".
  const next = [...verbs, ...degrees, ...feelings, 'been'].map((w) => `you ${w.split(' ')[0]}`);
  return withFirstWords(re, next);
})();

/** "I'm not worried", "wasn't that upset", "never been too bothered". */
const DENIED_EMOTION = new RegExp(
  String.raw`\b(?:not|never|no longer|[a-z]+n't)(?: (?:too|that|so|very|really|overly|particularly|even|all that|a bit|been|feeling|getting))* ` +
    String.raw`(?:worried|concerned|scared|afraid|nervous|anxious|upset|stressed|frustrated|annoyed|angry|disappointed|embarrassed|sad|overwhelmed|bothered)\b`,
);

/**
 * "I've put the cancellation through", "ive also sent a text", "the confirmation's just been sent":
 * something the agent has done, except finding out, talking or passing it on.
 */
const DONE_BY_AGENT = withFirstWords(
  new RegExp(
    String.raw`(?<![${WORD_CHARS}])(?:i've (?:(?:just|also|now|already|since|gone ahead and) )*|i have (?:just|also|now|already) (?:(?:just|also|now|already) )*)(?!been|had|got|gotten|heard|seen|noticed|looked|checked|read|tried|asked|spoken|talked|understood|explained|said|told|mentioned|found|realised|realized|thought|noted|passed|forwarded|no|not|never|always|only|to)[${WORD_CHARS}]+|(?:'s|(?<![${WORD_CHARS}])(?:has|have)) (?:just|now|already) been [${WORD_CHARS}]+`,
    'u',
  ),
  ["i've", 'been', 'i have'],
);

/** "That's frightening", "it must be so frustrating", "thats a real letdown": how the situation feels, said back. */
const FEELING_ASSESSED = withFirstWords(
  new RegExp(
    String.raw`(?<![${WORD_CHARS}])(?:(?:that|it|this)(?:'s| is| was| must be| must have been| sounds| sounded| can be| would be)|its)` +
      String.raw`(?: (?:so|really|very|incredibly|pretty|quite|such|a|an|absolutely|genuinely|understandably|real|truly|bit of a))* ` +
      String.raw`(?:frustrating|frightening|scary|worrying|upsetting|stressful|disappointing|annoying|awful|horrible|infuriating|exhausting|maddening|unsettling|distressing|letdown|let-down|worry|nightmare|hassle|shock|blow)(?![${WORD_CHARS}])`,
    'u',
  ),
  // Pairs, not "that"/"it" alone: the pattern is tried on every agent turn.
  ['that', 'it', 'this'].flatMap((w) => [`${w}'s`, `${w} is`, `${w} was`, `${w} must`, `${w} sounds`, `${w} sounded`, `${w} can`, `${w} would`]).concat('its'),
);

export const en: LanguagePack = {
  code: 'en',
  normalize: normalizeEnglish,
  behaviourModel: EN_BEHAVIOUR_MODEL,
  stopwords: new Set(
    `a an the and or but so if then than that this these those there here it its it's is are was were be been being am
     i i'm i've i'd i'll me my mine we we're we've us our you you're you've you'd you'll your yours he she they them their
     to of in on at by for with from about into over after before up down out off as just really very quite also too
     do does did done doing have has had having can could will would shall should may might must not no yes yeah okay ok
     what when where why how who which whom whose some any all each every more most much many few lot lots little
     um uh mm hmm oh well like right sure get got go going gone know think thing things say said tell want need
     one two three time way now today still even because since while though only again back let let's that's what's
     there's here's can't don't didn't won't isn't aren't wasn't weren't doesn't haven't hasn't i'm sorry thanks thank please hello hi`
      .split(/\s+/),
  ),
  backchannelWords: new Set(
    `mm mmm hmm mhm mm-hmm uh-huh uh huh yeah yes yep right okay ok sure i see got it gotcha alright all oh ah aha
     really wow sure understood go on and`.split(/\s+/),
  ),
  cues: {
    questionStart: anyOfPatterns(n(['what', 'how', 'why', 'when', 'where', 'who', 'which', 'whose', 'any chance']), INVERTED_QUESTION_START),
    confirmationTag: n([
      'is that right', 'is that correct', 'have i got that right', 'did i get that right', 'have i got that', 'did i get that',
      'does that sound right', 'am i right', 'correct',
      'right', 'yeah', 'is it', 'isn\'t it', 'don\'t you', 'do you', 'yes', 'no',
    ]),
    openQuestion: n([
      'how', 'why', 'what', 'tell me', 'describe', 'walk me through', 'explain', 'say more', 'talk me through',
      'in what way', 'what else', 'help me understand', 'where do you think', 'when do you think', 'where do you feel',
      'where do you see', 'can you think of', 'your thoughts', 'do you mind if we explore', 'what would', 'what do you',
    ]),
    // A specific fact: quantities, times, identifiers ("what's your account number?").
    factRequest:
      withFirstWords(new RegExp(String.raw`(?<![${WORD_CHARS}])(?:how (?:much|many|long|old|soon|far)|what (?:time|date|day|year|colou?r|size|model|number|email|address)|what(?:'s| is| was| are)? (?:the|your|his|her|their) (?:[${WORD_CHARS}'-]+ ){0,2}(?:name|number|reference|address|email|postcode|code|date|time|amount|balance|id|model|price|cost|password|pin)|what(?:'s| is| was) (?:the|it|he|she|that|this) (?:[${WORD_CHARS}'-]+ ){0,3}called|which)(?![${WORD_CHARS}])`, 'u'), ['how', 'what', "what's", 'which']),
    reflectionOpener: n([
      'so you', 'so your', 'so what i', 'so if i', 'so just to', 'so basically', 'so for you',
      'it sounds like', 'sounds like', 'it seems like', 'it seems', 'seems like', 'you feel', 'you\'re feeling', 'you\'re saying',
      'what i\'m hearing', 'what i hear', 'if i understand', 'if i\'ve got', 'just to make sure i understand', 'just to check',
      'in other words', 'you mentioned', 'you said', 'when you say', 'you\'re worried', 'you\'re concerned', 'you\'re not sure',
      'on one hand', 'on the one hand', 'you\'d like', 'you want', 'you\'re wondering', 'let me make sure',
      'so from what you', 'from what you', 'it sounds', 'sounds', 'it seems', 'seems', 'i get the feeling', 'i get the sense',
      'i get the impression', 'i can tell', 'i also am hearing', 'i\'m also hearing', 'i\'m hearing', 'i hear that', 'am i hearing', 'i\'m picking up', 'it strikes me', 'so it\'s',
      'so one', 'so on one', 'part of you', 'so part of you', 'you\'ve been', 'you\'re', 'you\'ve', 'you have', 'you don\'t', 'you really',
    ]),
    weakReflectionOpener: /^(?:(?:okay|ok|mm-hmm|mm|yeah|and|right|well|ah|oh|i see|got it)[\s,.]+)*so\b/,
    optionOpener: /^(?:if you|when you(?! say| said| mention| talk about| describe)|you could|you can|we could|we can|you'll|you will|you need|you'd have to|you have to|you might want|let's|here's|i need|i hope|i want to let|i do want to let|just so you know)\b/,
    quotingOpener: /^(?:so )?(?:when you say|when you said|you said|you mentioned|you say)\b/,
    customerAsSubject:
      withFirstWords(new RegExp(String.raw`(?<![${WORD_CHARS}])you(?:'re| are|'ve| have| had| feel| felt| want| wanna| wanted| think| thought| seem| said| mentioned| don't| didn't| do| did| really| just| can't| couldn't| were| was| would| sound| got| like| need| wish)(?![${WORD_CHARS}])`, 'u'), ['you']),
    secondPerson: n(['you', 'your', "you're", "you've", "you'd", "you'll", 'yourself']),
    advice: n([
      'i think you should', 'you should', 'you shouldn\'t', 'you need to', 'you have to', 'you\'ll need to', 'you must',
      'you\'re going to have to', 'you gotta', 'make sure you', 'i recommend', 'i\'d recommend', 'i would recommend',
      'i suggest', 'i\'d suggest', 'i\'d like you to', 'i want you to', 'i would like you to', 'you could try',
      'you can try', 'you might want to', 'why don\'t you', 'it\'s important to', 'it is important to', 'it\'s very important',
      'research', 'studies', 'study shows', 'evidence', 'guidelines', 'recommended', 'the risk', 'risk of', 'at risk',
      'can cause', 'can lead to', 'increases your', 'if you keep', 'if you continue', 'the consequences', 'the law',
      'legal', 'illegal', 'our policy', 'the policy', 'the rules', 'the system', 'we normally', 'we don\'t normally',
      'terms and conditions', 'let me explain', 'let me tell you', 'i can share', 'let me share', 'i\'d like to share',
      'i want to share', 'some information', 'what we know', 'the thing is', 'the fact is', 'i\'m concerned', 'my concern',
      'i\'m worried about', 'i\'m going to', 'there are ways', 'one thing you can', 'doctor', 'medication', 'medicine',
      'i need you to', 'i really need you to', 'i hope you consider', 'i hope you\'ll consider', 'i hope you really',
      'i wish you\'d', 'i wish you would', 'my suggestion', 'my advice', 'i think we should', 'i advise', 'i\'d advise',
      'did you know', 'the best way to', 'advisable', 'you\'re likely to', 'it\'s really important', 'it\'s so important',
      'is really important that', 'take responsibility',
      // Repeating one's own point instead of taking the customer's in.
      'like i said', 'as i said', 'like i mentioned', 'as i mentioned', 'like i told you', 'as i told you',
      'like i explained', 'as i explained', 'i already told you', 'i already explained', 'i\'ve already told you', 'i\'ve already explained',
    ]),
    dataRequest: n(['please', 'can i take', 'can i have', 'could i have', 'can i get', 'can i grab', 'could i grab', 'can i just', 'could i just', 'to confirm', 'can you confirm your', 'could you confirm your', 'may i have', 'i\'ll need', 'i need your', 'i\'ll just need', 'kindly tell', 'give me the', 'give me your', 'kindly give', 'kindly share', 'kindly provide', 'let me have']),
    scriptedQuestion: n([
      'anything else', 'something else', 'how can i help', 'how may i help', 'how i can help', 'how i can assist', 'what can i do for you', 'how can i assist',
      'your name', 'full name', 'the name on', 'account number', 'your number', 'mobile number', 'phone number',
      'order number', 'reference number', 'booking reference', 'postcode', 'zip code', 'date of birth', 'email address',
      'the email', 'security question', 'tracking number', 'application reference', 'your reference', 'policy number',
      'case number', 'ticket number', 'claim number', 'membership number', 'customer number', 'file reference', 'the reference',
      'contract number', 'reference on the', 'last four digits', 'the last four', 'notice number', 'first line of the address',
      'order reference', 'reference from your', 'surname', 'name on the booking', 'name on the card',
      'deposit id', 'customer id', 'account id', 'booking number', 'booking reference', 'complaint reference', 'serial number', 'sort code',
      // Asking for the address, not asking about it ("when did you update the address?").
      'car registration', 'vehicle registration', 'registration of the', 'the registration', 'first line of your address', 'confirm the address', 'confirm your address', 'your address please', 'the address please',
      'full address', 'what\'s the address', 'what\'s your address', 'id number', 'national insurance number', 'registration number', 'an admin on', 'the account holder', 'is it okay if', 'is that okay', 'can i put you on hold', 'is there anything',
      'would you like me to', 'do you want me to', 'shall i', 'should i', 'can i offer', 'would you like a', 'would you like us to',
    ]),
    empathy: anyOfPatterns(
      n([
        'i\'m sorry to hear', 'sorry to hear', 'i\'m so sorry', 'i\'m really sorry', 'i\'m very sorry', 'i am sorry',
        'i am so sorry', 'i am really sorry', 'i am very sorry', 'the last thing you want', 'the last thing you need',
        'i\'m sorry that', 'i\'m sorry you', 'sorry about that', 'sorry for the', 'i apologise', 'i apologize', 'my apologies',
        'i understand how', 'i understand why', 'i understand that', 'i can understand', 'i completely understand',
        'i totally understand', 'i can imagine', 'i can see how', 'that sounds frustrating',
        // Why they feel so, not why something happened ("Right, I can see why. Both flights were…").
        ...['i can see why', 'i can completely see why', 'i can totally see why', 'i can really see why'].flatMap((see) =>
          ['you', "you're", "you'd", "that's", 'this is', 'that would', 'it would'].map((what) => `${see} ${what}`),
        ),
        'i can completely see how', 'i can totally see how',
        'i can fully understand', 'i can totally understand', 'i can completely understand',
        'that sounds stressful', 'that sounds really', 'that sounds so', 'sounds stressful', 'sounds frustrating',
        'that must be', 'that must have been', 'must be frustrating', 'must be stressful', 'you\'re right to be',
        'you have every right', 'i\'d be frustrated', 'i would be frustrated', 'i\'d feel the same', 'that\'s not okay',
        'that\'s really frustrating', 'that\'s frustrating', 'that\'s understandable', 'understandably',
        'i hear you', 'i hear how', 'i can hear how', 'mi sorry', 'sorry fi hear', 'feel di same', 'would feel the same', 'woulda feel the same', 'don\'t feel embarrassed', 'no need to feel embarrassed', 'don\'t be embarrassed', 'weighing on you', 'weighed on you', 'i know how frustrating', 'i know that\'s', 'that\'s awful', 'that\'s terrible',
        'that\'s a lot', 'that\'s not the experience', 'i get why', 'i completely get', 'i totally get', 'sounds exhausting',
        'that sounds exhausting', 'so draining', 'really draining', 'must be draining', 'that\'s draining', 'sorry you\'ve had', 'sorry you had', 'sorry you\'re dealing', 'that\'s really hard',
        'that must feel', 'no wonder you', 'anyone would be', 'i\'d be upset', 'i\'d be worried', 'i\'m sorry', 'thank you for your patience', 'i appreciate your patience',
        'that sounds hard', 'that sounds difficult', 'that sounds tough', 'that sounds scary', 'that sounds worrying',
        'that sounds upsetting', 'sounds really hard', 'sounds really difficult', 'sounds really tough', 'sounds like a lot',
        'that\'s tough', 'that\'s a tough', 'that\'s a hard', 'that\'s a difficult', 'that\'s scary', 'that\'s really tough',
        'that\'s so hard', 'been through a lot', 'a lot to deal with', 'a lot to take in', 'i hope it goes well', 'hope it all goes well', 'a lot on your plate', 'that can be really hard',
        'that can be tough', 'i don\'t blame you', 'can\'t blame you', 'i do apologise', 'i do apologize',
      ]),
      FEELING_NAMED,
      FEELING_ASSESSED,
    ),
    negativeEmotion: n([
      'frustrated', 'frustrating', 'annoyed', 'annoying', 'angry', 'furious', 'upset', 'ridiculous', 'fed up', 'sick of',
      'tired of', 'unacceptable', 'disappointed', 'disappointing', 'worried', 'worrying', 'anxious', 'stressed', 'stressful',
      'scared', 'afraid', 'concerned', 'nervous', 'panicking', 'desperate', 'upsetting', 'terrible', 'awful', 'horrible',
      'a joke', 'a nightmare', 'fuming', 'livid', 'not happy', 'unhappy', 'can\'t believe', 'cannot believe', 'fed-up',
      'the third time', 'called three times', 'rang three times', 'ring three times', 'three times now', 'three times already', 'three times this', 'exasperated', 'exasperating', 'nobody told', 'nobody called', 'no one called', 'no one told', 'embarrassed',
      'embarrassing', 'humiliating', 'hate', 'sad', 'depressed', 'lonely', 'overwhelmed', 'hopeless', 'struggling',
      'i\'m done', 'waste of time', 'wasting my time', 'at my wits', 'really can\'t miss', 'so stressed',
      'end of my rope', 'end of my tether', 'can\'t cope', 'can\'t take this', 'exhausted', 'exhausting', 'panicking', 'panic',
      'freaking out', 'gutted', 'fuming', 'shaken', 'shaken up', 'on edge', 'freaked out', 'at the end of my', 'losing my mind', 'shocking', 'disgusting', 'appalling', 'ridiculous', 'frustrating',
      // At a loss: distress without a feeling word.
      'don\'t know what to do', 'dont know what to do', 'don\'t know what we\'re going to do', 'dont know what were going to do',
      'don\'t know what i\'m going to do', 'dont know what im going to do', 'what am i supposed to do', 'what are we supposed to do',
      'don\'t know how i\'m going to', 'dont know how im going to', 'don\'t know how i\'ll', 'don\'t know how we\'ll', 'tensed', 'very tense', 'so tense',
      'don\'t know what we\'ll do', 'don\'t know what i\'ll do', 'don\'t know what we will do', 'dont know what well do',
      'at a loss', 'devastated', 'heartbroken', 'distraught', 'beside myself',
      // Grief: a death in the family.
      'passed away', 'bereaved', 'bereavement', 'grieving', 'scundered', 'mortified', 'freaking me out', 'freaks me out', 'creeped out', 'creeping me out',
      // As a non-native speaker may say it ("I am very disappoint").
      'very disappoint', 'so disappoint', 'am disappoint', 'very angry', 'very worry', 'am worry',
      'feeling sick about', 'sick with worry', 'worried sick', 'stressing me out', 'in bits', 'in pieces', 'nervy', 'rattled', 'shaken', 'frightened', 'terrified', 'haven\'t slept', 'can\'t sleep', 'couldn\'t sleep',
    ]),
    deniedEmotion: DENIED_EMOTION,
    actionDone: anyOfPatterns(n(withSpelledOut([
      'i\'ve just', 'i have just', 'i\'ve now', 'i have now', 'i\'ve issued', 'i\'ve processed', 'i\'ve refunded', 'i\'ve credited',
      'i\'ve added', 'i\'ve applied', 'i\'ve booked', 'i\'ve rebooked', 'i\'ve scheduled', 'i\'ve arranged', 'i\'ve sent',
      'i\'ve emailed', 'i\'ve texted', 'i\'ve cancelled', 'i\'ve canceled', 'i\'ve removed', 'i\'ve updated', 'i\'ve changed',
      'i\'ve reset', 'i\'ve reactivated', 'i\'ve activated', 'i\'ve unblocked', 'i\'ve unlocked', 'i\'ve raised', 'i\'ve escalated',
      'i\'ve logged', 'i\'ve opened', 'i\'ve waived', 'i\'ve replaced', 'i\'ve reissued', 'i\'ve ordered', 'i\'ve fixed',
      'i\'ve put through', 'i\'ve set up', 'i\'ve linked', 'i\'ve moved', 'i\'ve extended', 'i\'ve upgraded', 'i\'ve restored',
      // Jamaican first person, past unmarked ("mi book a replacement fi Thursday").
      'mi book', 'mi just book', 'mi send', 'mi just send', 'mi arrange', 'mi refund', 'mi cancel', 'mi credit', 'mi add', 'mi just add',
      'i\'m holding', 'i\'m reserving', 'i\'m applying', 'i\'m linking', 'i\'m sending', 'i\'m booking', 'i\'m processing', 'i\'m adding', 'i\'m refunding',
      'i\'m texting', 'i\'m emailing', 'i\'m issuing', 'i\'m cancelling', 'i\'m crediting', 'i\'m raising', 'i\'m escalating',
      // Not "the installers are booked by the regional office": that says who books, not what is done.
      'is booked for', 'is booked to', 'are booked for', 'are booked in', 'are booked on', 'has been booked', 'i\'ve reversed', 'i\'ve refunded', 'i\'ve waived',
      'i\'ve released', 'i\'ve approved', 'i\'ve submitted', 'i\'ve resent', 'i\'ve reinstated', 'i\'ve rescheduled',
      'i\'ve transferred', 'i\'ve paid', 'i\'ve sorted', 'i\'ve corrected', 'i\'ve adjusted', 'i\'ve flagged', 'i\'ve marked', 'has been refunded', 'has been credited', 'has been cancelled', 'has been sent',
      'has been issued', 'has been reset', 'has been processed', 'has been applied', 'is on its way', 'done, it\'s', 'all done',
      'gone to your phone', 'gone to your mobile', 'gone to your email', 'gone to your inbox',
      'i\'m able to override', 'i\'ve gone ahead', 'i went ahead', 'i\'ll add the', 'i\'ll refund', 'i\'ll credit',
    ])), DONE_BY_AGENT),
    actionPromise: anyOfPatterns(
      n([
      'i\'ll call', 'i will call', 'i\'ll ring', 'i\'ll phone', 'i\'ll email', 'i will email', 'i\'ll send', 'i will send',
      'i\'ll text', 'i\'ll book', 'i\'ll arrange', 'i\'ll get back to you', 'i will get back to you', 'i\'ll follow up',
      'i will follow up', 'i\'ll personally', 'i will personally', 'i\'ll make sure', 'i\'ll check back', 'we\'ll call',
      'we will call', 'an engineer will', 'the engineer will', 'a technician will', 'you\'ll receive', 'you will receive',
      'you\'ll get a', 'you will get a', 'it will arrive', 'it\'ll arrive', 'will be delivered', 'will be with you',
      // Someone named on the agent's side, with a time ("our food safety lead will ring you tomorrow at 10").
      'you\'ll get an', 'you will get an', 'she\'ll call you', 'he\'ll call you', 'she will call you', 'he will call you', 'will meet you', 'is going to your', 'is going to that', 'is being sent', 'will be dispatched', 'will be posted', 'will be couriered', 'will be ready', 'will ring you', 'will call you', 'will also call', 'will call the', 'will contact you', 'will contact the', 'will phone you', 'will write to you', 'will email you', 'will text you',
    ]),
      // "I'll fix it now", "I'll reissue the card today": any first-person future except looking into things.
      withFirstWords(new RegExp(String.raw`(?<![${WORD_CHARS}])i(?:'ll| will) (?:(?:just|also|personally|now|go ahead and|get that) )?(?!check|look|see|find|ask|try|investigate|have a look|take a look|double-check|get back|pass|let (?:them|someone)|be (?:assisting|helping|happy|glad|with you|your))[${WORD_CHARS}]+`, 'u'), ['i', "i'll"]),
    ),
    timeExpression: n([
      'today', 'tonight', 'tomorrow', 'this afternoon', 'this evening', 'this morning', 'monday', 'tuesday', 'wednesday',
      'thursday', 'friday', 'saturday', 'sunday', 'within * hours', 'within * days', 'within * minutes', 'working days',
      'business days', 'by the end of', 'end of the day', 'next week', 'in an hour', 'in two hours', 'in * minutes',
      'o\'clock', 'a.m.', 'p.m.', 'noon', 'midday', 'right now', 'straight away', 'immediately', 'now',
      'within the hour', 'within the next hour', 'in the next hour', ...SPELLED_CLOCK_TIMES, 'between * and', 'by *day', 'before *day', 'next few minutes', 'in a minute', 'next * minutes', 'within the next',
      'in the next', 'by end of day', 'this week', 'on *day', 'january', 'february', 'march', 'april', 'of may', 'june', 'july',
      'august', 'september', 'october', 'november', 'december',
    ]),
    vaguePromise: n([
      'look into it', 'look into that', 'look into the', 'looking into it', 'someone will', 'somebody will', 'get back to you',
      'we\'ll see what', 'we will see', 'i\'ll pass', 'pass it on', 'pass that on', 'put a note', 'make a note', 'as soon as possible',
      'at some point', 'try to', 'we\'ll try', 'we will try', 'hopefully', 'should be sorted', 'in due course', 'keep an eye',
      'it depends', 'can\'t promise', 'nothing i can do', 'not something we', 'you\'ll have to', 'you will have to',
    ]),
    closing: n([
      'bye', 'goodbye', 'good bye', 'have a good', 'have a nice', 'have a great', 'take care', 'thanks for calling',
      'thank you for calling', 'have a safe',
    ]),
  },
  messages: {
    itemName: {
      interruptions: 'No interruptions',
      paraphrasing: 'Paraphrasing',
      follow_up_questions: 'Follow-up questions',
      acknowledge_emotion: 'Acknowledging emotion',
      acts_on_what_was_said: 'Acting on what was said',
      pacing: 'Pacing',
    },
    tip: {
      interruptions:
        'Let the customer finish. If you need to step in, wait for a pause, then ask: "Sorry — please go on, you were saying…".',
      paraphrasing:
        'After the customer explains the problem, say it back in your own words ("So since Sunday the connection drops every evening — have I got that right?").',
      follow_up_questions:
        'Build your next question on the customer\'s own words ("You said it comes back at night — what changes then?") rather than moving straight to the script.',
      acknowledge_emotion:
        'When the customer sounds upset, name the feeling before solving ("That sounds really stressful, let\'s sort it out now").',
      acts_on_what_was_said:
        'Close the loop with a concrete step that answers the request: say what you have done, or what will happen and by when.',
      pacing:
        'Slow down and leave room: keep your share of the talk under two thirds, break long explanations into short parts, and answer open questions before closing.',
    },
    statusWord: { pass: 'pass', warn: 'warning', fail: 'fail', 'n/a': 'not applicable' },
    note: {
      overlap: (s) => `started ${s.toFixed(1)} s before the customer finished`,
      cutOff: () => 'the customer\'s sentence was cut off',
      paraphraseOf: (t) => `restates what the customer said in turn ${t}`,
      noParaphrase: () => 'the agent never restated the customer\'s words',
      followUpOn: (t) => `builds on the customer's words in turn ${t}`,
      noFollowUp: () => 'no question built on what the customer said',
      onlyScripted: (c) => `${c} question(s), all routine script questions`,
      emotion: () => 'the customer voiced a negative feeling here',
      empathyAfter: (t) => `acknowledges the feeling voiced in turn ${t}`,
      empathyLate: (t) => `acknowledged, but only several turns after turn ${t}`,
      noEmpathy: () => 'the feeling was not acknowledged before moving on',
      action: () => 'concrete step addressing the request',
      vaguePromise: () => 'vague promise with no concrete step or time',
      noAction: () => 'no concrete next step was committed to',
      talkShare: (s, m) => `the agent spoke ${Math.round(s * 100)}% of the time (aim for at most ${Math.round(m * 100)}%)`,
      monologue: (s, m) => `a ${Math.round(s)} s stretch without letting the customer in (aim for under ${m} s)`,
      wpm: (w, lo, hi) => `${Math.round(w)} words per minute (listening band ${lo}–${hi})`,
      closedWithOpenQuestion: (t) => `closed the call while the customer's question in turn ${t} was still open`,
      lecturing: (s) => `${Math.round(s * 100)}% of the agent's turns told or advised the customer rather than listened`,
      pacingOk: () => 'balanced talk time and pace',
    },
    explain: {
      interruptions: (n, c, w, f) => `${n} interruption(s) in ${c} customer turns; a warning at ${w}, a fail at ${f} or more (the score falls with the share cut off)`,
      paraphrasing: (n, o) => `${n} paraphrase(s); the customer explained something at length ${o} time(s)`,
      followUps: (f, q, o) => `${f} of ${q} question(s) built on the customer's words; ${o} open`,
      emotion: (first, e) =>
        first === null ? 'the customer showed no negative feeling' : e === null ? `feeling shown in turn ${first}, never acknowledged` : `feeling shown in turn ${first}, acknowledged in turn ${e}`,
      actions: (a, v) => `${a} concrete action(s), ${v} vague promise(s)`,
    },
    nudge: {
      emotion: 'The customer sounds upset — acknowledge how they feel before the next step.',
      interruption: 'You cut in — let the customer finish their point.',
      longStory: 'Summarise what the customer told you, or ask about it, before moving on.',
      closingOpenQuestion: 'The customer still has an open question — answer it before closing.',
    },
  },
};

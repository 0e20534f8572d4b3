import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../server/scoring/index.ts';
import { call, isQuestion } from './helpers.ts';

const tagsOf = (t: ReturnType<typeof call>, i: number) => scoreTranscript(t).turns[i].tags;

describe('English turn tags', () => {
  it('tags a question without a question mark from its words, as speech-to-text writes it', () => {
    const t = call('en', 'C: my card got declined at the shop this morning', 'A: okay so what happened when you tried to pay', 'C: it just said declined');
    expect(tagsOf(t, 1)).toContain('question:open');
  });

  it('tells closed questions asking for a fact from open ones', () => {
    const t = call('en', 'A: How can I help you today?', 'C: My order never arrived and I need it for Friday.', "A: What's the order number?", 'C: 55120.');
    expect(tagsOf(t, 0)).toContain('question:open');
    expect(tagsOf(t, 2)).toContain('question:closed');
    expect(tagsOf(t, 2)).not.toContain('followup');
  });

  it('reads an auxiliary before any subject as a yes/no question, not a restatement, but not a command', () => {
    const t = call(
      'en',
      'C: I changed the delivery address in my account on Sunday and the parcel still went to the old flat.',
      'A: And did the account page show the new delivery address after you changed it on Sunday',
      'C: Yes it did.',
      'A: Have a look at the email we sent on Sunday, the old flat is in it.',
    );
    expect(tagsOf(t, 1)).toContain('question:closed');
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
    expect(tagsOf(t, 3).filter((tag) => tag.startsWith('question'))).toEqual([]);
  });

  it('reads spoken questions that speech-to-text closed with a full stop, but not instructions', () => {
    const t = call(
      'en',
      'C: The meter reading on my bill looks far too high this quarter.',
      "A: Okay. I was wondering if you could read me the number on the meter today.",
      'C: It says 40211.',
      'A: Right, thinking about the last bill, what number did you send us in March.',
      'C: I think it was lower.',
      'A: You can tell the engineer about the old meter when he comes on Friday.',
    );
    expect(tagsOf(t, 1)).toContain('question:closed');
    expect(isQuestion(tagsOf(t, 3))).toBe(true);
    expect(tagsOf(t, 5).filter((tag) => tag.startsWith('question'))).toEqual([]);
  });

  it('does not call an option or condition built from the customer\'s words a paraphrase', () => {
    const t = call(
      'en',
      'C: My kettle stopped working after two days and the switch light just flickers now.',
      "A: Okay, if you still see the switch light flicker after two days, you can send the kettle back and we'll replace it.",
    );
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
  });

  it('counts naming the customer\'s feeling back to them as empathy', () => {
    const t = call('en', "C: My rent is due on Friday and the refund still hasn't come through.", "A: So you're really worried the refund won't land before Friday.");
    expect(tagsOf(t, 1)).toContain('empathy');
  });

  it('recognises a paraphrase without an opener and links it to the customer turn it restates', () => {
    const t = call(
      'en',
      'C: The router keeps dropping the connection every evening around eight and then it comes back after midnight.',
      'A: The connection drops every evening around eight and only comes back after midnight.',
    );
    const card = scoreTranscript(t);
    expect(card.turns[1].tags).toContain('paraphrase');
    expect(card.turns[1].refersTo).toBe(0);
  });

  it('does not call an opener alone a paraphrase when the turn gives advice', () => {
    const t = call('en', 'C: I keep getting charged twice.', 'A: So you should really check your bank statement first, our policy is that the bank handles it.');
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
  });

  it('marks a follow-up question that picks up the customer\'s words, not a routine one', () => {
    const t = call(
      'en',
      'C: The light on the router blinks orange all the time.',
      'A: When it blinks orange, does the phone line still work?',
      'C: Yes it does.',
      'A: Is there anything else I can help with?',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['question:closed', 'followup']));
    expect(tagsOf(t, 3)).not.toContain('followup');
  });

  it('counts a new question asked after restating the customer as a follow-up on what was restated', () => {
    const t = call(
      'en',
      'C: Since Monday the heating only comes on for an hour in the morning and then the radiators go cold again.',
      'A: So the radiators go cold again after an hour every morning since Monday. Has anyone been out to look at the boiler?',
      'C: No, nobody.',
      'A: So the radiators go cold after an hour every morning, right?',
    );
    const card = scoreTranscript(t);
    expect(card.turns[1].tags).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'followup']));
    expect(card.turns[1].refersTo).toBe(0);
    // A restatement checked with "right?" only checks understanding: no follow-up.
    expect(card.turns[3].tags).toContain('paraphrase');
    expect(card.turns[3].tags).not.toContain('followup');
  });

  it('tags empathy and a concrete action, but not a vague promise', () => {
    const t = call(
      'en',
      'C: This is the third time I call and nobody fixed it, I am really fed up.',
      "A: I'm really sorry, that sounds frustrating. I've just booked an engineer for tomorrow between 8 and 12.",
      'C: And the refund?',
      "A: We'll look into it and someone will get back to you.",
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['empathy', 'action']));
    expect(tagsOf(t, 3)).not.toContain('action');
  });

  it('hears "that sounds tough" and "you\'ve been through a lot" as empathy', () => {
    for (const reply of ['Oh, that sounds tough.', "You've been through a lot this month.", 'Sounds like a lot on your plate right now.']) {
      const t = call('en', 'C: I lost my job last month and now the bill has doubled, I am so stressed.', `A: ${reply}`);
      expect(tagsOf(t, 1)).toContain('empathy');
    }
  });

  it('counts an open question as a follow-up when the agent first acknowledged the customer\'s explanation in a turn of its own', () => {
    const t = call(
      'en',
      'C: The pipe under the bath burst on Sunday night and the water came through the kitchen ceiling before we found the stopcock.',
      "A: Oh no, I'm sorry, that's a horrible way to start the week.",
      'A: How are things looking at the moment, room by room?',
    );
    expect(tagsOf(t, 2)).toEqual(['question:open', 'followup']);
  });

  it('looks past the customer\'s bare "Mm-hmm." to what they were explaining when an open question follows', () => {
    const t = call(
      'en',
      'C: Since the new manager started I get my rota two days before the week begins, and childcare needs more notice than that.',
      'A: So the short notice is what makes it so hard.',
      'C: Mm-hmm.',
      'A: What would make the biggest difference for you?',
    );
    expect(tagsOf(t, 3)).toEqual(['question:open', 'followup']);
  });

  it('keeps a restatement opened with "so you" a paraphrase when the turn then asks something new', () => {
    const t = call(
      'en',
      'C: My daughter starts at the new school on Monday and the bus pass still has not arrived.',
      "A: So you're still waiting on that pass for her, with only a few days to go until Monday comes round. Have you had any email from the transport office?",
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
  });

  it('hears any "I\'ve done it" as an action, but not "I\'ve checked" or "I\'ve been told"', () => {
    const done = ["Okay. I've put the cancellation through now.", 'yes and ive also sent a text with the tracking link', "The confirmation's just been sent to your email."];
    for (const reply of done) expect(tagsOf(call('en', 'C: Can you cancel my membership?', `A: ${reply}`), 1)).toContain('action');
    const notDone = ["I've checked and there's nothing on the account yet.", "I've been told the depot is closed today."];
    for (const reply of notDone) expect(tagsOf(call('en', 'C: Where is my parcel?', `A: ${reply}`), 1)).not.toContain('action');
  });

  it('takes asking for a file or contract reference as routine, not a follow-up', () => {
    const t = call('en', 'C: my suitcase never came off the belt and the desk gave me a file reference', 'A: whats the file reference from the desk it starts with three letters');
    expect(tagsOf(t, 1)).toEqual(['question:closed']);
  });

  it('reads "can I ask what made you…" as an open question', () => {
    expect(tagsOf(call('en', "C: That's everything done then.", 'A: Can I also ask what made you decide to leave us?'), 1)).toContain('question:open');
  });

  it('looks past the answer to a routine question to what the customer was explaining', () => {
    const t = call(
      'en',
      'C: The fine says I parked in a loading bay on Saturday, but the sign on the lamppost only covers weekdays and I have a photo of it.',
      "A: What's the penalty notice number?",
      "C: It's PN 4471 2290, Westfield council.",
      'A: How did things go when you tried to appeal online?',
    );
    expect(tagsOf(t, 1)).toEqual(['question:closed']);
    expect(tagsOf(t, 3)).toEqual(['question:open', 'followup']);
  });

  it('reads "what I\'m doing now is…" as a statement and "what was it called?" as one fact', () => {
    const t = call('en', 'C: nobodys answering upstairs', 'A: what im doing now is logging it as an emergency repair for you');
    expect(tagsOf(t, 1).filter((g) => g.startsWith('question'))).toEqual([]);
    expect(tagsOf(call('en', 'C: He was at a practice in Leeds before.', 'A: What was the Leeds practice called?'), 1)).toContain('question:closed');
  });

  it('does not take "you\'re very welcome" or "you don\'t need to worry" for a reflection', () => {
    expect(tagsOf(call('en', 'C: thank you so much youve really put my mind at rest', 'A: youre very welcome and congratulations to you both'), 1)).not.toContain('paraphrase');
    expect(tagsOf(call('en', 'C: so what am i supposed to do just sit here and hope', 'A: you dont need to worry its a standard process'), 1)).not.toContain('paraphrase');
  });

  it('takes "and the surname on the booking" (speech-to-text, no question mark) for a routine question', () => {
    const tags = tagsOf(call('en', 'C: its ab 4471 from the airline app', 'A: and the surname on the booking'), 1);
    expect(tags).toContain('question:closed');
    expect(tags).not.toContain('followup');
  });

  it('takes a question about the address ("when did you update the address?") as a follow-up, not a routine request for it', () => {
    const t = call('en', 'C: The fee letter went to my old address even though I changed it on the app months ago.', 'A: When did you update the address, roughly?');
    expect(tagsOf(t, 1)).toEqual(['question:closed', 'followup']);
  });

  it('tags a short continuer as a backchannel, never an interruption, even when it overlaps', () => {
    const t = call('en', 'C: [0-6] So I went to the shop and', 'A: [5.5-5.9] Mm-hmm.', 'C: [6-9] they told me to call you.');
    expect(tagsOf(t, 1)).toEqual(['backchannel']);
  });

  it('hears "Hm." and "Mhm." after a cut-off as continuers, not interruptions', () => {
    for (const continuer of ['Hm.', 'Mhm.', 'Hmm, hm.']) {
      const t = call('en', 'C: Well, I love them, so I want them to think well of me-', `A: ${continuer}`, 'C: and I guess that is why I drink with them.');
      expect(tagsOf(t, 1)).toEqual(['backchannel']);
    }
  });

  it('tags an interruption from overlapping timestamps', () => {
    const t = call('en', 'C: [0-10] I was trying to explain that the bill shows two charges and', 'A: [8.5-11] Can I have your account number?');
    const card = scoreTranscript(t);
    expect(card.turns[1].tags).toContain('interruption');
    expect(card.items.find((i) => i.id === 'interruptions')?.evidence[0].note).toMatch(/1\.5 s before/);
  });

  it('does not count a terminal overlap under 0.3 s as an interruption', () => {
    const t = call('en', 'C: [0-5] That is all I wanted to say.', 'A: [4.8-7] Thanks, let me check that for you.');
    expect(tagsOf(t, 1)).not.toContain('interruption');
  });

  it('tags an interruption from a dash cut-off when there are no timestamps', () => {
    const t = call('en', 'C: I changed my card last month and I wondered if--', 'A: Yeah, it will be the card change.');
    expect(tagsOf(t, 1)).toContain('interruption');
    const trailing = call('en', 'C: I changed my card last month and...', 'A: I see, thanks.');
    expect(tagsOf(trailing, 1)).not.toContain('interruption');
    // Finishing the customer's own sentence for them helps; it does not take the floor.
    const completion = call('en', 'C: Ever since they moved the bus stop I have been getting to work--', 'A: --later than you used to?');
    expect(tagsOf(completion, 1)).not.toContain('interruption');
  });

  it('takes a question that opens by quoting the customer ("when you say…") as a paraphrase too', () => {
    const customer = 'C: Since the update the app logs me out every time I switch to another app.';
    const quoting = call('en', customer, 'A: When you say the app logs you out, does it ask for the password again?');
    expect(tagsOf(quoting, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'followup']));
    // Quoting points back at the customer even after an identity check, and one of their words is enough.
    const later = call(
      'en',
      "C: My test is on the 28th and I still can't do roundabouts properly.",
      'A: Can I grab your date of birth?',
      'C: Fourth of June 2008.',
      'A: Thanks, I can see your record.',
      'A: And your postcode?',
      'C: LS6 2QT.',
      'A: Thank you.',
      "A: When you say roundabouts aren't right yet, what's going wrong on them?",
    );
    expect(tagsOf(later, 7)).toEqual(expect.arrayContaining(['paraphrase', 'followup']));
    // "When you…" that sets a condition is not quoting.
    expect(tagsOf(call('en', customer, 'A: When you get home, can you restart the phone and the app?'), 1)).not.toContain('paraphrase');
  });

  it('hears "tell me a bit more" and "what about" as questions anywhere in an unpunctuated sentence', () => {
    const t = call(
      'en',
      'C: picking hes had a bit of chicken but he wont touch his biscuits and hes drinking loads more water than usual',
      'A: more water than usual okay tell me a bit more about that',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:open', 'followup']));
    const bins = call('en', 'C: it just went straight past our side', 'A: it went past your side what about the houses across the road');
    expect(isQuestion(tagsOf(bins, 1))).toBe(true);
  });

  it('takes an echo of three of the customer\'s words, said on its own, as a paraphrase', () => {
    const customer = 'C: Mostly the big two-lane one by the retail park. I never know which lane to be in and I just freeze.';
    const echo = call('en', customer, "A: The two-lane one by the retail park. That's on the test route, so it's worth getting it nailed.");
    expect(tagsOf(echo, 1)).toContain('paraphrase');
    const mention = call('en', customer, 'A: We cover the retail park area with the new instructor from Monday, two-lane roads included in every single lesson plan.');
    expect(tagsOf(mention, 1)).not.toContain('paraphrase');
  });

  it('does not take a routine ask after a restatement for a follow-up', () => {
    const t = call(
      'en',
      "C: The online form says my claim was declined, and I haven't even sent the hotel receipts yet.",
      "A: So the online form shows your claim as declined before the hotel receipts are in. Can I take your policy number?",
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(t, 1)).not.toContain('followup');
  });

  it('hears an unpunctuated yes/no ask that runs on from a statement ("…did you get any message")', () => {
    const t = call(
      'en',
      'C: the installer never came and nobody rang me this morning',
      'A: thanks i can see the booking it was moved at seven but the text never went out did you get any message from us this morning',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['question:closed', 'followup']));
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
  });

  it('hears unpunctuated slot offers, contact checks, "since when" and "anything else" after a statement', () => {
    const slot = call(
      'en',
      'C: the thursday slot is no good i am on nights that week',
      'A: no problem we also have friday slots would an early or a late appointment suit you',
    );
    expect(tagsOf(slot, 1)).toContain('question:closed');
    const contact = call('en', 'C: fine just text me when it is ready', 'A: will do i have the mobile ending four four one is that still the best number');
    expect(tagsOf(contact, 1)).toContain('question:closed');
    const since = call('en', 'C: the rash on my arm has started to burn', 'A: burning since when roughly');
    expect(tagsOf(since, 1)).toEqual(expect.arrayContaining(['question:closed', 'followup']));
    const more = call('en', 'C: great thanks', 'A: the refund shows on your statement in three days anything else i can sort out for you');
    expect(tagsOf(more, 1)).toContain('question:closed');
    // Declarative uses of the same words are not asks.
    const plain = call('en', 'C: can you send it tomorrow', 'A: yes tomorrow morning would work and that is the best way to do it');
    expect(isQuestion(tagsOf(plain, 1))).toBe(false);
  });

  it('hears a wh-question with inverted word order inside an unpunctuated sentence, and "please tell me…"', () => {
    const t = call('en', 'C: the cap came off and he only had half his tablet last night', 'A: right so half a tablet last night and nothing since what time did he have it');
    expect(tagsOf(t, 1)).toContain('question:closed');
    // Embedded, with the subject first, it states.
    const embedded = call('en', 'C: so what happened to it', 'A: i checked the notes and i know what it was the courier scanned it at the wrong depot');
    expect(isQuestion(tagsOf(embedded, 1))).toBe(false);
    // Punctuated text marks its clauses: a wh-word inside one may be the customer's own words, not an ask.
    const quoted = call('en', 'C: I felt guilty for taking the job.', 'A: So back then it was, you know, how could you put yourself first, and leave the kids with her when-');
    expect(isQuestion(tagsOf(quoted, 1))).toBe(false);
    // A scripted invitation ("please tell me how I can assist you") is routine, never a follow-up.
    const scripted = call('en', "C: Anita Drummond. I'm calling about the seat I paid for on last week's flight.", 'A: Thank you. Please tell me how I can assist you with your booking today.');
    expect(tagsOf(scripted, 1)).not.toContain('followup');
    const please = call('en', 'C: Yes, that is my address.', 'A: Thank you. Please tell me what happened with the scooter.');
    expect(tagsOf(please, 1)).toContain('question:open');
  });

  it('takes deeds spelled out by a formal or non-native agent ("I have opened now…", "I am also sending…") as actions', () => {
    const t = call(
      'en',
      'C: The hospital gave me a letter, where do I send it?',
      'A: I have opened now the claim for you, the reference is KL-2210.',
      'C: Okay.',
      'A: I am also sending you the upload link by email within the next ten minutes.',
    );
    expect(tagsOf(t, 1)).toContain('action');
    expect(tagsOf(t, 3)).toContain('action');
    // Having something is not doing something.
    expect(tagsOf(call('en', 'C: Where is my claim?', 'A: I have your claim here on my screen.'), 1)).not.toContain('action');
  });

  it('does not tag the agent\'s opening line as a paraphrase: nothing has been said to restate', () => {
    const t = call('en', "A: Paper and Ink Stationers, you're speaking to Greg.", 'C: Hi, it is about a wedding invitation order.');
    expect(tagsOf(t, 0)).not.toContain('paraphrase');
  });

  it('reads "what normally happens is…" and "what that means is…" as statements', () => {
    for (const line of ['A: what normally happens is the local garage gets a ticket and sends a van', 'A: What that means is the refund goes back to the card.']) {
      expect(isQuestion(tagsOf(call('en', 'C: the screen says pending', line), 1))).toBe(false);
    }
  });

  it('takes a dated promise by someone on the agent\'s side as an action, but not a time from another sentence or what usually happens', () => {
    const customer = 'C: Will anyone actually talk to me about the allergy, though?';
    expect(tagsOf(call('en', customer, 'A: Yes, our food safety lead will ring you tomorrow between 10 and 12.'), 1)).toContain('action');
    expect(tagsOf(call('en', customer, "A: Right now I can't say. Someone will call you about it."), 1)).not.toContain('action');
    expect(tagsOf(call('en', customer, 'A: Usually the safety team will call you within two days.'), 1)).not.toContain('action');
    // "I will be assisting you today" introduces the agent; it commits to nothing.
    const intro = tagsOf(call('en', 'A: Thank you for calling, my name is Jade and I will be assisting you today. May I have your booking reference?', 'C: Sure.'), 0);
    expect(intro).not.toContain('action');
    expect(tagsOf(call('en', 'C: b w four four', 'A: and just to confirm the first line of the address'), 1)).toContain('question:closed');
  });

  it('hears fear and sleeplessness as negative feelings', () => {
    for (const line of ["C: I'm frightened the money has simply gone.", "C: Honestly, I haven't slept since the letter came.", "C: Bit nervy, eh, with the lorries going past.", "C: If it isn't fixed by Friday I don't know what we'll do.", "C: I honestly don't know how I'm going to cover that.", 'C: Kindly block the SIM, I am very much tensed.', 'C: im on a tight budget so this is honestly stressing me out']) {
      expect(scoreTranscript(call('en', line, 'A: Okay.')).turns[0].negativeEmotion).toBe(true);
    }
  });

  it('does not take a turn that only asks for routine data for a paraphrase', () => {
    for (const line of ['A: And your postcode and date of birth, please.', 'A: and the name on the booking']) {
      const t = call('en', 'C: Booking reference is KM 6 6 0 2 1 8 4, the booking is in my name.', line);
      expect(tagsOf(t, 1)).toContain('question:closed');
      expect(tagsOf(t, 1)).not.toContain('paraphrase');
    }
  });

  it('takes "did you say…?" as a check of what the customer said (a paraphrase), not a follow-up', () => {
    const t = call('en', 'C: I keep a little tracker under the seat but it has not pinged since the weekend', "A: Sorry to jump in, did you say the tracker hasn't pinged since the weekend?");
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(t, 1)).not.toContain('followup');
  });

  it('takes a dispatch date in a month as a commitment, and "I was in bits" as a feeling', () => {
    const t = call('en', 'C: When will the phone get to me?', 'A: It will be dispatched on the twenty-eighth of August by tracked courier.');
    expect(tagsOf(t, 1)).toContain('action');
    expect(scoreTranscript(call('en', 'C: Last time the cab never came and I was in bits.', 'A: Okay.')).turns[0].negativeEmotion).toBe(true);
  });

  it('hears a datum asked for after an unpunctuated greeting, and "the car registration" as routine', () => {
    const t = call('en', 'A: hi thanks for calling northfield gym youre speaking with dan whats the email on your account', 'C: its sam at example dot com');
    expect(tagsOf(t, 0)).toContain('question:closed');
    for (const line of ['A: thanks and just to confirm your date of birth', 'A: and the registration of the vehicle']) {
      expect(tagsOf(call('en', 'C: its seven one four four', line), 1)).toContain('question:closed');
    }
    const reg = call('en', 'C: yeah its sam patel twelfth of may eighty', 'A: and the car registration you parked with');
    expect(tagsOf(reg, 1)).toContain('question:closed');
    expect(tagsOf(reg, 1)).not.toContain('paraphrase');
    // Not knowing what the datum is asks nothing.
    expect(isQuestion(tagsOf(call('en', 'C: it broke again', 'A: i dont know whats the problem with it yet'), 1))).toBe(false);
  });

  it('names draining uncertainty as empathy', () => {
    expect(tagsOf(call('en', "C: It's the not knowing that gets to me.", 'A: That kind of uncertainty is so draining.'), 1)).toContain('empathy');
  });

  it('hears clock times in words and "within the hour" as a promise\'s time, and "did the driver leave…" run on as asking', () => {
    const customer = 'C: okay i will be in all day';
    expect(tagsOf(call('en', customer, 'A: ill also text you the drivers name by eleven thirty'), 1)).toContain('action');
    expect(tagsOf(call('en', customer, "A: You'll get a confirmation text within the hour."), 1)).toContain('action');
    const t = call('en', 'C: i waited in all afternoon', 'A: so you were in the whole time and nothing came did the driver leave a card at all');
    expect(tagsOf(t, 1)).toContain('question:closed');
  });

  it('hears unpunctuated openings and closings after validation-21: "what can i help you with", "go ahead whats the query", "can you confirm the postcode", "…anything else today"', () => {
    const asks = (line: string) => tagsOf(call('en', 'C: hello its about my account', line), 1);
    expect(asks('A: youre through to support my name is callum what can i help you with today')).toContain('question:open');
    expect(asks('A: go ahead whats the query')).toContain('question:open');
    expect(asks('A: before i change anything can you confirm the postcode on the billing address')).toContain('question:closed');
    expect(asks('A: it gets backdated so youd get the difference back anything else today')).toContain('question:closed');
    // A link on its way in minutes and someone who will meet you by a time commit.
    expect(asks('A: a reset link is going to that email address in the next couple of minutes')).toContain('action');
    expect(asks("A: He's turning round now and will meet you at the taxi rank by ten to four.")).toContain('action');
    expect(asks('A: youll get an updated invoice by email within the hour')).toContain('action');
    expect(asks("A: I've emailed the manager just now and she'll call you by 5 pm today.")).toContain('action');
  });

  it('takes a bare "and your full name" and "can i grab the account number" as routine closed asks', () => {
    const name = call('en', 'C: its the fourth of may eighty one', 'A: and your full name');
    expect(tagsOf(name, 1)).toContain('question:closed');
    expect(tagsOf(name, 1)).not.toContain('followup');
    const grab = call('en', 'C: the boiler engineer never turned up and i waited in all day', 'A: oh no sorry about that can i grab the account number');
    expect(tagsOf(grab, 1)).toContain('question:closed');
    expect(tagsOf(grab, 1)).not.toContain('followup');
  });

  it('takes a summary checked with "is that right" or "have i got that" as a closed question, whatever it restates', () => {
    const t = call(
      'en',
      'C: the blender arrived with a cracked jug and the lid is the wrong size',
      'A: so the blender came with what looks like a cracked jug and a lid that does not fit is that right',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(t, 1)).not.toContain('question:open');
    const got = call('en', 'C: i was charged twice and the app still will not log me in', 'A: so two charges and the app still locking you out have i got that');
    expect(tagsOf(got, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(got, 1)).not.toContain('followup');
  });

  it('takes an open question after the customer explained, even when they first gave the order number', () => {
    const t = call(
      'en',
      'A: Can I get your order number?',
      "C: Hi, yes, it's KH-5590281. I had a standing desk delivered on Saturday, and the bag of bolts and the control panel are just--",
      "A: Okay, what's the postcode on the order?",
      'C: LS6 4RT.',
      'A: Thanks. And what exactly is missing?',
    );
    expect(tagsOf(t, 4)).toEqual(expect.arrayContaining(['question:open', 'followup']));
  });

  it('does not take asking for an ID or sort code for a follow-up', () => {
    const t = call('en', 'C: the deposit scheme still has my deposit and my new landlord wants money', 'A: can i take the deposit id its on the certificate');
    expect(tagsOf(t, 1)).toContain('question:closed');
    expect(tagsOf(t, 1)).not.toContain('followup');
  });

  it('hears being at a loss as a negative feeling, in speech-to-text style too, and a non-native "very disappoint"', () => {
    for (const line of [
      "C: The service is in three days and I don't know what we're going to do.",
      'C: the service is in three days i dont know what to do',
      'C: Now I must pay more than the things cost? I am very disappoint, honestly.',
      'C: im on my own on a pension and ive honestly been feeling sick about it all morning',
    ]) {
      expect(scoreTranscript(call('en', line, 'A: Let me look.')).turns[0].negativeEmotion).toBe(true);
    }
  });

  it('hears "…, right?" after a statement as a check, like "is that right?", but a bare "Right?" or "…, okay?" asks nothing', () => {
    const checked = tagsOf(call('en', 'C: The meter reader never turned up.', 'A: So nobody came out on Tuesday, right?'), 1);
    expect(checked).toContain('question:closed');
    expect(checked).not.toContain('followup');
    expect(tagsOf(call('en', 'C: The meter reader never turned up.', 'A: So nobody came out on Tuesday right'), 1)).toContain('question:closed');
    expect(isQuestion(tagsOf(call('en', 'C: It keeps cutting out.', 'A: Right?'), 1))).toBe(false);
    expect(isQuestion(tagsOf(call('en', 'C: It keeps cutting out.', "A: We'll get there together, okay?"), 1))).toBe(false);
  });

  it('takes an unpunctuated "which" straight before a verb as relative, not a question; "which one is it" still asks', () => {
    const relative = "A: ive sent the parcel to the depot which has it ready for collection tomorrow";
    expect(isQuestion(tagsOf(call('en', 'C: where can i pick it up', relative), 1))).toBe(false);
    expect(isQuestion(tagsOf(call('en', 'C: i have two cards with you', 'A: okay and which one is it'), 1))).toBe(true);
  });

  it('does not take who books something ("are booked by the regional office") for a deed done; "you are booked in for Tuesday at 9" is one', () => {
    expect(tagsOf(call('en', 'C: When will someone come?', 'A: The fitters are booked by head office, not by this team.'), 1)).not.toContain('action');
    expect(tagsOf(call('en', 'C: When will someone come?', 'A: You are booked in for Tuesday at 9.'), 1)).toContain('action');
  });

  it('hears "I can totally see why you\'d be upset" as empathy, but not "I can really see you\'re trying"', () => {
    expect(tagsOf(call('en', "C: I'm upset, it's the second time.", "A: I can totally see why you'd be upset about that."), 1)).toContain('empathy');
    expect(tagsOf(call('en', "C: I've cut down a lot this month.", "A: I can really see that you're trying."), 1)).not.toContain('empathy');
  });

  it('reads validation-24\'s turns: an unpunctuated "…what else is in his bag" asks, "I am so sorry" apologises, "the code\'s gone to your phone" is done, "passed away" is grief', () => {
    expect(tagsOf(call('en', 'C: it was meant to come this morning', 'A: okay and apart from the inhaler what else is usually in the parcel'), 1)).toContain('question:open');
    expect(isQuestion(tagsOf(call('en', 'C: it was meant to come this morning', 'A: honestly i dont know what else is in there'), 1))).toBe(false);
    expect(isQuestion(tagsOf(call('en', 'C: it was meant to come this morning', 'A: honestly what else can i say'), 1))).toBe(false);
    expect(tagsOf(call('en', "C: I'm furious, the charge is wrong.", 'A: Oh, I am so sorry, that is the last thing you need.'), 1)).toContain('empathy');
    expect(tagsOf(call('en', 'C: The code still does not work.', "A: Right, a new code's gone to your phone now."), 1)).toContain('action');
    expect(scoreTranscript(call('en', 'C: My mother passed away in March and the bill is still in her name.', 'A: Let me look.')).turns[0].negativeEmotion).toBe(true);
  });

  it('counts a question naming a routine datum as a follow-up when it takes up what the customer said', () => {
    const t = call('en', 'C: The branch in town shut, so they moved my account to the one by the station.', 'A: When they moved your account to the station branch, did they give you a new sort code?');
    expect(tagsOf(t, 1)).toContain('followup');
    expect(tagsOf(call('en', 'C: The payment never came.', 'A: Can I take your sort code?'), 1)).not.toContain('followup');
  });

  it('reads validation-25\'s turns: a bare "Yeah?" after the agent\'s own statement checks it (not after "Mm."), "…did anything change…" asks, "I can see why." before a cause is no empathy', () => {
    const checked = tagsOf(call('en', 'C: The toll fines keep coming.', "A: So you've had three fines since March. Yeah?"), 1);
    expect(checked).toContain('question:closed');
    expect(checked).not.toContain('followup');
    expect(isQuestion(tagsOf(call('en', 'C: The toll fines keep coming.', 'A: Mm. Yeah?'), 1))).toBe(false);
    expect(tagsOf(call('en', 'C: it keeps going off at night', 'A: i can see it going off every night did anything change in the flat recently'), 1)).toContain('question:closed');
    expect(tagsOf(call('en', 'C: Please fix my points.', 'A: Right, I can see why. The booking used your middle name, so they did not match.'), 1)).not.toContain('empathy');
    expect(tagsOf(call('en', "C: I'm annoyed, it's wrong again.", "A: I can see why you're annoyed."), 1)).toContain('empathy');
  });

  it('reads validation-27\'s turns: "Kindly give me the booking reference…" asks a datum, "I can hear how much that\'s been weighing on you" acknowledges', () => {
    expect(tagsOf(call('en', "C: I'd like to change my trip.", 'A: Sure. Kindly give me the booking reference so that I can open it.'), 1)).toContain('question:closed');
    expect(tagsOf(call('en', "C: I've been worried sick all week.", "A: I can hear how much that's been weighing on you."), 1)).toContain('empathy');
  });

  it('reads validation-26\'s turns: "Yes." answering the customer\'s question is no backchannel; "don\'t feel embarrassed" acknowledges; "scundered" is a feeling', () => {
    expect(tagsOf(call('en', 'C: Should I bring the old scans with me?', 'A: Yes.'), 1)).not.toContain('backchannel');
    expect(tagsOf(call('en', 'C: So I rang them on Monday and they said it would come Friday.', 'A: Mm-hmm.'), 1)).toContain('backchannel');
    expect(tagsOf(call('en', "C: I'm scundered, I typed the wrong registration.", "A: Please don't feel embarrassed, it's an easy slip."), 1)).toContain('empathy');
    expect(scoreTranscript(call('en', "C: I'm scundered now, so I am.", 'A: Let me look.')).turns[0].negativeEmotion).toBe(true);
  });

  it('reads validation-29\'s deeds: "I\'m holding four seats…", spelled-out "I have also removed the fee"; "I have a question" is none', () => {
    expect(tagsOf(call('en', 'C: We need to get home tonight.', "A: Right now I'm holding three seats together on the 6 pm flight."), 1)).toContain('action');
    expect(tagsOf(call('en', 'C: And the fee?', 'A: I have also removed the returned payment fee just now.'), 1)).toContain('action');
    expect(tagsOf(call('en', 'C: And the fee?', 'A: I have a question about the fee first.'), 1)).not.toContain('action');
  });

  it('reads validation-31\'s turns: Jamaican "mi book … fi Thursday" commits and "mi sorry fi hear dat" acknowledges; "it\'s freaking me out" is a feeling', () => {
    expect(tagsOf(call('en', 'C: The door came dented.', "A: Mi book a new one fi Thursday, between eight an' twelve."), 1)).toContain('action');
    expect(tagsOf(call('en', "C: I'm fuming, they rushed off.", 'A: Ah, mi sorry fi hear dat.'), 1)).toContain('empathy');
    expect(scoreTranscript(call('en', "C: Honestly it's freaking me out a bit, my card is saved on there.", 'A: Let me look.')).turns[0].negativeEmotion).toBe(true);
  });

  it('reads validation-30\'s turns: "our medical officer will call the doctor within the hour" commits; "it\'s a lot to take in" acknowledges', () => {
    expect(tagsOf(call('en', 'C: Will they operate today?', 'A: Our nurse will call the hospital within the next hour to agree it.'), 1)).toContain('action');
    expect(tagsOf(call('en', "C: Sorry, I'm all over the place, I'm so worried.", "A: Please don't apologise. It's a lot to take in."), 1)).toContain('empathy');
  });

  it('hears "I hope it goes well for him" after worrying news as empathy', () => {
    expect(tagsOf(call('en', "C: My dad's having an operation, I'm worried sick.", 'A: Ah, bless you, I hope it goes well for him.'), 1)).toContain('empathy');
  });

  it('marks the customer turn that shows a negative feeling', () => {
    const card = scoreTranscript(call('en', 'A: How can I help?', 'C: Honestly I am so frustrated with this.', 'A: Let me look.'));
    expect(card.turns[1].negativeEmotion).toBe(true);
    expect(card.turns[0].negativeEmotion).toBeUndefined();
  });
});

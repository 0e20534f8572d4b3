import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../server/scoring/index.ts';
import { call, isQuestion } from './helpers.ts';

const tagsOf = (t: ReturnType<typeof call>, i: number) => scoreTranscript(t).turns[i].tags;

describe('Persian turn tags', () => {
  it('counts a turn that advises («پیشنهاد من اینه») as telling, not listening', () => {
    const card = scoreTranscript(call('fa', 'C: هر ماه قسطم دیر میشه', 'A: پیشنهاد من اینه که تاریخ قسط رو بذارید بعد از حقوق.'));
    expect(card.metrics.adviceTurns).toBe(1);
  });

  it('reads «باید» as advice only with a "you" verb, and «سیستم» (also the computer) not at all', () => {
    const card = scoreTranscript(
      call(
        'fa',
        'C: دوشنبه تولد دخترمه، برای همین سفارش دادم',
        'A: پس کادو باید قبل از دوشنبه دستتون برسه که به تولد برسه.',
        'C: کی میرسه؟',
        'A: باید تا فردا صبر کنید.',
        'C: لپتاپ جدید خریدم، برنامه روش نصب نمیشه',
        'A: یعنی روی سیستم جدید نصب نمیشه ولی روی سیستم قبلی کار میکرد؟',
      ),
    );
    expect(card.metrics.adviceTurns).toBe(1);
    expect(card.turns[1].tags).toContain('paraphrase');
    expect(card.turns[5].tags).toContain('paraphrase');
  });

  it('takes a question that opens by quoting the customer («وقتی میگید…») as a paraphrase too', () => {
    const t = call('fa', 'C: از دیروز اپلیکیشن هر بار که میرم بیرون منو از حساب خارج میکنه', 'A: وقتی میگید اپلیکیشن از حساب خارج میکنه، روزی چند بار این اتفاق میفته؟');
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'followup']));
  });

  it('takes a team bringing something on a date and "I wrote it in the request" for actions', () => {
    expect(tagsOf(call('fa', 'C: یخچال قر شده رسیده', 'A: تیم ارسال شنبه بین ساعت ۱۰ تا ۱۲ یخچال نو رو میارن.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: این بار جلوی راننده بازش کنیم', 'A: حتماً، همین الان تو درخواست نوشتم که کالا جلوی خودتون باز بشه.'), 1)).toContain('action');
  });

  it('takes a formal passive reporting what was just done («نوبت شما … تغییر یافت») for an action', () => {
    const t = call('fa', 'C: ساعت چهار مناسب‌تر است.', 'A: نوبت شما به یکشنبه ساعت ۱۶ تغییر یافت.');
    expect(tagsOf(t, 1)).toContain('action');
  });

  it('takes a formal passive with a time («تا پایان وقت اداری امروز ارسال می‌گردد») for an action', () => {
    const t = call('fa', 'C: پیامک تأیید کی میاد؟', 'A: پیامک تأیید تا پایان وقت اداری امروز برای شما ارسال می‌گردد.');
    expect(tagsOf(t, 1)).toContain('action');
    const undated = call('fa', 'C: پیامک تأیید کی میاد؟', 'A: پیامک تأیید برای شما ارسال می‌گردد.');
    expect(tagsOf(undated, 1)).not.toContain('action');
  });

  it('reads a summary checked with the formal «صحیح است؟» as a check, not a follow-up', () => {
    const t = call(
      'fa',
      'C: قسط ماه دوم که موعدش ۲۵ آبان بود هنوز به حسابم نرسیده.',
      'A: بنابراین قسط ماه دوم که موعد آن ۲۵ آبان بوده، تاکنون به حساب شما نرسیده است؛ صحیح است؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(t, 1)).not.toContain('followup');
  });

  it('hears being at a loss («نمیدونم چیکار کنم») and feeling cheated («سرم کلاه رفته») as negative feelings', () => {
    for (const line of ['C: مراسم سه روز دیگه‌ست، نمیدونم چیکار کنم', 'C: واقعا حس می کنم سرم کلاه رفته', 'C: دو روزه آب نداریم، دیگه واقعا نمی کشیم']) {
      expect(scoreTranscript(call('fa', line, 'A: الان بررسی می‌کنم.')).turns[0].negativeEmotion).toBe(true);
    }
  });

  it('counts naming the customer\'s feeling back to them as empathy', () => {
    const t = call('fa', 'C: اجاره‌ام آخر هفته است و هنوز پولم برنگشته', 'A: پس نگرانید که پول قبل از اجاره به حسابتون نرسه.');
    expect(tagsOf(t, 1)).toContain('empathy');
  });

  it('finds a question whose question word comes last and has no question mark', () => {
    const t = call('fa', 'C: سلام، قبضم دو بار پرداخت شده', 'A: شماره موبایلتون چنده');
    expect(tagsOf(t, 1)).toContain('question:closed');
  });

  it('recognises a reflection opened with «اگه درست متوجه شده باشم» and checked with «درسته؟»', () => {
    const t = call(
      'fa',
      'C: از دیروز ظهر اینترنت گوشیم قطعه ولی تماس و پیامک مشکلی نداره',
      'A: پس اگه درست متوجه شده باشم، از دیروز ظهر فقط اینترنت گوشی‌تون وصل نمی‌شه، درسته؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
  });

  it('reads the same cue with or without ZWNJ, with Arabic yeh/kaf and Arabic-Indic digits', () => {
    const variants = ['درک‌تون می‌کنم، حق دارید ناراحت باشید', 'درکتون میکنم، حق داريد ناراحت باشيد', 'درک تون می کنم، حق دارید ناراحت باشید'];
    for (const v of variants) {
      const t = call('fa', 'C: واقعاً کلافه شدم، سه بار زنگ زدم', `A: ${v}`);
      expect(tagsOf(t, 1)).toContain('empathy');
    }
    const digits = call('fa', 'C: پولم کی برمی‌گرده؟ خیلی نگرانم', 'A: همین الان درخواست برگشت رو ثبت کردم، تا ۷۲ ساعت کاری واریز می‌شه.');
    expect(tagsOf(digits, 1)).toContain('action');
  });

  it('counts a yes/no question after a restatement as a follow-up, though Persian marks it with no question word', () => {
    const t = call(
      'fa',
      'C: از دو روز پیش اینترنتم هر شب ساعت نه قطع میشه و تا صبح وصل نمیشه.',
      'A: پس از دو روز پیش هر شب ساعت نه اینترنت قطع میشه و تا صبح وصل نمیشه. قبلش مشکلی نداشتید؟',
    );
    const card = scoreTranscript(t);
    expect(card.turns[1].tags).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'followup']));
    expect(card.turns[1].refersTo).toBe(0);
  });

  it('counts a new question after a summary checked with «درسته؟» as a follow-up, even when the summary uses other words', () => {
    const t = call(
      'fa',
      'C: از پریروز تلویزیون اینترنتی‌مون هر چند دقیقه یه بار تصویرش می‌پره',
      'A: یعنی دو روزه که وسط برنامه مدام تصویر قطع و وصل میشه، درسته؟ روی همه‌ی شبکه‌ها این مشکل رو می‌بینید؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'followup']));
  });

  it('takes a first-person present with a time, or someone sent on a date, for a concrete action', () => {
    for (const reply of ['فردا ساعت ۹ خودم بهتون پیامک میدم که نتیجه چی شد.', 'تکنسین ما چهارشنبه بین ساعت ۹ تا ۱۲ میاد برای نصب.']) {
      expect(tagsOf(call('fa', 'C: پس کی درست میشه؟', `A: ${reply}`), 1)).toContain('action');
    }
  });

  it('reads «چی» before a verb ("what did it say") as open, and «چیه» ("what is") as closed', () => {
    expect(tagsOf(call('fa', 'C: برام پیامک اومده که پرونده ناقصه', 'A: توی پیامک دقیقاً چی نوشته بود؟'), 1)).toContain('question:open');
    expect(tagsOf(call('fa', 'C: میخوام ثبت نام کنم', 'A: اسم دخترتون چیه؟'), 1)).toContain('question:closed');
  });

  it('takes a Persian yes/no question for a reflection said as one only when it restates the customer\'s words', () => {
    const customer = 'C: سلام، از دیروز اینترنت گوشیم قطعه، آنتن دارم و زنگ میزنم ولی دیتا وصل نمیشه، کارم هم با همین گوشیه';
    const asksSomethingElse = call('fa', customer, 'A: حق دارید کلافه باشید، وقتی دیتا وصل نمیشه کار آدم میخوابه. اجازه بدید بررسی کنم. سیمکارتتون رو اخیراً عوض کردید؟');
    const restatesAsQuestion = call('fa', customer, 'A: حق دارید کلافه باشید. اجازه بدید بررسی کنم. اینترنت گوشیتون از دیروز قطعه و سیمکارت رو اخیراً عوض کردید؟');
    expect(tagsOf(asksSomethingElse, 1)).not.toContain('paraphrase');
    expect(tagsOf(restatesAsQuestion, 1)).toContain('paraphrase');
  });

  it('reads «مگه» after a number as "meg is" («۱۰۰ مگه»), not as a question word', () => {
    const t = call('fa', 'C: من سرويس ۱۰۰ مگ دارم، ولی سه روزه سرعتم از ۸ مگ بالاتر نمیره', 'A: یعنی با اینکه سرویستون ۱۰۰ مگه، الان سه روزه رو ۸ مگ گیر کرده');
    expect(tagsOf(t, 1)).toEqual(['paraphrase']);
  });

  it('takes any first-person deed («مسدود کردم», «ایمیل کردم», «برش گردوندم») for an action, but not finding or checking', () => {
    const done = ['کارت رو همین الان مسدود کردم، موجودیش محفوظه.', 'من همین الان فرمش رو براتون ایمیل کردم.', 'پورتتون رو ۸ مگ مونده بود، همین الان برش گردوندم.', 'خودم دستی تأییدش می‌کنم و تا فردا ساعت ۴ خبرش میاد.'];
    for (const reply of done) expect(tagsOf(call('fa', 'C: حالا چی کار کنم؟', `A: ${reply}`), 1)).toContain('action');
    for (const reply of ['ممنونم، پیداش کردم.', 'الان بررسی کردم، هنوز نرسیده.']) expect(tagsOf(call('fa', 'C: سفارشم کجاست؟', `A: ${reply}`), 1)).not.toContain('action');
  });

  it('reads the formal «چگونه» ("how") as an open question', () => {
    expect(tagsOf(call('fa', 'C: سلام', 'A: با سلام، توکلی هستم. بفرمایید چگونه می‌توانم کمکتان کنم؟'), 1)).toContain('question:open');
  });

  it('keeps a sentence restating a detail a paraphrase when the turn then asks a routine question', () => {
    const t = call(
      'fa',
      'C: پرستارشون زنگ زد گفت از قرص قلبش فقط یه دونه واسه امشب مونده و من سر کارم، نمیتونم برم داروخونه',
      'A: حق دارید نگران باشید، اونم وقتی فقط یه دونه قرص قلب واسه امشب مونده. الان درستش می‌کنیم. کد ملی مادرتون رو می‌فرمایید؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'empathy']));
  });

  it('takes a choice question («… یا …؟») for asking, not for a reflection said as a question', () => {
    const t = call('fa', 'C: بله، شماره‌ی بیمه‌نامه‌ی سال گذشته‌ام ۱۴۰۳/۲۲ است.', 'A: سپاسگزارم. بیمه‌نامه‌ی سال گذشته‌ی شما نزد شرکت ما صادر شده بود یا نزد شرکت دیگری؟');
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
    expect(tagsOf(t, 1)).toContain('question:closed');
  });

  it('takes the formal future («تماس خواهم گرفت») and "our technician comes" with a time for actions', () => {
    for (const reply of ['پنجشنبه ساعت ده صبح بنده شخصاً با شما تماس خواهم گرفت.', 'همکار فنی ما پنجشنبه بین ساعت ۱۰ تا ۱۲ میاد و مودم رو عوض میکنه.']) {
      expect(tagsOf(call('fa', 'C: پس کی درست میشه؟', `A: ${reply}`), 1)).toContain('action');
    }
  });

  it('does not take «پیگیری می‌کنم» for a concrete action', () => {
    const t = call('fa', 'C: کارشناس کی میاد؟', 'A: من درخواستتون رو پیگیری می‌کنم، انشالله به زودی تماس می‌گیرن.');
    expect(tagsOf(t, 1)).not.toContain('action');
  });
});

describe('asking for a routine datum without a question mark', () => {
  it('is a closed question with a request marker or as a bare phrase, not when the datum is stated', () => {
    const asked = [
      call('fa', 'C: مرجوعی رو نبردن', 'A: کد رهگیری مرجوعی رو بفرمایید'),
      call('ar', 'C: الحجز ما وصلني', 'A: عطيني عافاك رقم الحجز'),
      call('ar', 'C: بدي ألغي الاشتراك', 'A: الاسم الثلاثي'),
      call('en', 'C: its 07700 900416', 'A: and the name on the account'),
    ];
    for (const t of asked) expect(tagsOf(t, 1)).toEqual(['question:closed']);
    const stated = [
      call('fa', 'C: کی میرسه؟', 'A: بله، ارسال فوری از انبار تهرانه. کد رهگیری‌ش تا یک ساعت دیگه براتون پیامک می‌شه.'),
      call('en', 'C: Did you get my details?', 'A: Your account number is on the screen now.'),
    ];
    for (const t of stated) expect(tagsOf(t, 1).filter((g) => g.startsWith('question'))).toEqual([]);
  });
});

describe('Arabic turn tags', () => {
  it('takes a Maghrebi «نمرة الطلبية» ("order number") for a routine question', () => {
    const t = call('ar', 'C: طلبت تونية ديال الكورة لولدي ومكتوب على القميص السمية ديالو والنمرة ١٠، وجاني غلط', 'A: واخا، نمرة الطلبية عافاك؟');
    expect(tagsOf(t, 1)).toEqual(['question:closed']);
  });

  it('takes Levantine and Gulf deeds and dated promises («بعتت», «رح اتصل فيك … الساعة», «أرسل لج … توصلج اليوم») for actions', () => {
    const actions = ['هلق بعتت إنذار رسمي للمالك عالإيميل.', 'وانا رح اتصل فيك يوم الاثنين الساعة ١٢ الضهر.', 'أرسل لج كرتونة بديلة مع مندوب، توصلج اليوم قبل الساعة ٨ بالليل.'];
    for (const reply of actions) expect(tagsOf(call('ar', 'C: طيب شو رح تعملوا؟', `A: ${reply}`), 1)).toContain('action');
  });

  it('hears «وهل» as asking, a whole-sentence check («هل فهمت ذلك بشكل صحيح؟») as only checking, and Iraqi «اي» as a continuer', () => {
    const customer = 'C: عندي موعد للتأشيرة يوم الأحد، لكن خطاب القبول من الجامعة لن يصدر قبل يوم الثلاثاء';
    expect(tagsOf(call('ar', customer, 'A: إذن موعدك يوم الأحد وخطاب القبول لن يصدر قبل الثلاثاء. هل فهمت ذلك بشكل صحيح؟'), 1)).toEqual(['paraphrase', 'question:closed']);
    expect(tagsOf(call('ar', customer, 'A: شكرا لك. وهل سيصلك خطاب القبول من الجامعة إلكترونيا؟'), 1)).not.toContain('paraphrase');
    expect(tagsOf(call('ar', 'C: أول أسبوع شفت فلمين وبعدين نسيتها', 'A: اي.', 'C: وابني يفتح التلفزيون أحياناً'), 1)).toEqual(['backchannel']);
  });

  it('does not take an opening negation («ما تقلقش») or Levantine «ايه» ("yes") for a question; asks "X what?" as one fact', () => {
    for (const reply of ['ما تقلقش يا فندم، كل الطلبات بتاخد وقتها', 'إيه هلأ']) expect(tagsOf(call('ar', 'C: طب امتى؟', `A: ${reply}`), 1)).toEqual([]);
    for (const reply of ['رقمك الجامعي شنو؟', 'شو الاسم اللي الطلب مسجل عليه؟']) expect(tagsOf(call('ar', 'C: بدي أسأل عن الطلب', `A: ${reply}`), 1)).toEqual(['question:closed']);
  });

  it('hears dialect question words («واش», «وين», «شنو») as asking, so the question is not a reflection said as one', () => {
    const t = call(
      'ar',
      'C: خرجت من الشقة هادي شهرين وسلمت السوارت للمالك، والعقد كيقول خمسطاش يوم.',
      'A: واش المالك دار المعاينة ديال الشقة من بعد ما سلمتي السوارت؟',
    );
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
    expect(tagsOf(t, 1)).toContain('question:closed');
  });

  it('reads a dialect "what is the number" («شنو هو رقم العقد؟») as a closed, routine question', () => {
    const t = call('ar', 'C: خرجت من الشقة هادي شهرين وسلمت السوارت، ومازال ما رجعوليش الضمانة ديالي وانا محتاجها بزاف.', 'A: شنو هو رقم العقد؟');
    expect(tagsOf(t, 1)).toEqual(['question:closed']);
  });

  it('takes deeds written onto «و», Gulf «شلت», and someone sent at a time for actions, but not a deed asked about', () => {
    const actions = ['تمام، وبعتلك التأكيد في رسالة على الموبايل.', 'شلتها عنك الحين لأنها حالة سرقة.', 'الفرع هيبعتلك عربية، هتكون قدام الفندق الساعة ١١ ونص.', 'حجزتلك موعد اليوم الساعة ٥ ونص، بيناسبك؟'];
    for (const reply of actions) expect(tagsOf(call('ar', 'C: طيب وش تقدر تسوي لي؟', `A: ${reply}`), 1)).toContain('action');
    const asked = call('ar', 'C: البطاقة رفضت في المحطة.', 'A: في المرة الأولى، هل عملت البطاقة عندما أعدت المحاولة؟');
    expect(tagsOf(asked, 1)).not.toContain('action');
  });

  it('keeps a restatement opened with «يعني» a paraphrase when the turn then asks something new', () => {
    const t = call(
      'ar',
      'C: السيارة واقفة عند الورشة من اسبوع، والتأمين ما رد علي لحد الحين',
      'A: يعني السيارة عند الورشة من اسبوع وانت تنتظر بدون أي خبر منهم. رفعت شكوى رسمية ولا بس اتصالات؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
  });

  it('takes the system as a rule («حسب النظام») for advice, not a restatement that mentions it', () => {
    const card = scoreTranscript(
      call(
        'ar',
        'C: رفعت صورة الرخصة خمس مرات والموقع يرفضها كل مرة بسبب الإضاءة',
        'A: أي أن النظام يرفض صورة الرخصة كل مرة بسبب الإضاءة، مع أنك رفعتها خمس مرات.',
        'C: طيب وش الحل؟',
        'A: حسب النظام لازم تكون الصورة بخلفية بيضاء.',
      ),
    );
    expect(card.metrics.adviceTurns).toBe(1);
    expect(card.turns[1].tags).toContain('paraphrase');
  });

  it('counts a new question after a summary checked with «صح؟» as a follow-up', () => {
    const t = call(
      'ar',
      'C: من أول أمس والراوتر يفصل كل ربع ساعة تقريباً',
      'A: يعني من يومين والنت يقطع ويرجع طول الوقت، صح؟ الأجهزة كلها تتأثر بنفس الشكل؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed', 'followup']));
  });

  it('counts a turn that advises («نصيحتي») as telling, not listening', () => {
    const card = scoreTranscript(call('ar', 'C: كل شهر القسط يتأخر عليّ', 'A: نصيحتي تغيّر تاريخ القسط لبعد الراتب.'));
    expect(card.metrics.adviceTurns).toBe(1);
  });

  it('counts naming the customer\'s feeling back to them as empathy', () => {
    const t = call('ar', 'C: الإيجار آخر الأسبوع والمبلغ لسه ما رجع', 'A: يعني أنت قلقان إن المبلغ ما يوصل قبل الإيجار.');
    expect(tagsOf(t, 1)).toContain('empathy');
  });

  it('takes a question that opens by quoting the customer («لما تقول…») as a paraphrase too', () => {
    const t = call('ar', 'C: من امبارح التطبيق كل ما اطلع منه يخرجني من الحساب', 'A: لما تقول التطبيق يخرجك من الحساب، كام مرة في اليوم بيحصل ده؟');
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'followup']));
  });

  it('takes the Egyptian honorific deed («عملت لحضرتك استرداد») and the Gulf «برسل لك … خلال عشر دقايق» for actions', () => {
    expect(tagsOf(call('ar', 'C: الكتب ما وصلتش', 'A: تمام، عملت لحضرتك استرداد للتلات كتب دلوقتي.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: الخط فاصل', 'A: ضفت لحضرتك اسبوع نت مجاني على الفاتورة الجاية.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: ولو مجوش؟', 'A: انا بنفسي هكلم حضرتك الساعة ٣.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: ابي غرفة للكرسي', 'A: برسل لك تأكيد الحجز على الواتساب خلال عشر دقايق.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: ابي غرفة للكرسي', 'A: برسل لك التفاصيل.'), 1)).not.toContain('action');
  });

  it('takes «وسأتصل بك … غداً» and MSA «فتحت الآن طلب» for actions, but not "you transferred" told back', () => {
    const ask = 'C: وهل يمكن إصلاح ذلك قبل الأربعاء؟';
    expect(tagsOf(call('ar', ask, 'A: وسأتصل بك بنفسي غداً الخميس قبل الساعة الثانية ظهراً.'), 1)).toContain('action');
    expect(tagsOf(call('ar', ask, 'A: نعم. فتحت الآن طلب تصحيح سجل برقم ٥٠٣٣١٨.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: حولت القروش لرقم غلط', 'A: يعني انت حولت مية وخمسين الف لرقم غلط.'), 1)).not.toContain('action');
  });

  it('takes «رجعتو دابا» (I returned it now) for an action, not a bare «رجعت» (I came back)', () => {
    expect(tagsOf(call('ar', 'C: خصمتو عليا جوج مرات', 'A: واخا، الاقتطاع التاني رجعتو دابا.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: خصمتو عليا جوج مرات', 'A: رجعت، سمح ليا، كنت كنشوف الحساب.'), 1)).not.toContain('action');
  });

  it('does not take «إيه» after a number (a model letter, 85A) for Egyptian "what"', () => {
    const t = call('ar', 'C: الحبر اللي وصل ما يركب على الماكينة', 'A: بالطلب مكتوب ٣٦ إيه، مو ٨٥ إيه', 'C: طيب', 'A: والماكينة نوعها إيه');
    expect(tagsOf(t, 1)).not.toContain('question:closed');
    expect(tagsOf(t, 3)).toContain('question:closed');
  });

  it('does not count returning the greeting («وعليكم السلام») as taking up the customer\'s words', () => {
    const t = call(
      'ar',
      'C: السلام عليكم. وصلتني رسالة بمخالفة وقوف قيمتها ثلاثمئة ريال على سيارتي، وأريد الاعتراض عليها.',
      'A: وعليكم السلام. نأسف لذلك. هل يمكن تزويدي برقم المخالفة؟',
    );
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
  });

  it('does not take routine asks («رقم الاعتراض؟», «هل من خدمة أخرى؟») for follow-ups', () => {
    const t = call('ar', 'C: رفعت اعتراض من اسبوع ورفضوه بدون سبب', 'A: زين، رقم الاعتراض؟', 'C: ٤٤٠٢١ والاعتراض مرفوض بدون سبب', 'A: هل من خدمة أخرى؟');
    expect(tagsOf(t, 1)).toContain('question:closed');
    expect(tagsOf(t, 1)).not.toContain('followup');
    expect(tagsOf(t, 3)).not.toContain('followup');
    const check = call('ar', 'C: البطاقة محجوزة من الفندق وأحتاجها لقسط المدرسة', 'A: للتحقق، هل يمكنك تزويدي بآخر أربعة أرقام من البطاقة وتاريخ ميلادك؟');
    expect(tagsOf(check, 1)).not.toContain('followup');
  });

  it('hears dialect feelings, and "of course you\'d be upset", «أفهم خوفك» and a get-well wish as empathy', () => {
    const feelings = [
      'C: والله تقلقت بزاف، الكارت ما خدامش',
      'C: اني ضايج، الطلبية غلط',
      'C: دايخة والله، ما ادري شسوي',
      'C: والله صدك قهرني الموضوع',
      'C: وأخشى أن يضيع الموعد',
      'C: بصراحة انا متوتر جداً من هذا الموضوع',
      'C: والله ضايق خلقي، البضاعة للحين بالميناء',
    ];
    for (const line of feelings) expect(scoreTranscript(call('ar', line, 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    const customer = 'C: والله متضايق، الحجز طلع غلط وابني تعب من السفر';
    for (const agent of ['A: أكيد تتضايق وانت مرتب كل شي.', 'A: أفهم خوفك على الحجز.', 'A: ألف سلامة على ابنك.', 'A: أعرف أن هذا محبط بعد كل هذا.', 'A: الله يساعدج.', 'A: حقك تنقهر.', 'A: وانا متأسف انو حصل ليك كدا.', 'A: أفهم تماماً قلقك.', 'A: افا، مفهوم انك متضايق.']) {
      expect(tagsOf(call('ar', customer, agent), 1)).toContain('empathy');
    }
    expect(tagsOf(call('ar', customer, 'A: أكيد، لحظة أشوف الحجز.'), 1)).not.toContain('empathy');
  });

  it('finds Egyptian questions without a question mark and tells open from closed', () => {
    const t = call('ar', 'A: أقدر أساعد حضرتك إزاي', 'C: النت فاصل من امبارح', 'A: رقم الخط الأرضي كام لو سمحتي');
    expect(tagsOf(t, 0)).toContain('question:open');
    expect(tagsOf(t, 2)).toContain('question:closed');
  });

  it('recognises a reflection opened with «إذن» and checked with «صحيح؟»', () => {
    const t = call(
      'ar',
      'C: بطاقتي رفضت اليوم في السوبرماركت رغم أن الرصيد موجود',
      'A: إذن بطاقتك رُفضت اليوم عند الدفع رغم أن الرصيد كافٍ، صحيح؟',
    );
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
  });

  it('tags empathy after anger and an action done now, with or without diacritics', () => {
    const t = call('ar', 'C: أنا غاضب جداً، هذه ثاني مرة', 'A: معك حق، أتفهّم انزعاجك. تمّ تحديث الرقم وأزلت الإيقاف عن البطاقة الآن.');
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['empathy', 'action']));
  });

  it('tags «نعم نعم» between two customer turns as a backchannel', () => {
    const t = call('ar', 'C: والمندوب أعطاني ورقة استلام،', 'A: نعم نعم.', 'C: مكتوب فيها رقم الشحنة.');
    expect(tagsOf(t, 1)).toEqual(['backchannel']);
  });

  it('does not take the agent\'s opening «بفرمایید» or «نعم» before the customer has spoken for a backchannel', () => {
    const fa = call('fa', 'A: بفرمایید', 'C: سلام، کارت بانکیم توی دستگاه موند.');
    expect(tagsOf(fa, 0)).not.toContain('backchannel');
    const ar = call('ar', 'A: نعم.', 'C: مرحبا، عندي مشكلة في الفاتورة.');
    expect(tagsOf(ar, 0)).not.toContain('backchannel');
  });

  it('hears Egyptian «ايه بالظبط» at the end as "what exactly"', () => {
    const t = call('ar', 'C: اتصل بيا واحد وقال اني كسبت عربية', 'A: وبعدين طلب منك ايه بالظبط');
    expect(isQuestion(tagsOf(t, 1))).toBe(true);
  });

  it('keeps "how" and "why" open after a datum is named, and hears the formal «چه خدمتی…» and «برای چی»', () => {
    const how = call('fa', 'C: سامانه همش میگه مدارک ناقصه.', 'A: برای اثبات سکونت، آدرس رو چطوری ثبت کردید؟');
    expect(tagsOf(how, 1)).toContain('question:open');
    const service = call('fa', 'A: سلام، دفتر خدمات شهری، نوری هستم. چه خدمتی از دست من برمیاد؟', 'C: سلام، درباره‌ی قبض آب زنگ زدم.');
    expect(tagsOf(service, 0)).toContain('question:open');
    const why = call('fa', 'C: دیروز کارت رو باطل کردم ولی الان پشیمونم.', 'A: متوجهم. اون موقع برای چی باطلش کردید؟');
    expect(tagsOf(why, 1)).toContain('question:open');
  });

  it('takes «… رو بی زحمت بگید» and a bare «اسم و آدرس» as routine asks', () => {
    const invoice = call('fa', 'C: گوشیم بعد از تعمیر باز خراب شده.', 'A: شماره فاکتور رو بی زحمت بگید.');
    expect(tagsOf(invoice, 1)).toContain('question:closed');
    expect(tagsOf(invoice, 1)).not.toContain('followup');
    const address = call('fa', 'C: آره همون سفارش دیروز', 'A: اسم و آدرس');
    expect(tagsOf(address, 1)).toContain('question:closed');
  });

  it('takes Egyptian «وقفت الكارت دلوقتي» as an action done now', () => {
    const t = call('ar', 'C: في حد سحب من الكارت بتاعي فلوس وانا معملتش حاجة', 'A: انا وقفت الكارت دلوقتي حالا ومحدش هيقدر يسحب منه تاني.');
    expect(tagsOf(t, 1)).toContain('action');
  });

  it('takes a question word after not knowing («مش عارف هي فين», «نمیدونم کجاست») and «ولا داعي» for statements', () => {
    const q = (lang: 'ar' | 'fa', line: string) => isQuestion(tagsOf(call(lang, 'C: الشنطة لسه ما وصلتش', line), 1));
    expect(q('ar', 'A: أكيد ده يقلق إن الشنطة في مطار مش عارف هي فين')).toBe(false);
    expect(q('ar', 'A: حقك، ولا داعي تقلقي؛ الشنطة بتوصل مع أول رحلة')).toBe(false);
    expect(q('fa', 'A: میدونم سخته که نمیدونید بسته کجاست')).toBe(false);
    // Asked, the same words still ask.
    expect(q('ar', 'A: الشنطة دي فين دلوقتي')).toBe(true);
    expect(q('ar', 'A: تحبي نبعتها البيت ولا الشغل')).toBe(true);
  });

  it('takes an Arabic "number of …" asked with a request marker as a routine closed question, never a follow-up', () => {
    for (const line of ['A: طيب رقم عقد الإيجار لو سمحت', 'A: عطيني رقم التتبع عافاك']) {
      const tags = tagsOf(call('ar', 'C: عندي مشكلة بالدفعة الشهرية، القسط ما تغير', line), 1);
      expect(tags).toContain('question:closed');
      expect(tags).not.toContain('followup');
    }
    // Telling the customer which number to call asks nothing.
    expect(isQuestion(tagsOf(call('ar', 'C: طيب', 'A: اتصل على رقم خدمة العملاء لو سمحت'), 1))).toBe(false);
  });

  it('hears «امرتون؟», «امر دیگه ای هست» and formal «چه گفته‌اند» as questions, and «چراغ» is not «چرا»', () => {
    expect(tagsOf(call('fa', 'A: فروشگاه آوا، رضایی هستم، امرتون؟', 'C: سلام، سفارشم نرسیده.'), 0)).toContain('question:open');
    expect(tagsOf(call('fa', 'C: نه، ممنون.', 'A: امر دیگه ای هست'), 1)).toContain('question:closed');
    expect(tagsOf(call('fa', 'C: دو بار به دفتر اطلاع دادم.', 'A: دفتر در پاسخ به شما چه گفته‌اند؟'), 1)).toContain('question:open');
    expect(tagsOf(call('fa', 'C: کولر صدا میده.', 'A: این چند روز صدای خاصی میده یا چراغ قرمزش روشنه؟'), 1)).toContain('question:closed');
  });

  it('hears Arabic feeling stupid and «قهر», names the worry back («ده مقلق», «ربنا يطمنك»), and a booking done with its object («حجزتها»)', () => {
    expect(scoreTranscript(call('ar', 'C: أشعر بغباء شديد وبقهر، هذه مدخراتي', 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    expect(scoreTranscript(call('ar', 'C: راسلتكم ثلاث مرات دون رد، وأنا محبط جداً.', 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    const worried = 'C: الدوا اللي معايا يكفي لبكرة بس وانا قلقان';
    expect(tagsOf(call('ar', worried, 'A: ربنا يطمنك، أكيد ده مقلق إن الدوا في شنطة تايهة'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', worried, 'A: انا حجزتها دلوقتي على رحلة ٣٠٤ اللي بتوصل الساعة ٤ العصر'), 1)).toContain('action');
  });

  it('does not take what usually happens («معمولا … ظرف ۷۲ ساعت») for a commitment', () => {
    const t = call('fa', 'C: کی میان؟', 'A: معمولا تیم فنی ظرف بیست و چهار تا هفتاد و دو ساعت مراجعه میکنه');
    expect(tagsOf(t, 1)).not.toContain('action');
  });

  it('reads Gulf and Sudanese turns after validation-15: «ولا تنسى» is no question, «بلغت» and «يكون جاهز … الساعة ٤» commit, «حقك تتوتر» and «اسمحلي على» acknowledge, «زعلت» is a feeling', () => {
    const ring = 'C: الخاتم مب معاي وانا متوتر وايد';
    const ready = tagsOf(call('ar', ring, 'A: تمام الحين بلغت الامن ويكون الخاتم جاهز لك عند الاستقبال من الساعة 4 ولا تنسى الهوية'), 1);
    expect(ready).toContain('action');
    expect(isQuestion(ready)).toBe(false);
    expect(tagsOf(call('ar', ring, 'A: خاتم الوالدة ما يتعوض وحقك تتوتر'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: دقيت امس وما حد رد علي', 'A: اسمحلي على هالتقصير منا'), 1)).toContain('empathy');
    expect(scoreTranscript(call('ar', 'C: الولد قعد جعان لحدي الضهر، والله زعلت بالحيل', 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    // An ID number asked with a possessive ending («رقم هويتك») is routine, never a follow-up.
    const id = tagsOf(call('ar', 'C: رقم الشريحة هو الرقم المكتوب على الشهادة', 'A: وما رقم هويتك الوطنية؟'), 1);
    expect(id).toContain('question:closed');
    expect(id).not.toContain('followup');
  });

  it('reads Dari «تشویش دارم» as worry, and formal «آماده خواهد بود» with a date and «براتون رفت» as actions', () => {
    expect(scoreTranscript(call('fa', 'C: هوا بسیار سرد است، من خیلی تشویش دارم', 'A: بله.')).turns[0].negativeEmotion).toBe(true);
    expect(tagsOf(call('fa', 'C: نامه کی آماده است؟', 'A: نامه تا روز چهارشنبه ساعت ۱۲ در همین دفتر آماده خواهد بود.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: نسخه‌ی چاپی را کی بگیرم؟', 'A: نسخه‌ی چاپی از ساعت ۱۶ روز دوشنبه در دفتر آماده‌ی تحویل خواهد بود.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: پنجشنبه ساعت ده مطمئنید', 'A: بله پیامک تاییدش همین الان براتون رفت'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: یعنی تا سه روز دیگه برمیگرده؟', 'A: بله کد پیگیری همین الان براتون پیامک شد'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: وشو عن أكلها؟', 'A: حكيت مع الممرضة، رح تتصل فيكي اليوم الساعة ٧ المسا'), 1)).toContain('action');
  });

  it('reads Tunisian and Gulf turns after validation-16: «شنوة», «كيفو كيف» (just like), «اسمعني» is no name, «نومرو», «رقم الأوردر.», «حولته» and «بيتصل لكم الساعة…»', () => {
    const asks = (line: string) => tagsOf(call('ar', 'C: الكونكسيون مقطوعة من الصباح', line), 1);
    expect(asks('A: نجمة موبايل معاك سيرين شنوة نجم نعاونك')).toContain('question:open');
    expect(isQuestion(asks('A: اسمعني هذا السيستام كيفو كيف الناس الكل'))).toBe(false);
    expect(asks('A: عطيني نومرو الخط متاعك')).toContain('question:closed');
    expect(asks('A: رقم الأوردر.')).toContain('question:closed');
    expect(asks('A: الحين حولته على غرفة ٣٠٩ والموظف بيتصل لكم الساعة ٤:٤٥')).toContain('action');
  });

  it('names being let down («ناامیدتون کرده») as empathy', () => {
    expect(tagsOf(call('fa', 'C: این قیمت خیلی بالاست، اصلا انتظارش رو نداشتم', 'A: متوجهم که این رقم ناامیدتون کرده'), 1)).toContain('empathy');
  });

  it('does not take an answer that reuses the words of the customer\'s question for a paraphrase', () => {
    const t = call('fa', 'C: برای انتقال بین سبدها چی کار باید بکنم؟', 'A: برای انتقال بین سبدها باید درخواست تغییر سبد رو توی سامانه ثبت کنید.');
    expect(tagsOf(t, 1)).not.toContain('paraphrase');
    // Said back as a statement of what they want, the same words still restate.
    const back = call('fa', 'C: من میخوام پولم از سبد سهامی به سبد ثابت منتقل بشه.', 'A: یعنی میخواید پولتون از سبد سهامی به سبد ثابت منتقل بشه.');
    expect(tagsOf(back, 1)).toContain('paraphrase');
  });

  it('reads «أي أنك … أليس كذلك؟» as a checked reflection (not "which"), while «أي خدمة…؟» still asks', () => {
    const t = call('ar', 'C: دفعت الرسوم ثم سحبت الطلب قبل المقابلة وما زلت أنتظر', 'A: أي أنك سحبت الطلب قبل المقابلة ولم تسترد الرسوم بعد، أليس كذلك؟');
    expect(tagsOf(t, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(t, 1)).not.toContain('followup');
    expect(isQuestion(tagsOf(call('ar', 'C: نعم', 'A: أي خدمة تحتاج اليوم؟'), 1))).toBe(true);
  });

  it('reads Iraqi, Kuwaiti and Egyptian deeds and asks after validation-17', () => {
    const c = 'C: الطفل يكح من البارحة';
    expect(tagsOf(call('ar', c, 'A: زين انطيني اسم الطفل الثلاثي وتاريخ ميلاده'), 1)).toContain('question:closed');
    expect(tagsOf(call('ar', c, 'A: زين، عطني رقمك المدني لو سمحت.'), 1)).toContain('question:closed');
    expect(tagsOf(call('ar', c, 'A: هسه حجزتله موعد ويا الدكتورة اليوم الساعة ٤ العصر'), 1)).toContain('action');
    expect(tagsOf(call('ar', c, 'A: الباقة ضفتها الحين على الخط'), 1)).toContain('action');
    expect(tagsOf(call('ar', c, 'A: انا لسه باعت الطلب لمندوب تاني وهيكون عندك قبل الساعة ١٢'), 1)).toContain('action');
  });

  it('does not take testing the line («تست کردم») for a deed, but holding a slot («نوبت نگه داشتم») is one', () => {
    expect(tagsOf(call('fa', 'C: ۴۴۸۱۰۲۷۳', 'A: ممنون. خط رو از اینجا تست کردم، سمت مرکز مشکلی نیست.'), 1)).not.toContain('action');
    expect(tagsOf(call('fa', 'C: پونصد لیتریه', 'A: براشون هم فردا ساعت ۹:۳۰ یه نوبت نگه داشتم.'), 1)).toContain('action');
  });

  it('hears Persian slang disappointment («اصلا حال نکردم») and Maghrebi «فاهم القلق ديالك» as empathy', () => {
    expect(scoreTranscript(call('fa', 'C: کتونی رسیده کاملا فیکه، اصلا حال نکردم', 'A: بله.')).turns[0].negativeEmotion).toBe(true);
    expect(scoreTranscript(call('fa', 'C: سلام آقا، این چه وضعشه؟ شهریه رو یه جا دادم، الان میگن بدهکارم!', 'A: بله.')).turns[0].negativeEmotion).toBe(true);
    expect(tagsOf(call('ar', 'C: ارسلت الصور', 'A: وصلت الصور والحين وقفت الخصم والتامين بيرجع لحسابك يوم الاحد'), 1)).toContain('action');
    const t = call('ar', 'C: قالو ليا ما كاينش الرجوع ديال الفلوس وأنا مقلقة بزاف', 'A: الله يكون فالعون، فاهمة مزيان القلق ديالك');
    expect(tagsOf(t, 1)).toContain('empathy');
  });

  it('reads «خلني أتأكد، … ؟» and «گفتید …» as restating the customer', () => {
    const check = call('ar', 'C: الإيميل فيه الحجز من ١٢ إلى ١٩، والبوابة ما تفتح لي', 'A: خلني أتأكد، الإيميل مكتوب فيه الحجز إلى ١٩، والبوابة ما فتحت لك؟');
    expect(tagsOf(check, 1)).toEqual(expect.arrayContaining(['paraphrase', 'question:closed']));
    expect(tagsOf(check, 1)).not.toContain('followup');
    const said = call('fa', 'C: دو ماه پول جمع کردم که این کفش رو بخرم.', 'A: ممنون. گفتید دو ماه پول جمع کرده بودید. از کدوم فروشنده خریدید؟');
    expect(tagsOf(said, 1)).toEqual(expect.arrayContaining(['paraphrase', 'followup']));
  });

  it('reads «اي والله» as "yes" and «لا حول ولا قوة» as no "or", hears "anything else" anywhere unpunctuated, and «الرقم السري» as a datum', () => {
    const q = (lang: 'ar' | 'fa', line: string) => tagsOf(call(lang, 'C: وصلتني رسالة يگولون الصندوق ينطوه لغيرك', line), 1);
    expect(isQuestion(q('ar', 'A: اي والله حقك تقلق، هذا مو شي ينقبل'))).toBe(false);
    expect(isQuestion(q('ar', 'A: لا حول ولا قوة إلا بالله، ثلاث مرات بالليل، ده شيء متعب'))).toBe(false);
    expect(q('ar', 'A: ما راح يصير شي لا تشيل هم اكو شي ثاني')).toContain('question:closed');
    expect(q('ar', 'A: ما راح يصير شي لا تشيل هم اكو شي ثاني')).not.toContain('followup');
    expect(q('ar', 'A: والرقم السري مال الصندوق')).toContain('question:closed');
    expect(q('fa', 'A: خواهش میکنم چیز دیگه ای هست که بتونم کمکتون کنم')).toContain('question:closed');
    expect(q('ar', 'A: أي فرع تفضل؟')).toContain('question:closed');
  });

  it('reads Maghrebi «نقول ليه» as "tell him", not "why", and «رقم بطاقة …» as a routine ask', () => {
    expect(isQuestion(tagsOf(call('ar', 'C: امتى غادي يكون واجد', 'A: غادي نقول ليه ويعيط ليك من بعد'), 1))).toBe(false);
    expect(isQuestion(tagsOf(call('ar', 'C: ما وصلني حتى كود', 'A: ليه ما وصلك الكود؟'), 1))).toBe(true);
    const card = tagsOf(call('ar', 'C: الكتاب ما يفتح والاختبار يوم الأحد، أنا محبطة', 'A: هل يمكنك تزويدي برقم بطاقة المكتبة؟'), 1);
    expect(card).toContain('question:closed');
    expect(card).not.toContain('followup');
  });

  it('reads validation-21\'s Levantine, Egyptian and formal Persian turns: «شو الإيميل…؟» asks one fact, «هيغيرلكم … خلال نص ساعة» commits, «پوزش می‌خواهم» apologises', () => {
    const email = tagsOf(call('ar', 'C: عندي مقابلة شغل الاثنين وأنا كتير متوترة', 'A: طيب، شو الإيميل يلي مسجلة فيه؟'), 1);
    expect(email).toContain('question:closed');
    expect(tagsOf(call('ar', 'C: الدوشة من الشباك', 'A: كلمت المدير، وهيغيرلكم الأوضة خلال نص ساعة.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: والسعر كم تقريبا', 'A: وبارسل لك العرض مكتوب على الواتساب يوم الاثنين قبل الساعة ١٢'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: وهل سيحاسب الموظف؟', 'A: ستتصل بك مديرة الفرع غداً قبل الساعة 12 ظهراً.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: خیلی نگران بودم.', 'A: بابت این دردسر پوزش می‌خواهم.'), 1)).toContain('empathy');
  });

  it('reads validation-23\'s asks and deeds: «موضوع را بفرمایید» invites, «کد عضویتتون رو بگید» and Iraqi «انطيني رقم …» ask a datum, «ذلحين» is now, «سجلت ملاحظتك» commits to nothing', () => {
    expect(tagsOf(call('fa', 'A: بخش پشتیبانی، در خدمتم. لطفاً موضوع را بفرمایید.', 'C: سلام، قبضم دو برابر اومده.'), 0)).toContain('question:open');
    expect(tagsOf(call('fa', 'C: من سه ماهه دارم پول میدم.', 'A: کد عضویتتون رو بگید لطفاً.'), 1)).toContain('question:closed');
    expect(tagsOf(call('ar', 'C: الماي مقطوع من الصبح.', 'A: انطيني رقم الفاتورة مالتك.'), 1)).toContain('question:closed');
    expect(tagsOf(call('ar', 'C: ما وصلني الرابط.', 'A: برسل لك ذلحين الرابط على الجوال.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: والغرفة مو جاهزة.', 'A: بيعطونكم غرفة ثانية الليلة الساعة ٩.'), 1)).toContain('action');
    const noted = scoreTranscript(call('ar', 'C: متى ترجع الكهرباء؟', 'A: سجلت ملاحظتك.')).turns[1];
    expect(noted.tags).not.toContain('action');
    expect(noted.uncertain).toContain('action');
    expect(tagsOf(call('ar', 'C: متى ترجع الكهرباء؟', 'A: سجلت البلاغ وبيوصلك الفني بكرة الصبح.'), 1)).toContain('action');
  });

  it('reads validation-24\'s turns: «کد اشتراکتونو بفرمایید» asks a datum, «امر خود را بفرمایید» invites, «براتون ارسال شد» is done; condolences, «بعتذر منك» and «حقك تكون زعلان» acknowledge; grief and Algerian «زعفان» are feelings; «سيصدر … خلال» promises', () => {
    expect(tagsOf(call('fa', 'C: اینترنتم از دیروز قطعه', 'A: کد اشتراکتونو بفرمایید'), 1)).toContain('question:closed');
    expect(tagsOf(call('fa', 'A: سلام، واحد پاسخگویی هستم. لطفاً امر خود را بفرمایید.', 'C: سلام، درباره‌ی قبضم زنگ زدم.'), 0)).toContain('question:open');
    expect(tagsOf(call('fa', 'C: لینک پرداخت نیومده', 'A: همین الان لینک براتون ارسال شد'), 1)).toContain('action');
    expect(scoreTranscript(call('fa', 'C: پدرم ماه پیش فوت کرد و قبض هنوز به اسمشه', 'A: بررسی می‌کنم.')).turns[0].negativeEmotion).toBe(true);
    const grief = 'C: توفى أبونا الشهر الماضي، والحزن لسا بالبيت، وهلق الفاتورة باسمه.';
    expect(scoreTranscript(call('ar', grief, 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    expect(scoreTranscript(call('ar', 'C: الفاتورة غالية بزاف، راني زعفان.', 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    expect(tagsOf(call('ar', grief, 'A: الله يرحمه، وعظم الله أجركم.'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: قالولي العربون راح وأنا زعلان كتير.', 'A: بعتذر منك، هاد غلط منا.'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: قالولي العربون راح وأنا زعلان كتير.', 'A: حقك تكون زعلان، رح شوف الموضوع.'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: متى أعرف النتيجة؟', 'A: سيصدر القرار خلال ثلاثة أيام عمل.'), 1)).toContain('action');
  });

  it('reads validation-25\'s deeds: Levantine «زدتلك», Tunisian «نبعثلك … قبل», a formal officer «… تا فردا ساعت ۱۴ … اعمال می‌کند»', () => {
    expect(tagsOf(call('ar', 'C: الحليب ما وصل.', 'A: زدتلك الحليب ببوكس الخميس مجاناً.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: ننسى ديما القسط.', 'A: نبعثلك تذكير يومين قبل كل قسط.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: قسط این ماه چی میشه؟', 'A: کارشناس وام تا فردا ساعت ۱۰ تعویق را اعمال می‌کند.'), 1)).toContain('action');
  });

  it('reads validation-27\'s turns: «شماره پیگیری … رو بگید» and Darija «عطيني le numéro…» ask a datum, but «اگه … کد پیگیری رو بگید» instructs; «رزرو کرده‌ام», «تعمیرکار فردا … میاد» and «ببعته … قبل الساعة ٨» commit; «حقك تضوج» acknowledges', () => {
    expect(tagsOf(call('fa', 'C: حواله‌ام هنوز نرسیده.', 'A: شماره پیگیری حواله رو بگید.'), 1)).toContain('question:closed');
    expect(isQuestion(tagsOf(call('fa', 'C: باشه ممنون.', 'A: اگه دوباره قطع شد، زنگ بزنید و کد پیگیری رو بگید.'), 1))).toBe(false);
    expect(tagsOf(call('ar', 'C: الفيبر ما جاش.', 'A: واخا، عطيني le numéro de contrat عافاك.'), 1)).toContain('question:closed');
    expect(tagsOf(call('fa', 'C: کی میاید بازدید؟', 'A: وقت بازدید را برای فردا ساعت ۱۰ رزرو کرده‌ام.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: ماشین لباسشویی آب میده', 'A: تعمیرکار فردا صبح ساعت نه با قطعه نو میاد'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: النتيجة ما وصلت.', 'A: ببعته للدكتور قبل الساعة ٨ الصبح.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: القلاية جت مكسورة وأني مضوج.', 'A: حقك تضوج والله.'), 1)).toContain('empathy');
  });

  it('reads validation-26\'s turns: «ممكن يكون…» ("it may be") asks nothing, «ممكن تعطيني…» does; «کی میاد» asks "when" but «هر کی» does not; Gulf fear and shock are feelings; «حقك تتروع» acknowledges; «حطيت لك … الحين», «پیامک … براتون میاد» commit', () => {
    expect(isQuestion(tagsOf(call('ar', 'C: الفاتورة غلط.', 'A: ممكن يكون في تسريب بعد العداد'), 1))).toBe(false);
    expect(tagsOf(call('ar', 'C: الفاتورة غلط.', 'A: ممكن تعطيني رقم العداد'), 1)).toContain('question:closed');
    expect(isQuestion(tagsOf(call('fa', 'C: یه صدای بدی میده', 'A: این صدا معمولا کی میاد'), 1))).toBe(true);
    expect(isQuestion(tagsOf(call('fa', 'C: باشه', 'A: هر کی زنگ زد بهش بگید'), 1))).toBe(false);
    for (const line of ['C: والله اني متروع، هذا راتبي كله', 'C: والله انصدمت، من وين بدي اجيبهم؟']) {
      expect(scoreTranscript(call('ar', line, 'A: لحظة.')).turns[0].negativeEmotion).toBe(true);
    }
    expect(tagsOf(call('ar', 'C: والله اني متروع.', 'A: حقك تتروع، الموقف يخوف.'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: متى ترجع الفلوس؟', 'A: حطيت لك المبلغ في حسابك الحين.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: کی خبر میدید؟', 'A: یه پیامک تا ده دقیقه دیگه براتون میاد.'), 1)).toContain('action');
  });

  it('reads validation-29\'s turns: formal «لقد قمت الآن بإلغاء…» is done; «درکتون می‌کنم … تا جمعه» understands, it does not commit; «براتون ثبت می‌کنم» without a time is no deed; «کد رهگیری رو … پیامک کردم» gives the datum, it does not ask; «نگران کننده» acknowledges', () => {
    expect(tagsOf(call('ar', 'C: هذا غير معقول.', 'A: لقد قمت الآن بإلغاء الاشتراكات الثلاثة.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: سفارش عروسی دارم که تا جمعه باید آماده بشه، خیلی پریشونم.', 'A: واقعاً درکتون می‌کنم، با سفارش عروسی تا جمعه حق دارید.'), 1)).not.toContain('action');
    expect(tagsOf(call('fa', 'C: الان تکلیف من چیه؟', 'A: من یه پیگیری براتون ثبت می‌کنم، همکارامون تماس می‌گیرن.'), 1)).not.toContain('action');
    const texted = tagsOf(call('fa', 'C: دستتون درد نکنه', 'A: کد رهگیری پیک رو هم الان براتون پیامک کردم'), 1);
    expect(texted).toContain('action');
    expect(isQuestion(texted)).toBe(false);
    expect(tagsOf(call('fa', 'C: فقط تا فردا انسولین داره، واقعا نگرانم', 'A: وای ببخشید، خیلی نگران کننده‌ست.'), 1)).toContain('empathy');
  });

  it('reads validation-28\'s turns: a promise offered as a question («أرسل لك الرابط الحين؟») is no commitment yet; «مقدّرة» ("estimated") is no «مقدر» ("I appreciate"); «برداشتم» is done; «تا یه ربع دیگه» is a time', () => {
    expect(tagsOf(call('ar', 'C: الأحد الساعة عشر زين.', 'A: وإذا تبا تحول الحساب على اسمك، أرسل لك الرابط على الواتساب الحين؟'), 1)).not.toContain('action');
    expect(tagsOf(call('ar', 'C: مكتوب تقديرية.', 'A: اذن القراءة مقدّرة مو فعلية، وهذا اللي رفع الرقم.'), 1)).not.toContain('empathy');
    expect(tagsOf(call('ar', 'C: أنا زعلان من الفاتورة.', 'A: أنا مقدر شعورك.'), 1)).toContain('empathy');
    expect(tagsOf(call('fa', 'C: حالا چه کنم؟', 'A: الان مسدودی کارت رو برداشتم.'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: پیامکی میاد؟', 'A: آره، تا یه ربع دیگه پیامک تأییدش براتون میاد.'), 1)).toContain('action');
  });

  it('reads Damascene «بتصل فيكي بكرا الساعة ٩» (to a woman) as a promise with a time', () => {
    expect(tagsOf(call('ar', 'C: اكيد هالمرة؟', 'A: اكيد، وبتصل فيكي بكرا الساعة ٩ الصبح.'), 1)).toContain('action');
  });

  it('hears Persian exasperation and sarcasm («ای بابا», «عجب خدماتی!») as a negative feeling', () => {
    for (const line of ['C: ای بابا، چه راحت! دکمه‌اش کار نمی‌کنه.', 'C: دستتون درد نکنه واقعاً! وسط زمستون. عجب خدماتی!']) {
      expect(scoreTranscript(call('fa', line, 'A: بررسی می‌کنم.')).turns[0].negativeEmotion).toBe(true);
    }
  });

  it('reads validation-32\'s turns: a bare «ممكن،» ("maybe") asks nothing; «ببینیم چه…» ("let\'s see what…") embeds its question; Gulf «بطرش لج … خلال خمس دقايق» and formal «… تا ده دقیقه‌ی دیگر ارسال می‌شود» commit; «حقج تزعلين», «بعتذر إنك…» acknowledge', () => {
    expect(isQuestion(tagsOf(call('ar', 'C: طب ينفع أبعت حد؟', 'A: ممكن، هنشوف'), 1))).toBe(false);
    expect(isQuestion(tagsOf(call('fa', 'C: شاید نصفش کافی باشه', 'A: باشه یه بررسی میکنیم ببینیم چه گزینه هایی هست'), 1))).toBe(false);
    expect(tagsOf(call('ar', 'C: منو المشرفة؟', 'A: بطرش لج رقمها برسالة خلال خمس دقايق'), 1)).toContain('action');
    expect(tagsOf(call('fa', 'C: کد رهگیری چی؟', 'A: پیامک کد رهگیری تا ده دقیقه‌ی دیگر برایتان ارسال می‌شود.'), 1)).toContain('action');
    expect(tagsOf(call('ar', 'C: ثالث مرة، والله تعبت.', 'A: حقج تزعلين، هذا وايد.'), 1)).toContain('empathy');
    expect(tagsOf(call('ar', 'C: صار إلي أسبوعين، زهقت.', 'A: بعتذر إنك تعبت كل هالوقت.'), 1)).toContain('empathy');
  });

  it('does not take «سنحاول» for a concrete action', () => {
    const t = call('ar', 'C: هل تضعونني على قائمة الانتظار؟', 'A: سنحاول التواصل معك إذا توفر شيء.');
    expect(tagsOf(t, 1)).not.toContain('action');
  });
});

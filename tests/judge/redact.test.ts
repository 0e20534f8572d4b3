import { describe, expect, it } from 'vitest';
import { redact } from '../../server/privacy/redact.ts';

const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const digitSystems = [['ASCII', (s: string) => s], ['Persian', persian], ['Arabic-Indic', arabicIndic]] as const;

describe('redaction of personal data before it leaves the machine', () => {
  describe.each(digitSystems)('with %s digits', (_name, digits) => {
    it('English: card, phone, email and SSN', () => {
      const text = `My card is ${digits('4111 1111 1111 1111')}, call me on ${digits('+1 (555) 123-4567')} or mail john.doe@example.com; SSN ${digits('123-45-6789')}.`;
      expect(redact(text)).toBe('My card is [CARD], call me on [PHONE] or mail [EMAIL]; SSN [ID].');
    });

    it('Persian: card, Iranian mobile, landline, email and کد ملی amid Persian words', () => {
      const text = `شماره کارتم ${digits('6037-9975-1234-5670')} است، موبایلم ${digits('0912 345 6789')} و تلفن ثابت ${digits('021-88776655')}، ایمیلم ali.rezaei@mail.ir و کد ملی ${digits('0073456128')}`;
      expect(redact(text)).toBe('شماره کارتم [CARD] است، موبایلم [PHONE] و تلفن ثابت [PHONE]، ایمیلم [EMAIL] و کد ملی [ID]');
    });

    it('Arabic: card, Saudi/Emirati/Egyptian phones, email, Saudi and Emirati IDs amid Arabic words', () => {
      const text = `رقم البطاقة ${digits('6274123456789011')} وجوالي ${digits('0501234567')} أو ${digits('+971 50 123 4567')} وفي مصر ${digits('01012345678')}، بريدي omar@example.sa ورقم الهوية ${digits('1045678917')} والهوية الإماراتية ${digits('784-1990-1234567-6')}`;
      expect(redact(text)).toBe('رقم البطاقة [CARD] وجوالي [PHONE] أو [PHONE] وفي مصر [PHONE]، بريدي [EMAIL] ورقم الهوية [ID] والهوية الإماراتية [ID]');
    });
  });

  it('numbers glued to Persian and Arabic words are still found', () => {
    expect(redact(`موبایلم${persian('09123456789')}است`)).toBe('موبایلم[PHONE]است');
    expect(redact(`رقمي${arabicIndic('0501234567')}شكرا`)).toBe('رقمي[PHONE]شكرا');
  });

  it('a 10-digit national code is recognised by its check digit even without a cue word', () => {
    expect(redact('my code 1234567891 ok')).toBe('my code [ID] ok');
    expect(redact('my code 1234567890 ok')).toBe('my code 1234567890 ok');
  });

  it('leaves order numbers, dates, times, amounts and Luhn-invalid long numbers alone', () => {
    const text = 'Order 55102 on 2026-11-02 at 14:30 cost 1,200,000 rials; ref 4111 1111 1111 1112.';
    expect(redact(text)).toBe(text);
    const fa = `سفارش ${persian('55102')} مورخ ${persian('1405/08/12')} مبلغ ${persian('1200000')} تومان`;
    expect(redact(fa)).toBe(fa);
  });

  it('splits a run of numbers written one after another', () => {
    expect(redact('numbers 0912 345 6789 021 88776655')).toBe('numbers [PHONE] [PHONE]');
  });

  it('redacts only the kinds asked for', () => {
    const text = 'card 4111111111111111, phone 09123456789, mail a@b.co, SSN 123-45-6789';
    expect(redact(text, { card: true, phone: false, email: false, id: false })).toBe('card [CARD], phone 09123456789, mail a@b.co, SSN 123-45-6789');
    expect(redact(text, { phone: false })).toBe('card [CARD], phone 09123456789, mail [EMAIL], SSN [ID]');
    expect(redact(text, false)).toBe(text);
  });
});

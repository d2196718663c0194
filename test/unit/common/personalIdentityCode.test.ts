import { describe, expect, it } from 'vitest';
import {
  findIdentityCodesInText,
  findPersonalData,
  isPersonalIdentityCode,
  maskIdentityCode,
} from '../../../shared/domain/common/personalIdentityCode';
import { identityCode } from '../support/procurements';

// Format DDMMYYCZZZQ, laki väestötietojärjestelmästä 661/2009 11 §; century signs extended
// on 1.1.2023 (Digital and Population Data Services Agency). The test helper computes the
// check character from the rule (DDMMYYZZZ mod 31 → 0123456789ABCDEFHJKLMNPRSTUVWXY).
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const SIGNS_1800 = ['+'];
const SIGNS_1900 = ['-', 'Y', 'X', 'W', 'V', 'U'];
const SIGNS_2000 = ['A', 'B', 'C', 'D', 'E', 'F'];

describe('henkilötunnus check character (laki 661/2009 11 §)', () => {
  it('computes the published example 131052-308T from DDMMYYZZZ mod 31', () => {
    expect(identityCode('131052', '-', '308')).toBe('131052-308T');
    expect(isPersonalIdentityCode('131052-308T')).toBe(true);
  });

  it('refuses the example with any other check character', () => {
    for (const wrong of CHECK_CHARS.replace('T', '')) {
      expect(isPersonalIdentityCode(`131052-308${wrong}`), wrong).toBe(false);
    }
  });

  it('refuses letters that are never check characters (G, I, O, Q, Z)', () => {
    for (const letter of 'GIOQZ') {
      expect(isPersonalIdentityCode(`131052-308${letter}`)).toBe(false);
    }
  });

  it('accepts codes whose check value is a digit, a letter and the last letter Y', () => {
    // 010100 + ZZZ: find individual numbers giving remainders 0, 10 and 30.
    const byRemainder = new Map<number, string>();
    for (let n = 2; n < 900; n++) {
      const individual = String(n).padStart(3, '0');
      byRemainder.set(Number(`010190${individual}`) % 31, individual);
    }
    for (const remainder of [0, 10, 30]) {
      const code = identityCode('010190', '-', byRemainder.get(remainder) ?? '');
      expect(code.at(-1)).toBe(CHECK_CHARS[remainder]);
      expect(isPersonalIdentityCode(code), code).toBe(true);
    }
  });
});

describe('henkilötunnus century signs (laki 661/2009 11 §, 2023 reform)', () => {
  it.each([...SIGNS_1800, ...SIGNS_1900, ...SIGNS_2000])(
    'accepts a valid code with century sign %s',
    (sign) => {
      expect(isPersonalIdentityCode(identityCode('010203', sign, '123'))).toBe(true);
    },
  );

  it('reads 29.2.00 as a leap day only in the 2000s (A–F), not in 1800 (+) or 1900 (-, Y–U)', () => {
    for (const sign of SIGNS_2000) {
      expect(isPersonalIdentityCode(identityCode('290200', sign, '123')), sign).toBe(true);
    }
    for (const sign of [...SIGNS_1800, ...SIGNS_1900]) {
      expect(isPersonalIdentityCode(identityCode('290200', sign, '123')), sign).toBe(false);
    }
  });

  it('accepts 29.2.04 in every century (1804, 1904 and 2004 are leap years)', () => {
    for (const sign of [...SIGNS_1800, ...SIGNS_1900, ...SIGNS_2000]) {
      expect(isPersonalIdentityCode(identityCode('290204', sign, '456')), sign).toBe(true);
    }
  });

  it('refuses a code with a letter that is not a century sign', () => {
    for (const sign of ['G', 'T', 'Z', '*', '/', ' ']) {
      expect(isPersonalIdentityCode(identityCode('131052', sign, '308')), sign).toBe(false);
    }
  });
});

describe('henkilötunnus birth date', () => {
  it.each([
    ['310299', '31 February'],
    ['300252', '30 February'],
    ['290201', '29 February in a common year'],
    ['000152', 'day 0'],
    ['320152', 'day 32'],
    ['010052', 'month 0'],
    ['011352', 'month 13'],
    ['310452', '31 April'],
  ])('refuses %s (%s) even with a correct check character', (ddmmyy) => {
    expect(isPersonalIdentityCode(identityCode(ddmmyy, 'A', '123'))).toBe(false);
    expect(isPersonalIdentityCode(identityCode(ddmmyy, '-', '123'))).toBe(false);
  });

  it('flags temporary identity codes (individual numbers 900–999) as personal data too', () => {
    expect(isPersonalIdentityCode(identityCode('150685', '-', '987'))).toBe(true);
  });

  it('accepts a code typed in lower case', () => {
    expect(isPersonalIdentityCode(identityCode('131052', 'a', '308').toLowerCase())).toBe(true);
  });

  it('refuses codes of the wrong length or with spaces inside', () => {
    for (const text of ['131052-308', '131052-308TT', '31052-308T', '131052 -308T', '']) {
      expect(isPersonalIdentityCode(text), text).toBe(false);
    }
  });
});

describe('identity codes in free text', () => {
  it('finds a code in the middle of a sentence and reports where it starts', () => {
    const text = 'Työllistetty Matti Meikäläinen (hetu 131052-308T) aloittaa 1.4.2027.';
    const hits = findIdentityCodesInText(text);
    expect(hits).toEqual([{ index: text.indexOf('131052-308T'), masked: '1310**-****' }]);
  });

  it('finds codes at the very start and end of a text and every code in it', () => {
    const second = identityCode('010203', 'A', '123');
    const text = `131052-308T ja ${second}`;
    expect(findIdentityCodesInText(text).map((h) => h.index)).toEqual([0, text.indexOf(second)]);
  });

  it('finds codes next to punctuation and line breaks', () => {
    for (const text of [
      '(131052-308T)',
      '"131052-308T",',
      'hetu:131052-308T',
      'a\n131052-308T\n',
    ]) {
      expect(findIdentityCodesInText(text), text).toHaveLength(1);
    }
  });

  it('finds a code glued to other letters or digits (the check character keeps false alarms out)', () => {
    for (const text of [
      'X131052-308T',
      '131052-308TX',
      '0131052-308T',
      '131052-308T0',
      'abc131052-308Tdef',
    ]) {
      expect(findIdentityCodesInText(text), text).toHaveLength(1);
    }
  });

  it('ignores look-alikes: invalid dates, wrong check characters and other Finnish numbers', () => {
    const text = [
      identityCode('310299', '-', '123'), // 31 February
      '131052-308U', // wrong check character
      '0135457-2', // Business ID (Y-tunnus)
      '040-1234567', // phone number
      'HEL 2026-012345', // reference number
      '13.10.1952', // date
      'FI21 1234 5600 0007 85', // IBAN
    ].join(' ');
    expect(findIdentityCodesInText(text)).toEqual([]);
  });
});

describe('masking an identity code', () => {
  it('shows only the first four digits and the century sign', () => {
    expect(maskIdentityCode('131052-308T')).toBe('1310**-****');
  });

  it('never reveals the birth year, individual number or check character', () => {
    for (const code of [
      '131052-308T',
      identityCode('010203', 'A', '123'),
      identityCode('241299', 'Y', '957'),
    ]) {
      const masked = maskIdentityCode(code);
      expect(masked).not.toContain(code);
      expect(masked).not.toContain(code.slice(4, 6));
      expect(masked).not.toContain(code.slice(7));
      expect(masked).toHaveLength(code.length);
    }
  });

  it('masks every hit reported from a text', () => {
    const code = identityCode('241299', 'Y', '957');
    const [hit] = findIdentityCodesInText(`Henkilö ${code}`);
    expect(hit?.masked).toBe('2412**Y****');
  });
});

describe('finding personal data in stored values', () => {
  const nested = {
    title: 'Siivouspalvelut',
    revision: 131052308,
    archived: false,
    missing: null,
    lots: [
      { name: 'Osa 1', contact: { person: 'Matti Meikäläinen, 131052-308T' } },
      { name: 'Osa 2', contact: { person: 'Liisa Virtanen' } },
    ],
    notes: ['Ei henkilötietoja', `Varahenkilö ${identityCode('010203', 'A', '123')}`],
  };

  it('reports the path of every string field holding a code, through objects and arrays', () => {
    expect(findPersonalData(nested).map((f) => f.path)).toEqual([
      ['lots', 0, 'contact', 'person'],
      ['notes', 1],
    ]);
  });

  it('puts the given prefix in front of every path', () => {
    expect(findPersonalData(nested, ['procurement'])[0]?.path).toEqual([
      'procurement',
      'lots',
      0,
      'contact',
      'person',
    ]);
  });

  it('reports masked codes only', () => {
    const findings = findPersonalData(nested);
    expect(findings.map((f) => f.masked)).toEqual(['1310**-****', '0102**A****']);
    expect(JSON.stringify(findings)).not.toContain('308T');
  });

  it('reports two codes in one field twice under the same path', () => {
    const findings = findPersonalData({
      description: `131052-308T, ${identityCode('010203', 'B', '123')}`,
    });
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.path.join('.') === 'description')).toBe(true);
  });

  it('finds nothing in a value without codes, numbers included', () => {
    expect(findPersonalData({ a: 131052308, b: ['0135457-2'], c: { d: true } })).toEqual([]);
    expect(findPersonalData(null)).toEqual([]);
  });

  it('checks a bare string at the root', () => {
    expect(findPersonalData('131052-308T')).toMatchObject([{ path: [], masked: '1310**-****' }]);
  });
});

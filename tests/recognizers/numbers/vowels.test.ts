import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

describe('vowel marks decide between a fraction dual and a tens word (vowels.ts)', () => {
  it('reads «خُمسين» with a damma as two fifths, joined to the number before it', () => {
    expect(numbers('لدي مئة وثلاثون وخُمسَين ريال')).toMatchObject([{ text: 'مئة وثلاثون وخُمسَين', value: 130.4 }]);
    expect(numbers('ثلاثة وعُشرين')).toMatchObject([{ text: 'ثلاثة وعُشرين', value: 3.2 }]);
    expect(numbers('أنفق سُبعين الميزانية')[0]?.value).toBeCloseTo(2 / 7, 12);
    expect(numbers('تُسعين')[0]?.value).toBeCloseTo(2 / 9, 12);
  });

  it('keeps the tens reading without the mark, or with the tens word\'s own vowels', () => {
    expect(numbers('قتل خمسين شخصا')).toMatchObject([{ text: 'خمسين', value: 50, unit: 'شخصا' }]);
    expect(numbers('قتل خَمسين شخصا')).toMatchObject([{ text: 'خَمسين', value: 50 }]);
    expect(numbers('وصل تِسعين جنديا')).toMatchObject([{ value: 90 }]);
    expect(numbers('مئة وعِشرين')).toMatchObject([{ text: 'مئة وعِشرين', value: 120 }]);
  });

  it('reads the plain duals «خمسان», «سدسين» as fractions', () => {
    expect(numbers('سدسين')[0]?.value).toBeCloseTo(1 / 3, 12);
    expect(numbers('خمسان')[0]?.value).toBeCloseTo(0.4, 12);
  });

  it('looks at the mark on the first letter after a proclitic only («وخُمسين»), not elsewhere in the text', () => {
    // A damma elsewhere in the text does not make an unvowelled «خمسين» a fraction.
    expect(numbers('قُتل خمسين شخصا')).toMatchObject([{ text: 'خمسين', value: 50 }]);
  });
});

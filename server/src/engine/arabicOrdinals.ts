// Arabic ordinal numbers as laws number their articles and chapters with them: "المادة الحادية عشرة"
// (11), "المادة العشرون" (20), "المادة الحادية والعشرون" (21), "المادة الأولى بعد المائة" (101).
// Generated once: every spelling of 1 to 399, masculine and feminine, with and without hamza.

/** 1–10, masculine and feminine, standing alone ("الأولى") and inside a compound ("الحادية عشرة"). */
const UNITS: Array<{ alone: string[]; compound: string[] }> = [
  { alone: ['الأول', 'الأولى', 'الاول', 'الاولى'], compound: ['الحادي', 'الحادية'] },
  { alone: ['الثاني', 'الثانية'], compound: ['الثاني', 'الثانية'] },
  { alone: ['الثالث', 'الثالثة'], compound: ['الثالث', 'الثالثة'] },
  { alone: ['الرابع', 'الرابعة'], compound: ['الرابع', 'الرابعة'] },
  { alone: ['الخامس', 'الخامسة'], compound: ['الخامس', 'الخامسة'] },
  { alone: ['السادس', 'السادسة'], compound: ['السادس', 'السادسة'] },
  { alone: ['السابع', 'السابعة'], compound: ['السابع', 'السابعة'] },
  { alone: ['الثامن', 'الثامنة'], compound: ['الثامن', 'الثامنة'] },
  { alone: ['التاسع', 'التاسعة'], compound: ['التاسع', 'التاسعة'] },
];
const TENTH = ['العاشر', 'العاشرة'];
/** "عشر" (masculine) and "عشرة" (feminine); laws write either with either gender. */
const TEEN_WORDS = ['عشر', 'عشرة'];
/** 20–90, nominative and oblique. */
const TENS: Array<[number, string[]]> = [
  [20, ['العشرون', 'العشرين']], [30, ['الثلاثون', 'الثلاثين']], [40, ['الأربعون', 'الأربعين', 'الاربعون', 'الاربعين']],
  [50, ['الخمسون', 'الخمسين']], [60, ['الستون', 'الستين']], [70, ['السبعون', 'السبعين']],
  [80, ['الثمانون', 'الثمانين']], [90, ['التسعون', 'التسعين']],
];
/** 100, 200, 300: alone ("المادة المائة") and after a smaller ordinal ("الأولى بعد المائة"). */
const HUNDREDS: Array<[number, string[]]> = [
  [100, ['المائة', 'المئة']], [200, ['المائتين', 'المئتين', 'المائتان', 'المئتان']], [300, ['الثلاثمائة', 'الثلاثمئة']],
];

function belowHundred(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  UNITS.forEach((unit, i) => { for (const word of unit.alone) out.push([word, i + 1]); });
  for (const word of TENTH) out.push([word, 10]);
  UNITS.forEach((unit, i) => { for (const word of unit.compound) for (const teen of TEEN_WORDS) out.push([`${word} ${teen}`, 11 + i]); });
  for (const [value, words] of TENS) {
    for (const word of words) {
      out.push([word, value]);
      // "الحادية والعشرون": the unit, then "و" joined to the tens
      UNITS.forEach((unit, i) => { for (const first of unit.compound) out.push([`${first} و${word}`, value + i + 1]); });
    }
  }
  return out;
}

function allOrdinals(): Record<string, number> {
  const out: Record<string, number> = {};
  const small = belowHundred();
  for (const [words, value] of small) out[words] = value;
  for (const [hundred, spellings] of HUNDREDS) {
    for (const spelling of spellings) {
      out[spelling] ??= hundred;
      for (const [words, value] of small) out[`${words} بعد ${spelling}`] = hundred + value;
    }
  }
  return out;
}

/** Every Arabic ordinal spelling (one or more words) → its value. */
export const ARABIC_ORDINALS: Record<string, number> = allOrdinals();

/** The longest Arabic ordinal at the start of `text` ("الحادية عشرة: …"): its value and length, or undefined. */
export function arabicOrdinalAt(text: string): { value: number; length: number } | undefined {
  const words = /^[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,4}/.exec(text);
  if (!words) return undefined;
  const parts = words[0].split(/\s/);
  for (let count = parts.length; count >= 1; count--) {
    const candidate = parts.slice(0, count).join(' ');
    // ("الفصل الثامـن": a tatweel drawn into the word in a heading, which is the same word)
    const value = ARABIC_ORDINALS[candidate.includes('\u0640') ? candidate.replace(/\u0640/g, '') : candidate];
    if (value !== undefined) return { value, length: candidate.length };
  }
  return undefined;
}

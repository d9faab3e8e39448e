// The short names a Korean law or decree gives the acts it cites, in a bracket after the name: "「가상자산 이용자 보호 등에 관한
// 법률」(이하 "법"이라 한다)", then "법 제6조제1항" cites that act's article 6. Read once per text.

/** An act named in corner brackets, then the short name the text gives it. */
const SHORT_NAME_GIVEN = /「([^「」\n]{1,80})」\(이하[ \t]?["“]([^"“”\n]{1,20})["”][ \t]?(?:이)?라[ \t]?한다\)/gu;

let last: { text: string; names: Map<string, string> } | undefined;

/** The acts a Korean text names by a short name it gives them: short name → the act's name (the first given, where one is given twice). */
export function koreanShortNames(text: string): Map<string, string> {
  if (last?.text === text) return last.names;
  const names = new Map<string, string>();
  if (text.includes('이하')) {
    for (const match of text.matchAll(SHORT_NAME_GIVEN)) if (!names.has(match[2])) names.set(match[2], match[1]);
  }
  last = { text, names };
  return names;
}

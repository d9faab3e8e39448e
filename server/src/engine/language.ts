// A cheap guess of a text's language when nothing says it (no `language:` in the front matter, no
// --language for import): by script, then by counting a few very common words of each language.
import { findFrontMatter } from './frontMatter';

/** BCP-47 "undetermined": a text in a language none of the citation tables reads. */
export const UNREAD_LANGUAGE = 'und';

const SCRIPTS: Array<[string, RegExp]> = [
  ['ar', /[\u0600-\u06ff]/g],
  // Japanese writes kanji with kana among them (particles, endings): a text with kana is no Chinese, whose table would read
  // "民生委員法第十九条" as this document's article 19 (Japanese laws as e-Gov gives them, yno9/legalize-jp)
  ['ja', /[\u3041-\u309f\u30a1-\u30fa\u30fc]/g],
  // Korean: its syllables, counted before the Han characters an older law writes among them ("병과(竝科)"), which are no Chinese
  ['ko', /[\uac00-\ud7a3]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  // no citation table reads Greek: told apart so that its laws are not read as the Latin words among them would say
  ['el', /[\u0370-\u03ff]/g],
];

// Words of one language only: "de" and "en" are Spanish, French and Dutch alike, and counted for
// Dutch they made Uruguay's laws Dutch (and with the wrong grammar, they had no citations at all).
const COMMON_WORDS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|of|and|shall|which|any)\b/gi],
  ['fr', /\b(?:les|des|du|et|une|présent[e]?|est|dans|aux)\b/gi],
  ['es', /(?<![\p{L}\d])(?:los|las|del|el|una|presente|por|para|con|artículos?)(?![\p{L}\d])/giu],
  // Portuguese: words Spanish does not have ("da", "ao", "não", "é"); "dos" and "de" are both languages', "à" French too.
  // "com", "em", "nas", "nesta", "seu" are Spanish "con", "en", "las", "esta", "su".
  ['pt', /(?<![\p{L}\d])(?:da|ao|aos|às|é|pelo|pela|pelos|pelas|não|são|uma|também|deste|desta|com|em|nas|neste|nesta|seu|sua)(?![\p{L}\d])/giu],
  // "artikel" in lower case only: German capitalises "Artikel" everywhere ("entgegen Artikel 19 der Verordnung"), Dutch at a
  // sentence's or a heading's start alone; a German ordinance citing an EU regulation's articles was read as Dutch
  ['nl', /\b(?:[Hh]et|HET|[Ee]en|EEN|[Vv]an|VAN|[Ww]ordt|WORDT|artikel|[Zz]ijn|ZIJN|[Nn]iet|NIET|[Ww]orden|WORDEN)\b/g],
  // Italian: "della", "degli", "nella", "che", "sono" are no other listed language's words ("il" is French too).
  // "del", "con", "una", "presente" are Spanish and Italian alike: Italian counts its own ("dei", "nel", "dell'articolo", "comma").
  ['it', /(?<![\p{L}\d])(?:(?:della|delle|degli|dello|nella|nelle|negli|alla|alle|agli|dalla|dalle|che|sono|di|gli|dei|nel|nei|dal|dai|sul|sui|ed|comma|commi|legge|presente decreto|articolo)(?![\p{L}\d])|(?:dell|all|nell|sull|dall)['’](?=\p{L}))/giu],
  ['de', /\b(?:der|das|und|wird|oder|nicht|ist)\b/gi],
  // Catalan: words Spanish, French, Italian and Portuguese do not have ("els", "amb", "aquesta", "llei"); its "del", "el",
  // "les" and "la" count for the others too, and "l'article" is French as well
  // Vietnamese: its commonest words, each a syllable no other language listed writes ("của", "và", "các", "được", "này", "những")
  ['vi', /(?<![\p{L}\d])(?:của|và|các|được|này|những|theo|người|trong|với|không|quy định|điều)(?![\p{L}\d])/giu],
  // Malay and Indonesian, which no table reads: their commonest words, so that the English quoted in a Malay bill ("' "export"
  // means …", "section 9") does not make it English, whose table would report the principal Act's sections as the bill's
  [UNREAD_LANGUAGE, /(?<![\p{L}\d])(?:yang|dan|dengan|bagi|oleh|dalam|kepada|hendaklah|tersebut|adalah|atau|tidak)(?![\p{L}\d])/giu],
  ['ca', /(?<![\p{L}\d])(?:els|amb|aquesta|aquest|aquests|aquestes|dels|pels|pel|seva|seves|llei|lleis|són|també|qualsevol|mitjançant|perquè|d['’]aquesta|l['’]apartat)(?![\p{L}\d])/giu],
];
// When none of those is there (a heading and a link: "Section 2 : Associations de supporters"), the
// words several languages share still lean one way.
const SHARED_WORDS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|of|and|shall|which|any)\b/gi],
  ['fr', /\b(?:les|des|du|et|la|une|présent[e]?)\b/gi],
  ['es', /\b(?:los|las|del|el|y|una|presente)\b/gi],
  ['nl', /\b(?:[Hh]et|HET|[Ee]en|EEN|[Vv]an|VAN|[Ww]ordt|WORDT|artikel|[Dd]e|DE|[Ee]n|EN)\b/g],
  ['de', /\b(?:der|die|das|und|wird|oder)\b/gi],
];

/**
 * The language code of a text, judged on its first `sampleLength` characters, or undefined when
 * nothing tells. A script decides when it has more characters than the Latin letters around it:
 * Arabic quoted in an English note does not make the note Arabic.
 */
export function guessLanguage(text: string, sampleLength = 4000): string | undefined {
  // The text, not its front matter: a converter's metadata (names of signatories) can fill the sample.
  const from = findFrontMatter(text)?.span.end ?? 0;
  const raw = text.slice(from, from + sampleLength);
  const inRaw = (re: RegExp) => (raw.match(re) ?? []).length;
  const latin = inRaw(/[A-Za-z]/g);
  for (const [language, script] of SCRIPTS) {
    const letters = inRaw(script);
    if (letters <= latin) continue;
    // (a few kana in a Chinese text, a name or a quoted word, do not make it Japanese: Japanese law writes one in ten letters or more so)
    if (language === 'ja' && letters < inRaw(/[\u4e00-\u9fff]/g) * 0.1) continue;
    // Cyrillic that is not Russian: Ukrainian's "і", "ї", "є", Serbian's and Macedonian's "ј", "љ", "њ", Bulgarian's frequent "ъ"
    // (the Russian table would read "стаття 5" or "чл. 5" with Russian words, and report what it misread)
    if (language === 'ru') return otherCyrillic(inRaw, letters) ?? language;
    // Traditional characters (Taiwan's, Hong Kong's and Macao's laws): their tables rank "項" and "款" otherwise than the mainland's
    if (language === 'zh' && inRaw(TRADITIONAL_ONLY) > inRaw(SIMPLIFIED_ONLY)) return 'zh-Hant';
    return language;
  }
  // The words, not the script: the text's own, what it quotes in curly marks being another text's ("Akta Setem 1949 …, dipinda …
  // dengan takrif yang berikut: ‘ “duly stamped”, as applied to an instrument, means …’", a Malay bill setting out an English Act's
  // words). (Arabic writes its marks the other way round: the script is judged on the text as it is.)
  const sample = withoutCurlyQuotes(raw);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  // (Malay beside the English it sets out, "Akta ibu dipinda dengan menggantikan seksyen 2 dengan seksyen yang berikut:" then
  // "“Interpretation … “Board” means …": the bill's own words are Malay however many English words it quotes)
  if (count(MALAY_OWN_WORDS) >= MALAY_MIN_WORDS) return UNREAD_LANGUAGE;
  // Czech: "ě", "ř" and "ů" are its own letters (about 3 % of a law's; Slovak, Polish and every other language read here write none)
  if (count(/[ěřůĚŘŮ]/g) > latin * CZECH_LETTERS_SHARE) return 'cs';
  const common = mostFound(COMMON_WORDS, count);
  // Enough words to judge, and the commonest words of every language read here under 3 % of them (8–23 % in English,
  // French, Dutch or Spanish law; under 2.5 % in Czech or Romanian): a language not read here, whose citations no table knows.
  // Words of the text only: not of links' addresses or HTML tags ("[incisos I](https://www.planalto.gov.br/…)").
  // (words of three letters or more, roman numerals apart: a list of "I - incisos I e II do § 4º" says little)
  const words = (sample.replace(MARKUP, ' ').match(/(?<![\p{L}\p{N}])(?![IVXLCDM]+(?![\p{L}\p{N}]))\p{L}{3,}/gu) ?? []).length;
  if (words >= FOREIGN_MIN_WORDS && (common?.found ?? 0) < words * FOREIGN_SHARE) return UNREAD_LANGUAGE;
  return common?.language ?? mostFound(SHARED_WORDS, count)?.language;
}

/** A Cyrillic text's language when its letters show it is not Russian; undefined when they do not. */
function otherCyrillic(count: (re: RegExp) => number, letters: number): string | undefined {
  if (count(/[іїєґІЇЄҐ]/g) > letters * 0.005) return 'uk';
  if (count(/[јљњћђџЈЉЊЋЂЏ]/g) > letters * 0.002) return 'sr';
  if (count(/[ъЪ]/g) > letters * 0.006) return 'bg';
  return undefined;
}

/**
 * Common characters written one way in traditional script and another in simplified (條/条, 們/们, 與/与, 於/于 …), each list
 * the other's counterparts: a text writes mostly one of them, whatever else it quotes.
 */
const TRADITIONAL_ONLY = /[條們為與會國於這個說時對關機應經從業發實將當區過規務項編節權處該並無開間問進產動還長]/g;
const SIMPLIFIED_ONLY = /[条们为与会国于这个说时对关机应经从业发实将当区过规务项编节权处该并无开间问进产动还长]/g;

/** Malay words an English text does not write, not even in a Malaysian name ("Yang di-Pertuan Agong"). */
const MALAY_OWN_WORDS = /(?<![\p{L}\d])(?:dan|dengan|bagi|oleh|dalam|kepada|hendaklah|tersebut|adalah|atau|tidak|dipinda|seksyen)(?![\p{L}\d])/giu;
const MALAY_MIN_WORDS = 12;

/**
 * The text without what it quotes in curly double marks, quotations inside quotations too ("“Interpretation … “Board” means … section
 * 7A.”"); a mark left open keeps the rest.
 */
function withoutCurlyQuotes(text: string): string {
  let out = '';
  let kept = 0;
  let depth = 0;
  let opened = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) {
      if (depth === 0) opened = i;
      depth++;
    } else if (c === 0x201d && depth > 0 && --depth === 0) {
      out += text.slice(kept, opened) + ' ';
      kept = i + 1;
    }
  }
  return out + text.slice(kept);
}

const FOREIGN_SHARE = 0.03;
const CZECH_LETTERS_SHARE = 0.005;
const FOREIGN_MIN_WORDS = 30;
const MARKUP = /\]\([^()\s]*\)|<[^<>\n]*>|https?:\/\/\S+|\^[a-z0-9]{6}\b/gu;

/** The language whose words are found most often, and how often, or undefined when none is. */
function mostFound(lists: Array<[string, RegExp]>, count: (words: RegExp) => number): { language: string; found: number } | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [language, words] of lists) {
    const found = count(words);
    if (found > bestCount) {
      best = language;
      bestCount = found;
    }
  }
  return best === undefined ? undefined : { language: best, found: bestCount };
}

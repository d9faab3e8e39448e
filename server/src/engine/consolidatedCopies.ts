// What a consolidated copy leaves out, and what it sets out of another text, where the language's tables say so (Czech laws as
// legalize-cz gives e-Sbírka's texts): a number the copy skips is most likely a repealed unit; another act's annex set out holds that
// act's citations; an English passage beside the text is another language's. Read only for a citation that finds nothing.
import type { DocumentModel, DocumentReference } from './document';
import type { Unit } from './model';
import type { RefStep } from './references/types';
import type { LanguageTable } from './references/tables';
import { tablesFor } from './references/grammar';
import { guessLanguage } from './language';
import { headingsOfKind, heldNumbers, leadingValue, numbersAround } from './headingLists';
import { normaliseNumber, romanValue } from './keywords';
import { numberedOwnChildren } from './childIndex';

/** Whether every table read for the document's language says so (a language no table reads says nothing). */
function languageSays(model: DocumentModel, flag: 'repealedLeftOut' | 'sectionsBySignOnly' | 'sentenceOfTextAround'): boolean {
  return tablesFor(model.language).every((table: LanguageTable) => !!table[flag]);
}

/** Whether the document's language cites sections by "§" only, never its articles (LanguageTable.sectionsBySignOnly). */
export function sectionsBySignOnly(doc: DocumentModel): boolean {
  return languageSays(doc, 'sectionsBySignOnly');
}

/** Whether a sentence cited alone is one of the text it stands in (LanguageTable.sentenceOfTextAround). */
export function sentenceOfTextAround(doc: DocumentModel): boolean {
  return languageSays(doc, 'sentenceOfTextAround');
}

/** Letters a language writes and no other read here does: a line without them is no line of it (language.ts tells Czech so). */
const OWN_LETTERS: Record<string, RegExp> = { cs: /[ěřůĚŘŮ]/ };
const ENGLISH_WORDS = /\b(?:the|of|and|is|to|in|for|with|by|shall)\b/g;

/** English, when the line around `offset` is English in a document of another language (a bilingual form's English beside its Czech). */
export function passageLanguage(model: DocumentModel, offset: number): string | undefined {
  const line = model.lines.lineAround(offset);
  const text = model.text.slice(line.start, Math.min(line.end, line.start + 2000));
  // (only where the document's language is told by letters of its own, which the line lacks: Catalan beside Spanish, or Dutch beside
  // German, share too many words for one line to tell)
  const own = OWN_LETTERS[model.language];
  if (!own || own.test(text)) return undefined;
  // (and English only, by enough of its words: a short Czech line without those letters reads as anything)
  if ((text.match(ENGLISH_WORDS) ?? []).length < 4) return undefined;
  return guessLanguage(text) === 'en' ? 'en' : undefined;
}

/**
 * The heading of the annex a citation stands in, when it names the instrument it is annexed to by a number that is not this document's
 * ("Příloha č. 4 k vyhlášce č. 215/2008 Sb." in decree 207/2014, whose front matter gives "official_code: 207/2014 Sb.", or whose
 * title says it amends decree 215/2008).
 */
export function annexOfAnotherAct(model: DocumentModel, reference: DocumentReference): string | undefined {
  let annex = model.unitsById.get(reference.unitId);
  while (annex && annex.kind !== 'annex') annex = annex.parent;
  const number = annex && ANNEXED_TO_NUMBER.exec(annex.title ?? '')?.[1];
  if (!annex || !number) return undefined;
  const own = model.frontMatter.raw.official_code;
  const other = typeof own === 'string' ? !own.includes(number) : model.title.includes(number);
  return other ? `${annex.label} ${annex.title}` : undefined;
}

/** "k vyhlášce č. 215/2008 Sb.": the number of the instrument an annex's heading says it is annexed to. */
const ANNEXED_TO_NUMBER = /^k[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+č\.[ \t]?(\d{1,4}\/\d{4})/u;

/**
 * The held numbers around an article or section the document lacks, where its language's consolidated texts leave repealed units
 * out (LanguageTable.repealedLeftOut: "§ 1", "§ 3", "§ 6" …, with no word where §§ 2, 4 and 5 stood): the number is most likely one
 * of those.
 */
export function repealedLeftOut(model: DocumentModel, step: RefStep): { below: number; above: number } | undefined {
  if ((step.kind !== 'article' && step.kind !== 'section') || !languageSays(model, 'repealedLeftOut')) return undefined;
  const value = leadingValue(step.number);
  if (value !== undefined) return numbersAround(heldNumbers(model, step.kind), value);
  // "článku III" in an act whose articles are "Čl. I", "Čl. II" and "Čl. IV"
  const roman = romanValue(normaliseNumber(step.number).toLowerCase());
  if (roman === undefined) return undefined;
  const held = headingsOfKind(model, step.kind).map((unit) => (unit.citable && unit.number ? romanValue(unit.number.toLowerCase()) : undefined)).filter((held): held is number => held !== undefined);
  return numbersAround({ count: held.length, min: Math.min(...held), max: Math.max(...held), values: [...new Set(held)].sort((a, b) => a - b) }, roman);
}

/**
 * The one article of a Czech act that holds numbered points (an amending act's "Čl. I" and its "- 1. V § 2 …" points), when a point
 * cited alone is not in the article the citation stands in (`holder`).
 */
export function pointsOfTheAmendingArticle(model: DocumentModel, holder: Unit, step: RefStep): Unit | undefined {
  if (step.kind !== 'point' || !/^\d+$/.test(step.number) || !sectionsBySignOnly(model)) return undefined;
  const numbered = (unit: Unit) => numberedOwnChildren(unit).some((child) => /^\d+$/.test(child.number as string));
  const articles = model.units.filter((unit) => unit.headingDepth > 0 && unit.kind === 'article' && numbered(unit));
  return articles.length === 1 && articles[0] !== holder ? articles[0] : undefined;
}

/**
 * The numbers a unit's numbered parts run through ("points 2–55"), when the one cited is not among them and they skip (or do not start
 * at 1), in a language whose consolidated texts leave repealed units out (LanguageTable.repealedLeftOut).
 */
export function itemsLeftOut(model: DocumentModel, holder: Unit, step: RefStep): string | undefined {
  if (!/^\d+$/.test(step.number) || !languageSays(model, 'repealedLeftOut')) return undefined;
  const values = numberedOwnChildren(holder).filter((child) => /^\d+$/.test(child.number as string)).map((child) => Number(child.number));
  if (values.length < 2 || values.includes(Number(step.number))) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min > 1 || new Set(values).size < max - min + 1 ? `${values.length} numbered parts (${min}–${max})` : undefined;
}

// One cited item and what separates items: "7", "138ab", "(a)", "K.3", "2703(a)(1)", "1.a",
// "L. 226-1"; "," and list connectors ("and", "et", "en"), range connectors ("through", "à").
import type { RefUnitKind } from './types';
import { LATIN_ITERATIVE, romanValue } from '../keywords';
import { TokenCursor } from './tokenCursor';
import { MAX_DEPTH, family, letterShape, type IStep, type Item } from './citationSteps';

const HYPHENED_LATIN = new RegExp(`^${LATIN_ITERATIVE}$`);
const LETTER_INSERTED = new RegExp(`^([a-z])-(${LATIN_ITERATIVE})$`);

/** Units inside an article, which a French code's article number ("L. 226-1") never numbers. */
const PARTS_OF_AN_ARTICLE: ReadonlySet<RefUnitKind> = new Set(['subsection', 'paragraph', 'subparagraph', 'clause', 'item', 'point', 'alinea']);

/** How many tokens back an open parenthesis is looked for. */
const PARENTHESIS_REACH = 40;

/** I to MMMCMXCIX, each digit in its one written form. */
/** A law's initials with two capitals at least ("OR", "ZGB", "StGB", "VStrR"): a word a bare letter may stand before. */
const LAW_INITIALS = /^\p{Lu}{2,6}$|^\p{Lu}{1,3}\p{Ll}{1,6}\p{Lu}\p{L}{0,4}$/u;

/** Initials of treaties written after an article's number ("article 81 CE"): never the number's own capitals. */
const TREATY_INITIALS = new Set(['CE', 'UE', 'CEE', 'TUE', 'TCE', 'CECA', 'EG', 'EU', 'EGV', 'EUV']);

/** One word that refers back by itself ("thereof", "ibid", "dudit"): tested against the table's words after a citation. */
const ANAPHORIC_WORD = /^\p{L}{4,}$/u;
/** Units that group articles: numbered by figures, roman numerals or words, never by a lower-case letter alone. */
const LETTERLESS_KINDS = new Set<string>(['title', 'chapter', 'part', 'book']);
export const WELL_FORMED_ROMAN = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;

const OPENING_QUOTE = /^["„“«]$/;
const CLOSING_QUOTE = /^["“”»]$/;

export class ItemParser extends TokenCursor {
  /** While the unit after an of-word is read ("de la section 2 du chapitre IV sont punis"): it holds the units cited before it. */
  protected readingOuterUnit = false;

  /** "7", "138ab", "1er", "78 ter", "(a)", "II", "b", "K.3", "premier". */
  protected primary(i: number, kind: RefUnitKind, numericOnly: boolean): { step: IStep; next: number } | null {
    const t = this.tok(i);
    // A marker opening a line opens the next provision, unless punctuation goes on after it ("subsection\n(2), for …").
    if (!t || t.newline && t.kind === 'marker' && !(this.tok(i + 1)?.kind === 'punct' && /^[,;.)]$/.test(this.tok(i + 1)!.norm))) return null;
    // 'буква "б"', 'букви „а“ и „в“' (Bulgaria): a letter written in quotes
    if (this.c.table.quotedLetters && t.kind === 'punct' && OPENING_QUOTE.test(t.norm)) {
      const letter = this.tok(i + 1);
      const close = this.tok(i + 2);
      if (letter?.kind === 'word' && !letter.space && /^\p{Ll}$/u.test(letter.raw) && close?.kind === 'punct' && CLOSING_QUOTE.test(close.norm) && !close.space) {
        return { step: this.step(kind, letter.raw, t, 'lower', close.end), next: i + 3 };
      }
    }
    const code = this.codeNumber(i);
    // A code number ("L. 4", "226-1") numbers an article, never a part of one: in "art. L. 3, al. 2,
    // L. 4 à L. 10" the list of alineas ends at "2" and "L. 4" is the next article.
    if (code && PARTS_OF_AN_ARTICLE.has(kind)) return null;
    if (code) {
      // "l'article 262-0 bis" (France's tax code): the Latin word after a hyphened number
      const latin = this.tok(code.next);
      const withLatin = latin?.kind === 'word' && latin.space && !latin.newline && this.c.numberSuffixWords.has(latin.norm) ? { number: code.number + latin.norm, end: latin.end, next: code.next + 1 } : code;
      const more = this.capitalsAfterNumber(kind, withLatin.next);
      return more ? { step: this.step(kind, withLatin.number + more.text, t, 'num', more.end), next: more.next } : { step: this.step(kind, withLatin.number, t, 'num', withLatin.end), next: withLatin.next };
    }
    if (t.kind === 'num') {
      // "24/7", "2013/40": not a unit number (but "7/1", an article Belgium inserted after 7, where the table reads such numbers,
      // right after a word: the unit's noun or a connector, "articles 7/2 à 7/4"; never after a dash, "Article 35 – 24/7 Network")
      const slash = this.tok(i + 1);
      if (slash && slash.kind === 'punct' && slash.norm === '/' && !slash.space && this.tok(i + 2)?.kind === 'num' && !this.tok(i + 2)!.space &&
        !(this.c.table.slashNumbers && (kind === 'article' || kind === 'chapter' || kind === 'section') && this.tok(i - 1)?.kind === 'word' &&
          (t.digits?.length ?? 9) <= 3 && (this.tok(i + 2)!.digits?.length ?? 9) <= 3)) return null;
      // "prevista no art. 177, § 4º, 29% (vinte e nove por cento)": a percentage, not a unit number
      if (slash && slash.kind === 'punct' && (slash.norm === '%' || slash.norm === '‰')) return null;
      // "reference point 271709E, 184390N": a grid reference (six digits or more, then a compass letter), not a unit number
      if (t.digits!.length >= 6 && /^[ENWS]$/.test(t.suffix ?? '')) return null;
      let number = t.digits!;
      let suffix = t.suffix ?? '';
      let next = i + 1;
      let end = t.end;
      // "art. 1.631", "artículo 1.902": a thousands separator (codes of Brazil and Spain), never a paragraph "(631)"
      const thousands = this.tok(i + 2);
      if (this.c.table.thousandsSeparator && !suffix && number.length <= 3 && this.isPunct(i + 1, '.') && !this.tok(i + 1)!.space &&
        thousands?.kind === 'num' && !thousands.space && thousands.digits!.length === 3 && !(this.isPunct(i + 3, '.') && this.tok(i + 4)?.kind === 'num' && !this.tok(i + 4)!.space)) {
        number += '.' + thousands.digits!;
        suffix = thousands.suffix ?? '';
        next = i + 3;
        end = thousands.end;
      }
      if (suffix && !this.c.numberOrdinalSuffixes.has(suffix.toLowerCase())) number += suffix;
      // "artikel 5:3:1" (the books of newer Dutch codes): each part joined by a colon, no spaces. Only
      // articles: "[Chapter 9:23]" is a statute's number in a revised edition (resolve.ts reads it so).
      while (kind === 'article' && this.isPunct(next, ':') && !this.tok(next)!.space && this.tok(next + 1)?.kind === 'num' && !this.tok(next + 1)!.space) {
        const part = this.tok(next + 1)!;
        number += ':' + part.digits! + (part.suffix ?? '');
        end = part.end;
        next += 2;
      }
      // "numeral 1) del artículo 511": the number written as its marker, when the chain goes on after it
      // (a ")" before anything else may close a parenthesis: "(see section 5) and …").
      if (this.isPunct(next, ')') && !this.tok(next)!.space && this.tok(next + 1)?.kind === 'word' && this.match(this.c.of, next + 1) && !this.parenthesisOpenBefore(i)) end = this.toks[next++].end;
      // "numero 37), e 44", "punti 33), 34) e 35)" (Italy): units the language always writes with their ")"
      else if (this.isPunct(next, ')') && !this.tok(next)!.space && this.c.table.closedNumbers?.includes(kind)) end = this.toks[next++].end;
      // "1°", "8° bis" (a French code's numbered items): the degree sign is the number's own.
      if (this.isPunct(next, '°') && !this.tok(next)!.space) end = this.toks[next++].end;
      // "Art. 3.o Para todos los efectos …" (Chile's Labour Code): the ordinal sign typed as a letter after a full stop, not a point (o)
      const sign = this.tok(next + 1);
      if (this.c.table.ordinalSuffixes.includes('º') && this.isPunct(next, '.') && !this.tok(next)!.space && sign?.kind === 'word' && !sign.space &&
        /^[oa]$/.test(sign.raw) && (!this.tok(next + 2) || this.tok(next + 2)!.space || this.tok(next + 2)!.newline)) {
        end = sign.end;
        next += 2;
      }
      // "art. 154-A", "§ 2º-A" (Brazilian laws): the unit inserted after 154, its capital letter after a hyphen
      const letter = this.tok(next + 1);
      // "artigos 54.º -A a 54.º -G" (a PDF's text): after the ordinal sign the hyphen may stand apart
      const hyphenJoins = this.isPunct(next, '-') && (!this.tok(next)!.space || (suffix === 'º' && !this.tok(next)!.newline));
      if (hyphenJoins && letter?.kind === 'word' && !letter.space && /^[A-Z]$/.test(letter.raw)) {
        number += letter.raw;
        end = letter.end;
        next += 2;
      }
      // "l'article 7/1", "artikel 7/1" (Belgium's laws): the article inserted after 7, its number after a slash
      const slashed = this.tok(next + 1);
      if (this.c.table.slashNumbers && this.isPunct(next, '/') && !this.tok(next)!.space && slashed?.kind === 'num' && !slashed.space && !slashed.suffix &&
        slashed.digits!.length <= 3 && !(this.isPunct(next + 2, '/') && !this.tok(next + 2)!.space)) {
        number += '/' + slashed.digits!;
        end = slashed.end;
        next += 2;
      }
      // "articolo 3-bis", "2-sex-decies" (Italy): the Latin word joined by a hyphen
      const joined = this.tok(next + 1);
      if (this.isPunct(next, '-') && !this.tok(next)!.space && joined?.kind === 'word' && !joined.space && HYPHENED_LATIN.test(joined.norm)) {
        number += joined.norm.replace(/-/g, '');
        end = joined.end;
        next += 2;
      }
      const s = this.tok(next);
      // ("el artículo 133\nbis de la ley Nº18.046": a hard-wrapped line may break before it, the adverb in lower case)
      if (s && s.kind === 'word' && (!s.newline || s.raw === s.norm) && this.c.numberSuffixWords.has(s.norm)) {
        number += s.norm;
        end = s.end;
        next++;
        // "456 bis A y 470" (Chile's Penal Code): one capital after the Latin word, then the list or the sentence goes on
        const letter = this.tok(next);
        const after = this.tok(next + 1);
        if (!this.c.table.capitalsAfterNumber && letter?.kind === 'word' && !letter.newline && /^[A-Z]$/.test(letter.raw) &&
          (!after || after.newline || (after.kind === 'punct' && /^[,;.)]$/.test(after.norm)) || (after.kind === 'word' && (this.isConnectorLike(next + 1) || !!this.match(this.c.of, next + 1))))) {
          number += letter.raw;
          end = letter.end;
          next++;
        }
        // "l'article 46 quater-0 FB", "384 septies-0 A" (France's tax code): a hyphened part after the Latin word
        while (this.isPunct(next, '-') && !this.tok(next)!.space && this.tok(next + 1)?.kind === 'num' && !this.tok(next + 1)!.space && !this.tok(next + 1)!.suffix) {
          number += '-' + this.tok(next + 1)!.digits!;
          end = this.tok(next + 1)!.end;
          next += 2;
        }
      }
      const more = this.capitalsAfterNumber(kind, next);
      if (more) { number += more.text; end = more.end; next = more.next; }
      return { step: this.step(kind, number, t, 'num', end), next };
    }
    if (numericOnly) return null;
    if (t.kind === 'marker') {
      return { step: this.step(kind, t.norm, t, (t.style === 'quote' ? 'q' : 'p') + letterShape(t.norm)), next: i + 1 };
    }
    // "المادة ( العشرين )", "المادة (الحادية والعشرين)": an ordinal in parentheses
    if (this.c.table.ordinalItems && t.kind === 'punct' && (t.norm === '(' || t.norm === '（') && this.tok(i + 1)?.kind === 'word') {
      const o = this.match(this.c.ordinals, i + 1);
      if (o && this.isPunct(o.next, ')）')) return { step: this.step(kind, String(o.value), this.toks[i + 1], 'ord', this.toks[o.next - 1].end), next: o.next + 1 };
      // "المواد (الخامسة والتسعين بعد المائة، والسابعة والتسعين بعد المائة، …)": a list of ordinals in one parenthesis, the first
      // item's (the list goes on, and its last item leaves the parenthesis closed after the citation)
      const listGoesOn = o && (this.gluedListOrdinal(o.next) || (this.isComma(o.next) && (this.match(this.c.ordinals, o.next + 1) ?? this.gluedListOrdinal(o.next + 1))));
      if (o && listGoesOn) return { step: this.step(kind, String(o.value), this.toks[i + 1], 'ord', this.toks[o.next - 1].end), next: o.next };
    }
    if (t.kind !== 'word') return null;
    if (this.c.table.ordinalItems) {
      const o = this.match(this.c.ordinals, i) ?? this.gluedListOrdinal(i);
      if (o) return { step: this.step(kind, String(o.value), t, 'ord', this.toks[o.next - 1].end), next: o.next };
    }
    const raw = t.raw;
    // "lettera a-bis)", "lettere aa), bb)" (Italy): a letter inserted after another, a doubled letter, each with its ")"
    const closing = this.tok(i + 1);
    const closedHere = closing?.kind === 'punct' && closing.norm === ')' && !closing.space;
    const inserted = closedHere ? LETTER_INSERTED.exec(raw) : null;
    if (inserted) return { step: this.step(kind, inserted[1] + inserted[2].replace(/-/g, ''), t, letterShape(inserted[1]), closing!.end), next: i + 2 };
    if (closedHere && this.c.table.doubledLetters && /^([a-z])\1$/.test(raw)) return { step: this.step(kind, raw, t, letterShape(raw), closing!.end), next: i + 2 };
    if (closedHere && this.c.table.moreLetters?.includes(raw)) return { step: this.step(kind, raw, t, 'lower', closing!.end), next: i + 2 };
    // "du livre Ier du code du travail", "chapitre Ier": the French ordinal of the roman one
    if (/^I(?:er|re)$/.test(raw) && (LETTERLESS_KINDS.has(kind) || kind === 'section' || kind === 'division')) return { step: this.step(kind, 'i', t, 'uroman'), next: i + 1 };
    // "Part IIIA of the Commonwealth Electoral Act 1918", "Part IVB" (Australia's Acts): a grouping inserted after a roman one,
    // its numeral and a capital letter
    const lettered = LETTERLESS_KINDS.has(kind) ? /^([IVXLC]{1,7})([A-Z]{1,2})$/.exec(raw) : null;
    if (lettered && WELL_FORMED_ROMAN.test(lettered[1]) && !WELL_FORMED_ROMAN.test(raw)) return { step: this.step(kind, raw, t, 'uroman'), next: i + 1 };
    // A well-formed numeral only: "zum Teil im …" is no part 999, "lid" no roman number.
    const isRomanUpper = /^[IVXLCDM]{1,8}$/.test(raw) && WELL_FORMED_ROMAN.test(raw);
    const isRomanLower = /^[ivxlcdm]{2,8}$/.test(raw) && WELL_FORMED_ROMAN.test(raw);
    // ("đ", Vietnamese's letter between "d" and "e")
    const isLetter = /^[a-zA-Zđ]$/.test(raw) || /^[\u0621-\u064A]$/.test(raw);
    if (!isRomanUpper && !isRomanLower && !isLetter) return null;
    // "los capítulos VI, VII, VIII, IX, IX bis y X del título XI" (Argentina's Penal Code): a grouping inserted after a roman one,
    // its Latin adverb apart, as the heading writes it ("Capítulo IV bis")
    const adverb = isRomanUpper && LETTERLESS_KINDS.has(kind) ? this.tok(i + 1) : undefined;
    if (adverb?.kind === 'word' && adverb.space && !adverb.newline && this.c.numberSuffixWords.has(adverb.norm)) return { step: this.step(kind, raw + adverb.norm, t, 'uroman', adverb.end), next: i + 2 };
    // "Artikel l4" (a scanned text's "l" for "1"): a letter run into figures is no number of its own
    const glued = this.tok(i + 1);
    if (isLetter && /^[a-z]$/.test(raw) && glued?.kind === 'num' && !glued.space) return null;
    // "maresciallo: capo di 3^ classe" (a rank, "chief of"): a lower-case numeral that is the language's "of" is that word
    if (isRomanLower && LETTERLESS_KINDS.has(kind) && this.c.table.ofWords.includes(raw)) return null;
    // "تعديلات المادة" ending a line, "أ- أن يكون …" opening the next: a list's letter, not the unit's number
    if (t.newline && /^[\u0621-\u064A]$/.test(raw) && this.isPunct(i + 1, '-')) return null;
    // "Article K.3": capital letter, ".", number
    const dot = this.tok(i + 1);
    const after = this.tok(i + 2);
    if (/^[A-Z]$/.test(raw) && dot && dot.kind === 'punct' && dot.norm === '.' && !dot.space && after && after.kind === 'num' && !after.space) {
      return { step: this.step(kind, raw + '.' + after.digits! + (after.suffix ?? ''), t, 'num', after.end), next: i + 2 + 1 };
    }
    // "inciso a) del artículo 2", "literal b)": the letter written as its marker, ")" and all.
    const close = this.tok(i + 1);
    if (!isRomanUpper && close && close.kind === 'punct' && close.norm === ')' && !close.space) {
      return { step: this.step(kind, raw, t, letterShape(raw), close.end), next: i + 2 };
    }
    // "los incisos A), B) y C) del artículo 4º", "literales B), C) y D)": C, D, L and M alone with their ")" are letters
    // (as numerals they are 100, 500, 50 and 1000); the ")" is theirs, and the chain goes on after it
    if (isRomanUpper && /^[CDLM]$/.test(raw) && close && close.kind === 'punct' && close.norm === ')' && !close.space && !this.parenthesisOpenBefore(i)) {
      return { step: this.step(kind, raw, t, letterShape(raw), close.end), next: i + 2 };
    }
    // "à forma do título e ao seu conteúdo", "della sezione o, in caso di impedimento": a title, chapter, part or book
    // is never lettered in lower case, a section only in capitals or with its marker ("Section A", "section (e)"), so
    // a bare lower-case letter that is the language's "and" or "or" is that word
    // "el párrafo, el artículo o parte pertinente": an article is lettered in lower case only with its marker or after a number ("2 b)")
    if (/^[a-z]$/.test(raw) && (LETTERLESS_KINDS.has(kind) || kind === 'section' || kind === 'article') && this.c.table.listConnectors.includes(raw)) return null;
    // "písmeny a), c) až e) nebo v odstavci 2" (Czech): where letters are always closed by their bracket, one without it is a word ("v", in)
    // ("pod písmeny A až C", a table's columns)
    if (/^[a-zA-Z]$/.test(raw) && this.c.table.lettersOnly && this.c.table.closedNumbers?.includes(kind)) return null;
    // "ai precedenti commi e' custodita": a letter with an apostrophe after it is a word written without its accent ("è")
    if (/^[a-z]$/.test(raw) && this.isPunct(i + 1, "'") && !this.tok(i + 1)!.space) return null;
    // A bare letter is a number only when no ordinary word follows it ("paragraph a person" is not).
    let k = i + 1;
    if (this.isPunct(k, '.') && !this.tok(k)!.space) {
      const nt = this.tok(k + 1);
      if (nt && !nt.space && (nt.kind === 'num' || nt.kind === 'word')) return { step: this.step(kind, raw, t, letterShape(raw)), next: i + 1 };
      k++;
    }
    const nt = this.tok(k);
    // "Artikel 32 Absatz 2 Buchstabe b VStrR", "Art. 5 Abs. 2 Bst. b ATSG": a law's abbreviation after the letter
    const abbreviation = !!nt && this.c.table.abbreviationsAfter === 'initials' && nt.kind === 'word' && LAW_INITIALS.test(nt.raw);
    // "of Article VI thereof": a word that refers back to what was named before ends the citation, not the number
    const refersBack = !!nt && nt.kind === 'word' && !!this.c.table.anaphoricAfter && ANAPHORIC_WORD.test(nt.raw) && this.c.table.anaphoricAfter.test(nt.raw);
    // ("la section 2 du chapitre IV sont punis": a grouping that holds the units cited before it, numbered by two capitals or
    // more, is no word, whatever follows it; standing first, "Part II shall" may be words a converter's text garbled)
    // (an article numbered so where amending acts number theirs in roman numerals: "V čl. XVII se body 3, 9, 10 a 18 zrušují.")
    const numeral = isRomanUpper && raw.length >= 2 && ((this.readingOuterUnit && LETTERLESS_KINDS.has(kind)) || (kind === 'article' && !!this.c.table.romanArticles));
    if (nt && nt.kind === 'word' && !nt.newline && !this.isConnectorLike(k) && !abbreviation && !refersBack && !numeral) return null;
    return { step: this.step(kind, raw, t, letterShape(raw)), next: i + 1 };
  }

  /**
   * "article 293 B", "article 39 octies D", "article 87-0 A bis", "article 46 quindecies QA du code général des impôts"
   * (France's tax code): capitals after a space go on numbering an article, where the table says so; not "l'article 5 A
   * partir du …" ("A" that a lower-case word goes on from, other than "du", "et", a Latin word, "précité" or a verb, is "à").
   */
  private capitalsAfterNumber(kind: RefUnitKind, next: number): { text: string; end: number; next: number } | undefined {
    const first = this.capitalsOnce(kind, next);
    // "article 23 L nonies A": capitals, a Latin word, capitals again
    const again = first && first.text !== first.text.toUpperCase() ? this.capitalsOnce(kind, first.next) : undefined;
    return again ? { text: first!.text + again.text, end: again.end, next: again.next } : first;
  }

  private capitalsOnce(kind: RefUnitKind, next: number): { text: string; end: number; next: number } | undefined {
    const capitals = this.tok(next);
    // "Art. 30 c BVG", "Artikel 62 b" at a line's end, "Artikel 12 a der Verordnung": a lower-case letter apart, then a law's
    // initials, a capitalised word, "der"/"des", punctuation or the line's end (never "Art. 5 a)", a list's point)
    if (this.c.table.letterAfterNumber && (kind === 'article' || kind === 'section') && capitals?.kind === 'word' && capitals.space && !capitals.newline && /^[a-z]$/.test(capitals.raw)) {
      const after = this.tok(next + 1);
      // (nor "§ 12 a. F.", the old version's abbreviation: no full stop after the letter)
      const ends = !after || after.newline || (after.kind === 'punct' && /^[,;:]$/.test(after.norm)) || (after.kind === 'word' && (/^\p{Lu}/u.test(after.raw) || !!this.match(this.c.of, next + 1) || this.isConnectorLike(next + 1)));
      return ends ? { text: capitals.raw, end: capitals.end, next: next + 1 } : undefined;
    }
    // "los artículos 144 inciso primero, 146, 161-A, 161 B, 231, …" (Chile's Penal Code): one capital apart, then a comma and the
    // list's next number, where the table reads no capitals after a number
    if (!this.c.table.capitalsAfterNumber && (kind === 'article' || kind === 'section') && capitals?.kind === 'word' && capitals.space && !capitals.newline &&
      /^[A-Z]$/.test(capitals.raw) && this.isPunct(next + 1, ',') && this.tok(next + 2)?.kind === 'num') return { text: capitals.raw, end: capitals.end, next: next + 1 };
    // (not a treaty's initials: "l'article 81 CE", "l'article 6 UE" cite the EC and EU treaties)
    if (!this.c.table.capitalsAfterNumber || (kind !== 'article' && kind !== 'section') || capitals?.kind !== 'word' || !capitals.space || capitals.newline ||
      !/^(?:[A-Z]|(?![IVX]+$)[A-Z]{2,3})$/.test(capitals.raw) || TREATY_INITIALS.has(capitals.raw)) return undefined;
    const following = this.tok(next + 1);
    const latin = following?.kind === 'word' && !following.newline && this.c.numberSuffixWords.has(following.norm);
    const goesOnWith = latin || (following?.kind === 'word' && /^(?:précité|susvisé|susmentionné)e?s?$/u.test(following.norm));
    // ("A" alone is also "à" written without its accent: "l'article 260 A sont considérées" numbers, "5 A partir du" does not)
    if (capitals.raw === 'A' && following?.kind === 'word' && !following.newline && /^\p{Ll}/u.test(following.raw) && !goesOnWith && !this.match(this.c.of, next + 1) &&
      !this.isConnectorLike(next + 1) && !/^(?:sont|est|a|ont|doit|doivent|peut|peuvent|prévue?s?|mentionnée?s?|visée?s?)$/u.test(following.norm)) return undefined;
    return latin ? { text: capitals.raw + following!.norm, end: following!.end, next: next + 2 } : { text: capitals.raw, end: capitals.end, next: next + 1 };
  }

  /** Whether a "(" opened not long before token `i` is still open: the ")" after `i` closes it. */
  private parenthesisOpenBefore(i: number): boolean {
    let depth = 0;
    for (let k = i - 1; k >= Math.max(0, i - PARENTHESIS_REACH); k--) {
      const t = this.tok(k)!;
      if (t.kind === 'break') return false;
      if (t.kind !== 'punct') continue;
      if (t.norm === ')') depth++;
      else if (t.norm === '(' && depth-- === 0) return true;
    }
    return false;
  }

  /**
   * A French code's article number: "323-3-1", "L. 226-1", "R10-13", "L. 34-1-1" → "323-3-1", "L226-1".
   * Only where the table says so, and only with a hyphen or a part letter (a plain "7" is a plain number).
   */
  protected codeNumber(i: number): { number: string; end: number; next: number } | null {
    const letters = this.c.table.codeNumbers?.partLetters;
    if (!letters) return this.stateCodeNumber(i);
    let j = i;
    let prefix = '';
    const t = this.tok(j);
    if (t?.kind === 'word' && letters.includes(t.raw)) {
      prefix = t.raw;
      j++;
      if (this.isPunct(j, '.') && !this.tok(j)!.space) j++;
      // "R. * 122-5", "R* 122-5": the asterisk marks a decree in Conseil d'État; the number is R122-5.
      if (this.isPunct(j, '*')) j++;
      const n = this.tok(j);
      if (!n || n.kind !== 'num' || n.suffix || n.newline) return null;
    }
    const first = this.tok(j);
    if (!first || first.kind !== 'num' || first.suffix) return null;
    let number = prefix + first.digits!;
    let end = first.end;
    j++;
    // "-3-1": each part attached, no space on either side of the hyphen (a spaced dash is a range)
    while (this.isPunct(j, '-') && !this.tok(j)!.space && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.space && !this.tok(j + 1)!.suffix) {
      number += '-' + this.tok(j + 1)!.digits!;
      end = this.tok(j + 1)!.end;
      j += 2;
    }
    return prefix || number.includes('-') ? { number, end, next: j } : null;
  }

  /**
   * A state code's section number in any language: "6-1-1306" (Colorado), "47-18-3203" (Tennessee), "13-61-201" (Utah): three
   * parts or more, each attached by a hyphen. Two parts are left as they were: "sections 2-5" is a range.
   */
  private stateCodeNumber(i: number): { number: string; end: number; next: number } | null {
    const first = this.tok(i);
    if (!first || first.kind !== 'num' || first.suffix || !this.attachedHyphenPart(i + 1) || !this.attachedHyphenPart(i + 3)) return null;
    let number = first.digits!;
    let end = first.end;
    let j = i + 1;
    while (this.attachedHyphenPart(j)) {
      number += '-' + this.tok(j + 1)!.digits!;
      end = this.tok(j + 1)!.end;
      j += 2;
    }
    return { number, end, next: j };
  }

  /** "-1" right after a number: a hyphen and a plain number, no space on either side. */
  private attachedHyphenPart(j: number): boolean {
    const part = this.tok(j + 1);
    return this.isPunct(j, '-') && !this.tok(j)!.space && part?.kind === 'num' && !part.space && !part.suffix;
  }

  /** Sub-steps after a primary: ".a", "(b)", " (b)", " b)", "’1‘", " a.ii". */
  protected subSteps(steps: IStep[], i: number): number {
    for (;;) {
      if (steps.length >= MAX_DEPTH) return i;
      const t = this.tok(i);
      if (!t || t.kind === 'break') return i;
      if (t.kind === 'marker' && !t.newline) {
        steps.push(this.step('unspecified', t.norm, t, (t.style === 'quote' ? 'q' : 'p') + letterShape(t.norm)));
        i++;
        continue;
      }
      if (t.kind === 'punct' && t.norm === '.' && !t.space) {
        const n = this.tok(i + 1);
        // right after the dot: "21-nonies.((41))" (normattiva's amendment marks, which the tokenizer skips) is no "21-nonies.41"
        if (n && !n.space && n.start === t.end && (n.kind === 'num' || (n.kind === 'word' && /^([a-zA-Z]|[ivx]{1,5})$/.test(n.raw)))) {
          // "489.1 and 490" (levelsBelowSection: a section numbered with a dot): the part after the dot is no level a sibling attaches to
          const dotted = n.kind === 'num' && this.c.table.levelsBelowSection ? 'dnum' : 'num';
          steps.push(this.step('unspecified', n.kind === 'num' ? n.digits! + (n.suffix ?? '') : n.raw, n, n.kind === 'num' ? dotted : letterShape(n.raw)));
          i += 2;
          continue;
        }
        return i;
      }
      if (t.kind === 'word' && t.space && !t.newline && /^([a-zA-Z]{1,2}|[ivx]{1,5})$/.test(t.raw)) {
        // "(Art. 554 OR)", "Art. 5 GG)": a law's abbreviation (anchors.ts), not the letter "2 b)"
        if (this.c.table.abbreviationsAfter === 'initials' && /^[A-Z]{2}$/.test(t.raw)) return i;
        // "(art. 34 e 35 PA)", "(art. 34 CP)" (Switzerland's French and Italian): two capitals closing the parenthesis opened before
        // the citation name its act
        if (this.c.table.abbreviationsAfter === 'capitals' && /^[A-Z]{2}$/.test(t.raw) && this.isPunct(i + 1, ')') && this.parenthesisOpenBefore(i)) return i;
        const close = this.tok(i + 1);
        // "2 b)"
        if (close && close.kind === 'punct' && close.norm === ')' && !close.space) {
          steps.push(this.step('unspecified', t.raw, t, letterShape(t.raw), close.end));
          i += 2;
          continue;
        }
        // "1 a.ii"
        const after = this.tok(i + 2);
        if (/^[a-z]$/.test(t.raw) && close && close.kind === 'punct' && close.norm === '.' && !close.space &&
          after && !after.space && after.kind === 'word' && /^([a-z]|[ivx]{1,5})$/.test(after.raw)) {
          steps.push(this.step('unspecified', t.raw, t, letterShape(t.raw)));
          i += 1;
          continue;
        }
      }
      return i;
    }
  }

  protected item(i: number, kind: RefUnitKind, numericOnly: boolean): Item | null {
    const p = this.primary(i, kind, numericOnly);
    if (!p) return null;
    let steps = [p.step];
    let next = this.subSteps(steps, p.next);
    steps = this.partOfSection(steps, kind);
    const last = steps[steps.length - 1];
    const endChar = Math.max(last.span.end, this.toks[next - 1].end);
    // "d. and e": a letter's own "." is skipped when a connector follows it
    if (this.isPunct(next, '.') && !this.tok(next)!.space && /^(p|q)?(lower|upper|roman|uroman|arabic)$/.test(last.shape)) {
      const after = this.tok(next + 1);
      // ("los artículos 9.1.d., 9.2.b.\n\ny 9.2.c. del CONVENIO": over a line's end when the list's next number follows the connector)
      const nextLine = after?.newline && after.kind === 'word' && this.tok(next + 2)?.kind === 'num';
      if (after && (!after.newline || nextLine) && (this.isComma(next + 1) || (after.kind === 'word' && this.isConnectorLike(next + 1)))) next++;
    }
    return { steps, next, endChar };
  }

  /**
   * "subsection 31(6)" → section 31, subsection 6; "paragraph 38.01(6)(d)" → section 38.01, (6), paragraph d: the
   * levels below a section (LanguageTable.levelsBelowSection) count the bracketed parts glued to the number.
   */
  private partOfSection(steps: IStep[], kind: RefUnitKind): IStep[] {
    const level = this.c.table.levelsBelowSection?.[kind];
    if (!level || steps[0].shape !== 'num') return steps;
    let first = 1;
    // "38.01": a section numbered with a dot
    while (first < steps.length && steps[first].shape === 'dnum') first++;
    const parts = steps.slice(first);
    if (parts.length !== level || !parts.every((part) => part.shape.startsWith('p')) || parts[0].span.start !== steps[first - 1].span.end) return steps;
    return steps.map((step, k) => ({ ...step, kind: k === 0 ? 'section' : k === steps.length - 1 ? kind : step.kind }));
  }

  /** Attaches a later item to the previous one: "2703(a), (b)" → 2703/(b); else a sibling, or null. */
  protected attach(prev: IStep[], steps: IStep[], kind: RefUnitKind): IStep[] | null {
    const first = steps[0];
    // "onderdeel a, ii": a bare roman numeral after a bare letter (other than h) goes one level down
    const tail = prev[prev.length - 1];
    // "artículos 304, 305.3 y 308.1": an item written like the one before, to the same depth, is its sibling
    if (steps.length > 1 && steps.length === prev.length && steps.every((step, k) => step.shape === prev[k].shape)) {
      // (a section's part, "38.01(8) and 38.02(1.1)", keeps the section its item read: partOfSection)
      return steps.map((step, k) => ({ ...step, kind: k === 0 ? (step.kind === prev[0].kind ? step.kind : kind) : prev[k].kind }));
    }
    // (not where the language letters its items with "i", "k", skipping others: Vietnamese "các điểm a, b, c, d, e, g, i và k")
    if (first.shape === 'roman' && tail.shape === 'lower' && tail.number !== 'h' && !this.c.table.lettersOnly) {
      return prev.concat(steps.map((s) => ({ ...s, kind: 'unspecified' as RefUnitKind })));
    }
    // "subsection (1)(b)(ix) and (x)", "(1)(b)(iv) and (v)": a lone "v" or "x" after a roman step is the numeral after it, that
    // step's sibling, not a letter of the level above
    if ((first.number === 'v' || first.number === 'x') && first.shape.endsWith('lower')) {
      for (let j = prev.length - 1; j >= 1; j--) {
        if (prev[j].shape === first.shape.replace(/lower$/, 'roman') && romanValue(prev[j].number) === romanValue(first.number)! - 1) {
          return prev.slice(0, j).concat(steps.map((s, k) => ({ ...s, shape: k === 0 ? prev[j].shape : s.shape, kind: j + k < prev.length ? prev[j + k].kind : 'unspecified' })));
        }
      }
    }
    for (let j = prev.length - 1; j >= 1; j--) {
      if (prev[j].shape === first.shape) {
        const kinds = steps.map((s, k) => (j + k < prev.length ? prev[j + k].kind : 'unspecified'));
        return prev.slice(0, j).concat(steps.map((s, k) => ({ ...s, kind: kinds[k] })));
      }
    }
    if (family(prev[0].shape) === family(first.shape)) return [{ ...first, kind }, ...steps.slice(1)];
    return null;
  }

  // ----- separators

  /**
   * "," | conn | "," conn — returns the index after it, or -1. With `preposition`, a French "au"/"aux"
   * repeated after the connector is skipped ("aux 3° à 5° et aux 7° à 9°", "au premier et au deuxième
   * alinéa"): only between bare items or ordinals, never after "l'article L. 324-1 et aux 1° …".
   */
  protected listSep(i: number, preposition = false, semicolons = false): number {
    let j = i;
    // "articoli 83, comma 6; 88, comma 3; 97, comma 9" (Italy): a semicolon parts the items of a list of articles
    // (the caller says when), a number after it
    if (this.isComma(j) || (semicolons && this.c.table.semicolonLists && this.isPunct(j, ';') && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.newline)) j++;
    // "los incisos g); h); j); k); y n) del artículo 6º" (Argentina): letters closed by a parenthesis, parted by semicolons
    // (the letter after the semicolon, or after "y", goes on as a list does: "inciso a); b) la persona" is a list of the text's)
    else if (this.isPunct(j, ';') && this.closedLetterAt(j - 2) && (this.listedLetterAt(j + 1) || (!!this.match(this.c.list, j + 1) && this.listedLetterAt(this.match(this.c.list, j + 1)!.next)))) j++;
    // "los incisos n), o) y p)", "d), e) y f)": a letter closed by its parenthesis is the next item, though it is the language's "or" or "and"
    if (j > i && this.closedLetterAt(j)) return j;
    const conn = this.match(this.c.list, j);
    if (conn) return preposition && this.c.table.bareUnits?.before.includes(this.tok(conn.next)?.norm ?? '') ? conn.next + 1 : conn.next;
    // "المادتين الخامسة والسادسة": the list's "و" written onto the ordinal after it, which is the next item
    if (j === i && this.gluedListOrdinal(j)) return j;
    return j > i ? j : -1;
  }

  /**
   * An ordinal with the language's "and" or "or" written onto it, as Arabic writes "و" ("والسادسة", "والأولى بعد المائة"):
   * the ordinal's match (its value, and the token after it), or null. A compound ordinal ("الخامسة والعشرون") is read whole
   * first, by the ordinal's own match.
   */
  private gluedListOrdinal(i: number): { value: number; next: number; skip: number } | null {
    return this.c.table.ordinalItems && this.gluedConnector(i) ? this.match(this.c.ordinals, i, true) : null;
  }

  /** Whether the word at `i` begins with a list connector written onto it as a prefix (Arabic "و": "والسادسة", "والفقرة"). */
  protected gluedConnector(i: number): boolean {
    const t = this.tok(i);
    if (!t || t.kind !== 'word' || !this.c.prefixes.length) return false;
    return this.c.table.listConnectors.some((connector) => t.norm.length > connector.length + 1 && t.norm.startsWith(connector) &&
      this.c.prefixes.some(([written, replacement]) => written === connector && replacement === ''));
  }

  /** A letter or two closed by a parenthesis at token i, none opened: "h)", "ll)". */
  private closedLetterAt(i: number): boolean {
    const letter = this.tok(i);
    const close = this.tok(i + 1);
    return letter?.kind === 'word' && letter.norm.length <= 2 && close?.kind === 'punct' && close.norm === ')' && !close.space && !this.isPunct(i - 1, '(');
  }

  /** A closed letter at token i that a separator, a list's connector or an of-word follows: "h);", "r) y", "s) del". */
  private listedLetterAt(i: number): boolean {
    return this.closedLetterAt(i) && (this.isPunct(i + 2, ';,') || !!this.match(this.c.list, i + 2) || !!this.match(this.c.of, i + 2));
  }

  protected rangeSep(i: number): number {
    const r = this.match(this.c.range, i);
    return r ? r.next : -1;
  }

}

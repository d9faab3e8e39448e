// Which instrument an unanchored citation ("§ 244 Abs. 1", "section 5") belongs to when the words
// that name it stand elsewhere than right after it:
// - at the end of a chain of citations: "(§ 239b Abs. 2 in Verbindung mit § 239a Abs. 1 des
//   Strafgesetzbuches)", "§§ 84 bis 86 und des § 90b des Strafgesetzbuches";
// - in the lead-in of the list the citation stands in: "1. aus dem Strafgesetzbuch: a) … nach den
//   §§ 80a bis 82", "(2) Offences under the Criminal Code: (a) section 5".
// Real statutes cite other codes this way constantly; read as units of this document, every such
// citation is a false "broken reference".
import { firstStartingFrom } from './spanSearch';
import type { Unit } from './model';
import type { DocumentModel, DocumentReference } from './document';
import { instrumentsNamedIn, tablesFor } from './references/grammar';
import { TreeKeyedCache } from './treeKeyed';
import { FOOTNOTE_MARK, detached, withoutEscapes, withoutLinkMarkup } from './text';
import { indexByStart } from './childIndex';
import { readHeading } from './headings';
import { headingsAbove } from './headingsAbove';
import { normaliseName } from './documentNames';
import { quotationOpenedIn } from './quotedWords';
import { AMENDING_LEAD_IN_TAIL, AMENDS_AS_FOLLOWS_IN, AMENDS_AS_FOLLOWS_SENTENCE_TAIL, AS_AMENDED_BY, insertingInstructionAbove, joined } from './amendingInstruction';

/** How far after a citation the chain may end (resolutionReuse.ts re-resolves a citation when an edit is this close). */
export const CHAIN_REACH = 200;
/** A lead-in longer than this is a sentence of its own, not a list's heading. */
export const LEAD_IN_MAX = 200;

/** Words that join citations of one chain: "und", "in Verbindung mit", "read with", "et à l'", and the articles before a "§". */
const CHAIN_WORDS = new Set(['und', 'oder', 'sowie', 'bzw', 'in', 'verbindung', 'mit', 'jeweils', 'auch', 'i', 'v', 'm', 'des', 'der', 'den', 'dem',
  'and', 'or', 'read', 'together', 'with', 'conjunction', 'the', 'of',
  'et', 'ou', 'ainsi', 'que', 'en', 'liaison', 'à', 'au', 'aux', "l'", 'l’', 'de', 'du', 'la',
  'y', 'o', 'relación', 'con', 'al', 'el', 'juncto', 'van', 'het', 'die', 'das', 'nach']);
/** A comma joins a chain only in languages that list citations with commas before the instrument ("§§ 94, 95 Absatz 3 und § 96 … des Strafgesetzbuches"). */
const COMMA_CHAINS = new Set(['de']);

/**
 * Where the chain this citation begins is anchored: the citations after it up to the first one
 * with an anchor are joined only by chain words, within CHAIN_REACH characters. "§ 239b Abs. 2 in
 * Verbindung mit § 239a Abs. 1 des Strafgesetzbuches": the Strafgesetzbuch; "aux articles 33 à 37
 * et à l'article 495 du présent code": this document.
 */
export function chainAnchor(model: DocumentModel, reference: DocumentReference): DocumentReference['anchor'] | undefined {
  const references = model.references;
  // Citations of one kind of unit chain; "section 7 or article 2 of the Convention" are this law's section and the Convention's article.
  const kind = reference.targets[0]?.path[0]?.kind;
  if (!kind) return undefined;
  let end = reference.span.end;
  for (let i = reference.index + 1; i < references.length; i++) {
    const next = references[i];
    if (next.span.start - reference.span.end > CHAIN_REACH) return undefined;
    if (!joinsChain(model.text.slice(end, next.span.start), model.language)) return undefined;
    if (otherCitableKind(kind, next)) return undefined;
    if (next.anchor.kind !== 'none') return next.targets.length && next.span.end - reference.span.end <= CHAIN_REACH ? next.anchor : undefined;
    end = next.span.end;
  }
  return undefined;
}

/**
 * Whether `next` cites an article where `kind` is a section, or the reverse: "section 7 or article 2
 * of the Convention". Paragraphs between ("§§ 478, 479 Absatz 1 und Absatz 6 sowie § 480 der
 * Strafprozessordnung") go on with the chain.
 */
function otherCitableKind(kind: string | undefined, next: DocumentReference): boolean {
  const nextKind = next.targets[0]?.path[0]?.kind;
  const citable = (k: string | undefined) => k === 'article' || k === 'section';
  return citable(kind) && citable(nextKind) && kind !== nextKind;
}

function joinsChain(gap: string, language: string): boolean {
  if (/\n[ \t]*\n/.test(gap) || /[;:]/.test(gap)) return false;
  const commas = gap.includes(',');
  if (commas && !COMMA_CHAINS.has(language.split(/[-_]/)[0])) return false;
  const words = gap.toLowerCase().replace(/[,.()]/g, ' ').split(/\s+/).filter(Boolean);
  return words.every((word) => CHAIN_WORDS.has(word));
}

/**
 * The instrument named at the end of the lead-in of a list the citation stands in ("aus dem
 * Strafgesetzbuch:"), when that lead-in is short and cites nothing itself. The lead-in is a unit's
 * own first paragraph: up to its first sub-unit or blank line. Each unit's lead-in is read once per
 * document version, and only the nearest few levels are looked at: a list nested 200 deep stays linear.
 */
export function instrumentOfLeadIn(model: DocumentModel, reference: DocumentReference): string | undefined {
  let levels = 0;
  let unit = model.unitsById.get(reference.unitId);
  for (; unit && unit !== model.root && unit.headingDepth === 0 && levels < MAX_LEAD_LEVELS; unit = unit.parent, levels++) {
    // (an item of the provision itself after its lead-in paragraph too: "In regulation 4 of the 2003 Regulations (first notice)—"
    // then "- (a) in paragraph (3)(b)—", a Scottish SI)
    // (the instruction above is looked for only where a lead-in before could name something: most items have none)
    if (unit.kind === 'alinea' || (unit.parent?.citable && alineaBefore(unit) && !insertingInstructionAbove(model, reference.span.start))) {
      const cited = citedLeadInBefore(model, unit);
      if (cited) return cited;
    }
    if (unit.kind === 'article' || unit.kind === 'section') return amendedByOpening(model, unit, reference);
    // (a lead-in names the instrument of what comes after it: a citation inside it does not need it read)
    if (reference.span.start >= leadInEndOf(model, unit)) {
      const lead = leadInOf(model, unit);
      if (lead?.name) return lead.name;
    }
  }
  // the provision headed as such: what its opening paragraph says it amends
  if (unit && unit.headingDepth > 0 && (unit.kind === 'article' || unit.kind === 'section')) {
    const amended = amendedByOpening(model, unit, reference);
    if (amended) return amended;
  }
  // "#### Theft Act 1968 (c. 60)" over "##### 3 Omit section 15B": a schedule of amendments, the Act each amends as its cross-heading
  if (unit && unit.headingDepth > 0 && !unit.citable) return instrumentOfCrossHeading(model, unit);
  return undefined;
}

/** How many lines back the cross-heading over a heading unit is looked for. */
const CROSS_HEADING_LINES = 400;
const crossHeadings = new TreeKeyedCache<Map<Unit, string | null>>();

/**
 * The instrument a plain heading over `unit` names, and nothing else ("#### Theft Act 1968 (c. 60)", "#### Theft (Northern
 * Ireland) Order 1978 (S.I. 1978/1407 (N.I. 23))"): a schedule of amendments groups its paragraphs by the Act they amend.
 * The nearest heading shallower than the unit's decides; a heading that names this document, or opens a unit, names none.
 */
export function instrumentOfCrossHeading(model: DocumentModel, unit: Unit): string | undefined {
  let known = crossHeadings.get(model);
  if (!known) crossHeadings.set(model, (known = new Map()));
  let name = known.get(unit);
  if (name === undefined) {
    name = null;
    const heading = headingAbove(model.text, unit.labelSpan.start, unit.headingDepth);
    if (heading && !readHeading(heading)) {
      const words = heading.replace(/[*_]/g, '').trim();
      const named = instrumentsNamedIn(words, model.language);
      const rest = named.length === 1 ? words.slice(0, named[0].span.start) + words.slice(named[0].span.end) : undefined;
      if (rest !== undefined && /^\s*(?:the\s+)?(?:\((?:[^()\n]|\([^()\n]*\)){1,60}\))?\s*$/i.test(rest) && !namesItself(model, named[0].name)) name = detached(named[0].name);
    }
    known.set(unit, name);
  }
  return name ?? undefined;
}

/** The nearest markdown heading above `offset` shallower than `depth` (its text), skipping those as deep or deeper. */
function headingAbove(text: string, offset: number, depth: number): string | undefined {
  for (const heading of headingsAbove(text, offset, CROSS_HEADING_LINES)) {
    // (a document's title, "# …", is no cross-heading)
    if (heading.depth > 0 && heading.depth < depth) return heading.depth > 1 ? heading.text : undefined;
  }
  return undefined;
}

/** Whether `name` is this document's own (its title or short title). */
function namesItself(model: DocumentModel, name: string): boolean {
  const squash = (words: string) => words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = squash(name);
  return [model.title, model.frontMatter.shortTitle ?? ''].some((own) => own && squash(own) === wanted);
}

/**
 * The instrument a provision amends as its opening paragraph says, for every citation after it: "1) The Local Government
 * Finance Act 1988 is modified as follows." then "2) In section 114 (functions of responsible officer …)— a) for section
 * (4)(b)(i) substitute— …" (an order that modifies other Acts, one provision per Act). The opening paragraph is the
 * provision's first part, a sentence that names the instrument and says it is amended or modified as follows.
 */
export function amendedByOpening(model: DocumentModel, provision: Unit, reference: DocumentReference): string | undefined {
  const opening = provision.children[0];
  if (!opening || reference.span.start < opening.span.start) return undefined;
  let known = openings.get(model);
  if (!known) openings.set(model, (known = new Map()));
  let names = known.get(provision);
  if (names === undefined) {
    const words = openingText(model.text, opening);
    // "ARTICULO 2° Introdúcense las siguientes modificaciones al Código Orgánico de Tribunales: 1) Suprímese … 3) Sustitúyese el
    // artículo 43° por el siguiente: "…"" (the BCN's text of an amending law, its items run into one paragraph): the words up to
    // the colon say what it amends, and the citations after the colon are of that
    const colonInWords = words.indexOf(':');
    const whole = openingAmends(words, model.language);
    const toColon = whole || colonInWords < 0 ? undefined : openingAmends(words.slice(0, colonInWords + 1), model.language);
    const byOpening = whole ?? toColon;
    // "**§ 3.** В Гражданския процесуален кодекс (…) се правят следните изменения:" then "1. В чл. 4: …" (lex.bg): the opening
    // words run on from the label, before the first numbered part, the provision's own
    // ("**4. Section 12 of the principal Act is amended—**" read whole as the section's label and bold title, a converter's: the
    // lead-in in the label itself)
    const own = opening.kind === 'alinea' ? undefined : (opening.span.start > provision.labelSpan.end + 1 ? openingAmends(openingWords(model.text, provision.labelSpan.end, opening.span.start), model.language) : undefined) ??
      openingAmends(model.text.slice(provision.labelSpan.start, provision.labelSpan.end).replace(LABEL_NUMBER, ''), model.language);
    const colon = toColon ? model.text.indexOf(':', opening.labelSpan.end) : -1;
    const leadInEnd = colon >= 0 && colon < opening.span.end && colon - opening.labelSpan.end <= OPENING_REACH ? colon : -1;
    known.set(provision, (names = { opening: byOpening ? detached(byOpening) : null, own: own ? detached(own) : null, leadInEnd }));
  }
  if ((reference.span.start >= opening.span.end || (names.leadInEnd >= 0 && reference.span.start > names.leadInEnd)) && names.opening) return names.opening;
  // "The Central Bank of Malaysia Act 2009 [Act 701], which … is amended in subsection 2(1)—": in the lead-in, after the name, the
  // part amended
  // ("The Temporary Measures for Government Financing\n(Coronavirus Disease 2019 (COVID-19)) Act 2020 [Act 830], …": the name read
  // without its bracketed words and line breaks)
  if (names.opening && reference.span.start < opening.span.end && squashed(openingWords(model.text, opening.span.start, reference.span.start)).includes(squashed(names.opening))) return names.opening;
  return names.own ?? undefined;
}

/**
 * The words of a provision's opening paragraph that may say what the provision amends: at most a lead-in's length, bracketed
 * words left out ("В Гражданския процесуален кодекс (обн., ДВ, бр. 59 от 2007 г.; изм., бр. 50 от 2008 г.; …) се правят
 * следните изменения:", lex.bg: the gazette issues of the amended code, hundreds of characters long).
 */
export function openingText(text: string, opening: Unit): string {
  return openingWords(text, opening.labelSpan.end, opening.span.end);
}

/** A section's number at its label's start, in bold or not: "**4. ". */
const LABEL_NUMBER = /^[*_\s]*\d{1,4}[A-Z]{0,3}\.[*_]*\s*/;

function squashed(words: string): string {
  return words.replace(/\s+/g, ' ');
}

function openingWords(text: string, start: number, end: number): string {
  // (a footnote's mark after a name is no word of it: "The Magistrates’ Courts (…) Rules 2002[^f00014] are amended as follows.")
  // ("Le [règlement grand-ducal du 4 novembre 1994](/eli/etat/leg/rgd/1994/11/04/n7/jo) concernant … est modifié comme suit:",
  // Legilux as converted: a link's markup is no word of the name)
  const raw = withoutLinkMarkup(withoutEarlierAmendments(text, start, end).replace(FOOTNOTE_MARK, ''));
  const words = raw.includes('(') ? raw.replace(BRACKETED, ' ').replace(/[ \t]{2,}/g, ' ') : raw;
  // ("Vyhláška č. 335/1997 Sb., kterou se provádí § 18 písm. a), … zákona č. 110/1997 Sb., …, se mění takto:": a name opening a
  // sentence longer than a lead-in, the words that say it is amended at its end, both kept)
  const tail = words.length > LEAD_IN_MAX ? ENDS_AMENDED_AS_FOLLOWS.exec(words.trimEnd()) : null;
  if (tail) return `${words.slice(0, LEAD_IN_MAX - tail[0].length).trim()}${tail[0]}`;
  return words.slice(0, LEAD_IN_MAX).trim();
}


/**
 * The opening paragraph's first OPENING_REACH characters; where it lists the acts that amended its instrument before, without that
 * list ("Zákon č. 182/2006 Sb., o úpadku …, ve znění zákona č. 312/2006 Sb., … a zákona č. 185/2013 Sb., se mění takto:", thirty acts
 * and more): the name, then the words that say it is amended as follows.
 */
function withoutEarlierAmendments(text: string, start: number, end: number): string {
  const raw = text.slice(start, Math.min(end, start + OPENING_REACH));
  const amendedBy = AS_AMENDED_BY.exec(raw);
  if (!amendedBy) return raw;
  const whole = text.slice(start, Math.min(end, start + AMENDED_BY_LEAD_IN_MAX));
  const follows = AMENDS_AS_FOLLOWS_IN.exec(whole.slice(amendedBy.index));
  return follows ? `${whole.slice(0, amendedBy.index).replace(/[\s,]+$/, '')}, ${whole.slice(amendedBy.index + follows.index)}` : raw;
}

/** A sentence's end that says what it names is amended as its list says: ", se mění takto:", "is amended as follows:". */
const ENDS_AMENDED_AS_FOLLOWS = new RegExp(String.raw`,\s*${AMENDS_AS_FOLLOWS_IN.source}\s*[:：]\s*$`, 'iu');

/** How far an opening paragraph is read for its words before the bracketed ones are left out. */
const OPENING_REACH = 2_000;
/** Words in brackets, one level of brackets inside them. */
const BRACKETED = /\((?:[^()\n]|\([^()\n]*\))*\)/g;

/** The instrument a sentence names last and says is amended or modified as follows, if it ends so. */
export function openingAmends(written: string, language: string): string | undefined {
  // ("**6. Section 13 of the principal Act is amended—**", "**2. Section 107 of the Local Government Act 1976 is**\namended—": the
  // emphasis a PDF converter opened or closed anywhere in the lead-in is no word of it)
  const sentence = written.includes('*') || written.includes('_') ? written.replace(/\*{1,3}|_{1,3}/g, '') : written;
  if (!AMENDS_AS_FOLLOWS_IN.test(sentence)) return amendmentsIntroducedTo(sentence, language);
  const named = instrumentsNamedIn(sentence, language);
  // "Section 3 of the principal Act is amended—" (an amending Act's provisions, the Act they amend named once at its start)
  const principal = named.length ? undefined : PRINCIPAL_INSTRUMENT.exec(sentence);
  if (principal) return AMENDS_AS_FOLLOWS_SENTENCE_TAIL.test(sentence.slice(principal.index + principal[0].length)) ? principal[1] : undefined;
  const last = named[named.length - 1];
  if (!last) return undefined;
  const rest = sentence.slice(last.span.end);
  if (AMENDS_AS_FOLLOWS_SENTENCE_TAIL.test(rest)) return last.name;
  // "Zákon č. 408/2000 Sb., o ochraně práv k odrůdám rostlin a o změně zákona č. 92/1996 Sb., …, se mění takto:" (the acts the
  // amended one's title names after it): the sentence opens with the name of what it amends
  if (/^[\s*_]*$/.test(sentence.slice(0, named[0].span.start)) && ENDS_AMENDED_AS_FOLLOWS.test(sentence)) return named[0].name;
  // "La Ley 6/1984, de 5 de junio, del Valedor del Pueblo, queda modificada como sigue a continuación:": the law's date and title
  // between its name and the words
  const dated = DATE_AND_TITLE_AFTER_NAME.exec(rest);
  // (its number in brackets read as a name of its own: "The Central Bank of Malaysia Act 2009 [Act 701], which …": the Act's)
  const prior = named[named.length - 2];
  if (dated && AMENDS_AS_FOLLOWS_SENTENCE_TAIL.test(rest.slice(dated[0].length))) return prior && /^\s*\[$/.test(sentence.slice(prior.span.end, last.span.start)) ? prior.name : last.name;
  // "In the [Employment (Miscellaneous Provisions) (Northern Ireland) Order 1981 (NI 20)](…), Article 7B (powers of officers) is
  // amended as follows." (legislation.gov.uk): a provision of it, the one the items amend
  const provision = PROVISION_AFTER_NAME.exec(rest);
  if (provision && AMENDS_AS_FOLLOWS_SENTENCE_TAIL.test(rest.slice(provision[0].length))) return last.name.replace(LEADING_IN_THE, '');
  return /\b(?:1[6-9]|20)\d\d\b/.test(last.name) && titleThenTail(rest) ? last.name : undefined;
}

/**
 * Whether `rest`, after a name dated by its year, is the rest of its title in small letters, then the words that say it is amended as
 * follows: "Le règlement grand-ducal du 4 novembre 1994 concernant la protection des travailleurs contre les risques | liés à
 * l'exposition à des agents biologiques au travail est modifié comme suit:" (the name read up to "risques"). No comma, figure or
 * capital between: a clause there ("…, dont l'article 5 …") says something else.
 */
function titleThenTail(rest: string): boolean {
  const words = TITLE_WORDS.exec(rest)?.[0] ?? '';
  for (let at = words.length; at > 0; at = words.lastIndexOf(' ', at - 1)) if (AMENDS_AS_FOLLOWS_SENTENCE_TAIL.test(rest.slice(at))) return true;
  return false;
}

/** Words in small letters (elided ones too: "l'exposition"), at most 200 characters. */
const TITLE_WORDS = /^(?:[ \t]+[\p{Ll}'’-]+){1,30}/u;

/** The instrument an amending Act names once and then by a standing phrase, in each language read: "the principal Act", "the principal Ordinance". */
const PRINCIPAL_INSTRUMENT = new RegExp(String.raw`(?<!\p{L})(${joined('principalInstrument')})(?!\p{L})`, 'u');

/** After an instrument's name: its number in brackets and its link's end, then one provision of it and that provision's title. */
// (openingText leaves bracketed words out: "Order 1981 ] , Article 7B is amended as follows.")
const PROVISION_AFTER_NAME = /^(?:[ \t]*\([^()\n]{1,40}\))*[ \t]*(?:\](?:\([^)\s]{1,300}\))?)?[ \t]*,?[ \t]+\p{L}+[ \t]+\d{1,4}[A-Z]{0,3}(?:\(\w{1,4}\))*(?:[ \t]+\([^()\n]{1,80}\))?/u;
/** "In the [" before a name the grammar read from the sentence's start. */
const LEADING_IN_THE = new RegExp(String.raw`^(?:${joined('beforeName')})\[?`);

/** After a law's number, its date and perhaps its title, up to the comma before the verb: ", de 5 de junio, del Valedor del Pueblo". */
const DATE_AND_TITLE_AFTER_NAME = new RegExp(`^(?:${joined('nameThenDate')})(?=,)`, 'u');

/**
 * "Introdúcense las siguientes modificaciones al Código Orgánico de Tribunales:" (Chile), "The following amendments are made to the
 * Evidence Act:": the words that announce the list, then the instrument, then the colon that opens the list.
 */
function amendmentsIntroducedTo(sentence: string, language: string): string | undefined {
  const { announces, holds } = listAnnouncements();
  // (most openings announce no list: the words are looked for before the sentence is read for names, which costs more)
  if (!holds.test(sentence)) return undefined;
  const first = instrumentsNamedIn(sentence, language)[0];
  if (!first || !announces.test(sentence.slice(0, first.span.start)) || !/^[^:\n]{0,160}:\s*$/.test(sentence.slice(first.span.end))) return undefined;
  return first.name;
}

let announcements: { announces: RegExp; holds: RegExp } | undefined;

/** Every language table's words that announce a list of amendments (a sentence announces in whatever language it is written). */
function listAnnouncements(): { announces: RegExp; holds: RegExp } {
  if (announcements) return announcements;
  const announces = new RegExp(`(?:${joined('announcesList')})$`, 'iu');
  const holds = new RegExp(joined('announcesListHolds', 'announcesList'), 'iu');
  return (announcements = { announces, holds });
}

/** Per tree, like the lead-ins: keyed by the model alone, it would hold a resting document's unit tree (treeKeyed.ts). */
const openings = new TreeKeyedCache<Map<Unit, { opening: string | null; own: string | null; leadInEnd: number }>>();

/** How many paragraphs before a list item are looked at for the list's lead-in. */
const SIBLINGS_BACK = 40;

/**
 * The list's lead-in as a paragraph of its own before the items (the items read as the article's
 * paragraphs, as converters flatten them), when it ends by citing another instrument's provision:
 * "Ficam revogados os seguintes dispositivos do art. 5º da Lei nº 9.718, de 27 de dezembro de 1998:"
 * then "I - incisos I e II do caput;" — that law's article 5, not this one's.
 */
function citedLeadInBefore(model: DocumentModel, item: Unit): string | undefined {
  for (const sibling of alineasBefore(item)) {
    const lead = leadInOf(model, sibling);
    // (items the structure reads as the provision's own parts, "- (a) …", follow only an amending list's dash: "… of the 2003
    // Regulations (first notice)—"; after a colon their own links and words say whose they are)
    if (lead?.cited && (item.kind === 'alinea' || /[—–]\s*$/.test(model.text.slice(sibling.span.start, lead.end + 1)))) return lead.name;
    // Another item of the list ("II - …;"), or a paragraph that leads into nothing: the lead-in is the one before, or none.
    if (/[:：]\s*$/.test(model.text.slice(sibling.span.start, Math.min(sibling.span.end, sibling.span.start + LEAD_IN_MAX + 360)).replace(EDITORIAL_TAIL, ''))) return undefined;
  }
  return undefined;
}

/**
 * The alineas before `item` among its siblings, nearest first, that may lead into it: within SIBLINGS_BACK, past earlier items
 * of its own kind ("- (b) …" after "- (a) …": the lead-in before them both), up to a heading or a sibling of another kind.
 */
function* alineasBefore(item: Unit): Generator<Unit> {
  const siblings = item.parent?.children;
  if (!siblings) return;
  const at = indexByStart(siblings, item);
  for (let i = at - 1; i >= 0 && i >= at - SIBLINGS_BACK; i--) {
    const sibling = siblings[i];
    if (sibling.headingDepth > 0 || (sibling.kind !== 'alinea' && sibling.kind !== item.kind)) return;
    if (sibling.kind === 'alinea') yield sibling;
  }
}

/** Whether an alinea stands before `item` that citedLeadInBefore would read (without reading its lead-in). */
function alineaBefore(item: Unit): boolean {
  return !alineasBefore(item).next().done;
}

/** An editor's links and block ids after a paragraph's last word ("    [Produção de efeitos](https://…) ^muntq9"). */
const EDITORIAL_TAIL = /(?:\s*\[[^\]\n]{1,60}\]\([^)\s]{1,300}\))*(?:\s+\^[A-Za-z0-9-]{1,40})*\s*$/;

/** How many enclosing units are looked at for a lead-in: lists in statutes go four or five deep. */
const MAX_LEAD_LEVELS = 8;

const leadIns = new TreeKeyedCache<Map<Unit, LeadIn | null>>();

interface LeadIn {
  end: number;
  /** The instrument the lead-in ends by naming. */
  name?: string;
  /** Named by the citation that ends the lead-in, before its colon ("… do art. 5º da Lei nº 9.718:"). */
  cited?: boolean;
}

/** What may stand between a citation that ends a lead-in and its colon (or a UK lead-in's dash, "In section 25 (…) of the 2006 Act—"): the instrument's date ("de 27 de dezembro de 1998", "of 1998"), and words in brackets ("(nawm 4) (functions of the Commissioner)"). */
// After the colon, an editor's links and block ids ("    [Produção de efeitos](https://…) ^muntq9").
const AFTER_LEAD_IN_CITATION = /^[\s,]*(?:(?:de|of|du|del|vom)\s+(?:\d{1,2}\.?[ºo°]?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?)?\d{4})?(?:\s*\([^()\n]{1,80}\))*\s*[:：—–](?:\s*\[[^\]\n]{1,60}\]\([^)\s]{1,300}\))*(?:\s+\^[A-Za-z0-9-]{1,40})*\s*$/u;

/**
 * "The provisions in the 2011 Act referred to in paragraph (1) are—", "The provisions of the Street Works Act referred to
 * in paragraph (4) are —": a list of that instrument's provisions, whatever the lead-in cites after its name. The name,
 * as the language's table says where such a lead-in has it (LanguageTable.provisionsListLeadIn).
 */
function instrumentOfProvisionsList(trimmed: string, language: string): string | undefined {
  for (const table of tablesFor(language)) {
    const form = table.provisionsListLeadIn;
    const opening = form?.opening.exec(trimmed);
    if (!form || !opening || !(form.listFollows.test(trimmed) || (opening[1] && /[:—–]\s*$/.test(trimmed)))) continue;
    const named = trimmed.slice(opening[0].length);
    const listed = instrumentsNamedIn(named, language)[0];
    // right after the of-word, a determiner at most: "of the Street Works Act", not "of paragraph 3 of the Act"
    const before = listed ? named.slice(0, listed.span.start).trim().toLowerCase() : undefined;
    if (listed && (before === '' || table.determiners.includes(before!))) return listed.name;
  }
  return undefined;
}

/** A unit's lead-in: where it ends, and the instrument it ends by naming (when it cites nothing, or ends by citing another instrument's provision). */
function leadInOf(model: DocumentModel, unit: Unit): LeadIn | null {
  let known = leadIns.get(model);
  if (!known) leadIns.set(model, (known = new Map()));
  const cached = known.get(unit);
  if (cached !== undefined) return cached;
  let found: LeadIn | null = null;
  const start = unit.labelSpan.end;
  const end = leadInEndOf(model, unit);
  const trimmed = model.text.slice(start, end).trim();
  const listed = instrumentOfProvisionsList(trimmed, model.language);
  if (listed) {
    found = { end, name: listed };
  } else if (trimmed && trimmed.length <= LEAD_IN_MAX && !citesBetween(model, start, end)) {
    const named = instrumentsNamedIn(trimmed, model.language);
    const last = named[named.length - 1];
    // The lead-in ends with the name: "aus dem Strafgesetzbuch:", not "Subject to the Evidence Act, a court may:".
    // Or with an amendment of it: "Al decreto …, n. 917, sono apportate le seguenti modificazioni:".
    const rest = last ? trimmed.slice(last.span.end) : '';
    // ("(a) in the Theft Act 1968 (c. 60)—": a UK Act's chapter number after its name, "(c. 16 (N.I.))", "(S.I. 1978/1407 (N.I. 23))")
    // ("the following provisions of the_ Public Governance, Performance and Accountability Act 2013_:": a converter's italics around the name)
    // ("(d) decisions under the _Migration Act 1958_, being:": the list, "being" or "namely" what it names)
    found = { end, ...(last && (/^[*_]*(?:\s*\((?:c\.|S\.I\.|S\.R\.|asp|anaw|nawm|asc)\s*(?:[^()\n]|\([^()\n]*\)){1,50}\))?(?:,?[ \t]+(?:being|namely))?[\s:;,.—–-]*$/.test(rest) || AMENDING_LEAD_IN_TAIL.test(rest)) ? { name: last.name } : {}) };
  } else if (trimmed && trimmed.length <= LEAD_IN_MAX + 360) {
    // The last citation before the colon names another instrument's provision: the list is of that provision's parts.
    const references = model.references;
    const lastIndex = firstReferenceFrom(model, end) - 1;
    const last = lastIndex >= 0 ? references[lastIndex] : undefined;
    const rest = last ? model.text.slice(last.span.end, end) : '';
    if (last && last.span.start >= start && last.anchor.kind === 'instrument' && (AFTER_LEAD_IN_CITATION.test(rest) || AMENDING_LEAD_IN_TAIL.test(rest))) {
      found = { end, name: last.anchor.name, cited: true };
    } else {
      const amended = amendedByLeadIn(model, start, trimmed);
      if (amended) found = { end, name: amended, cited: true };
    }
  }
  known.set(unit, found);
  return found;
}

/**
 * The instrument a long lead-in amends, named before its "amended as follows" ("Nel decreto legislativo 18 agosto 2000,
 * n. 267, e successive modificazioni, recante …, sono apportate le seguenti modificazioni: 1) all'art. 114:"): by name,
 * or by the citation of one of its provisions, whichever comes last before those words.
 */
function amendedByLeadIn(model: DocumentModel, start: number, trimmed: string): string | undefined {
  const amends = AMENDS_AS_FOLLOWS_IN.exec(trimmed);
  if (!amends) return undefined;
  const offset = model.text.indexOf(trimmed, start);
  // ("Zákon č. 182/2006 Sb., …, ve znění zákona č. 312/2006 Sb., zákona č. 108/2007 Sb., …, se mění takto:": the names after "ve
  // znění" are of the acts that amended it before)
  const amendedBy = AS_AMENDED_BY.exec(trimmed.slice(0, amends.index));
  const before = trimmed.slice(0, amendedBy?.index ?? amends.index);
  const named = instrumentsNamedIn(before, model.language);
  let name = named[named.length - 1]?.name;
  let nameEnd = named[named.length - 1]?.span.end ?? -1;
  for (let i = firstReferenceFrom(model, offset); i < model.references.length && model.references[i].span.start < offset + before.length; i++) {
    const reference = model.references[i];
    if (reference.anchor.kind === 'instrument' && reference.span.end - offset > nameEnd) {
      name = reference.anchor.name;
      nameEnd = reference.span.end - offset;
    }
  }
  return name;
}

const leadInEnds = new TreeKeyedCache<Map<Unit, number>>();

/** Where a unit's lead-in ends (leadInEnd), once per unit and document version. */
function leadInEndOf(model: DocumentModel, unit: Unit): number {
  let known = leadInEnds.get(model);
  if (!known) leadInEnds.set(model, (known = new Map()));
  let end = known.get(unit);
  if (end === undefined) known.set(unit, (end = leadInEnd(model, unit)));
  return end;
}

function leadInEnd(model: DocumentModel, unit: Unit): number {
  let end = Math.min(unit.span.end, unit.labelSpan.end + LEAD_IN_MAX + 360 + 64);
  const firstChild = unit.children.find((child) => child.headingDepth === 0 && child.span.start > unit.labelSpan.end);
  if (firstChild) end = Math.min(end, firstChild.span.start);
  const blank = /\n[ \t]*\n/.exec(model.text.slice(unit.labelSpan.end, end));
  return blank ? unit.labelSpan.end + blank.index : end;
}

/** How long a lead-in that lists the acts which amended its instrument before may be (thirty such acts and more). */
const AMENDED_BY_LEAD_IN_MAX = 6_000;


/** Whether a citation starts in [start, end): a binary search over the document's citations, in text order. */
function citesBetween(model: DocumentModel, start: number, end: number): boolean {
  const at = firstReferenceFrom(model, start);
  return at < model.references.length && model.references[at].span.start < end;
}

function firstReferenceFrom(model: DocumentModel, offset: number): number {
  return firstStartingFrom(model.references, offset);
}

/**
 * Sentence ends: a word of three letters or more or an act's number ("der Verordnung (EU) 2016/679. § 32 gilt"), a full
 * stop, and a capital or "§" ("… entsprechend. Für"), not "Abs. 2" nor an ordinal ("5. Buch").
 */
// The letters are looked behind, so that the engine looks for the stop first and tests the letters only there (as
// "\p{Ll}{3,}[.!?]" it tried every lower-case run at each of its letters: 30 µs on 300 characters).
// (or an item's end: "… del Libro Segundo del Código Penal".\n3) Reemplázase el número 6º del artículo 2163", the next item is another sentence)
const SENTENCE_END = /(?<=\p{Ll}{3}["”»]?|\/\d{1,5})[.!?]\s+(?=[\p{Lu}§])|[.;:]["”»]?[ \t]*\n(?=[ \t]*\(?[\p{L}\d]{1,4}\)[ \t])/gu;
const SENTENCE_REACH = 300;
/** A blank line between a word (or a comma) and a lower-case word or a number: a line wrapped by a converter that double-spaces. */
const SOFT_BREAK = /[\p{Ll}\d,][ \t]*\n\n[ \t]*[\p{Ll}\d]/u;
const SOFT_BREAKS = /([\p{Ll}\d,][ \t]*)\n\n(?=[ \t]*[\p{Ll}\d])/gu;

/**
 * For a citation that names nothing this document holds: the instrument named earlier in its
 * sentence, with only unanchored citations between ("Die Vorschriften der Strafprozessordnung mit
 * Ausnahme der §§ 139, 140 …", "aus dem Gesetz über Urheberrecht … nach den §§ 106 bis 108b").
 * Not proof, so the citation is only not reported, with this reason.
 */
export function instrumentEarlierInSentence(model: DocumentModel, reference: DocumentReference): string | undefined {
  if (model.language.startsWith('zh') || model.language === 'ja') return chineseInstrumentEarlier(model, reference);
  const from = Math.max(0, reference.span.start - SENTENCE_REACH);
  let window = model.text.slice(from, reference.span.start);
  let offset = from;
  let paragraph = window.lastIndexOf('\n\n');
  // "… de la Ley 11.723, las\n\nprevistas … en los artículos 61 y 67" (InfoLEG puts a blank line after every wrapped line):
  // a blank line inside a sentence, between a word and a lower-case word or a number, parts no paragraphs
  while (paragraph >= 0 && SOFT_BREAK.test(window.slice(Math.max(0, paragraph - 2), paragraph + 6))) paragraph = paragraph > 0 ? window.lastIndexOf('\n\n', paragraph - 1) : -1;
  if (paragraph >= 0) {
    window = window.slice(paragraph + 2);
    offset += paragraph + 2;
  }
  let cut = 0;
  // With the citation's first character: a sentence may end right before it ("… 2016/679. § 32 gilt entsprechend").
  for (const end of (window + model.text.charAt(reference.span.start)).matchAll(SENTENCE_END)) cut = (end.index ?? 0) + end[0].length;
  window = window.slice(cut);
  offset += cut;
  // a name wrapped over such a blank line ("según Ley\n\n24.013 (art. 136)") is read as one; the length stays, and the offsets
  const named = instrumentsNamedIn(window.replace(SOFT_BREAKS, '$1 \n'), model.language);
  const last = named[named.length - 1];
  if (last) {
    const nameEnd = offset + last.span.end;
    let anchoredBetween = false;
    for (let i = firstReferenceFrom(model, nameEnd); i < reference.index && !anchoredBetween; i++) anchoredBetween = model.references[i].anchor.kind !== 'none';
    if (!anchoredBetween) return last.name;
  }
  return instrumentLaterInSentence(model, reference);
}

/**
 * Chinese: the instrument the last anchored citation before this one in its sentence names ("有銀行法第六十二條第一項所定業務
 * …之虞或第六十四條虧損", an enumeration run over commas), where the sentence ends at "。", "；", "！", "？" or a line's end.
 * Names are read with their citations (cjk.ts): no other name is looked for.
 */
function chineseInstrumentEarlier(model: DocumentModel, reference: DocumentReference): string | undefined {
  const window = model.text.slice(Math.max(0, reference.span.start - SENTENCE_REACH), reference.span.start);
  const end = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('\n'));
  const sentenceStart = reference.span.start - window.length + end + 1;
  for (let i = reference.index - 1; i >= 0; i--) {
    const before = model.references[i];
    if (before.span.end <= sentenceStart) return undefined;
    if (before.anchor.kind === 'instrument') return before.anchor.name;
    if (before.anchor.kind !== 'none') return undefined;
  }
  return undefined;
}

/** A list item's marker: a bullet, a letter or number closed by ")", or both ("- kk) ", "* ", "12) "); not "3. ", a numbered paragraph of this law. */
const ITEM_OPENING = /^[ \t]*(?:[-*+][ \t]+(?:\(?[\p{L}\d]{1,4}[.)][ \t]*)?|\(?[\p{L}\d]{1,4}\)[ \t]+)/u;
/**
 * How far into its item a citation may stand and still be read as a unit of the instrument the item opens with: within
 * what an in-place edit makes resolution read again (resolutionReuse.ts READS_BEFORE, 420).
 */
const ITEM_REACH = 400;

/**
 * "- kk) legge 15 maggio 1997, n. 127, limitatamente agli articoli: 4; 5 ad eccezione del comma 7; 6 commi 1, 2 …":
 * a list item (a line of a repeal list) that opens by naming an instrument by its date or number lists that
 * instrument's units, for the item's first 400 characters (ITEM_REACH). The name, when the item opens with one and no
 * citation between names another.
 */
export function instrumentOpeningItem(model: DocumentModel, reference: DocumentReference): string | undefined {
  const text = model.text;
  const lineStart = model.lines.lineAround(reference.span.start).start;
  if (reference.span.start - lineStart > ITEM_REACH) return undefined;
  const marker = ITEM_OPENING.exec(text.slice(lineStart, lineStart + 16));
  if (!marker) return undefined;
  const opening = lineStart + marker[0].length;
  const first = instrumentsNamedIn(text.slice(opening, Math.min(reference.span.start, opening + 200)), model.language)[0];
  // An instrument named by its date or number ("legge 15 maggio 1997, n. 127"), not a noun ("Nel regolamento")
  if (!first || first.span.start > 0 || !/\d/.test(first.name)) return undefined;
  for (let i = firstReferenceFrom(model, opening); i < reference.index; i++) if (model.references[i].anchor.kind !== 'none') return undefined;
  return first.name;
}

/**
 * "gelten § 464 Abs. 1 und 2, § 464a, soweit …, sowie die §§ 470 und 473 der Strafprozeßordnung":
 * the first citation after this one in its sentence that names an instrument, within CHAIN_REACH
 * characters and with only unanchored citations between.
 */
function instrumentLaterInSentence(model: DocumentModel, reference: DocumentReference): string | undefined {
  const named = instrumentNamedRightAfter(model, reference);
  if (named) return named;
  const references = model.references;
  const kind = reference.targets[0]?.path[0]?.kind;
  const sentenceEnd = sentenceEndAhead(model.text, reference.span.end);
  for (let i = reference.index + 1; i < references.length; i++) {
    const next = references[i];
    if (next.span.end - reference.span.end > CHAIN_REACH || next.span.start >= sentenceEnd) return undefined;
    // "en el número 2º del artículo 1617, la expresión "quiebra fraudulenta", por la frase "cualquiera de los delitos señalados en
    // el Párrafo 7 del Título IX del Libro Segundo del Código Penal"": the words put in cite for themselves
    if (quotationOpenedIn(model.text.slice(reference.span.end, next.span.start))) return undefined;
    // "section 7 or article 2 of the Convention": an article of the Convention says nothing of a section
    if (otherCitableKind(kind, next)) return undefined;
    if (next.anchor.kind === 'instrument') return next.anchor.name;
    if (next.anchor.kind !== 'none') return undefined;
  }
  return undefined;
}

/** ", todos del Código Penal" closing a list whose numbers the grammar read in part ("… 161 B, 231, inciso segundo del 247, 284, 296"). */
const ALL_OF = /,[ \t\n]+(?:todos|todas|ambos|ambas|tous|toutes)[ \t\n]+(?:del?|du|des|dos|das|do|da)[ \t\n]+/iu;

/** The instrument a ", todos del …" (all of) names later in the sentence, with no stop, colon or semicolon between. */
export function allOfInstrumentAfter(model: DocumentModel, reference: DocumentReference): string | undefined {
  const rest = model.text.slice(reference.span.end, reference.span.end + CHAIN_REACH);
  const all = ALL_OF.exec(rest);
  if (!all || /[.;:](?:\s|$)/.test(rest.slice(0, all.index))) return undefined;
  const named = instrumentsNamedIn(rest.slice(all.index + all[0].length, all.index + all[0].length + 120), model.language)[0];
  return named && named.span.start <= 4 ? named.name : undefined;
}

/** ", van de Politiewet 2012" after "artikel 2, onder b": the of-word and the name the grammar did not attach. */
// (", ambos del Código Tributario", ", todos del Código Penal": "both", "all" of a list's units before the of-word; "del artículo décimo
// transitorio de la ley Nº20.972": a transitional article, the word after its number)
const OF_AFTER = /^,?\s+(?:(?:todos|todas|ambos|ambas|tous|toutes)\s+)?(?:transitori[oa]s?\s+)?(?:van|of|de|du|des|der|del|della|dello)\s+/iu;

function instrumentNamedRightAfter(model: DocumentModel, reference: DocumentReference): string | undefined {
  const after = model.text.slice(reference.span.end, reference.span.end + 140);
  const of = OF_AFTER.exec(after);
  if (!of) return numbersThenInstrument(model, reference);
  const first = instrumentsNamedIn(after.slice(of[0].length), model.language)[0];
  // the name starts right there, at most an article before it ("de", "het", "the")
  return first && first.span.start <= 5 ? first.name : undefined;
}

/** More numbers of the list, then the instrument: ", 350d 351, 395, 417bis en 420quater van het Wetboek van Strafrecht". */
/** An of-word after a list's numbers: where the instrument's name may begin. */
const LIST_OF_WORD = /[\s,;]+(?:van|of|de|du|des|der|del|della|dello|dei|degli|delle)\s+/giu;
/** The rest of a list: words and numbers between commas and spaces; semicolons too in Italy's lists ("; 51; del decreto …", "29-bis"). */
const LIST_REST = /^(?:[\s,;]+[\p{L}\d-]+){0,40}$/u;

/**
 * A list the grammar broke (a comma missing in the official text: "350c, 350d 351, 395"): the rest of
 * it, mostly numbers, up to an of-word and an instrument's name, in the same sentence ("…, 321, del 325 al 332 y 346
 * del Código Penal": the first of-word is no name's).
 */
export function numbersThenInstrument(model: DocumentModel, reference: DocumentReference): string | undefined {
  const after = model.text.slice(reference.span.end, reference.span.end + 300);
  // In a list whose items give their titles, a title's own "de" comes first ("419 Incumplimiento de Deberes del Código Penal"):
  // the last instrument named before the sentence ends is the list's
  let titled: string | undefined;
  for (const of of after.matchAll(LIST_OF_WORD)) {
    const rest = after.slice(0, of.index);
    if (/[.:]\s|\n/.test(rest) || !LIST_REST.test(rest)) return titled;
    const words = rest.split(/[\s,;]+/).filter(Boolean);
    const numbers = words.filter((word) => /\d/.test(word)).length;
    // Semicolons part the items of a list of numbers only ("; 8; 9; 36, commi 1 e 2; 51;"), not clauses
    const fewNumbers = numbers * 2 < words.length || (rest.includes(';') && numbers * 3 < words.length * 2);
    const withTitles = fewNumbers && TITLED_LIST_REST.test(rest);
    if (fewNumbers && !withTitles) continue;
    const first = instrumentsNamedIn(after.slice((of.index ?? 0) + of[0].length), model.language)[0];
    if (first && first.span.start <= 5) {
      if (!withTitles) return first.name;
      titled = first.name;
    }
  }
  return titled;
}

/** An article's title as a list gives it after the number: capitalised words, joined by "de", "del", "y" … ("Abuso de Autoridad"). */
const ITEM_TITLE = String.raw`\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:de|del|la|las|los|el|y|e|da|do|das|dos|di|della|des|du|et)[ \t]+)?\p{Lu}\p{Ll}+){0,5}`;
/**
 * The rest of a list whose items each give their article's title ("los artículos 418 Abuso de Autoridad y 419 Incumplimiento
 * de Deberes del Código Penal", Guatemala): the first item's title, then more numbers, each perhaps with its title.
 */
const TITLED_LIST_REST = new RegExp(String.raw`^(?:[ \t]+${ITEM_TITLE})?(?:[ \t]*(?:,|[ \t](?:y|e|o|u|et|ou|and|or))[ \t]+\d{1,4}[a-z]?(?:[ \t]+${ITEM_TITLE})?)+$`, 'u');

/** A break in the text ahead: a blank line, a ";", or a word of three letters or more, a full stop, and a capital or "§" ("… gelten. Die"). */
const SENTENCE_BREAK_AHEAD = /\n[ \t]*\n|;|(?<=\p{Ll}{3})[.!?](?=\s+[\p{Lu}§])/u;

/**
 * Where the sentence ends after `from`, within the reach of a chain (CHAIN_REACH), found in one scan: a citation from
 * there on stands in another sentence ("… of this law. Article 7 of the Penal Code" ends before "Article").
 */
function sentenceEndAhead(text: string, from: number): number {
  const found = SENTENCE_BREAK_AHEAD.exec(text.slice(from, from + CHAIN_REACH + 40));
  return found ? from + found.index + found[0].length : Infinity;
}

const nameAfterPatterns = new Map<string, RegExp | null>();

/** An of-word, maybe a determiner, then a capitalised word, right after a citation: "der Zivilprozessordung", "of the Charter", "de la Constitution". */
function nameAfterPattern(language: string): RegExp | null {
  const known = nameAfterPatterns.get(language);
  if (known !== undefined) return known;
  const tables = tablesFor(language);
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = (words: string[]) => words.map(escape).join('|');
  const table = tables.length === 1 ? tables[0] : undefined;
  const pattern = table && table.ofWords.length
    ? new RegExp(`^[ \\t]*\\n?[ \\t]*(?:${alternatives(table.ofWords)})[ \\t\\n]+(?:(?:${alternatives(table.determiners.length ? table.determiners : ['\u0000'])})[ \\t\\n]*)?(\\p{Lu}[\\p{L}\\p{M}'’-]{2,})`, 'iu')
    : null;
  nameAfterPatterns.set(language, pattern);
  return pattern;
}

/**
 * The words after a citation that look like the name of another instrument the grammar does not know
 * ("Die §§ 928 und 932 der Zivilprozessordung gelten": the official text misspells "Zivilprozessordnung"),
 * or undefined. Unit nouns and "this" words are no name ("§ 5 des Absatzes", "article 3 of This Act").
 */
export function nameAfterCitation(model: DocumentModel, reference: DocumentReference): string | undefined {
  const pattern = nameAfterPattern(model.language);
  if (!pattern) return undefined;
  const after = model.text.slice(reference.span.end, reference.span.end + 160);
  const found = pattern.exec(after);
  if (!found || !/^\p{Lu}/u.test(found[1])) return undefined;
  const table = tablesFor(model.language)[0];
  const word = found[1].toLowerCase();
  if (table.units[word] || table.thisWords.includes(word) || (table.hereWords ?? []).includes(word)) return undefined;
  return after.slice(0, found.index + found[0].length).replace(/\s+/g, ' ').trim();
}

/**
 * Right after a citation: a German law's name in the nominative ("§ 2 Z 3a Signaturgesetz", "§ 2 Z 10 E-Government-Gesetz",
 * "§ 9 EU/EWR-Handwerk-Verordnung"), perhaps
 * on the next line of a hard-wrapped paragraph ("nach § 33\n    Bundesbeamtengesetz.", bundestag/gesetze).
 */
const LAW_NAMED_AFTER = /^(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Lu}[\p{L}/-]*(?:gesetz|Gesetz|verordnung|Verordnung|ordnung|Ordnung|gesetzbuch|Gesetzbuch))(?![\p{L}-])/u;

/** The law a citation names right after it, with no of-word (Austria writes "§ 2 Z 3a Signaturgesetz"), or undefined. */
export function lawNamedRightAfter(text: string, end: number): string | undefined {
  // "Justizbetreuungsagentur\-Gesetz" (a converter's escapes): read as the reader sees it
  return LAW_NAMED_AFTER.exec(withoutEscapes(text.slice(end, end + 80)))?.[1];
}

/** A markdown table's row separator: "|---|---|", "| :-- | --: |". */
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
/** A column headed by the document itself: "This Directive", "the present Regulation", "la présente directive". */
const THIS_INSTRUMENT_HEADING = /^(?:this|the\s+present|la\s+présente|le\s+présent|la\s+presente|el\s+presente|deze|diese[rs]?)\s+\p{L}+$/iu;

/** Per document version, per line start of a table row: its table's header cells (null: no header). */
const tableHeaders = new TreeKeyedCache<Map<number, string[] | null>>();

/**
 * The instrument the column of a table a citation stands in is headed by: "| Directive (EU) 2016/1148 | This Directive |"
 * above "| Article 1(3) | - |" (an EU act's correlation table). 'this' when the heading names this document; undefined
 * when the citation is in no table, or its column's heading names no instrument.
 */
export function instrumentOfTableColumn(model: DocumentModel, reference: DocumentReference): string | 'this' | undefined {
  const text = model.text;
  const lineStart = model.lines.lineAround(reference.span.start).start;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, lineStart + 8))) return undefined;
  const header = tableHeaderAbove(model, lineStart);
  if (!header) return undefined;
  const column = cellsOf(text.slice(lineStart, reference.span.start)).length - 1;
  const heading = header[column]?.replace(/[*_]/g, '').trim();
  if (!heading) return undefined;
  if (THIS_INSTRUMENT_HEADING.test(heading)) return 'this';
  const named = instrumentsNamedIn(heading, model.language);
  // the heading is the name, not a sentence that mentions one
  return named.length === 1 && named[0].span.start <= 4 && heading.length - named[0].span.end <= 2 ? named[0].name : undefined;
}

/** The cells of a table row (or of its start, up to a citation): the text between its bars, escaped bars kept. */
function cellsOf(row: string): string[] {
  return row.replace(/^[ \t]*\|/, '').split(/(?<!\\)\|/);
}

/**
 * The header cells of the table whose row starts at `lineStart`: the row above its separator. Every row walked over is
 * remembered, so that the rows of one long table are walked once, not once each.
 */
function tableHeaderAbove(model: DocumentModel, lineStart: number): string[] | null {
  let known = tableHeaders.get(model);
  if (!known) tableHeaders.set(model, (known = new Map()));
  const text = model.text;
  const walked: number[] = [];
  let header: string[] | null = null;
  for (let at = lineStart; ; ) {
    const remembered = known.get(at);
    if (remembered !== undefined) { header = remembered; break; }
    walked.push(at);
    if (at === 0) break;
    const previousStart = text.lastIndexOf('\n', at - 2) + 1;
    const previous = text.slice(previousStart, at - 1);
    if (!/^[ \t]*\|/.test(previous)) break;
    if (TABLE_SEPARATOR.test(previous)) {
      const headStart = previousStart === 0 ? -1 : text.lastIndexOf('\n', previousStart - 2) + 1;
      const head = headStart < 0 ? '' : text.slice(headStart, previousStart - 1);
      // copies, not slices: kept per version, a slice would keep the whole text alive after the document rests
      header = /^[ \t]*\|/.test(head) ? cellsOf(head.replace(/\|[ \t]*$/, '')).map(detached) : null;
      break;
    }
    at = previousStart;
  }
  for (const at of walked) known.set(at, header);
  return header;
}

/** How many lines back the heading over a citation is looked for, when the citation was not found. */
const HEADING_ABOVE_LINES = 400;

/**
 * "## Преходни и Заключителни разпоредби КЪМ ЗАКОНА ЗА ДЪРЖАВНИЯ БЮДЖЕТ …" (lex.bg: the final provisions of each act that
 * amended the law, set after its own) over "§ 43. … с изключение на: 1. параграф 29, т. 13 …": the nearest heading above
 * `offset` opens no unit and names an instrument other than this document. That heading, or undefined.
 */
export function otherInstrumentHeadingAbove(model: DocumentModel, offset: number): string | undefined {
  for (const above of headingsAbove(model.text, offset, HEADING_ABOVE_LINES)) {
    // (the document's title, "# …", names this one)
    const heading = above.depth >= 2 ? above.text.replace(/[*_]/g, '').trim() : undefined;
    if (!heading || readHeading(heading)) return undefined;
    return namesAnotherInstrument(heading, model.title, model.language) ? heading : undefined;
  }
  return undefined;
}

/** Whether words (a heading) name an instrument other than the document titled `title`. */
export function namesAnotherInstrument(words: string, title: string, language?: string): boolean {
  const own = normaliseName(title);
  return instrumentsNamedIn(words, language).some((instrument) => !own || !normaliseName(instrument.name).includes(own));
}

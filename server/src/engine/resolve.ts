// Resolving citations: from "article 7, paragraph 2 (b) of the Convention" to the exact unit
// in the exact document, or a reason why not.
import { annexPublishedApart, holdsNoAnnex, instrumentAnnexed, namesAnAnnex } from './annexDocuments';
import { FEWEST_NUMBERS_HELD, gapInCodeNumbering, leftOutReason, stateCodeSectionElsewhere, thinRun } from './codeNumberGaps';
import { guessedHeadings } from './guessedHeadings';
import { groupingHeadingsLostBefore } from './groupingHeadingsLost';
import { holdsListTable, onListTableRow } from './listTables';
import { decimalWritten, decimalsAtLineStarts } from './numbersAtLineStarts';
import { ANNOUNCING_LINE, headingWordOrPlural, readHeading } from './headings';
import { firstStartingFrom } from './spanSearch';
import { GAZETTE_ABBREVIATION, actNoteAround, inBracketedRemark, editorsNoteStart, gazetteEntryAfter, historyNoteAt, inEditorsNote, notesHeadingAbove, notesParagraphAt, notesSummaryAbove } from './editorsNotes';
import { budgetInciso, budgetTableRow } from './budgetLines';
import { normaliseName } from './documentNames';
import type { Definition, Span, Unit, UnitKind } from './model';
import { inPlaceEditOf, type DocumentModel, type DocumentReference } from './document';
import type { RefStep, RefTarget, RefUnitKind } from './references/types';
import type { Relation } from './workspace/relationIndex';
import { normaliseNumber, numbersMatch, romanValue } from './keywords';
import { gapCovering } from './gaps';
import { NAMES_AMENDED_STYLE } from './definitions';
import { koreanShortNames } from './koreanShortNames';
import { doubleQuoteOpenBefore, isSupplementaryProvisions, laterSupplementaryProvisions, quotationOpenBefore, readAsTableAt } from './supplementaryProvisions';
import { alineasNumbered, childSummary, indexByStart, descendantsNumbered, firstChildNumbered, firstFollowingNumbered, nonHeadingChildren, numberedOwnChildren, type ChildTest } from './childIndex';
import { readInlineMarkers, type InlineMarkers } from './inlineMarkers';
import { listItemByPosition } from './listPositions';
import { allOfInstrumentAfter, chainAnchor, instrumentEarlierInSentence, instrumentOfLeadIn, instrumentOfTableColumn, instrumentOpeningItem, lawNamedRightAfter, nameAfterCitation, numbersThenInstrument, otherInstrumentHeadingAbove } from './instrumentContext';
import { shortTitlesIn } from './shortTitle';
import { fileBelowContents, folderSiblingHolding, isContentsPage } from './folderSiblings';
import { AMENDING_INSTRUCTION, endsWithInsertingCue, insertingInstructionAbove, joined, leadsInAmendments, quotedAfterAsFollows, sentenceAround } from './amendingInstruction';
import { insideOpenQuote, straightQuoteOpenedAfterColon } from './quotedWords';
import { quotedPassageAt } from './quotedPassages';
import { referenceRuleAt } from './referenceRules';
import { lostLabels } from './lostLabels';
import { isNumberedAfter } from './markers';
import { amendingLeadInAbove, onAmendingLeadIn } from './setOutByAmendment';
import { creditedRegionAt } from './creditedProvisions';
import { elidedAround, repealedAround, repealedRunHolding, speaksOfRepeal } from './repeals';
import { instrumentsNamedIn, readsLanguage, tablesFor } from './references/grammar';
import { annexOfAnotherAct, itemsLeftOut, passageLanguage, pointsOfTheAmendingArticle, repealedLeftOut, sectionsBySignOnly, sentenceOfTextAround } from './consolidatedCopies';
import { LANGUAGE_TABLES, everyTable } from './references/tables';
import { unitWords } from './references/unitWords';
import { TreeKeyedCache, UnitKeyedCache, oncePerVersion } from './treeKeyed';
import { detached, onTableRow, withoutEscapes } from './text';
import { unitsToRead } from './restingText';
import { citableAround } from './unitAncestors';
import { UNCLOSED_FENCE } from './structure';
import { CITABLE_HEADINGS, GROUPINGS_OF_A_WHOLE, headingsByNumber, headingsOfKind, heldNumbers, highestOfKind, leadingValue, moreNumbersHeld, numbersAround } from './headingLists';

export type ResolutionStatus = 'resolved' | 'unresolved' | 'external';

export interface ResolvedTarget {
  status: ResolutionStatus;
  /** Target document id and uri, when the document is in the workspace. */
  documentId?: string;
  uri?: string;
  /** The unit cited (the first unit of a range). '' means the document itself. */
  unitId?: string;
  /** Last unit of a range, and every unit the range covers. */
  throughUnitId?: string;
  covered?: string[];
  /** Why the target is unresolved or external, in words a person agrees with. */
  reason?: string;
  /** The text to link: the number of the innermost step. */
  span: Span;
  /** For unresolved targets: units that do exist, for related information. */
  existing?: Array<{ uri: string; unitId: string }>;
  /** Ids of documents read for a citation they did not resolve (a file beside this one): an edit to them may resolve it. */
  lookedInto?: string[];
  /** For unresolved targets: the deepest unit of the path that was found ("section 1029" of "section 1029(a)(1)"), to navigate to. */
  partialUnitId?: string;
  /**
   * For external targets: the citation names a unit of the larger whole this document is part of
   * ("section 1030" in a document holding only § 1029), and no document of the workspace holds it.
   */
  notInWorkspace?: boolean;
}

export interface ResolvedReference {
  reference: DocumentReference;
  targets: ResolvedTarget[];
  status: ResolutionStatus;
}

export interface DocumentLookup {
  byId(id: string): DocumentModel | undefined;
  get(uri: string): DocumentModel | undefined;
  /** Every document, in a stable order; the same array while no document changes. */
  all(): readonly DocumentModel[];
  /** The documents whose front matter names `id` in one of these relations, in `all()` order. */
  naming(id: string, ...relations: Relation[]): DocumentModel[];
}

/** The first step of a citation into an annex, which may be published as a document of its own. */
const ANNEX_STEPS = new Set<RefUnitKind | undefined>(['annex', 'schedule']);
const CITABLE_OR_GROUPING = new Set<RefUnitKind>(['article', 'section', 'chapter', 'part', 'title', 'book', 'division', 'annex', 'schedule']);
/** Nouns by which a document refers to an instrument it is related to, without naming it in full. */
const GENERIC_INSTRUMENT = /^(?:the\s+|this\s+|la\s+|le\s+|het\s+|el\s+|al)?(convention|protocol|treaty|agreement|covenant|charter|act|code|law|statute|regulation|convención|convenio|protocolo|tratado|ley|código|protocole|traité|loi|verdrag|protocol|wet|wetboek|الاتفاقية|البروتوكول|القانون)$/iu;

/** "the Convention", "het Verdrag": found among a document's related documents, not by name. */
export function isGenericInstrument(name: string): boolean {
  return GENERIC_INSTRUMENT.test(name.trim());
}

/** In `lookedInto`: the resolution read every document's units (a note's citation found in exactly one document). */
export const EVERY_DOCUMENT = '\u0000every document';
/** In `lookedInto`: the target was found by what the files around it hold, as a name finds a document; any document renamed, added or renumbered may change it. */
export const BY_NAMES = '\u0000names';

export function resolveReference(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup): ResolvedReference {
  const context = model.unitsById.get(reference.unitId) ?? model.root;
  const anchor = reference.anchor;
  let target: DocumentModel | undefined = model;
  let base: Unit | undefined;
  let external: string | undefined;

  let collection: DocumentModel[] | undefined;
  let foreignName: string | undefined;
  /** A commentary's unanchored citation that points into the document it annotates. */
  let inCommentary = false;
  /** An unanchored citation whose chain ends in "of this Act": no other instrument is guessed for it. */
  let chainedToThis = false;
  /** Documents read for a target that did not resolve it there (EVERY_DOCUMENT: all of them): an edit to them may change it. */
  const lookedInto: string[] = [];
  // "### — 2009, c. 2, s. 440" then "… as enacted by sections 410 and 429": a provision of the amending Act set out among
  // this Act's related provisions (no unit of this document holds it), whose bare citations and "this Act" are that Act's
  const credited = (anchor.kind === 'none' || anchor.kind === 'this') && !citableAround(context) ? creditedRegionAt(model, reference.span.start) : undefined;
  if (credited) {
    const reason = `the citation stands in a provision of ${credited.instrument} set out here under "— ${credited.credit}": it cites that instrument`;
    if (!reference.targets.length) return single(reference, { status: 'external', span: reference.span, reason });
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  // "for “in the circumstances described in section 15(1) of this Act” substitute “ , subject to subsection (5) below, by fraud …”":
  // the words an amendment takes out of or puts into another text are that text's
  // ("3. Le paragraphe 3 de l'article 7 est modifié comme suit:«La liste visée … à l'article 14 du présent règlement …»": the new
  // wording in guillemets, run in after the colon)
  // "第四条第二項中「前項各号」とあるのは「第七十条各号」と" (Japan's laws read a provision with other words; Taiwan's quote an
  // amended text's so too): what stands in corner brackets is the words of the provision named before them
  const cornerQuoted = anchor.kind !== 'instrument' ? wordsQuotedAround(model.text, model.lines.lineAround(reference.span.start).start, reference.span.start)
    // (Korean quotes them in double quotes, and names an act in corner brackets)
    ?? (model.language === 'ko' ? wordsDoubleQuotedAround(model.text, model.lines.lineAround(reference.span.start).start, reference.span.start) : undefined) : undefined;
  // the supplementary provisions of a later amending act, set out after the text's own (e-Gov): "第三条", "この法律" are that act's
  // (an act named there too, this one among them: "改正後の公職選挙法第百四十三条" is the act as that amendment left it)
  // (and "次条", "前項": e-Gov sets out only an excerpt of them, "抄", whose next or preceding unit may be left out)
  const amendingActs = anchor.kind === 'none' || anchor.kind === 'instrument' || anchor.kind === 'relative' || anchor.kind === 'this' ? laterSupplementaryProvisions(model.text, reference.span.start) : undefined;
  const readAs = cornerQuoted === undefined && amendingActs === undefined && anchor.kind !== 'instrument' && readAsTableAt(model.text, reference.span.start);
  if (cornerQuoted !== undefined || amendingActs !== undefined || readAs) {
    const reason = cornerQuoted !== undefined ? `the citation stands in words quoted ${model.language === 'ko' ? `“"${cornerQuoted}…"”` : `“「${cornerQuoted}…」”`}, a provision's words set out to be read otherwise or amended: it is not checked here`
      : readAs ? 'the citation stands in a table of words read otherwise ("読み替え"): it names a provision of the law applied, which is not checked here'
      // (Korea's, "부칙 <제19563호,2023.7.18>": the act as that act made it, and the other acts it amends)
      : /^부/u.test(amendingActs!) ? `the citation stands in supplementary provisions (“${amendingActs}”), which cite the act as it read when they were made and the other acts they amend: it is not checked`
      : `the citation stands in the supplementary provisions of a later amending act (“${amendingActs}”, after the text's own): its units are most likely that act's, and it is not checked`;
    if (!reference.targets.length) return single(reference, { status: 'external', span: reference.span, reason });
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  if (anchor.kind !== 'instrument' && ((insideQuotedWords(model, reference.span.start) && amendsAnotherText(model, reference)) || quotedAfterAsFollows(model.text, reference.span.start))) {
    const reason = `the citation stands in the words an amending sentence quotes ("${sentenceAround(model.text, reference.span.start, reference.span.end).trim().slice(0, 60)}…"), which are another text's`;
    if (!reference.targets.length) return single(reference, { status: 'external', span: reference.span, reason });
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  // "<L 1999-01-14/41, art. 6, 002; En vigueur : 08-03-1999>" (Belgium's Justel): a note naming the act that amended the text
  const act = anchor.kind === 'none' ? actNoteAround(model.text, reference.span.start) : undefined;
  if (act) {
    const reason = `the citation stands in an editor's note on the act that amended the text ("${act}"): it is a unit of that act, not of this document`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  // "Dec. 18, 2014 [S. 2521]", "LEGISLATIVE HISTORY—S. 2521:" (a United States Public Law's margin and closing note): the bill
  // the Congress passed, "S." its Senate number, never a section
  if (anchor.kind === 'none' && reference.text.startsWith('S.') && CONGRESS_BILL.test(model.text.slice(Math.max(0, reference.span.start - 24), reference.span.end + 2))) {
    const reason = `"${reference.text}" is the number of the bill the Congress passed (its legislative history), not a section`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  const gazette = anchor.kind === 'none' ? gazetteEntryAfter(model.text, reference.span.end) : undefined;
  if (gazette) {
    const reason = `the citation is followed by the gazette entry of the act it is in ("${gazette}"), not this document`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  // "gemäß § 2 Z 3a Signaturgesetz, …": the law named right after, with no of-word
  const lawAfter = anchor.kind === 'none' ? lawNamedRightAfter(model.text, reference.span.end) : undefined;
  if (lawAfter && !sameLawAsThis(model, lawAfter)) {
    const reason = `the citation is followed by the name of the law it is in ("${lawAfter}"), not this document`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  if (anchor.kind === 'none') {
    // "18 U.S.C. § 2703(f)", "subsection (d) of that section", "the … Act is amended in section 162":
    // the words around the citation anchor it in another instrument.
    const foreign = foreignContext(model, reference);
    const named = foreign?.anaphor ? namedRightAfter(model, reference, foreign.anaphor, lookup) ?? namedJustBefore(model, reference, foreign.anaphor, lookup) : undefined;
    if (named) return named;
    if (foreign?.external) return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason: foreign.external })), status: 'external' };
    foreignName = foreign?.name;
    chainedToThis = !!foreign?.chainedToThis;
    if (!foreignName) ({ document: target, annotated: inCommentary } = unanchoredDocument(model, reference, lookup));
  }
  const instrumentName = anchor.kind === 'instrument' ? anchor.name : foreignName;
  if (instrumentName !== undefined) {
    // "het Verdrag betreffende de Europese Unie": a generic noun followed by its qualifier is
    // another instrument, not "the Convention" this document is related to.
    const qualifier = anchor.kind === 'instrument' && GENERIC_INSTRUMENT.test(anchor.name.trim())
      ? /^\s+((?:betreffende|inzake|tot|on|relating\s+to|concerning|sur|relatif|relative|sobre|relativ[oa])\b[^.;,:()\n]{1,80})/iu.exec(model.text.slice(anchor.span.end, anchor.span.end + 120))
      : null;
    // "au sens de l'article L. 233-3 du code de commerce et du III de l'article L. 430-1 du même code": the code named before
    const same = anchor.kind === 'instrument' && !qualifier ? sameAsNamedBefore(model, anchor, reference) : undefined;
    if (same === 'unknown' && anchor.kind === 'instrument') {
      // ("du même code", or "the Act aforesaid", "de la loi précitée": the word after the noun)
      const after = CITED_BEFORE_AFTER_NOUN.exec(model.text.slice(anchor.span.end, anchor.span.end + 32));
      const written = after ? `${anchor.name} ${after[0].replace(/^[\s*_]+/, '')}` : model.text.slice(anchor.span.start - 6, anchor.span.end).trim();
      const reason = `"${written}" names the ${instrumentName} named before it, which the text just before does not show: the citation cannot be checked`;
      return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
    }
    // ("법 제6조제1항" after "「가상자산 이용자 보호 등에 관한 법률」(이하 "법"이라 한다)": the act the text gave that short name)
    const shortFor = model.language === 'ko' && anchor.kind === 'instrument' ? koreanShortNames(model.text).get(instrumentName) : undefined;
    const found = qualifier ? undefined : same === 'this' ? model : same ? findInstrument(model, same, lookup) ?? null : (anchor.kind === 'instrument' ? namedAfterGenericNoun(model, anchor, lookup) : undefined) ??
      findInstrument(model, shortFor ?? instrumentName, lookup);
    collection = found || qualifier || same ? undefined : collectionNamed(instrumentName, lookup);
    if (found) target = found;
    else if (!collection) external = `"${same && same !== 'this' ? same : instrumentName}${qualifier ? ' ' + qualifier[1].trim() : ''}"${shortFor ? ` (the text's short name for “${shortFor}”)` : ''} is not a document in the workspace`;
  } else if (anchor.kind === 'this') {
    // "NOTE Avvertenza: … «Art. 33 … 2. La delega di cui al comma 1 del presente articolo …»": a quoted act's own
    const notesParagraph = notesParagraphAt(model, anchor.span.start);
    if (notesParagraph !== undefined) {
      const reason = `it stands in the editor's notes "${notesParagraph} …", which quote other acts: "this ${anchor.unit}" is most likely the quoted act's`;
      if (!reference.targets.length) return single(reference, { status: 'external', span: anchor.span, reason });
      return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
    }
    const otherKind = anchor.unit === 'document' ? instrumentOfOtherKind(model, anchor.span) : undefined;
    if (otherKind) return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason: otherKind })), status: 'external' };
    if (anchor.unit !== 'document') {
      base = ancestorOfKind(context, anchor.unit) ?? continuedUnit(context, anchor.unit) ?? provisionUnderAnotherWord(model, context, anchor.unit) ??
        (anchor.unit === 'clause' ? letteredClauseAround(context) : undefined) ??
        (anchor.unit === 'alinea' ? alineaItemsFollow(context) : undefined) ??
        // "por las causales del presente inciso" in "1º. El que no haya podido …" (Argentina's Penal Code): in Spanish an inciso is
        // what an article numbers "1º", "2º", read as its paragraphs
        (anchor.unit === 'subparagraph' && INCISO_LANGUAGES.has(model.language) ? incisoByOrdinal(context) : undefined) ??
        // "im Sinne dieses Abschnittes" under "#### 4. Abschnitt": the noun as a heading reads it (a division there, a section here)
        headedByWrittenNoun(model, context, anchor);
      if (!base && (anchor.unit === 'division' || anchor.unit === 'section') && isLoneUnitFile(model)) {
        // "au paragraphe 2 de la présente sous-section" in a file that holds one article of a code:
        // the grouping is the code around the file, not in it.
        const own = model.units.find((unit) => unit.headingDepth > 0 && unit.citable);
        const reason = `this file holds ${own ? loneLabel(own) : 'one unit'} only; "${model.text.slice(anchor.span.start, anchor.span.end).trim()}" is the part of the code around it, not in this file`;
        if (!reference.targets.length) return single(reference, { status: 'external', span: anchor.span, notInWorkspace: true, reason });
        return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), notInWorkspace: true, reason })), status: 'external' };
      }
      // "… der in Anhang I aufgeführten Schwermetalle … in einem gemäss diesem Anhang festgelegten Bezugsjahr" (a protocol as
      // gesetze.li gives it): outside any annex, "this annex" is the one the sentence cited just before
      // (an annex's or a schedule's only: "this section" outside any section is the one the words stand in, whose heading the
      // structure did not read, never "section 104" cited before it in the sentence)
      const earlier = base || !(anchor.unit === 'annex' || anchor.unit === 'schedule' || SENTENCE_WORD.test(reference.text)) ? undefined : unitCitedBeforeInSentence(model, reference, anchor.unit);
      if (earlier) {
        const found = resolveReference(model, earlier, lookup);
        const reason = `"${model.text.slice(anchor.span.start, anchor.span.end).trim()}" stands outside any ${anchor.unit}: it is the one the sentence cites before it ("${earlier.text.replace(/\s+/g, ' ')}")`;
        if (!reference.targets.length && found.targets.length === 1 && found.targets[0].status === 'resolved') return single(reference, { ...found.targets[0], span: anchor.span });
        if (!reference.targets.length) return single(reference, { status: 'external', span: anchor.span, reason });
        return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
      }
      // "e)  Buchstabe c) Satz 1 findet … Anwendung" (a German text's lettered point, in no paragraph): the sentence of the unit cited
      // right before it
      const ofCitedBefore = !base && 'sentence' in anchor ? citationRightBefore(model, reference) : undefined;
      if (ofCitedBefore) {
        const reason = `"${model.text.slice(anchor.span.start, anchor.span.end).trim()}" is a sentence of what the citation right before it names ("${ofCitedBefore.text.replace(/\s+/g, ' ')}"), which is checked there`;
        if (!reference.targets.length) return single(reference, { status: 'external', span: anchor.span, reason });
        return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
      }
      // "### Anhang I" … "### Anhang VII", each with its title only, then "I. Einleitung" and "1. Nicht in diesem Anhang inbegriffen sind
      // …" (the annexes' text set apart from their headings): text after annexes that hold none is most likely theirs
      const astray = base ? undefined : annexesWithoutText(model, anchor.span.start);
      if (astray) {
        const reason = `this copy's annexes (${astray}) hold only their headings, and this text stands after them: it is most likely an annex's, set apart from its heading, so "this ${anchor.unit}" cannot be checked`;
        if (!reference.targets.length) return single(reference, { status: 'external', span: anchor.span, reason });
        return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
      }
      if (!base) {
        if (anchor.unit === 'title' || anchor.unit === 'chapter' || anchor.unit === 'part' || anchor.unit === 'book') {
          // "this title" in a law that holds only some sections of a larger code: look wider.
          base = undefined;
        } else if (reference.targets.length === 0 || !isCitableKind(reference.targets[0].path[0]?.kind)) {
          const span = anchor.span;
          if (isExcerpt(model)) {
            return single(reference, { status: 'external', span, reason: `the ${anchor.unit} around this text is missing from the source (the document has gaps)` });
          }
          // "Ai fini della presente lettera" where the structure shows no lettered points at all: the text's own are run in
          // In a law of articles a section is a grouping of them, which converters do show: "this section" there stays checked.
          if (!model.units.some((unit) => unit.kind === anchor.unit) && !(anchor.unit === 'section' && model.units.some((unit) => unit.kind === 'article'))) {
            // "this section" in a ballot measure whose sections are italic paragraphs ("*SEC. 3. …*") the structure does not show
            const why = BELOW_ARTICLE.has(anchor.unit) ? `its ${anchor.unit}s may be run into the text` : `its ${anchor.unit}s' headings may be written in a form not read as headings`;
            return single(reference, { status: 'external', span, reason: `this document's structure shows no ${anchor.unit}s at all (${why}): "this ${anchor.unit}" cannot be checked` });
          }
          // "este artículo" in "**Primera.-** …" of the "DISPOSICIONES TRANSITORIAS" after a law's last article, "este párrafo" in a form
          // annexed at its end, in no article or section: provisions the structure does not read as units of that kind, where "this" is one of them
          const lastOfKind = highestEnd(model, anchor.unit, span.start);
          if (!citableAround(context) && lastOfKind >= 0 && !model.units.some((unit) => unit.kind === anchor.unit && unit.span.start > span.start) &&
            ordinalProvisionBetween(model, lastOfKind, span.start)) {
            return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands after the document's last ${anchor.unit}, among provisions not read as ${anchor.unit}s (final or transitional provisions, an annexed form): it is one of those, which cannot be checked` });
          }
          // "de acuerdo a las disposiciones de este Párrafo 2º." (Chile's Labour Code): the unit's word capitalised in running
          // text names a division of the code, a grouping of articles, where the structure shows no heading of that kind
          // (after a lower-case "este", "presente": not a sentence's first capital)
          const written = /^\p{Ll}+\s+(\p{Lu}\p{Ll}+)$/u.exec(model.text.slice(anchor.span.start, anchor.span.end).trim());
          const word = written?.[1] ?? '';
          if (written && BELOW_ARTICLE.has(anchor.unit) && !headingsOfKind(model, anchor.unit).length) {
            return single(reference, { status: 'external', span, reason: `"${word}" capitalised in running text names a division of the text above its articles, which this copy gives no heading: "this ${anchor.unit}" cannot be checked` });
          }
          // "se indica que el presente inciso estaría derogado" in an article that shows no subparagraphs at all: in Spanish an
          // "inciso" is also an article's unnumbered paragraph, which the text does not number
          const article = citableAround(context);
          if (article && anchor.unit === 'subparagraph' && INCISO_LANGUAGES.has(model.language) && !descendantsOf(article).some((unit) => unit.kind === anchor.unit)) {
            return single(reference, { status: 'external', span, reason: `${unitName(article)} shows no ${anchor.unit}s: "this ${anchor.unit}" names one of its paragraphs, which are not numbered, and cannot be checked` });
          }
          // "( 6 ) The Designated Court shall … under this section" (an Act's PDF text, "27. Cognizance of offences. — …" run into one
          // paragraph with its neighbours): a chapter whose text the structure shows no section in holds them unread
          // "4. See now the Indian Succession Act, 1925 … this cl. has been formally amended" under "### Footnotes": the note's
          // "this" is the unit its mark stands at in the text above
          const notes = notesHeadingAbove(model, span.start);
          if (notes !== undefined) return single(reference, { status: 'external', span, reason: `it stands in the notes under "${notes}": "this ${anchor.unit}" is the one the note's mark stands at, which cannot be told here` });
          // "For subsection (9) substitute—" then "> (10) A business falls within this subsection if—": the quoted text's own
          const quoted = quotedPassageAt(model, span.start);
          if (quoted) return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands in text quoted from another instrument ("${quoteStart(model.text, quoted)}"): it is that text's` });
          // "Pub. L. 101–647 inserted at end ''For purposes of this subsection, …''" (the US Code's notes on amendments): in quoted
          // words, with no such unit around them, it is the quoted wording's own
          if (insideQuotedWords(model, span.start)) return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands in quoted words, with no ${anchor.unit} around them: it is the quoted wording's own, and cannot be checked` });
          const grouping = groupingAround(context) ?? (context === model.root ? groupingAround(lastHeadingBefore(model, span.start)) : undefined);
          if ((anchor.unit === 'section' || anchor.unit === 'article') && grouping && !(anchor.unit === 'section' && model.units.some((unit) => unit.kind === 'article')) &&
            !descendantsOf(grouping).some((unit) => unit.kind === anchor.unit)) {
            return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands in ${unitName(grouping)}, whose text shows no ${anchor.unit} at all: their labels may be run into the text (a PDF's), so it cannot be checked` });
          }
          // "… aux prescriptions de la présente section." in a code's article whose chapter shows no Section heading, where the code's
          // other chapters show theirs (a consolidated copy that left this one's out): the section cannot be told
          if ((anchor.unit === 'section' || anchor.unit === 'division') && grouping && model.units.some((unit) => unit.kind === 'article') &&
            !descendantsOf(grouping).some((unit) => unit.kind === anchor.unit) && headingsOfKind(model, anchor.unit).length >= 2) {
            return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands in ${unitName(grouping)}, which shows no ${anchor.unit} heading though other parts of the text show theirs: the copy most likely leaves out this one's heading, and it cannot be checked` });
          }
          // "iii) Estrategias para cumplir las obligaciones estipuladas en el presente párrafo" in an article that numbers no paragraphs
          // ("Cada parte adoptará …: a) … i) … iii) …"): the article's text, its opening words and their items, is the paragraph meant
          const unnumbered = anchor.unit === 'paragraph' ? citableAround(context) : undefined;
          if (unnumbered && !descendantsOf(unnumbered).some((unit) => unit.kind === 'paragraph')) {
            return single(reference, { status: 'external', span, reason: `${unitName(unnumbered)} numbers no paragraphs: "this paragraph" is most likely its text (its opening words and their items), and cannot be checked` });
          }
          // "## SCHEDULE 2" then "##### 1A" then "… damages under this section …": a schedule that sets out a section (of this Act or
          // another, as a Keeling schedule or an amendment does), numbered as the schedule's paragraph
          // (a schedule only: an annex holds a text of its own, whose "this article" with no article around is an error as anywhere)
          const schedule = (anchor.unit === 'section' || anchor.unit === 'article') ? ancestorOfKind(context, 'schedule') : undefined;
          if (schedule) return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands in ${unitName(schedule)}, which shows no ${anchor.unit} around it: the schedule most likely sets out a provision of this or another text, numbered as its own, and it cannot be checked` });
          // "the report demonstrates that …, the Secretary of Commerce shall …" opening the file (a chunk of the US Code's PDF cut at a
          // page, not at a section): before the file's first unit of that kind, the text is the end of one the file does not hold
          const opening = !model.units.some((unit) => unit.kind === anchor.unit && unit.span.start < span.start) ? openingMidSentence(model) : undefined;
          if (opening) return single(reference, { status: 'external', span, notInWorkspace: true, reason: `this file opens in the middle of a sentence ("${opening}…"): the text before its first ${anchor.unit} is the end of one it does not hold, and "this ${anchor.unit}" is that one` });
          // "se na konci textu věty desáté doplňují slova" in an amending list's point, "podle věty první" in an annex's item: a
          // sentence of the text it stands in, which no paragraph holds
          if ('sentence' in anchor && anchor.sentence && sentenceOfTextAround(model)) {
            return single(reference, context !== model.root ? resolvedTarget(model, context, span) : { status: 'external', span, reason: `"${reference.text}" is a sentence of the text it stands in, which no unit holds, and cannot be checked` });
          }
          const guessed = guessedHeadings(model);
          if (guessed) return single(reference, { status: 'external', span, reason: `"this ${anchor.unit}" stands outside any ${anchor.unit}, but ${guessed.pieces} of this document's ${guessed.headings} headings are pieces of sentences ("${guessed.example}"): they were most likely guessed from a page's layout, so its structure cannot be trusted, and it cannot be checked` });
          return single(reference, { status: 'unresolved', span, reason: `"this ${anchor.unit}" stands outside any ${anchor.unit}` });
        }
      }
    }
  }

  if (reference.targets.length === 0 && anchor.kind === 'relative' && anchor.unit) return single(reference, byPlace(model, context, anchor.unit, anchor.direction, anchor.span));
  // "After paragraph (2A) there is inserted—" then "> > (2B) … paragraphs (1) to (1B) above shall cease to apply": "above" in the
  // text an amendment puts into another instrument is that text's, when no unit of this document stands in the passage
  const quotedHere = anchor.kind === 'relative' && reference.targets.length > 0 ? quotedPassageAt(model, reference.span.start) : undefined;
  if (quotedHere && anchor.kind === 'relative' && !model.units.some((unit) => unit.span.start >= quotedHere.start && unit.span.start < quotedHere.end)) {
    const reason = `the citation stands in text quoted from another instrument ("${quoteStart(model.text, quotedHere)}"): "${model.text.slice(anchor.span.start, anchor.span.end)}" is a place in that text, which is not checked`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  /** "前二條第一項或第二項": the other units a counted place names, farther back, where a cited unit is looked for next. */
  const fartherBases: Unit[] = [];
  if (anchor.kind === 'relative' && anchor.unit && reference.targets.length > 0 && base === undefined) {
    // "前条第二项至第九项": the units cited are in the preceding article
    const unit = unitByPlace(model, context, anchor.unit, anchor.direction).found;
    if (!unit) {
      const place = byPlace(model, context, anchor.unit, anchor.direction, anchor.span);
      return { reference, targets: reference.targets.map((cited) => ({ ...place, span: lastSpan(cited) })), status: place.status };
    }
    base = unit;
    for (let farther = unit; fartherBases.length < (anchor.count ?? 1) - 1;) {
      const next = unitByPlace(model, farther, anchor.unit, anchor.direction).found;
      if (!next) break;
      fartherBases.push((farther = next));
    }
  }

  if (reference.targets.length === 0) {
    // "this chapter", "this Convention", "the Convention" standing alone.
    if (external) return single(reference, { status: 'external', span: reference.span, reason: external });
    const unit = base ?? target.root;
    return single(reference, { status: 'resolved', documentId: target.id, uri: target.uri, unitId: unit.id, span: reference.span });
  }

  if (anchor.kind === 'relative' && reference.targets.length === 1 && reference.targets[0].path.length === 1 && reference.targets[0].path[0].number === '') {
    return single(reference, relativeUnit(model, context, reference.targets[0].path[0], anchor.direction));
  }
  // One reading for a whole list: "Nummer 5, 6, 9 oder 10" after "§ 100b Absatz 2 Nummer 3 …" where the section around
  // has an Absatz (5) but no 6, 9 or 10: when some item is found only under the unit cited before, every item is read there.
  let listReadBefore: boolean | undefined;
  const readsBefore = () => listReadBefore ??= reference.targets.length > 1 && reference.targets.some((cited) =>
    !isCitableKind(cited.path[0]?.kind) && !resolvePath(model, cited.path, base, context, true).unit && !!otherReading(model, reference, cited.path, context)?.unit);
  /** Why a target not found is most likely one the copy leaves out (gapInCodeNumbering, thinRun): said once nothing else explains it. */
  // (made on the first such target: most citations are found)
  let leftOut: Array<string | undefined> | undefined;
  let targets = reference.targets.map((cited, index): ResolvedTarget => {
    const last = cited.path[cited.path.length - 1];
    const span = last?.span ?? cited.span;
    if (external) return { status: 'external', span, reason: external };
    const revised = anchor.kind === 'none' ? revisedEditionNumber(model, cited.path[0]) : undefined;
    if (revised) return { status: 'external', span, reason: revised };
    if (collection) {
      // "section 2705 of title 18": whichever document of that code holds it.
      for (const member of collection) {
        const found = resolvePath(member, cited.path, undefined, undefined, false);
        if (found.unit) return resolvedTarget(member, found.unit, span);
      }
      lookedInto.push(...collection.map((member) => member.id));
      return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} of ${instrumentName} is not in the workspace (it holds ${collection.map((doc) => doc.frontMatter.shortTitle ?? doc.title).join(', ')})` };
    }
    const doc = target as DocumentModel;
    // "in accordance with Article 3-349" where the text numbers its articles "3-341", "3-349" (the EU Constitutional Treaty as
    // one copy renumbers it): one number, not the range from article 3 to article 349
    const hyphened = hyphenedNumberUnit(model, doc, cited);
    if (hyphened) return resolvedTarget(doc, hyphened, span);
    // "[incisos I](https://www.planalto.gov.br/ccivil_03/leis/L9718.htm#art5-1)" in a page clipped from another address:
    // the link says the units are that page's, even where this document has units of the same numbers
    // "LGBl. 1915 Nr. 14", "Beschluss Nr. 106": the number of a gazette's issue or of what the noun before names, no point
    const numbered = doc === model && anchor.kind === 'none' ? numberOfAnotherThing(model.text, reference.span) : undefined;
    if (numbered) return { status: 'external', span, reason: `"${reference.text}" follows ${numbered === 'gazette' ? 'a gazette\'s name or a year: it numbers an issue of an official gazette' : 'a noun that names what it numbers (a decision, a regulation, a parcel)'}, not a point of this text` };
    // "Part 1 of 2" on a line of its own (a converter's header over the first of the files it split a long Act into)
    if (doc === model && anchor.kind === 'none' && numbersSplitFile(model, reference.span)) {
      return { status: 'external', span, reason: `the line "${reference.text} of …" numbers this file among the files a converter split the text into, not a part of the text` };
    }
    if (doc === model && anchor.kind === 'none' && budgetInciso(model.text, reference)) {
      return { status: 'external', span, reason: `"${reference.text}" with a capital in mid-sentence and a two-digit number names a section of the national budget (an Inciso: a ministry or a body, as in Uruguay's budget laws), not a subparagraph` };
    }
    const page = doc === model && anchor.kind === 'none' ? linkToAnotherPage(model, reference.span) : undefined;
    if (page) return { status: 'external', span, reason: `the words link to ${page}, another page than this document's source: ${describe(cited.path)} is most likely a unit of that document` };
    // "section 6", "section 1(1)(a)" in an Order whose provisions are articles and that has no section at all (a UK statutory
    // instrument bringing an Act's sections into force): the Act's sections, not this Order's articles
    if (doc === model && anchor.kind === 'none' && cited.path[0]?.kind === 'section' && model.language === 'en' && numbersOnlyArticles(model)) {
      return { status: 'external', span, reason: `this document shows its provisions as articles and no section at all: ${describe(cited.path)} is most likely another instrument's (the Act it is made under or cites), which the sentence does not name` };
    }
    let first = resolvePath(doc, cited.path, base, doc === model ? context : undefined, doc === model);
    for (const farther of fartherBases) {
      if (first.unit) break;
      const again = resolvePath(doc, cited.path, farther, context, true);
      if (again.unit) first = again;
    }
    // "… contemplados en los Párrafos 5, 6, 9 y 9 bis el hecho de …": the "§" divisions of the code's title, not the article's paragraphs
    const division = !first.unit && doc === model && context ? capitalisedParagraphDivision(model, reference, cited.path, first.partial ?? context) : undefined;
    if (division === 'unseen') return { status: 'external', span, reason: `"${reference.text}" capitalised in running text names a division of the code (a párrafo, a grouping of articles), which this copy gives no heading: it cannot be checked` };
    if (division) return resolvedTarget(doc, division, span);
    const compiled = !first.unit ? dottedNumberElsewhere(doc, cited.path) : undefined;
    if (compiled) return { status: 'external', span, reason: `${cited.path.slice(0, dottedParts(cited.path)).map((step) => step.number).join('.')} is numbered as the articles set out here are ("${compiled}"), by the parts of a compiled whole, and is not among them: it is most likely an article of that whole this text does not set out, and cannot be checked` };
    // "제5조제1항제1호" where paragraph 1 sets out its items as a table's rows (law.go.kr's box-drawn "│호별│과세표준│세율│"): rows are
    // no units here
    const tabled = !first.unit && first.partial && first.partial !== doc.root && !first.partial.children.some((child) => child.kind !== 'alinea' && child.number !== undefined) &&
      holdsTable(doc.text, first.partial.span) ? first.partial : undefined;
    if (tabled) return { status: 'external', span, reason: `${tabled.label || tabled.id} sets out its parts in a table, whose rows are not read as units: ${describe(cited.path)} cannot be checked` };
    // "se observará lo dispuesto en el párrafo 4º del título De la sociedad conyugal" (Chile's Civil Code names its titles): a
    // part of a grouping cited by its name, which the grammar does not read
    const namedGrouping = !first.unit && doc === model && anchor.kind === 'none' && index === reference.targets.length - 1 ? GROUPING_NAMED_AFTER.exec(model.text.slice(reference.span.end, reference.span.end + 80)) : null;
    if (namedGrouping) return { status: 'external', span, reason: `${describe(cited.path)} is a part of the grouping the words after it name by its title ("${namedGrouping[1].trim()}"), which is not read here: it cannot be checked` };
    // "paragraph 1(2)(b)" in a schedule: the schedule's paragraph 1, its sub-paragraph (2), its (b)
    // (read first as section 1's by the common-law form "paragraph 103(2)(b)": written "paragraph", it is the schedule's)
    const paragraphFirst = cited.path[0]?.kind === 'paragraph' || (cited.path[0]?.kind === 'section' && /^paragraphs?\b/i.test(reference.text));
    // "paragraph 4" written in a schedule's paragraph 9 whose "(4)" is a sub-paragraph: the schedule's paragraph 4 (a
    // sub-paragraph is cited "sub-paragraph (4)"), numbered through the schedule's parts
    const inSchedulesParagraph = first.unit !== undefined && first.unit.kind !== 'paragraph' && cited.path[0]?.kind === 'paragraph' && /^\d/.test(cited.path[0].number) &&
      model.text[cited.path[0].span.start - 1] !== '(';
    const schedule = doc === model && anchor.kind === 'none' && !base && (first.unit === undefined || inSchedulesParagraph) && paragraphFirst ? ancestorOfKind(context, 'schedule') : undefined;
    const scheduleParagraph = schedule ? headedParagraphOf(doc, schedule, cited.path[0].number) : undefined;
    if (scheduleParagraph) {
      const inParagraph = resolvePath(doc, cited.path.slice(1).map((step): RefStep => ({ ...step, kind: 'unspecified' })), scheduleParagraph, undefined, true);
      if (inParagraph.unit) first = inParagraph;
    } else if (schedule && first.unit === undefined) {
      // its paragraphs numbered in the text ("1. …"), not headed: among the schedule's own (the schedule found as itself, its
      // items unmarked, is none of them)
      const inSchedule = resolvePath(doc, cited.path.map((step, i): RefStep => ({ ...step, kind: i === 0 ? 'paragraph' : 'unspecified' })), schedule, undefined, true);
      if (inSchedule.unit && inSchedule.unit !== schedule) first = inSchedule;
    }
    const sectionFirst = first.unit === undefined ? sectionNumberFirst(model, cited.path) : undefined;
    /** "subparagraphs 82(b)(i) to (iv)": the range's end is read as its start was (the section's number first). */
    let throughPath = cited.through;
    if (sectionFirst) {
      const again = resolvePath(doc, sectionFirst, base, doc === model ? context : undefined, doc === model);
      if (again.unit) {
        first = again;
        if (throughPath) throughPath = sectionNumberFirst(model, throughPath) ?? throughPath;
      }
    }
    if (doc === model && anchor.kind === 'none' && (first.unit === undefined || (!isCitableKind(cited.path[0]?.kind) && readsBefore()))) {
      const again = otherReading(model, reference, cited.path, context);
      if (again && (first.unit === undefined || again.unit)) first = again;
    }
    if (first.unit === undefined && inCommentary && isCitableKind(cited.path[0]?.kind)) {
      // A note may name a provision of another document it discusses ("§ 1029"): found in exactly
      // one document of the workspace, that is the one meant.
      lookedInto.push(EVERY_DOCUMENT);
      const elsewhere = uniqueElsewhere(model, doc, cited.path, lookup);
      if (elsewhere) return resolvedTarget(elsewhere.doc, elsewhere.unit, span);
    }
    if (first.unit === undefined) {
      // "Artikel 74a, 75" where the constitution's heading reads "Art 74a und 75 (weggefallen)", "§ 5" under "§§ 2 bis 9
      // (weggefallen)": the heading repeals a run of units at once, and none of them has text to check
      const run = doc === model && !first.partial && isCitableKind(cited.path[0]?.kind) ? repealedRunHolding(model, cited.path[0].kind, cited.path[0].number, inPlaceEditOf(model)) : undefined;
      if (run) return { status: 'external', span, reason: `${describe(cited.path)} is repealed: "${run.line}" (line ${model.lines.position(run.span.start).line + 1})` };
      const widened = doc === model && isCitableKind(cited.path[0]?.kind) ? findElsewhere(model, cited.path, lookup) : undefined;
      if (widened) return resolvedTarget(widened.doc, widened.unit, span);
      // "section 3" in "Part I - Preliminary Provisions", one file of an Act given a Part a file ("docs/01-part-i.md",
      // "docs/02-part-ii.md"): the file beside it that holds the section, or, when none does, a unit of a part not here
      const fileGrouping = doc === model && anchor.kind === 'none' && !first.partial && isCitableKind(cited.path[0]?.kind) ? groupingOfFile(model) : undefined;
      if (fileGrouping) {
        lookedInto.push(EVERY_DOCUMENT);
        const sibling = groupingFileHolding(model, cited.path, lookup);
        if (sibling) return resolvedTarget(sibling.doc, sibling.unit, span);
        return { status: 'external', span, notInWorkspace: true, reason: `this file holds ${fileGrouping.label} of a text given a ${fileGrouping.kind} a file, and no file beside it holds ${describe(cited.path)}: it is most likely in a ${fileGrouping.kind} not in the workspace` };
      }
      // "section 81 of The Information Technology Act, 2000" where the workspace holds the Act in files of that one title
      // (a converter's parts: sections 1–52, then 52A–94): the file that holds the section
      // (a citation of this document asks the workspace only when its front matter says it is one part of several: a
      // citation that reads no other document is not resolved again as documents join)
      if ((doc !== model || (anchor.kind === 'none' && isOnePart(model))) && !first.partial && isCitableKind(cited.path[0]?.kind) && doc.title) {
        lookedInto.push(BY_NAMES);
        const part = partHolding(doc, cited.path, lookup);
        if (part) return resolvedTarget(part.doc, part.unit, span);
      }
      // "l'article 57 de l'annexe II au code général des impôts" where the code's copy holds no annex at all: the annex
      // published as a document of its own ("Code général des impôts, annexe II"), else nothing to check against
      if (doc !== model && !first.partial && ANNEX_STEPS.has(cited.path[0]?.kind) && holdsNoAnnex(doc)) {
        lookedInto.push(BY_NAMES);
        const annex = annexPublishedApart(doc, cited.path[0], lookup.all());
        if (!annex) {
          return { status: 'external', span, notInWorkspace: true, reason: `the copy of ${doc.frontMatter.shortTitle ?? doc.title} here holds no annex or schedule at all (they are often published apart from the text): ${describe(cited.path)} cannot be checked against it, and no document of the workspace is that annex` };
        }
        if (cited.path.length === 1) return resolvedTarget(annex, annex.root, span);
        const inAnnex = resolvePath(annex, cited.path.slice(1), undefined, undefined, false);
        if (inAnnex.unit) return resolvedTarget(annex, inAnnex.unit, span);
        return {
          status: 'unresolved', documentId: annex.id, span, reason: inAnnex.reason ?? `"${annex.title}" has no ${describe(cited.path.slice(1))}`,
          existing: inAnnex.existing?.map((unit) => ({ uri: annex.uri, unitId: unit.id })),
          ...(inAnnex.partial ? { uri: annex.uri, partialUnitId: inAnnex.partial.id } : {}),
        };
      }
      // "главы 10 настоящего Кодекса" in a file that holds one article of the code: the chapter is the code's, around this file
      if (doc === model && anchor.kind === 'this' && anchor.unit === 'document' && GROUPINGS_OF_A_WHOLE.has(cited.path[0]?.kind) && holdsOnePieceOfWhole(model)) {
        const own = model.units.find((unit) => unit.headingDepth > 0 && unit.citable);
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} is a part of the code around this file, which holds ${own ? loneLabel(own) : 'one unit'} only` };
      }
      // "el caso del artículo 207 de esta Constitución" in the wording an amending act (Colombia's "Acto Legislativo 1 de 1945")
      // sets out for the Constitution: "this Constitution" there is the one amended, which this document is not
      if (doc === model && anchor.kind === 'this' && anchor.unit === 'document' && CONSTITUTION.test(model.text.slice(anchor.span.start, anchor.span.end)) &&
        !CONSTITUTION.test(`${model.title} ${model.frontMatter.shortTitle ?? ''}`)) {
        return { status: 'external', span, reason: `"${model.text.slice(anchor.span.start, anchor.span.end)}" names a constitution, which this document is not: it stands in the wording set out for the constitution it amends, and cannot be checked here` };
      }
      if (doc === model && !first.partial && isCitableKind(cited.path[0]?.kind)) {
        // Only what a gap says is missing is excused; "this title" in a document that is no title, or a
        // number outside the run this document holds, names a unit of the larger whole it is part of.
        const gap = gapCovering(model, cited.path[0]);
        if (gap) return { status: 'external', span, reason: `${describe(cited.path)} is in a part of this document that the source does not include (see its gaps)` };
        if ((anchor.kind === 'none' || (isLoneUnitFile(model) && anchor.kind === 'this')) && !holdsKind(model, cited.path[0].kind)) {
          return { status: 'external', span, reason: `this document has no ${pluralOf(cited.path[0].kind)} at all: ${describe(cited.path)} is a unit of another instrument` };
        }
        // "sections 3, 4, … and 14 of this Act" in an Act whose structure shows no article or section at all (a PDF made into
        // one list): its provisions are there, in a form not read as headings
        if (anchor.kind === 'this' && anchor.unit === 'document' && (cited.path[0].kind === 'section' || cited.path[0].kind === 'article') && !holdsKind(model, cited.path[0].kind)) {
          return { status: 'external', span, reason: `this document's structure shows no articles or sections at all (its headings may be written in a form not read as headings): ${describe(cited.path)} cannot be checked` };
        }
        const wider = anchor.kind === 'this' && !base && anchor.unit !== 'document';
        if (wider || outsideHeldRun(model, cited.path[0])) {
          // A code kept one article per file: the file beside this one that holds it.
          const sibling = anchor.kind === 'none' ? folderSiblingHolding(model, cited.path, lookup.all()) : undefined;
          lookedInto.push(BY_NAMES);
          const there = sibling ? resolvePath(sibling, cited.path, undefined, undefined, false) : undefined;
          if (sibling && there?.unit) return resolvedTarget(sibling, there.unit, span);
          if (sibling) lookedInto.push(sibling.id);
          return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} is not in the workspace (this document holds ${heldRun(model, cited.path[0])} only)` };
        }
      }
      if (doc !== model && isCitableKind(cited.path[0]?.kind) && isContentsPage(doc)) {
        // "l'article 40 du code de procédure pénale", where the code is a folder of one-article files
        // and the name found its contents page: the file below it that holds the article.
        const file = fileBelowContents(doc, cited.path, lookup.all(), model.language);
        lookedInto.push(BY_NAMES);
        const there = file ? resolvePath(file, cited.path, undefined, undefined, false) : undefined;
        if (file && there?.unit) return resolvedTarget(file, there.unit, span);
        lookedInto.push(doc.id, ...(file ? [file.id] : []));
        return { status: 'external', span, notInWorkspace: true, reason: `"${doc.title}" is a table of contents with no articles of its own, and no file below it holds ${describe(cited.path)}` };
      }
      if (doc !== model && !first.partial && isCitableKind(cited.path[0]?.kind) && gapCovering(doc, cited.path[0])) {
        // "§ 40 des Bundesdatenschutzgesetzes" where the workspace holds an excerpt of that law whose
        // gaps say § 40 is left out: the unit exists, only not here.
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} of ${doc.frontMatter.shortTitle ?? doc.title} is in a part that the workspace copy does not include (see its gaps)` };
      }
      if (doc !== model && !first.partial && isCitableKind(cited.path[0]?.kind) && outsideHeldRun(doc, cited.path[0])) {
        // "民法典第五百一十条" where the workspace holds one book of the code (articles 1119–1163): the article is in another part of it
        lookedInto.push(doc.id);
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} of ${doc.frontMatter.shortTitle ?? doc.title} is not in the workspace (the copy here holds ${heldRun(doc, cited.path[0])} only)` };
      }
      const earlier = doc === model && anchor.kind === 'none' && !chainedToThis && isCitableKind(cited.path[0]?.kind) ? namedEarlier(model, reference, cited.path, span, lookup, lookedInto) : undefined;
      if (earlier) return earlier;
      const repeated = doc === model && anchor.kind === 'none' && !chainedToThis && isCitableKind(cited.path[0]?.kind) ? citedJustBeforeWithInstrument(model, reference, cited.path, span) : undefined;
      if (repeated) return repeated;
      // "- kk) legge 15 maggio 1997, n. 127, limitatamente agli articoli: 4; 5 ad eccezione del comma 7; …" (a repeal list)
      const ofItemInstrument = doc === model && anchor.kind === 'none' ? ofListItemInstrument(model, reference, cited.path, span) : undefined;
      if (ofItemInstrument) return ofItemInstrument;
      // "the said clauses (a), (b) and (c)": the clauses cited before ("clauses (a), (b), (c) and (d) of section 62")
      const said = doc === model && anchor.kind === 'none' && (!first.partial || first.partial === citableAround(context)) && !isCitableKind(cited.path[0]?.kind) ? saidBefore(model, reference, cited.path, span, lookup) : undefined;
      if (said) return said;
      // "the punishments specified in clauses (a), (b) and (c) of the said section, the punishment specified in clause (b) …"
      const again = doc === model && anchor.kind === 'none' && !first.partial && cited.path.length === 1 && !isCitableKind(cited.path[0]?.kind) ? citedAgain(model, reference, cited.path[0], span, lookup) : undefined;
      if (again) return again;
      const ofForeignSection = doc === model && anchor.kind === 'none' && !isCitableKind(cited.path[0]?.kind) ? foreignSectionBefore(model, reference, lookup, context) : undefined;
      if (ofForeignSection) return { status: 'external', span, reason: `${describe(cited.path)} is not in the unit around it; the citation just before names ${ofForeignSection}, so it is most likely a part of that` };
      const sibling = doc === model && anchor.kind === 'none' && !isCitableKind(cited.path[0]?.kind) ? siblingNamedAfter(model, reference, cited.path[0].kind) : undefined;
      if (sibling) return { status: 'external', span, reason: `${describe(cited.path)} is not in the unit around it; the list goes on with ${sibling}, so it is most likely a part of that article or section too` };
      // "na alínea d) ou na alínea e) do número anterior": the next citation, of the same kind, says where both are
      const pair = doc === model && anchor.kind === 'none' && !first.partial && cited.path.length === 1 && !isCitableKind(cited.path[0]?.kind) ? pairedAfter(model, reference, cited.path, lookup) : undefined;
      if (pair) return { ...pair, span };
      // "aux 1°, 2°, 3°, a et d du 4°, 6° et 17° de l'article R. 321-5": the list's last words name the article that holds it all
      const closing = doc === model && anchor.kind === 'none' && !first.partial && !isCitableKind(cited.path[0]?.kind) ? articleClosingList(model, reference) : undefined;
      const inClosing = closing ? resolvePath(model, cited.path, closing.unit, undefined, true).unit : undefined;
      if (inClosing) return resolvedTarget(model, inClosing, span);
      if (closing && !closing.unit) return { status: 'external', span, reason: `${describe(cited.path)} is not in the unit around it; the list it opens ends "${closing.words}", so it is most likely a part of that article or section, which this document does not hold` };
      // "“relevant bribery offence” means—an offence under section 1 …,an offence … falling within paragraph (a) or (b), …" (the
      // definition's limbs run together, their letters lost): a limb of the definition around the citation
      // (only a limb lettered where the definition's text shows no limb of that letter: "sub-section (1)" there is still this section's)
      const limb = cited.path.length === 1 && /^[a-z]{1,2}$/.test(cited.path[0].number) ? cited.path[0].number : undefined;
      const defined = doc === model && anchor.kind === 'none' && !first.partial && limb ? definitionAround(model, reference.span.start) : undefined;
      if (defined && !new RegExp(`(?:^|[\\n—–:;])[\\s*-]*\\(${limb}\\)\\s`).test(model.text.slice(defined.termSpan.end, defined.span.end))) return { status: 'external', span, reason: `${describe(cited.path)} is not in the unit around it, and it stands in the definition of “${defined.term}”: it is most likely one of that definition's limbs, which the text does not number` };
      // "- [Paragraphe 2 : Désignation des officiers …](paragraphe-2)" in a contents page: the link says where it goes.
      const link = doc === model ? linkAround(model.text, reference.span) : undefined;
      if (link) return { status: 'external', span, reason: `the words are a link to "${link}", which says where they point` };
      // "material described in paragraph (1).11 So in original. Probably should be …" (the U.S. Code as converted): the footnote's
      // number run on after the citation, the footnote's words right after it
      if (doc === model && /[.)]\d{2}$/.test(reference.text) && GLUED_FOOTNOTE_AFTER.test(model.text.slice(reference.span.end, reference.span.end + 40))) {
        return { status: 'external', span, reason: `the last number of "${reference.text}" is a footnote's mark run on after the citation (its words, "${model.text.slice(reference.span.end, reference.span.end + 40).trim().split(/[.]/)[0]}", follow): the unit meant cannot be read exactly` };
      }
      // "approximately 244 metres north west of Point B, the south east corner of …" (a road order's schedule): a point named by a
      // capital letter alone, no bracket, is a place on a plan, not a part of the text
      if (doc === model && anchor.kind === 'none' && cited.path.length === 1 && cited.path[0].kind === 'point' && /(?<![\p{L}(])[A-Z]$/u.test(reference.text)) {
        return { status: 'external', span, reason: `"${reference.text}" names a point by a capital letter alone, as a plan or a map does, and this text numbers no such points: it is not checked` };
      }
      // "c) Aux quatrième, cinquième et sixième alinéas, les mots : « … » sont supprimés": the alinéas of the text amended.
      if (doc === model && anchor.kind === 'none' && amendsAnotherText(model, reference)) return partOfAmendedText(cited.path, span);
      // "(a) section 43A shall be omitted;" under "The Information Technology Act, 2000 … shall be amended …": the copy of that
      // Act here may show its text before or after this very amendment
      if (doc !== model && amendsAnotherText(model, reference)) {
        return { status: 'external', span, reason: `the sentence amends ${doc.frontMatter.shortTitle ?? doc.title}, whose copy here may show its text before or after this amendment: ${describe(cited.path)} cannot be checked against it` };
      }
      // "under clause (1) of article 172" in an Act of sections 1–69 (India's Acts cite the Constitution so): a document with
      // no article at all does not number its own provisions so, and the sentence does not say whose article it is
      // "Que el Nº 3º del inciso segundo del artículo 37 C …" in a law of one article, "##### Artículo UNICO" (an amending law, the
      // Constitutional Court's ruling on it set after): a single-article law numbers no other article, so it is the amended law's
      const single = doc === model && anchor.kind === 'none' && !first.partial && cited.path[0]?.kind === 'article' ? soleArticleNamedSo(model) : undefined;
      if (single) return { status: 'external', span, reason: `this document has one article only ("${single}"): ${describe(cited.path)} is most likely of the law it amends or names, which the sentence does not say` };
      // ("Article 57(1)(r)" in Ireland's Data Protection Act 2018, the GDPR's, read at first as a part of its section 57)
      if (doc === model && anchor.kind === 'none' && (!first.partial || citableAround(first.partial)?.kind === 'section') && cited.path[0]?.kind === 'article' && numbersOnlySections(model)) {
        return { status: 'external', span, reason: `this document numbers its provisions as sections and has no article at all: ${describe(cited.path)} is most likely another instrument's (a constitution's or a treaty's), which the sentence does not name` };
      }
      // "in artikel 5a, eerste en tweede lid, of artikel 5b" in an act whose own articles are "ARTIKEL I" to "ARTIKEL IV" (a Dutch
      // act that enacts or amends another numbers its own articles so): the articles in figures are that other text's
      const roman = doc === model && anchor.kind === 'none' && !first.partial && cited.path[0]?.kind === 'article' && /^\d/.test(cited.path[0].number) ? romanArticles(model) : undefined;
      if (roman) {
        return { status: 'external', span, reason: `this document numbers its own articles in roman numerals (${roman}), as an act that enacts or amends another does: ${describe(cited.path)} is most likely a unit of that other text, which the sentence does not name` };
      }
      // "section 137 (1) (*a*)" in a schedule of an Act of 52 sections that defines "the Principal Act" (an amending Act, whose
      // inserted text and tables cite the Act it amends by its numbers alone): a section past its own last is most likely that Act's
      const amended = doc === model && anchor.kind === 'none' && !first.partial && cited.path[0]?.kind === 'section' ? principalActPast(model, cited.path[0].number) : undefined;
      if (amended) return { status: 'external', span, reason: `this document has sections ${amended.range} only and amends the Act it calls "${principalTerm(model)}": ${describe(cited.path)}, ${amended.lettered ? 'a lettered number where none of its own is' : 'past its last section'}, is most likely a section of that Act, which the sentence does not name` };
      // "Die §§ 928 und 932 der Zivilprozessordung gelten" (misspelt in the official text): a name the grammar does not know.
      const namedAfter = doc === model && anchor.kind === 'none' && !first.partial && isCitableKind(cited.path[0]?.kind) ? nameAfterCitation(model, reference) : undefined;
      if (namedAfter) return { status: 'external', span, reason: `this document has no ${describe(cited.path)}, and the words after the citation ("${namedAfter}") look like the name of another instrument: it is most likely a unit of that instrument` };
      // "Que, el Artículo 50º de nuestra Constitución …", "… en su Artículo 35º se señala …" (a regional ordinance's recitals): before
      // the enacting articles, a recital cites the articles of the instruments it recites, which this document does not hold
      // (found only in part too: "en su Artículo 3, numeral 3.2, Incisos a), b)" is the recited law's article 3, not this one's)
      if (doc === model && anchor.kind === 'none' && inRecitals(model, reference.span.start)) {
        return { status: 'external', span, reason: `${describe(cited.path)} is cited in the recitals or the explanatory statement ("Que, …", "Considerando", "Whereas", "Exposición de motivos"), before this document's own articles: it is most likely a part of an instrument the recital names, and cannot be checked here` };
      }
      // "[^73]: … aufgehoben durch Art. 128 Ziff. 2 des Krankenversicherungsgesetzes", "[^74]: [AS 5 635 … Art. 103 Abs. 1.]" (Fedlex):
      // an editor's footnote cites the acts that amended the text, in the gazette's references, not this document's units
      if (doc === model && anchor.kind === 'none' && !first.partial && inFootnoteText(model, reference.span.start)) {
        return { status: 'external', span, reason: `${describe(cited.path)} is cited in a footnote, an editor's note on the acts that amended the text: it is most likely a unit of the act the note names, and cannot be checked here` };
      }
      // "36, commi 1, 2, 3, 4, 5 e 6; 51; del decreto del Presidente della Repubblica …": the list goes on to name its instrument.
      // "**Zu Artikel 15**" then "… von den Kriterien der Nummer 1 und Nummer 3 des Absatzes 1 abgewichen werden kann." (a treaty's
      // final protocol, its notes each under a line naming the article they are on): a part of that article
      const notedOn = doc === model && anchor.kind === 'none' && !isCitableKind(cited.path[0]?.kind) ? protocolNoteOn(model, reference) : undefined;
      const inNoted = notedOn ? resolvePath(model, cited.path, notedOn, undefined, true) : undefined;
      if (inNoted?.unit) return resolvedTarget(model, inNoted.unit, span);
      const listedFor = doc === model && anchor.kind === 'none' ? numbersThenInstrument(model, reference) : undefined;
      if (listedFor) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and the list it stands in goes on to name "${listedFor}": it is most likely a unit of that instrument` };
      // "------------ AGGIORNAMENTO (38) Il D.L. 31 maggio 2021, n. 77, … ha disposto (con l'art. 39, comma 3) che …": an
      // editor's note on the amendments (normattiva's), which cites the amending acts and quotes them.
      if (doc === model && anchor.kind === 'none' && inEditorsNote(model, reference.span.start)) {
        return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in an editor's note on the amendments ("${editorsNoteStart(model, reference.span.start)}"), which cites and quotes the amending acts: it is most likely a unit of one of them` };
      }
      // "The repeal by subsection (1) of sections 13(4) and 14(3) of the Finance Act 1987 does not affect …" (in a reprint that holds
      // that Act as it now reads): a sentence on the repeal of what it cites, which the text in force may no longer hold
      // (the repeal's word before the citation, close to it and in its sentence: "… podem ser revogados" after "nos artigos 65 ou 67"
      // is a notice's)
      // (only where the unit is found and its part is not: "sections 13(4) and 14(3)", sections 13 and 14 there, their parts gone;
      // an article missing whole is still reported, "wegen der Aufhebung der Artikel 74a, 75 oder 98 Abs. 3" in an excerpt)
      const repealSentence = doc === model && !!first.partial && speaksOfRepeal(model.text.slice(Math.max(0, reference.span.start - REPEAL_REACH), reference.span.start).split(REPEAL_SENTENCE_BREAK).pop() ?? '');
      if (repealSentence) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and the sentence speaks of its repeal: the text in force may no longer hold it, and it cannot be checked` };
      // "عُدلت هذه المادة بموجب المرسوم الملكي …" then "– تعديل الفقرة (3) لتصبح بالنص الآتي: …" (an editor's note under the article
      // recording its amendment): the paragraph cited is the article's as it read before, or one the amendment added
      const history = doc === model && (anchor.kind === 'none' || anchor.kind === 'this') ? historyNoteAt(model, reference.span.start) : undefined;
      if (history) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in a note recording an amendment of this text ("${history}"): it is most likely the provision's part as it read before that amendment, or the amending act's, and cannot be checked` };
      if (doc === model && anchor.kind === 'none' && inBracketedRemark(model.text, reference.span.start)) {
        return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in an editor's remark in brackets ("(Anm.: …)"), which notes the text's history or another act's renumbering: it is most likely not a unit of this text` };
      }
      // "b) after subsection (2) insert— " then "3) The Welsh Ministers may … amend subsection (1)": the new text, unquoted
      // ("9. L'article 39 … est remplacé par une disposition ayant la teneur suivante:" then "… à l'article 36 de la présente loi": the
      // amended law's own words for itself)
      const inserting = doc === model && (anchor.kind === 'none' || (anchor.kind === 'this' && anchor.unit === 'document')) ? insertingInstructionAbove(model, reference.span.start, citableAround(context)?.span.start ?? 0) : undefined;
      if (inserting) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in the text that "${inserting}" puts into another instrument: it is most likely a unit of that instrument` };
      // "Modifíquese los artículos 162, 183-A y 323 del Código Penal … en los siguientes términos:" then "Artículo 162. …": the
      // citations in the articles set out are of that code
      // ("del presente Código" there is that code)
      const setOut = doc === model && anchor.kind !== 'instrument' ? setOutArticleAround(model, context) : undefined;
      if (setOut) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in ${setOut.label}, which "${setOut.leadIn}" sets out for another instrument: it is most likely a unit of that instrument` };
      // "ARTICULO 9º — Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente:" then "Inciso 16. El que defraudare
      // …" (InfoLEG): the unit the lead-in sets out, its label opening the paragraph right below it
      const setOutLabel = doc === model && anchor.kind === 'none' ? leadInAboveLabel(model.text, reference.span) : undefined;
      if (setOutLabel) return { status: 'external', span, reason: `${describe(cited.path)} is not found here: it is the label of the text that "${setOutLabel}" sets out for another instrument` };
      // "… inserting after subsection (2)— "(3) A person who contravenes subsection (4) …"": the quoted instrument's unit.
      const quoted = doc === model && anchor.kind !== 'instrument' ? quotedPassageAt(model, reference.span.start) : undefined;
      if (quoted) return { status: 'external', span, reason: `${describe(cited.path)} is not found here, and it stands in text quoted from another instrument ("${quoteStart(model.text, quoted)}"): it is most likely a unit of that instrument` };
      // "Section 1128(a) (42 U.S.C. 1320a–7(a)) is amended …" (a Public Law of the United States amending the Social Security Act):
      // a section given its place in the United States Code is a section of the Act codified there
      // ("title 31, United States Code": the Code's title, named after a comma)
      const codified = doc === model && anchor.kind === 'none' && (isCitableKind(cited.path[0]?.kind) || cited.path[0]?.kind === 'title') ? CODIFIED_AT.exec(model.text.slice(reference.span.end, reference.span.end + 48)) : null;
      if (codified) return { status: 'external', span, notInWorkspace: true, reason: codified[1] ? `${describe(cited.path.slice(0, 1))} is not found here, and the text gives its place in the United States Code (${codified[1]}): it is a section of the Act codified there, which the workspace does not hold` : `${describe(cited.path.slice(0, 1))} is named as the United States Code's ("${reference.text}, United States Code"), which the workspace does not hold` };
      // "whenever in this title an amendment … is expressed in terms of an amendment to … a section or other provision, the reference
      // shall be considered to be made to … the Social Security Act" (referenceRules.ts): the title's sections cited are that Act's
      // ("by inserting after paragraph (16)" there: a part of the provision the sentence amends, that Act's too)
      const rule = doc === model && anchor.kind === 'none' ? referenceRuleAt(model, reference.span.start) : undefined;
      if (rule) return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path.slice(0, 1))} is not found here, and ${rule.label} says the provisions this part of the text amends are those of ${rule.instrument}: it is most likely that instrument's, which the workspace does not hold` };
      // "titolo V del presente decreto" in a law whose headings show no titles at all ("## PRINCIPI COMUNI Capo I …": the
      // converter left "TITOLO I" out), "segunda parte del presente artículo" (a portion of text): nothing to check against.
      const grouping = cited.path[0]?.kind;
      if (doc === model && first.reason && !first.partial && grouping && GROUPING_KINDS.has(grouping) && headingsOfKind(model, grouping).length === 0) {
        return { status: 'external', span, reason: `this document's headings show no ${grouping}s at all (a converter may have left them out, or the word names a portion of the text): ${describe(cited.path)} cannot be checked` };
      }
      // "el Anexo I del presente Decreto" in a copy that holds no annex or schedule at all: annexes are often published apart
      // (an annex without a number, "ANNEXE" alone, is no numbered annex to check "l'annexe 3" against)
      if (doc === model && first.reason && !first.partial && (grouping === 'annex' || grouping === 'schedule') && !numberedAnnexIn(model)) {
        // ("## SCHEDULE. Penalties for Certain Offences." alone, and "Part I of the First Schedule" to the Act it amends)
        const unnumbered = headingsOfKind(model, grouping)[0];
        if (unnumbered) {
          const whose = anchor.kind === 'none' ? 'is most likely another instrument\'s, which the sentence does not name, and cannot be checked' : 'cannot be checked against it (annexes are often published apart from the text)';
          return { status: 'external', span, reason: `this document's one ${grouping} has no number ("${unnumbered.label.trim()}"): ${describe(cited.path)} ${whose}` };
        }
        return { status: 'external', span, reason: `this copy holds no annex or schedule at all (they are often published apart from the text, or a converter left them out): ${describe(cited.path)} cannot be checked` };
      }
      // "lettere a), b) … del comma 1 dell'articolo 58" where article 58 reads "((ARTICOLO ABROGATO DALLA L. 31 DICEMBRE 2012,
      // N. 235))": the parts of a repealed unit are gone from the text, not missing from it
      // (this document's own units only: another's text may change without its signature moving)
      // "## SCHEDULE 1 Principles Set Out in the National Standard …" then "(Section 5)" and nothing else: the copy holds the
      // heading of a unit whose text a converter left out, and "clause 4.3 of Schedule 1" cannot be checked against it
      if (first.partial && headingOnly(doc, first.partial)) {
        return { status: 'external', span, reason: `${unitName(first.partial)} holds no text in this copy, only its heading: ${describe(cited.path)} cannot be checked against it` };
      }
      // "Anlage 1 Nummer 1.9" where Anlage 1 is a table set out as nested lists ("*    *   1.9", bundestag/gesetze): its rows' numbers
      // are no units the structure reads
      if (first.partial && (first.partial.kind === 'annex' || first.partial.kind === 'schedule') && holdsListTable(doc, first.partial)) {
        return { status: 'external', span, reason: `${unitName(first.partial)} is a table in this copy, set out as nested lists, whose rows the structure does not read: ${describe(cited.path)} cannot be checked against it` };
      }
      // "(2)" alone on its line, then "(3)" (uscode.house.gov as legalize-us converts 18 U.S.C. § 2511: the paragraphs' text lost)
      if (first.partial && numberOnly(doc, first.partial)) {
        return { status: 'external', span, reason: `${unitName(first.partial)} holds no text in this copy, only its number: ${describe(cited.path)} cannot be checked against it` };
      }
      // "subsection (c) of this section" in a chunk of Title 18 that ends with § 1030 (b): the next chunk, titled alike, goes on
      // with § 1030 (c); a chunk that begins § 1029 at (e) holds none of its (a) to (d)
      const chunkHolder = doc === model && !isCitableKind(cited.path[0]?.kind) ? citableAround(first.partial ?? base ?? context) : undefined;
      if (chunkHolder) {
        lookedInto.push(BY_NAMES);
        const chunk = sameUnitInChunk(model, chunkHolder, cited.path, lookup, lookedInto);
        if (chunk) return resolvedTarget(chunk.doc, chunk.unit, span);
        const begun = begunMidUnit(model, chunkHolder, cited.path[0]);
        if (begun) return { status: 'external', span, notInWorkspace: true, reason: `this file begins ${unitName(chunkHolder)} at ${begun.label.trim()}, with no text of it before: ${describe(cited.path)} is in the part of it this file does not hold` };
        const chunks = endsWithUnitOfChunks(model, chunkHolder, lookup);
        if (chunks) return { status: 'external', span, notInWorkspace: true, reason: `this file ends with ${unitName(chunkHolder)}, which ${chunks === 1 ? 'another file' : `${chunks} other files`} of its title ${chunks === 1 ? 'goes' : 'go'} on with (a text cut into chunks): ${describe(cited.path)} is most likely in a part of it those chunks hand on, not in the workspace` };
      }
      // "paragraph 1 (b) above" in an article whose paragraphs and items are lines with no number (the UN Charter as scraped: the
      // numbers lost): paragraph 1 is its first line, and nothing in it says which part is (b)
      // (a paragraph counted by its place is found so: "inciso 3" of an article of two unnumbered paragraphs is still reported)
      const unnumbered = first.partial?.kind === 'alinea' ? citableAround(first.partial) : undefined;
      if (unnumbered && unnumbered.children.filter((child) => child.kind === 'alinea').length >= 2 && !descendantsOf(unnumbered).some((unit) => unit.kind !== 'alinea' && unit.number !== undefined)) {
        return { status: 'external', span, reason: `${unitName(unnumbered)} numbers none of its parts in this copy (its paragraphs are lines with no number): ${describe(cited.path)} cannot be checked` };
      }
      // "I.\tÁreas Claves de Riesgo: …", "I.\tAuditoría: …" (a word processor's list whose numbers a converter lost: every item "I.")
      const listHolder = first.partial ?? (cited.path.length === 1 && doc === model ? base ?? citableAround(context) : undefined);
      const sameNumbered = listHolder ? itemsNumberedAlike(listHolder) : undefined;
      if (sameNumbered) return { status: 'external', span, reason: `${unitName(listHolder!)} numbers all its ${sameNumbered.length} items "${sameNumbered[0].label.trim()}" in this copy (the list's numbers were lost in conversion): ${describe(cited.path)} cannot be checked` };
      // "Párrafo 2° del Título I", "los párrafos 4° y 5° de este Título" (Chile's and Spain's codes divide a title into
      // párrafos, to which a converter gave no headings): a division of a grouping whose children here are its articles
      const divided = first.partial ?? (cited.path.length === 1 ? base : undefined);
      // "los Párrafos 5, 6, 9 y 9 bis de este Título" under "#### § V. Malversación …": the title's "§" divisions
      const called = divided ? sectionCalledParagraph(divided, cited.path) : undefined;
      if (called) return resolvedTarget(doc, called, span);
      if (divided && divisionNotShown(divided, cited.path)) {
        return { status: 'external', span, reason: `${unitName(divided)} holds its articles with no divisions shown between them: ${describe(cited.path)} is most likely a division of it ("párrafo") that this copy gives no heading, and cannot be checked` };
      }
      // "^5*****" between clauses (c) and (e) (India Code): clause (d) was omitted by an amendment, its place marked by asterisks
      const omittedFrom = doc === model ? first.partial ?? (cited.path.length === 1 && !base && context ? citableAround(context) : undefined) : undefined;
      const omitted = omittedFrom ? omittedBetween(doc, omittedFrom, cited.path[cited.path.length - 1].number) : undefined;
      if (omitted) return { status: 'external', span, reason: `${describe(cited.path)} stood between ${omitted[0].label.trim()} and ${omitted[1].label.trim()}, where the text shows "* * *": it was omitted by an amendment, and cannot be checked` };
      // (in another document too: "법 제21조제1항 및 제2항" of an act whose article 21 is "삭제 <2023.7.11>")
      const repealed = first.partial ? repealedAround(doc, first.partial) : undefined;
      if (repealed) return { status: 'external', span, reason: `${unitName(repealed.unit)} is repealed ("${repealed.notice}"): ${describe(cited.path)} cannot be checked against its text` };
      // "##### 24. **Electorate …**" then "24.—F25[…]" (the Irish Statute Book): the section's words left out of the consolidation
      const elided = doc === model && first.partial ? elidedAround(doc, first.partial) : undefined;
      if (elided) return { status: 'external', span, reason: `${elidedText(elided)}: ${describe(cited.path)} cannot be checked against its text` };
      // "la parte A dell'indennita'", "I parte B: maresciallo capo" (the portions of an indemnity, the classes of a rank) in a
      // code whose parts are numbered II–VII: a grouping lettered where the document letters none of that kind
      if (doc === model && first.reason && !first.partial && grouping && GROUPING_KINDS.has(grouping) && LETTER_NOT_ROMAN.test(cited.path[0].number) &&
        !headingsOfKind(model, grouping).some((unit) => LETTER_NOT_ROMAN.test(unit.number ?? ''))) {
        return { status: 'external', span, reason: `this document numbers its ${grouping}s and letters none: ${describe(cited.path)} most likely names a portion of something else (or of another instrument), and cannot be checked here` };
      }
      // "Situationsaufgaben … in Teil I sowie … in Teil IV" (the parts of an examination) where the document's parts are "Teil A" and
      // "Teil B", "Anlage I" (the Unification Treaty's) where its annexes are A–D: a grouping in figures where the document letters all
      // of that kind
      const letteredKind = doc === model && first.reason && !first.partial && grouping && (GROUPING_KINDS.has(grouping) || grouping === 'annex' || grouping === 'schedule') ? letteredOnly(model, grouping) : undefined;
      if (letteredKind && inFiguresBeyond(cited.path[0].number, letteredKind.last)) {
        return { status: 'external', span, reason: `this document letters its ${pluralOf(grouping!)} (${letteredKind.first}–${letteredKind.last}) and numbers none: ${describe(cited.path)} most likely names a portion of something else (or of another instrument), and cannot be checked here` };
      }
      // "el numeral 4 de la Sexta Disposición Complementaria Final del precitado Reglamento": a part of what the words after it
      // name, which the grammar did not read as a unit or an instrument; "l’apartat 11 de l’article 4 de l’Impost sobre
      // Transmissions Patrimonials Immobiliàries": an article of what a tax's name stands for (its law)
      // (an article or section only in a language that writes names alone with capitals: German capitalises every noun, "des Absatzes 1")
      const ofNamed = doc === model && anchor.kind === 'none' && (isCitableKind(cited.path[0]?.kind) ? capitalsNameOnly(model) : !first.partial) && index === reference.targets.length - 1 ? namedAfterPart(model, reference.span.end) : undefined;
      if (ofNamed) return { status: 'external', span, reason: `${describe(cited.path)} is a part of what the words after the citation name ("${ofNamed}"), which is not read here as a unit or an instrument: it cannot be checked` };
      // "in den Absätzen 1 bis 3" in a text whose article labels a converter ran into the paragraphs ("… § 4 Bindung an …"): outside
      // any article or section, in a document that numbers no such parts at its top level, whose part is meant cannot be told
      if (doc === model && anchor.kind === 'none' && !first.partial && !base && !isCitableKind(cited.path[0]?.kind) && !(context && citableAround(context)) &&
        /^\d/.test(cited.path[0].number) && !model.root.children.some((child) => child.headingDepth === 0 && /^\d/.test(child.number ?? '') && kindsCompatible(cited.path[0].kind, child.kind))) {
        return { status: 'external', span, reason: `${describe(cited.path)} stands outside any article or section, and the document numbers no such parts at its top level: whose ${cited.path[0].kind} is meant cannot be told (a converter may have run the article labels into the text)` };
      }
      // "à l'avant-dernier alinéa du I du même article L. 2224-31" after "l'article L. 2224-31 du code général des collectivités
      // territoriales": the same article, of the instrument named then
      const same = doc === model && anchor.kind === 'none' && isCitableKind(cited.path[0]?.kind) ? sameUnitCitedBefore(model, reference, cited.path[0]) : undefined;
      if (same) return { status: 'external', span, reason: `"${reference.text}" is said to be the same as one cited before ("${same}"), of another instrument` };
      // "l'article 787 B précité": the article cited before, of whatever instrument named it then (the code, not this annex)
      if (doc === model && anchor.kind === 'none' && index === reference.targets.length - 1 && CITED_BEFORE_AFTER.test(model.text.slice(reference.span.end, reference.span.end + 24))) {
        return { status: 'external', span, reason: `"${reference.text}" is said to be cited before ("${CITED_BEFORE_AFTER.exec(model.text.slice(reference.span.end, reference.span.end + 24))![1]}"): it is the unit cited earlier, of the instrument named there, and this document has none of that number` };
      }
      // "a) Inciso 05 Programa 007 Proyecto 718" (Uruguay's budget laws: a ministry's code, then its programme's): a number
      // written with a leading zero is a code of a classification, never a unit's number as the document writes its own
      // ("Inciso 12 Programa 005": the code after it written so)
      const padded = doc === model && anchor.kind === 'none' ? cited.path.find((step) => ZERO_PADDED.test(step.number)) ??
        (CODE_AFTER.test(model.text.slice(reference.span.end, reference.span.end + 40)) ? cited.path[cited.path.length - 1] : undefined) : undefined;
      if (padded) return { status: 'external', span, reason: `"${reference.text}" is written with a leading zero or before another code so written ("Programa 005"): it reads as a code of a classification (a budget's), not as a ${padded.kind}'s number, and is not checked` };
      // "Paragraphe 3 : Dispositions spéciales à l'importation." on a line of its own: a heading written as text, no citation
      const heading = doc === model ? headingWrittenAsText(model, reference) : undefined;
      if (heading) return { status: 'external', span, reason: `"${heading}" reads as a heading written as a line of text, not as a citation` };
      // "article 6 sous b) et d)" where article 6's list after "… prestataire de services:" shows its items as lines with no letter
      // (Legilux as converted: "a)" to "d)" lost): a letter of a list whose letters this copy does not show
      // ("conformément au point c)" under "(3)", whose items are "1." to "4.": a lettered list the converter numbered)
      const letterless = doc === model && listHolder ? lettersLostIn(doc, listHolder, cited.path[cited.path.length - 1], context) : undefined;
      if (letterless) return { status: 'external', span, reason: `${unitName(letterless.holder)} letters none of its parts in this copy, and ${letterless.numbered ? `numbers its list's items ${letterless.numbered} (a lettered list most likely numbered in conversion)` : 'its text has a list whose lines open with no letter (lost in conversion)'}: ${describe(cited.path)} cannot be checked` };
      // "… para dicho fin. Artículo 8. Financiamiento de las prestaciones Las Instituciones …": a label run into the text
      if (doc === model && reference.targets.length === 1 && cited.path.length === 1 && isCitableKind(cited.path[0].kind) && labelRunIntoText(model, reference.span)) {
        return { status: 'external', span, reason: `"${reference.text}" opens a sentence and a capitalised title follows its number: it reads as the label of a unit run into the text (a converter joined the provisions), not as a citation` };
      }
      // "… die Zustellung erfolgt ist. 139 Art. 73" then a blank line (Fedlex's PDFs as converted: the label of the next article, after
      // its footnote's number, closing the paragraph before it): no sentence ends in a bare label
      if (doc === model && reference.targets.length === 1 && cited.path.length === 1 && isCitableKind(cited.path[0].kind) && labelClosingParagraph(model.text, reference.span)) {
        return { status: 'external', span, reason: `"${reference.text}" closes its paragraph after a footnote's number, with no sentence around it: it reads as the label of the next ${cited.path[0].kind} run into the text before it (a converter joined them), not as a citation` };
      }
      // "ley N° 13.737, de 9 de enero de 1969, artículos 71 y 72 y 14.100, de 29 de diciembre de 1972" (Uruguay): a law's number, with
      // its thousands' point, then its date, among the articles cited of another
      const lawNumber = doc === model ? lawNumberWithDate(model.text, cited.path) : undefined;
      if (lawNumber) return { status: 'external', span, reason: `"${lawNumber}" is followed by a date: it reads as a law's number and date, not as a unit of this document` };
      // "lindando con la fracción A de la misma manzana", "designada catastralmente como fracción B de la manzana 69 A, circunscripción
      // 17, sección 23, según plano M-28-75 de mensura" (a law that expropriates a plot): the plot's description, no unit of a text
      const plot = doc === model && anchor.kind === 'none' ? landRegistryWordsAround(model.text, reference.span) : undefined;
      if (plot) return { status: 'external', span, reason: `"${reference.text}" stands among the words of a plot's description ("${plot}"): it names a part of the land, not of a text` };
      // "### Council;", "### fee."." (a bill as pymupdf4llm converts its PDF, lines of text guessed to be headings): a structure
      // that cannot be trusted shows nothing missing
      const guessed = doc === model ? guessedHeadings(model) : undefined;
      if (guessed) return { status: 'external', span, reason: `${guessed.pieces} of this document's ${guessed.headings} headings are pieces of sentences ("${guessed.example}"): they were most likely guessed from a page's layout, so its structure cannot be trusted, and ${describe(cited.path)} cannot be checked against it` };
      // "mentionné au chapitre II du présent Livre" where Livre 6 shows "CHAPITRE 8" first, its articles 491–546 before it under
      // no chapter heading: the copy lost the first chapters' headings
      const lostHeadings = doc === model && first.reason && grouping && GROUPING_KINDS.has(grouping) ? groupingHeadingsLostBefore(model, grouping, cited.path[0].number, base, context) : undefined;
      if (lostHeadings) {
        const { parent, firstShown, before } = lostHeadings;
        const units = before.length === 1 ? before[0].label.trim() : `${before[0].label.trim()} to ${before[before.length - 1].label.trim()}`;
        const where = parent === model.root ? 'this document' : unitName(parent);
        return { status: 'external', span, reason: `${where} shows its first ${grouping} heading at ${firstShown.label.trim()}, with ${units} before it under none: this copy does not give the headings of its earlier ${pluralOf(grouping)}, so ${describe(cited.path)} cannot be checked` };
      }
      // "(Definition)" over "- (1) "Personal information" in this Act means …" with no "Article 2" between (Japan's laws in English
      // through a PDF converter, which dropped some labels): an article this copy seems to lack may be one whose label it lost
      // (and a paragraph an article seems to lack may be the next article's, run into it where that article's label was lost)
      const ownPart = (!!first.partial || !isCitableKind(cited.path[0]?.kind)) && (anchor.kind === 'none' || anchor.kind === 'this');
      const lost = doc === model && (ownPart || cited.path[0]?.kind === 'article') ? lostLabels(model) : undefined;
      if (lost) return { status: 'external', span, reason: `${lost.lost} of this document's ${lost.captions} article captions have no label under them ("${lost.example}"): a converter lost those articles' labels, so ${describe(cited.path)} cannot be checked against it` };
      // "# Titre 1Infractions …Art. 2Accès illégalChaque Partie adopte …" (a treaty as benjamin-arfa/swiss-law converts Fedlex's
      // text): the article's label glued into a heading's or a paragraph's words, which the structure cannot read as a unit
      const glued = doc === model && !first.partial && isCitableKind(cited.path[0]?.kind) ? gluedLabel(model, reference, cited.path[0].number) : undefined;
      if (glued) return { status: 'external', span, reason: `${describe(cited.path.slice(0, 1))} is most likely in the text, its label glued to the words around it ("${glued}"), which cannot be read as a unit's: it cannot be checked` };
      if (doc === model && index === 0 && cited.path.length === 1 && isCitableKind(cited.path[0].kind) && marginNoteAtLineEnd(model.text, reference.span)) {
        return { status: 'external', span, reason: `"${reference.text}" ends its line in the middle of a sentence, beside other margin notes naming amending acts: it reads as a margin note run into the text (the page's two columns joined), not as a citation` };
      }
      // "Artikel 20 Abs. 4, 33, 38, 101, 103 und 104" (article 20 has four paragraphs): the list goes on with articles
      const listedTopLevel = doc === model && first.partial ? topLevelListedAfterPart(doc, reference.targets, index, first.partial) : undefined;
      if (listedTopLevel) return resolvedTarget(doc, listedTopLevel, span);
      // "1 Quem, sem a devida autorização, … 2 A tentativa é punível." (paragraphs numbered but run into one): say less
      const innerStep = cited.path.find((step) => !isCitableKind(step.kind));
      const runIn = doc === model ? runInParagraph(model, isCitableKind(cited.path[0]?.kind) ? first.partial : base ?? context, cited.path) : undefined;
      if (runIn) return { status: 'external', span, reason: `the paragraphs of ${runIn} are run into its text, where "${innerStep!.number}" stands as a paragraph's number: it is most likely that paragraph, which the structure does not show` };
      // "secondo comma dell'articolo 3" where article 3 is one block of several sentences: its paragraphs ran together
      const merged = doc === model ? mergedParagraphs(model, isCitableKind(cited.path[0]?.kind) ? first.partial : base ?? context, cited.path) : undefined;
      if (merged) return { status: 'external', span, reason: `${merged} has fewer paragraphs here than the one cited, but as many sentences: a paragraph counted by its place ("${model.text.slice(innerStep!.span.start, innerStep!.span.end)}") cannot be told in it, as its paragraphs seem to have been run together` };
      // "lettere c) e d) del comma 3" in an article whose copy numbers its paragraphs "1.", "4." (Normattiva as legalize-it gives
      // it, paragraphs 2 and 3 not in it): a number the copy's own numbering passes over
      // "1° à 5° de l'article R. 412-33" in an article whose copy sets its items 1° to 5° under its part "I. −": the one part of
      // the article that holds them all (a citation may leave the part out where the others hold no such item)
      const throughPart = doc === model && first.partial && cited.path[0]?.kind === 'article' && first.partial.kind === 'article' && cited.path.length === 2 && !cited.through ? itemInOnePart(first.partial, cited.path[1]) : undefined;
      if (throughPart) return resolvedTarget(doc, throughPart, span);
      const holder = doc !== model ? undefined : first.partial ?? (isCitableKind(cited.path[0]?.kind) ? undefined : base ?? (context && citableAround(context)));
      const hole = holder ? numberingHole(model, holder, cited.path) ?? letterRunIntoText(model, holder, cited.path) : undefined;
      // "ARTICOLO 1" and "articolo 1" in an annexed agreement whose copy shows articles from 2 on: its first is run into its title
      const ownAnnex = doc === model && !first.partial && !base && isCitableKind(cited.path[0]?.kind) ? annexHoldingKind(model, context, cited.path[0]) : undefined;
      const place = ownAnnex ? leadingValue(cited.path[0].number) : undefined;
      const firstPlace = ownAnnex ? leadingValue(ownAnnex.held[0].number!) : undefined;
      const lastPlace = ownAnnex ? leadingValue(ownAnnex.held[ownAnnex.held.length - 1].number!) : undefined;
      if (ownAnnex && place !== undefined && firstPlace !== undefined && lastPlace !== undefined && place < lastPlace) {
        const name = ownAnnex.unit.label.trim() || 'annex';
        if (place < firstPlace) {
          return { status: 'external', span, reason: `the ${name} annexed here shows ${pluralOf(ownAnnex.held[0].kind)} from ${ownAnnex.held[0].number} on: its ${cited.path[0].kind} ${cited.path[0].number} is most likely run into the text before them (its title), where the structure does not show it` };
        }
        return { status: 'external', span, notInWorkspace: true, reason: `the ${name} annexed here shows ${pluralOf(ownAnnex.held[0].kind)} ${ownAnnex.held[0].number}–${ownAnnex.held[ownAnnex.held.length - 1].number}, passing over ${cited.path[0].number}: this copy most likely leaves it out` };
      }
      if (hole?.runIn) return { status: 'external', span, reason: `${hole.runIn}: it is most likely that part` };
      if (hole) return { status: 'external', span, notInWorkspace: true, reason: `${hole.gap}: this copy most likely leaves out ${describe(cited.path)} or the part that holds it` };
      // "les données annuelles définies à l'article D. 111-53 … à l'exception de celles mentionnées au 3° du I et au 6° du II": parts
      // this article does not have, which the article cited earlier in the sentence has
      const citedBefore = doc === model && anchor.kind === 'none' && !isCitableKind(cited.path[0]?.kind) ? partsOfArticleCitedBefore(model, reference, cited.path, context) : undefined;
      if (citedBefore) return { status: 'external', span, reason: `${describe(cited.path)} is not in ${unitName(citableAround(context) ?? context)}, but is in ${unitName(citedBefore.unit)}, cited earlier in the sentence ("${citedBefore.text}"): most likely that article's` };
      // "the second subparagraph of Article 49(1)", "Article 21(2), first subparagraph, point (b)" (EU acts): a subparagraph
      // counted by its place is one of the unnumbered blocks of a paragraph's text, which the structure does not number
      const counted = countedSubparagraph(doc, model, cited.path, base, doc === model ? context : undefined);
      if (counted) return { status: 'external', span, reason: `"${counted}" is a subparagraph counted by its place, one of the unnumbered blocks of its paragraph's text, which the structure does not number: ${describe(cited.path)} cannot be checked here` };
      // "au III de l'article 39 quinquies GB" in "Code général des impôts, annexe II": an annex published as a document of its
      // own cites the instrument it is annexed to without naming it
      const annexed = doc === model && anchor.kind === 'none' && !first.partial && isCitableKind(cited.path[0]?.kind) && namesAnAnnex(model.title) ? instrumentAnnexed(model, lookup.all()) : undefined;
      if (annexed) {
        lookedInto.push(BY_NAMES);
        const there = annexed.doc ? resolvePath(annexed.doc, cited.path, undefined, undefined, false) : undefined;
        if (annexed.doc && there?.unit) return resolvedTarget(annexed.doc, there.unit, span);
        if (!annexed.doc) return { status: 'external', span, notInWorkspace: true, reason: `this document is an annex of "${annexed.name}", which it cites without naming: ${describe(cited.path)} is not in the annex, and most likely that instrument's, which the workspace does not hold` };
      }
      // "l'article L. 89-3" in the regulatory part of a code (articles R. 1 to A. 122): its legislative part is published apart
      const part = !first.partial && cited.path[0]?.kind === 'article' ? partLetterNotHeld(doc, cited.path[0].number) : undefined;
      if (part) {
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} is in the part of the code lettered "${part.letter}", which ${whereHeld(doc, model)} does not hold (its articles are lettered ${part.held.join(', ')}): that part is published apart` };
      }
      // "l'article 131-38" (the penal code's, unnamed), "l'article 78, paragraphe 1-e, de la Convention de Munich" as read, in a code
      // whose every article carries its part's letter ("L. 111-1" … "R. 811-4"): a number without one is no article of it
      const lettered = doc === model && !first.partial && anchor.kind === 'none' && cited.path[0]?.kind === 'article' ? partLettersWithout(doc, cited.path[0].number) : undefined;
      if (lettered) {
        return { status: 'external', span, notInWorkspace: true, reason: `every article of ${whereHeld(doc, model)} carries its part's letter (${lettered.join(', ')}), and ${describe(cited.path)} has none: it is most likely another instrument's` };
      }
      // "les articles L. 1232-1 à L. 1232-3" (the public health code's, its articles numbered from a part of four figures) in the
      // research code, whose articles all open with three ("L222-1"): a code numbers its articles in one way
      const figures = doc === model && !first.partial && anchor.kind === 'none' && cited.path[0]?.kind === 'article' ? otherCodeFigures(doc, cited.path[0].number) : undefined;
      if (figures) {
        return { status: 'external', span, notInWorkspace: true, reason: `the articles of ${whereHeld(doc, model)} open with ${figures.held} figures before the hyphen ("${figures.example}"), ${describe(cited.path)} with ${figures.cited}: it is numbered as another code's, most likely one named nearby or not at all` };
      }
      // "les articles L. 2339-5, L. 2339-6 …" where the code's copy holds L2339-5 and L2339-8: a consolidated copy leaves out what
      // was repealed or moved; said, as information, not as an error
      const gap = !first.partial && cited.path[0]?.kind === 'article' && cited.path.length === 1 ? gapInCodeNumbering(doc, cited.path[0].number) : undefined;
      if (gap?.kind === 'hole') return { status: 'external', span, notInWorkspace: true, reason: leftOutReason(gap, describe(cited.path), 'article', 'articles', whereHeld(doc, model)) };
      // (below a run's first, said last: the run's start is a weaker sign than a hole between two numbers held)
      if (gap) (leftOut ??= [])[index] = leftOutReason(gap, describe(cited.path), 'article', 'articles', whereHeld(doc, model));
      const inProvision = doc === model && anchor.kind === 'none' && !chainedToThis && isCitableKind(cited.path[0]?.kind) ? citedEarlierInProvision(model, reference, cited.path, span, context) : undefined;
      if (inProvision) return inProvision;
      // "Subject to section 1A(2) below" where "## SCHEDULE 2" holds "##### 1A", whose text cites "this section": the schedule sets the
      // section out, numbered as its paragraph
      const inSchedule = doc === model && !first.partial && isCitableKind(cited.path[0]?.kind) ? sectionSetOutInSchedule(model, cited.path[0]) : undefined;
      if (inSchedule) return { status: 'external', span, reason: `this document has no ${describe(cited.path)} of its own, but ${unitName(inSchedule.schedule)} sets out a provision numbered ${cited.path[0].number} that cites "this ${cited.path[0].kind}": it is most likely that provision, and cannot be checked as one` };
      // "SECTION 24-72-205 (5)(a)", "SECTION 6-1-716" in a session law that sets out part 13 of article 1 of title 6 (6-1-1301 to
      // 6-1-1313): another section of the state code, which the law cites and does not set out
      const codeSection = !first.partial && cited.path[0]?.kind === 'section' ? stateCodeSectionElsewhere(doc, cited.path[0].number) : undefined;
      if (codeSection) {
        const held = codeSection.held.length ? `its sections of the code: ${codeSection.held.slice(0, 4).join(', ')}${codeSection.held.length > 4 ? ', …' : ''}` : 'no section of the code';
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} is a section of the state code outside what ${whereHeld(doc, model)} sets out (${held}): most likely a section the workspace does not hold` };
      }
      // "article 109 du présent code" in a file of the code's Livre 0 (articles 1–2) and Livre 6 (articles 491–647)
      const skipped = !first.partial && isCitableKind(cited.path[0]?.kind) ? skippedRun(doc, cited.path[0]) : undefined;
      if (skipped) {
        return { status: 'external', span, notInWorkspace: true, reason: `${describe(cited.path)} is in a part ${whereHeld(doc, model)} does not hold: its ${cited.path[0].kind} numbers jump from ${skipped.below} to ${skipped.above}` };
      }
      // "It is a person according to § 112 paragraph 4 of the Act no. 542/2020 Coll." in a Czech decree's form, its English beside its
      // Czech: the passage is in another language, whose words name the instrument
      const otherLanguage = doc === model ? passageLanguage(model, span.start) : undefined;
      if (otherLanguage) {
        return { status: 'external', span, reason: `it stands in a passage in another language (${otherLanguage}) than the document's (${model.language}), whose words may name another instrument: it cannot be checked` };
      }
      // "v příloze č. 9 části B" in "Příloha č. 4 k vyhlášce č. 215/2008 Sb." of the decree 207/2014 that amends it: the annex is the
      // amended decree's, set out anew, and so are its citations
      const annexSetOut = doc === model ? annexOfAnotherAct(model, reference) : undefined;
      if (annexSetOut) {
        return { status: 'external', span, reason: `it stands in "${annexSetOut}", another instrument's annex this one sets out: its citations are of that instrument, and cannot be checked` };
      }
      // "§ 2" in a Czech decree whose consolidated text holds §§ 1, 3 and 6–16: a repealed section the text leaves out
      const skippedRepealed = !first.partial && isCitableKind(cited.path[0]?.kind) ? repealedLeftOut(doc, cited.path[0]) : undefined;
      if (skippedRepealed) {
        return { status: 'external', span, reason: `${describe(cited.path)} is not in ${whereHeld(doc, model)}, whose ${cited.path[0].kind} numbers skip from ${skippedRepealed.below} to ${skippedRepealed.above}: consolidated texts in this language leave repealed ${pluralOf(cited.path[0].kind)} out, so it cannot be checked` };
      }
      // "s výjimkou ustanovení bodů 3, 7 a 9" in the effective-date article of a Czech amending act: the points of its one article of
      // numbered points (the amendments), not of the article the citation stands in
      const around = doc === model && anchor.kind === 'none' && cited.path.length === 1 ? citableAround(model.unitsById.get(reference.unitId) ?? model.root) : undefined;
      const amendingPoints = around ? pointsOfTheAmendingArticle(model, around, cited.path[0]) : undefined;
      if (amendingPoints) {
        const point = numberedOwnChildren(amendingPoints).find((child) => numbersMatch(cited.path[0].number, child.number));
        if (point) return resolvedTarget(model, point, span);
        const skipped = itemsLeftOut(model, amendingPoints, cited.path[0]);
        if (skipped) return { status: 'external', span, reason: `${describe(cited.path)} is not in ${unitName(amendingPoints)}, which holds ${skipped} with numbers skipped: consolidated texts in this language leave repealed parts out, so it cannot be checked` };
      }
      // "čl. I bodů 1, 14 a 16" in a Czech amending act whose copy of article I holds points 2–55 with gaps: points left out
      const skippedItems = first.partial ? itemsLeftOut(doc, first.partial, cited.path[cited.path.length - 1]) : undefined;
      if (skippedItems) {
        return { status: 'external', span, reason: `${describe(cited.path)} is not in ${whereHeld(doc, model)}, whose ${unitName(first.partial!)} holds ${skippedItems} with numbers skipped: consolidated texts in this language leave repealed parts out, so it cannot be checked` };
      }
      // "l'article 91" in France's old Code minier as consolidated today, which holds 62 of the numbers from 6 to 260: a copy that
      // holds few of the numbers in its run is an extract, a consolidation of a law mostly repealed, or an amending law that sets
      // out sections of other Acts (HIPAA's "section 1176")
      const thin = !leftOut?.[index] && !first.partial && cited.path[0] ? thinRun(doc, cited.path[0]) : undefined;
      if (thin) (leftOut ??= [])[index] = leftOutReason(thin, describe(cited.path), cited.path[0].kind, pluralOf(cited.path[0].kind), whereHeld(doc, model));
      return {
        status: 'unresolved', documentId: doc.id, span, reason: first.reason,
        existing: first.existing?.map((unit) => ({ uri: doc.uri, unitId: unit.id })),
        ...(first.partial ? { uri: doc.uri, partialUnitId: first.partial.id } : {}),
      };
    }
    const through = throughPath ? resolveThrough(doc, throughPath === cited.through ? cited.path : sectionFirst!, throughPath, base, context, first.unit) : undefined;
    if (through && through.reason) {
      // "articles L. 313-23 à L. 313-34" in the file that holds article L313-23 only: the range runs on into the files beside it.
      if (doc === model && isLoneUnitFile(model) && isCitableKind(cited.through?.[0]?.kind)) {
        return { status: 'external', span: through.span ?? span, notInWorkspace: true, reason: `the range runs on past this file, which holds ${heldRun(model, cited.path[0])} only` };
      }
      // "sections 206 to 223" in the third of the files a converter split an Act into (front matter "part: 3"), which ends at 217
      const partWithEnd = doc === model && isOnePart(model) && cited.through && isCitableKind(cited.through[0]?.kind) ? partHolding(model, cited.through, lookup) : undefined;
      if (partWithEnd) {
        return { status: 'external', span: through.span ?? span, reason: `the range runs on past this file into another file of the same text ("${partWithEnd.doc.id}"), which holds ${unitName(partWithEnd.unit)}` };
      }
      const earlier = doc === model && anchor.kind === 'none' && !chainedToThis && isCitableKind(cited.path[0]?.kind) ? namedEarlier(model, reference, cited.through as RefStep[], through.span ?? span, lookup, lookedInto) : undefined;
      if (earlier?.status === 'external') return earlier;
      // "b) omit subsections (2) to (5).": the range's end is the amended text's, whether or not its start is found here
      if (doc === model && anchor.kind === 'none' && amendsAnotherText(model, reference)) return partOfAmendedText(cited.through ?? cited.path, through.span ?? span);
      // "- qq) legge 3 agosto 1999, n. 265, limitatamente agli articoli …; 26, commi da 1 a 6; …" (a repeal list): the range is the law's
      const rangeOfItemInstrument = doc === model && anchor.kind === 'none' ? ofListItemInstrument(model, reference, cited.through ?? cited.path, span) : undefined;
      if (rangeOfItemInstrument) return rangeOfItemInstrument;
      // "Art. 1 bis 14 aufgehoben durch …" under "##### Art. 1 bis 14" then "Aufgehoben": the range's end was repealed with the run
      const end = cited.through?.length === 1 ? cited.through[0] : undefined;
      const repealedEnd = doc === model && end && isCitableKind(end.kind) ? repealedRunHolding(model, end.kind, end.number, inPlaceEditOf(model)) : undefined;
      if (repealedEnd) return { status: 'external', span: through.span ?? span, reason: `${describe([end!])} is repealed ("${repealedEnd.line}"): the range cannot be checked past it` };
      // "Artikel 36 Nr. 1 bis 8" where article 36 reads "-" (bundestag/gesetze: its amendments no longer given)
      const elidedStart = doc === model && first.unit ? elidedAround(doc, first.unit) : undefined;
      if (elidedStart) return { status: 'external', span: through.span ?? span, reason: `${elidedText(elidedStart)}: the range cannot be checked in it` };
      return { status: 'unresolved', span: through.span ?? span, reason: through.reason };
    }
    const resolved = resolvedTarget(doc, first.unit, span);
    if (through?.unit) {
      resolved.throughUnitId = through.unit.id;
      resolved.covered = unitsBetween(doc, first.unit, through.unit).map((unit) => unit.id);
    }
    return resolved;
  });
  if (lookedInto.length) targets = targets.map((target) => ({ ...target, lookedInto }));
  // "2. Subs. by s. 10, ibid., for clauses (a), (b) and (c)" under "### Footnotes": a note on the amendments cites the wording they replaced
  // (and one found only as the section the note is under, whose text has the cited markers somewhere: not the unit it names)
  const around = anchor.kind === 'none' ? citableAround(context) : undefined;
  const onlyAround = (target: ResolvedTarget, k: number) => target.status === 'resolved' && !!around && target.documentId === model.id && target.unitId === around.id &&
    !isCitableKind(reference.targets[k]?.path[reference.targets[k].path.length - 1]?.kind);
  const notes = targets.some((t, k) => t.status === 'unresolved' || onlyAround(t, k)) ? notesHeadingAbove(model, reference.span.start) ?? notesSummaryAbove(model.text, reference.span.start) : undefined;
  if (notes !== undefined) {
    targets = targets.map((target, k) => target.status !== 'unresolved' && !onlyAround(target, k) ? target : { status: 'external', span: target.span,
      reason: `it stands in the notes under "${notes}", which cite provisions as they were before an amendment (${target.reason ?? `found only as ${unitName(around!)}, not as the unit it names`})` });
  }
  // "## Преходни и Заключителни разпоредби КЪМ ЗАКОНА ЗА …": under a heading naming another instrument, its provisions
  const otherHeading = anchor.kind === 'none' && notes === undefined && targets.some((t) => t.status === 'unresolved') ? otherInstrumentHeadingAbove(model, reference.span.start) : undefined;
  if (otherHeading !== undefined) {
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `it stands under the heading "${otherHeading.length > 100 ? `${otherHeading.slice(0, 97)}…` : otherHeading}", which names another instrument: it is most likely that instrument's (${target.reason ?? 'not found here'})` });
  }
  const notesParagraph = notes === undefined && targets.some((t) => t.status === 'unresolved') ? notesParagraphAt(model, reference.span.start) : undefined;
  if (notesParagraph !== undefined) {
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `it stands in the editor's notes "${notesParagraph} …", which cite and quote other acts (${target.reason ?? 'not found here'})` });
  }
  // "| Del artículo 461. Para sueldos del personal … | $ | 7.000.00 |" (a decree moving money between a budget's appropriations)
  const budget = anchor.kind === 'none' && targets.some((t) => t.status === 'unresolved') ? budgetTableRow(model.text, reference.span.start) : undefined;
  if (budget) {
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `it stands in a row of a table of amounts ("${budget}"): it names an appropriation of a budget, not a unit of this text (${target.reason ?? 'not found'})` });
  }
  // "| **Artículo 2º** Créanse los siguientes cargos … |": an article's own label that the converter set in a table's first cell
  if (anchor.kind === 'none' && targets.some((t) => t.status === 'unresolved') && /(?:^|\n)[ \t]*\|[ \t]*(?:\*\*|__)$/.test(model.text.slice(Math.max(0, reference.span.start - 12), reference.span.start)) &&
    /^[.º°]?(?:\*\*|__)/.test(model.text.slice(reference.span.end, reference.span.end + 4))) {
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `it is the label of a provision that the converter set in bold in a table's first cell, not a citation (its text is in the table, where the structure is not read)` });
  }
  // "| | (*b*) articles which contain … mentioned in paragraph (*a*) … |" (a schedule's table of duties): a part of a provision
  // written in a table's cell, whose items the structure does not read
  // ("*    *   Nummer 2b" then "    *   77,38": a table set out as nested lists, its cells citing the parts its column names)
  if ((anchor.kind === 'none' || anchor.kind === 'relative') && targets.some((t, k) => t.status === 'unresolved' && !isCitableKind(reference.targets[k]?.path[0]?.kind)) &&
    (onTableRow(model.text, reference.span.start) || onListTableRow(model.text, reference.span.start))) {
    targets = targets.map((target, k) => target.status !== 'unresolved' || isCitableKind(reference.targets[k]?.path[0]?.kind) ? target : { status: 'external', span: target.span,
      reason: `it stands in a table's cell, whose items the structure does not read: ${target.reason ?? 'not found'}, and it is most likely an item of that cell` });
  }
  // a code fence never closed: the text after it, which may hold the unit cited, is read as code
  const fence = targets.some((t) => t.status === 'unresolved') ? model.problems.find((problem) => problem.code === UNCLOSED_FENCE) : undefined;
  if (fence) {
    const from = model.lines.position(fence.span.start).line + 1;
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `the code fence on line ${from} is never closed, so the rest of the document is read as code, where this may stand (${target.reason ?? 'not found'})` });
  }
  // Czech "§ 152 odst. 1 písm. c) a § 153 odst. 1 trestního řádu" read with another language's words: where it points cannot be told
  if (!readsLanguage(model.language) && targets.some((t) => t.status === 'unresolved')) {
    targets = targets.map((target) => target.status !== 'unresolved' ? target : { status: 'external', span: target.span,
      reason: `this document's language (${model.language}) is not one whose citations Treaty Lens reads: "${reference.text}" was read with another language's words, and whether it names a unit of this text or of another instrument cannot be told` });
  }
  // "nach Nummer 1.1.2" where "    1.1.2 Die Grundgebühr …" opens a line the unit tree does not read (a fee schedule's points, indented
  // as a code block): the point is in the text, not checkable as a unit
  if (targets.some((t) => t.status === 'unresolved')) {
    targets = targets.map((target, k) => {
      const written = target.status === 'unresolved' && target.documentId === model.id && reference.targets[k] ? decimalWritten(model.text.slice(reference.targets[k].span.start, reference.targets[k].span.end)) : undefined;
      if (!written || !decimalsAtLineStarts(model).has(written) || unitNumbers(model).has(written)) return target;
      return { status: 'external', span: target.span, reason: `"${written}" opens a line of the text that the structure does not read as a unit (a schedule's point set apart, or indented): it cannot be checked as one (${target.reason ?? 'not found'})` };
    });
  }
  // "(§ 19 Absatz 1 Nummer 1)" in a form annexed to a regulation, after "§ 14 Absatz 1 1. BImSchV" (said after a heading, a note or a
  // table that explains it; a number past the end of a text that holds many is left to the reading of a copy cut short)
  if (anchor.kind === 'none' && targets.some((t) => t.status === 'unresolved') && !(context && citableAround(context)) && besideProvisions(model, reference.span.start, context)) {
    targets = targets.map((target, k) => {
      const path = reference.targets[k]?.path;
      if (target.status !== 'unresolved' || leftOut?.[k] || target.documentId !== model.id || !path?.length || !isCitableKind(path[0].kind) || pastManyHeld(model, path[0])) return target;
      return citedOutsideProvisions(model, reference, path, target.span) ?? target;
    });
  }
  // (last: a note, a heading or a language that explains a target not found says more than the copy's numbering does)
  if (leftOut) targets = targets.map((target, k) => target.status === 'unresolved' && leftOut![k] ? { status: 'external', span: target.span, notInWorkspace: true, reason: leftOut![k] } : target);
  const status: ResolutionStatus = targets.some((t) => t.status === 'unresolved') ? 'unresolved' : targets.every((t) => t.status === 'external') ? 'external' : 'resolved';
  return { reference, targets, status };
}

/** Where the last unit of `kind` that ends before `offset` ends, or -1. */
function highestEnd(model: DocumentModel, kind: string, offset: number): number {
  let end = -1;
  for (const unit of model.units) if (unit.kind === kind && unit.span.end <= offset && unit.span.end > end) end = unit.span.end;
  return end;
}

/** A provision labelled by an ordinal word at a line's start: "**Primera.-**", "Segunda.", "ÚNICA.-", "Disposición final primera." */
const ORDINAL_PROVISION = (() => {
  const words = [...new Set(LANGUAGE_TABLES.flatMap((table) => Object.keys(table.ordinals ?? {})).filter((word) => /^\p{L}{4,}$/u.test(word)))];
  words.push('única', 'unica');
  return new RegExp(`(?:^|\\n)[ \\t\\u00a0*_]*(?:\\p{L}+[ \\t]+){0,3}(?:${words.join('|')})[*_]*[ \\t]*(?:\\.-|\\.|:|[–—])`, 'iu');
})();

/** Whether a provision labelled by an ordinal word opens between `from` and `to` (at most 4,000 characters before `to`). */
function ordinalProvisionBetween(model: DocumentModel, from: number, to: number): boolean {
  return ORDINAL_PROVISION.test(model.text.slice(Math.max(from, to - 4000), to));
}

/** At most this much text under a heading can be a margin note and nothing else. */
const HEADING_ONLY_REACH = 200;

/**
 * Whether a heading's unit is small enough and bare enough (no parts) to hold nothing but its heading and a note: what
 * `headingOnly` then reads, and what an edit in it may change (resolutionReuse.ts).
 */
export function mayBeHeadingOnly(unit: Unit): boolean {
  return unit.headingDepth > 0 && unit.children.length === 0 && unit.span.end - unit.labelSpan.end <= HEADING_ONLY_REACH * 2;
}

/**
 * Whether a heading's unit holds nothing but its heading and a bracketed note ("(Section 5)", the provision that brings a
 * schedule in): no parts and no words of its own.
 */
function headingOnly(doc: DocumentModel, unit: Unit): boolean {
  if (!mayBeHeadingOnly(unit)) return false;
  const text = doc.text;
  const headingEnd = text.indexOf('\n', unit.labelSpan.end);
  if (headingEnd < 0 || headingEnd >= unit.span.end) return false;
  const body = text.slice(headingEnd, unit.span.end);
  return body.length <= HEADING_ONLY_REACH && /^\s*(?:\([^()\n]{1,120}\)\s*)?$/.test(body);
}

/**
 * The unit `path` names under the unit numbered as `holder` in another chunk of the same text: a file titled as this one that
 * goes on with `holder` where this file ends with it (its first unit of that kind, begun past the first of its parts), or that
 * ends with it where this file begins it so. The files read go into `lookedInto` (a part typed into one may resolve the citation).
 */
function sameUnitInChunk(model: DocumentModel, holder: Unit, path: RefStep[], lookup: DocumentLookup, lookedInto: string[]): { doc: DocumentModel; unit: Unit } | undefined {
  if (!model.title || holder.number === undefined) return undefined;
  const endsHere = endsTheFile(model, holder);
  const begunHere = begunPastFirstPart(model, holder);
  if (!endsHere && !begunHere) return undefined;
  for (const other of lookup.all()) {
    if (!titledAlike(model, other)) continue;
    lookedInto.push(other.id);
    const last = lastOfKind(other, holder.kind);
    const same = (endsHere ? goesOnWith(other, holder) : undefined) ?? (begunHere && last?.number === holder.number ? last : undefined);
    const found = same ? resolvePath(other, path, same, undefined, false) : undefined;
    if (found?.unit) return { doc: other, unit: found.unit };
  }
  return undefined;
}

/** When this file ends with `holder` and other files titled as it go on with it (chunks of one text): how many do. */
function endsWithUnitOfChunks(model: DocumentModel, holder: Unit, lookup: DocumentLookup): number | undefined {
  if (!model.title || !endsTheFile(model, holder)) return undefined;
  let alike = 0;
  for (const other of lookup.all()) if (titledAlike(model, other) && goesOnWith(other, holder)) alike++;
  return alike > 0 ? alike : undefined;
}

/** `other`'s first unit of `holder`'s kind when it bears `holder`'s number and begins past its first part: `holder` going on. */
function goesOnWith(other: DocumentModel, holder: Unit): Unit | undefined {
  const first = firstOfKind(other, holder.kind);
  return first && first.number === holder.number && begunPastFirstPart(other, first) ? first : undefined;
}

function firstOfKind(model: DocumentModel, kind: string): Unit | undefined {
  return model.units.find((unit) => unit.headingDepth > 0 && unit.kind === kind);
}

function lastOfKind(model: DocumentModel, kind: string): Unit | undefined {
  for (let at = model.units.length - 1; at >= 0; at--) if (model.units[at].headingDepth > 0 && model.units[at].kind === kind) return model.units[at];
  return undefined;
}

/** Whether no headed unit starts after `unit`: the file ends with it. */
function endsTheFile(model: DocumentModel, unit: Unit): boolean {
  return !model.units.some((other) => other.headingDepth > 0 && other.span.start >= unit.span.end);
}

/** Whether `unit` is the file's first of its kind and its first numbered part does not open a sequence ("(e)", "(c)"). */
function begunPastFirstPart(model: DocumentModel, unit: Unit): boolean {
  if (firstOfKind(model, unit.kind) !== unit) return false;
  const first = unit.children.find((child) => child.kind !== 'alinea' && child.number !== undefined);
  return !!first && !FIRST_VALUES.has(first.number!);
}

/** Whether `other` is another file of the same title and language as `model` (a converter's parts or chunks of one text). */
function titledAlike(model: DocumentModel, other: DocumentModel): boolean {
  return other !== model && other.language === model.language && other.title.length === model.title.length && normaliseName(other.title) === normaliseName(model.title);
}

/** The first sequence values: a list that opens with another begins in mid-course. */
const FIRST_VALUES = new Set(['1', 'a', 'i', 'A', 'I']);

/**
 * The first part of `holder` when the file begins with `holder` at a part that does not open a sequence ("###### (e) As used in
 * this section" under "#### § 1029"), and `step` numbers a part before it; undefined otherwise.
 */
function begunMidUnit(model: DocumentModel, holder: Unit, step: RefStep): Unit | undefined {
  if (!begunPastFirstPart(model, holder)) return undefined;
  const first = holder.children.find((child) => child.kind !== 'alinea' && child.number !== undefined)!;
  const a = step.number;
  const b = first.number!;
  const before = /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) < Number(b) : /^[a-z]$/.test(a) && /^[a-z]$/.test(b) && a < b;
  return before ? first : undefined;
}

/**
 * The unit of `doc` numbered as a range written with a bare hyphen reads ("Article 3-349": "3-349"), when `doc` numbers its units
 * so; undefined for a range written otherwise, or when no unit bears that number.
 */
function hyphenedNumberUnit(model: DocumentModel, doc: DocumentModel, cited: RefTarget): Unit | undefined {
  const from = cited.path.length === 1 ? cited.path[0] : undefined;
  const to = cited.through?.length === 1 ? cited.through[0] : undefined;
  if (!from || !to || from.kind !== to.kind || !isCitableKind(from.kind) || model.text.slice(from.span.end, to.span.start) !== '-') return undefined;
  const number = `${from.number}-${to.number}`.toLowerCase();
  return headingsOfKind(doc, from.kind).find((unit) => unit.number?.toLowerCase() === number);
}

/** How many items alike make a list whose numbers were lost: more than a slip of the drafter's. */
const LOST_NUMBERS_MIN_ITEMS = 3;

/** The numbered parts of `unit` when they all bear one number (three or more of them), else undefined. */
function itemsNumberedAlike(unit: Unit): readonly Unit[] | undefined {
  const items = numberedOwnChildren(unit);
  return items.length >= LOST_NUMBERS_MIN_ITEMS && items.every((item) => item.number === items[0].number) ? items : undefined;
}

/** A letter, as a list's item is lettered: "b", "aa". */
const ITEM_LETTER = /^[a-z]{1,2}$/;
/** A list's lead-in: a line ending with ":". */
const LEAD_IN_END = /:[ \t]*\n/;
/** Two lines in a row that open with a small letter and no marker. */
const UNLETTERED_LINES = /\n[ \t]*(?![a-z]{1,2}[).][ \t])\p{Ll}[^\n]*\n[ \t]*(?![a-z]{1,2}[).][ \t])\p{Ll}/u;

/**
 * The article or section `partial` stands in, when a letter is cited in it (`step`) and no unit of it is lettered, and its text
 * holds a lead-in ending in ":" followed by lines in small letters with no marker: a lettered list whose letters were lost.
 */
function lettersLostIn(doc: DocumentModel, partial: Unit, step: { kind: RefUnitKind; number: string }, around: Unit | undefined): { holder: Unit; numbered?: string } | undefined {
  if (!ITEM_LETTER.test(step.number) || isCitableKind(step.kind)) return undefined;
  const holder = citableAround(partial);
  if (!holder || holdsLetteredUnit(doc, holder)) return undefined;
  // the unit the letter is looked for in, or one the citation stands in below it, numbers its items "1." to "4.", as many as the
  // letter's place or more
  const place = step.number.length === 1 ? step.number.charCodeAt(0) - 96 : Infinity;
  const lists = [partial];
  const inside: Unit[] = [];
  let unit = around;
  for (; unit && unit !== holder && inside.length < 6; unit = unit.parent) if (unit !== partial) inside.push(unit);
  if (unit === holder) lists.push(...inside);
  for (const list of lists) {
    const items = numberedItems(doc, list);
    if (items && items.count >= place) return { holder: list, numbered: `1.–${items.count}.` };
  }
  return unletteredListIn(doc, holder) ? { holder } : undefined;
}

/** Per unit of a document version: whether any unit below it is lettered (each unit read once, however many citations ask). */
const letteredBelow = new UnitKeyedCache<boolean>();
function holdsLetteredUnit(doc: DocumentModel, holder: Unit): boolean {
  let known = letteredBelow.get(doc, holder);
  if (known === undefined) letteredBelow.set(doc, holder, (known = descendantsOf(holder).some((unit) => ITEM_LETTER.test(unit.number ?? ''))));
  return known;
}

/** Per unit: how many items "1." to "n." it holds, numbered in order from 1 (at least two), or null. */
const numberedItemsOf = new UnitKeyedCache<{ count: number } | null>();
function numberedItems(doc: DocumentModel, list: Unit): { count: number } | null {
  let known = numberedItemsOf.get(doc, list);
  if (known === undefined) {
    const items = list.children.filter((child) => child.headingDepth === 0 && /^\d{1,2}$/.test(child.number ?? '') && /^\s*\d{1,2}\.\s/.test(doc.text.slice(child.labelSpan.start, child.labelSpan.end + 1)));
    known = items.length >= 2 && items.every((item, at) => item.number === String(at + 1)) ? { count: items.length } : null;
    numberedItemsOf.set(doc, list, known);
  }
  return known;
}

/** Per unit: whether its text holds a lead-in ending in ":" and, after it, two lines in a row in small letters with no marker. */
const unletteredLists = new UnitKeyedCache<boolean>();
function unletteredListIn(doc: DocumentModel, holder: Unit): boolean {
  let known = unletteredLists.get(doc, holder);
  if (known === undefined) {
    const text = doc.text.slice(holder.span.start, holder.span.end);
    const leadIn = LEAD_IN_END.exec(text);
    unletteredLists.set(doc, holder, (known = !!leadIn && UNLETTERED_LINES.test(text.slice(leadIn.index))));
  }
  return known;
}

/** Whether a numbered paragraph holds nothing but its number: no parts and no words. */
function numberOnly(doc: DocumentModel, unit: Unit): boolean {
  return unit.headingDepth === 0 && unit.children.length === 0 && unit.span.end - unit.labelSpan.end <= HEADING_ONLY_REACH && !/[\p{L}\p{N}]/u.test(doc.text.slice(unit.labelSpan.end, unit.span.end));
}

/** The definition whose body holds `offset`, if any. */
function definitionAround(model: DocumentModel, offset: number): Definition | undefined {
  // the definitions are in text order: the last few that start at or before the offset (a long one may hold the next ones)
  const definitions = model.definitions;
  const low = firstStartingFrom(definitions, offset + 1);
  for (let at = low - 1; at >= 0 && at >= low - 3; at--) {
    const definition = definitions[at];
    if (definition.termSpan.end <= offset && offset < definition.span.end) return definition;
  }
  return undefined;
}

/** Right after a citation: its place in the United States Code in brackets, "(42 U.S.C. 1320a–7(a))", "(29 U.S.C. 1024(b)(1))". */
const CODIFIED_AT = new RegExp(String.raw`^(?:${everyTable('codifiedAt')})`);

/** Whether `offset` stands between an opening “ and its closing ” on its line. */
function insideQuotedWords(model: DocumentModel, offset: number): boolean {
  return insideOpenQuote(model.text, offset, 600, model.lines.lineAround(offset).start);
}

/** Whether the sentence around a citation amends another text ("omit subsections (2) to (5)", "les mots « … » sont supprimés"). */
function amendsAnotherText(model: DocumentModel, reference: DocumentReference): boolean {
  return AMENDING_INSTRUCTION.test(sentenceAround(model.text, reference.span.start, reference.span.end)) || endsWithInsertingCue(model.text, reference.span.start) ||
    leadsInAmendments(model.text, reference.span.start);
}

/** A unit not found here, cited by a sentence that amends another text: most likely a part of that text. */
function partOfAmendedText(path: RefStep[], span: Span): ResolvedTarget {
  return { status: 'external', span, reason: `${describe(path)} is not found here, and the sentence amends another text: it is most likely a part of that text` };
}

/** Instrument nouns that name a regulation or directive, which a statute cites but is not ("gemäß Artikel 25 dieser Verordnung" in a Gesetz). */
// (and treaties: "Art. 41 Abs. 1 dieses Übereinkommens" in the "Protokoll über … der Europäischen Freihandelsassoziation" is the
// convention named just before it; never "this Act" or "this Code", which a bill or a code's part calls itself)
const TREATY_NOUNS = String.raw`übereinkommens?|abkommens?|convention|convenci[oó]n|convenio|agreement|treaty|trait[ée]|tratado|protokolls?|protocol|protocole|protocolo|verdrag`;
const SUBORDINATE_INSTRUMENT = new RegExp(String.raw`(?:verordnung|richtlinie|regulation|directive|règlement|reglement|verordening|richtlijn|reglamento|directiva|${TREATY_NOUNS})$`, 'iu');
const TREATY_NOUN = new RegExp(`(?:${TREATY_NOUNS})$`, 'iu');

/**
 * "Artikel 28 Absatz 4 dieser Verordnung" in the Gerichtsverfassungsgesetz: "this regulation" is the
 * EU regulation named earlier in the sentence, not this document, whose names hold no such noun.
 */
function instrumentOfOtherKind(model: DocumentModel, span: Span): string | undefined {
  const words = model.text.slice(span.start, span.end).trim().split(/\s+/);
  const noun = words[words.length - 1].toLowerCase();
  if (words.length < 2 || !SUBORDINATE_INSTRUMENT.test(noun)) return undefined;
  // a treaty's own "this Convention" is itself, however its title reads ("CETS No. 185")
  if (model.type === 'treaty' && TREATY_NOUN.test(noun)) return undefined;
  const names = [model.title, model.frontMatter.shortTitle ?? '', ...model.frontMatter.aliases].filter((name) => name && name !== model.id);
  // "dieses Übereinkommens" names the "Übereinkommen …": its stem, without the genitive's "s"
  const stem = /(?:kommens|protokolls)$/.test(noun) ? noun.slice(0, -1) : noun;
  if (!names.length || names.some((name) => name.toLowerCase().includes(stem))) return undefined;
  return `"${words.join(' ')}" names a ${noun} and this document is "${names[0]}": it is the ${noun} named earlier in the text, not this document`;
}

/**
 * Readings of a citation that failed as written, tried before it is reported:
 * - "(§ 21 h)", "(§ 74 c)": a section's letter written apart from its number (section 21h);
 * - "§ 100a Absatz 5 und 6 gilt mit Ausnahme von Absatz 5 Satz 1": a paragraph of the section cited
 *   just before in the same sentence, not of the section the citation stands in (and "Nummer 5" after
 *   "§ 100b Absatz 2 Nummer 3", a point of its Absatz 2).
 */
function otherReading(model: DocumentModel, reference: DocumentReference, path: RefStep[], context: Unit): PathResult | undefined {
  const [first, second] = path;
  if (first && second && isCitableKind(first.kind) && /^[a-z]$/.test(second.number) && /^[ \t]+$/.test(model.text.slice(first.span.end, second.span.start))) {
    const joined = resolvePath(model, [{ ...first, number: first.number + second.number }, ...path.slice(2)], undefined, context, true);
    if (joined.unit) return joined;
  }
  if (first && !isCitableKind(first.kind)) {
    // "the matters enumerated in sub-section (1) other than those enumerated in clauses (k) and (p)": that sub-section's
    const unit = partCitedBefore(model, reference);
    const within = unit && !isInside(context, unit) ? resolvePath(model, path, unit, undefined, true) : undefined;
    if (within?.unit) return within;
    const section = sectionCitedBefore(model, reference);
    const scope = section && scopeCitedBefore(model, reference, section, first.kind);
    if (section && scope && section !== ancestorOfKind(context, section.kind)) {
      const within = resolvePath(model, path, scope, undefined, true);
      if (within.unit) return within;
      if (scope !== section) {
        const inSection = resolvePath(model, path, section, undefined, true);
        if (inSection.unit) return inSection;
      }
    }
  }
  return undefined;
}

/**
 * The unit of the citation just before that holds units of `kind`: "§ 100b Absatz 2 Nummer 1 … , Nummer 3
 * Buchstabe b erste Alternative oder Nummer 5" goes on under § 100b Absatz 2. Where it names no unit of that kind,
 * the unit it names ("a l’apartat 1 de l’article 4 excepte les previstes a les lletres f) a h)": that paragraph's
 * letters). The section when neither is found.
 */
function scopeCitedBefore(model: DocumentModel, reference: DocumentReference, section: Unit, kind: RefUnitKind): Unit {
  const before = model.references[reference.index - 1];
  const path = before.targets[before.targets.length - 1]?.path ?? [];
  const at = path.findIndex((step, k) => k > 0 && step.kind === kind);
  if (at < 0 && path.length > 1) return resolvePath(model, path.slice(1), section, undefined, true).unit ?? section;
  if (at <= 1) return section;
  return resolvePath(model, path.slice(1, at), section, undefined, true).unit ?? section;
}

/**
 * "§ 243 des Strafgesetzbuchs mit Ausnahme von Absatz 1 Satz 1 Nummer 2", "l'article 1844-9 (3ème
 * alinéa)", "l'article 784, à l'exception de ceux prévus à son deuxième alinéa": the citation just
 * before, in the same sentence, names a section or article not in this document (of another
 * instrument, or of this code but in another file).
 */
function foreignSectionBefore(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup, context: Unit): string | undefined {
  let before = model.references[reference.index - 1];
  if (!before) return undefined;
  // An article with no numbered parts at all cannot hold "2°": the article named before in the same
  // paragraph can ("… aux 2°, 3°, 4° et 5° de l'article R. 632-2 … Les membres désignés aux 2° et 3°
  // ne peuvent donner mandat qu'à un membre désigné aux 1°, 2° ou 3°"), over bare items between.
  const wide = hasNoNumberedParts(context);
  const tooFar = (from: DocumentReference, to: DocumentReference) => {
    const between = model.text.slice(from.span.end, to.span.start);
    return wide ? between.length > 600 || /\n[ \t]*\n/.test(between) : between.length > 160 || /[.;:]\s|\n[ \t]*\n/.test(between);
  };
  if (tooFar(before, reference)) return undefined;
  for (let back = 2; wide && back <= 8 && before.anchor.kind === 'none' && !isCitableKind(before.targets[0]?.path[0]?.kind); back++) {
    const earlier = model.references[reference.index - back];
    if (!earlier || tooFar(earlier, before)) return undefined;
    before = earlier;
  }
  const first = before.targets[before.targets.length - 1]?.path[0];
  const elsewhere = before.anchor.kind === 'instrument' || (before.anchor.kind === 'none' && first !== undefined && isCitableKind(first.kind) && !findTopLevel(model, first));
  return elsewhere ? `"${before.text.replace(/\s+/g, ' ')}"` : undefined;
}

/**
 * The words of the citation before `reference` that cited the unit `step` ("article L. 2224-31") of another instrument, when
 * "même" or its like (SAME_BEFORE) says it is the same ("du même article L. 2224-31"); undefined otherwise.
 */
function sameUnitCitedBefore(model: DocumentModel, reference: DocumentReference, step: RefStep): string | undefined {
  // "du même article L. 2224-31" (the citation starts at "article"), "au 2° du même article 131-39" (the word inside it)
  const beforeCitation = SAME_BEFORE.test(model.text.slice(Math.max(0, reference.span.start - 16), reference.span.start));
  if (!beforeCitation && !SAME_BEFORE_UNIT_WORD.test(model.text.slice(Math.max(reference.span.start, step.span.start - 32), step.span.start))) return undefined;
  for (const earlier of citationsJustBefore(model, reference)) {
    if (earlier.anchor.kind !== 'instrument') continue;
    if (earlier.targets.some((target) => target.path.some((other) => other.kind === step.kind && numbersMatch(step.number, other.number)))) return earlier.text.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** "même article ", "mismo artículo ", "same section ": the word of sameness, then the unit's word, before its number. */
const SAME_BEFORE_UNIT_WORD = /(?:^|[^\p{L}])(?:même|mêmes|same|mismo|misma|mesmo|mesma|medesim[oa]|stess[oa]|selben)\s+\p{L}+\.?\s+$/iu;

/** Words that say a unit is the one cited before: "the said sub-section (4)", "the aforesaid clause". */
const SAID_BEFORE = /\b(?:said|aforesaid|aforementioned|above-?mentioned)[ \t\n]+$/i;
/** How far back (characters) "the said clause (a)" or "du même article" looks for the citation it repeats. */
const SAID_REACH = 3000;

/** The (at most 20) citations before `reference`, nearest first, while within SAID_REACH of it. */
function* citationsJustBefore(model: DocumentModel, reference: DocumentReference): Generator<DocumentReference> {
  for (let back = 1; back <= 20; back++) {
    const earlier = model.references[reference.index - back];
    if (!earlier || reference.span.start - earlier.span.end > SAID_REACH) return;
    yield earlier;
  }
}

/** The nearest of citationsJustBefore with a target `matches` accepts: that citation, and the target's index in it. */
function citedJustBefore(model: DocumentModel, reference: DocumentReference, matches: (target: RefTarget) => boolean): { earlier: DocumentReference; at: number } | undefined {
  for (const earlier of citationsJustBefore(model, reference)) {
    const at = earlier.targets.findIndex(matches);
    if (at >= 0) return { earlier, at };
  }
  return undefined;
}

/**
 * "the said clauses (a), (b) and (c)" (India's Acts): the unit of that number cited shortly before, in full ("clauses (a), (b), (c)
 * and (d) of section 62"): that unit when the earlier citation names where it is, else what it was (another instrument's).
 */
function saidBefore(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span, lookup: DocumentLookup): ResolvedTarget | undefined {
  if (!SAID_BEFORE.test(model.text.slice(Math.max(0, reference.span.start - 24), reference.span.start))) return undefined;
  const step = path[path.length - 1];
  const sameUnit = (target: RefTarget) => {
    const last = target.path[target.path.length - 1];
    return !!last && last.number === step.number && kindsCompatible(step.kind, last.kind as UnitKind);
  };
  const inFull = citedJustBefore(model, reference, (cited) => cited.path.length >= 2 && sameUnit(cited));
  if (inFull) {
    const { earlier } = inFull;
    const target = earlier.targets[inFull.at];
    const words = earlier.text.replace(/\s+/g, ' ');
    if (earlier.anchor.kind === 'instrument') return { status: 'external', span, reason: `"the said ${describe(path)}" is the one cited before ("${words}"), of another instrument` };
    if (!isCitableKind(target.path[0].kind)) {
      // "paragraph (*a*) of sub-section (8) of the principal section" then "the said paragraph (*a*)": another instrument's when
      // the one before was read so
      const before = lookingBack ? undefined : resolvedOnce(model, earlier, lookup).targets[inFull.at];
      return before?.status === 'external' ? { status: 'external', span, reason: `"the said ${describe(path)}" is the one cited before ("${words}"): ${before.reason ?? 'another instrument\'s'}` } : undefined;
    }
    const found = resolvePath(model, target.path, undefined, undefined, true).unit;
    return found ? resolvedTarget(model, found, span) : undefined;
  }
  // "clauses (a), (b) and (c) of the said section" before, its number alone: where that one was found (the words around it say where)
  if (lookingBack) return undefined;
  // (one not found there is passed over for an earlier one)
  for (const earlier of citationsJustBefore(model, reference)) {
    const at = earlier.targets.findIndex((cited) => cited.path.length === 1 && sameUnit(cited));
    if (at < 0) continue;
    const found = resolvedOnce(model, earlier, lookup).targets[at];
    if (found?.status === 'resolved') return { ...found, span };
    if (found?.status === 'external') return { status: 'external', span, reason: `"the said ${describe(path)}" is the one cited before ("${earlier.text.replace(/\s+/g, ' ')}"): ${found.reason ?? 'another instrument\'s'}` };
  }
  return undefined;
}

/** Set while a citation before another is resolved for it (citedAgain, saidBefore): that one looks no further back. */
let lookingBack = false;

/** `reference` resolved without looking back past it to the citations before it. */
function resolvedOnce(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup): ResolvedReference {
  lookingBack = true;
  try {
    return resolveReference(model, reference, lookup);
  } finally {
    lookingBack = false;
  }
}

/** Between two citations of one list: a connector, perhaps with a preposition and an article ("ou na", "or in", "e da"). */
/** Between two citations of a list: a comma or the language's connector, then a short word or two ("ou na alínea"); per language. */
function listGap(language: string): RegExp {
  let gap = listGaps.get(language);
  if (!gap) {
    const connectors = [...new Set(tablesFor(language).flatMap((table) => table.listConnectors))].filter((word) => /^\p{L}+$/u.test(word));
    const joined = connectors.length ? `|,?[ \\t]*(?:${connectors.join('|')})` : '';
    listGaps.set(language, (gap = new RegExp(`^[ \\t]*(?:,${joined})[ \\t]+(?:\\p{Ll}{1,3}[ \\t]+){0,2}$`, 'u')));
  }
  return gap;
}

const listGaps = new Map<string, RegExp>();

/**
 * "na alínea d) ou na alínea e) do número anterior": a unit cited by its number alone, then, joined by a list's connector, one
 * of the same kind whose words say where it is. Where the second was found, its sibling of the first's number there; what
 * the second was (another instrument's), the first is too. Undefined otherwise.
 */
function pairedAfter(model: DocumentModel, reference: DocumentReference, path: RefStep[], lookup: DocumentLookup): ResolvedTarget | undefined {
  if (lookingBack) return undefined;
  const next = model.references[reference.index + 1];
  if (!next || next.unitId !== reference.unitId || next.targets.length !== 1 || !listGap(model.language).test(model.text.slice(reference.span.end, next.span.start))) return undefined;
  const steps = next.targets[0].path;
  const last = steps[steps.length - 1];
  if (!last || last.kind !== path[0].kind || next.anchor.kind === 'none' && steps.length === 1) return undefined;
  const found = resolvedOnce(model, next, lookup).targets[0];
  if (found?.status === 'external') return { status: 'external', span: found.span, reason: `${describe(path)} is listed with "${next.text.replace(/\s+/g, ' ')}", whose words say where both are: ${found.reason ?? 'another instrument\'s'}` };
  const unit = found?.status === 'resolved' && found.documentId === model.id ? model.unitsById.get(found.unitId ?? '') : undefined;
  const sibling = unit?.parent ? resolvePath(model, path, unit.parent, undefined, true).unit : undefined;
  return sibling ? resolvedTarget(model, sibling, found!.span) : undefined;
}

/**
 * "aux 1°, 2°, 3°, a et d du 4°, 6° et 17° de l'article R. 321-5": a list of parts whose citation ends, in the same sentence and
 * a few words on, with an of-word and an article or section alone. That article or section (undefined when this document
 * lacks it) and its words; undefined where nothing so follows.
 */
function articleClosingList(model: DocumentModel, reference: DocumentReference): { unit?: Unit; words: string } | undefined {
  const next = model.references[reference.index + 1];
  if (!next || next.anchor.kind !== 'none' || next.targets.length !== 1 || next.targets[0].path.length !== 1 || !isCitableKind(next.targets[0].path[0].kind)) return undefined;
  const between = model.text.slice(reference.span.end, next.span.start);
  // only numbers, letters and list words between, and an of-word last: "de l'", "du", "of"
  if (between.length > 60 || /[.;:]\s|\n/.test(between) || !/(?:^|\s)(?:de\s+l['’]|du|des|de\s+la|del|of(?:\s+the)?|d['’])\s*$/iu.test(between)) return undefined;
  // (no word of three letters or more but "and": "du I bis de l'article" reads no "bis")
  if (/\p{L}{3,}/u.test(between.replace(/(?:de\s+l['’]|du|des|de\s+la|del|of(?:\s+the)?|d['’])\s*$/iu, '').replace(/\band\b/gi, ''))) return undefined;
  return { unit: findTopLevel(model, next.targets[0].path[0]), words: `${between.trim()} ${next.text}`.replace(/\s+/g, ' ') };
}

/**
 * "the punishments specified in clauses (a), (b) and (c) of the said section, the punishment specified in clause (b) or
 * clause (c) shall …": a unit the unit around it lacks, cited by its number alone after a citation of the same sentence that
 * names it, with where it is. What that citation found for it (a unit, or another instrument's), or undefined.
 */
function citedAgain(model: DocumentModel, reference: DocumentReference, step: RefStep, span: Span, lookup: DocumentLookup): ResolvedTarget | undefined {
  // (one level: the earlier citation is resolved without looking further back, so that a run of them costs linear time)
  if (lookingBack) return undefined;
  for (let back = 1; back <= 4; back++) {
    const earlier = model.references[reference.index - back];
    const later = model.references[reference.index - back + 1];
    // in the same paragraph or item, the same sentence
    if (!earlier || earlier.unitId !== reference.unitId || later.span.start - earlier.span.end > 240 || /[.;]\s|\n[ \t]*\n/.test(model.text.slice(earlier.span.end, later.span.start))) return undefined;
    const at = earlier.targets.findIndex((target) => {
      const last = target.path[target.path.length - 1];
      return !target.through && last?.number === step.number && kindsCompatible(step.kind, last.kind as UnitKind);
    });
    if (at < 0) continue;
    const found = resolvedOnce(model, earlier, lookup).targets[at];
    const words = earlier.text.replace(/\s+/g, ' ');
    if (found?.status === 'resolved') return { ...found, span };
    if (found?.status === 'external') return { status: 'external', span, reason: `${describe([step])} is not in the unit around it, and the same sentence cites it before as "${words}": ${found.reason ?? 'another instrument\'s'}` };
    return undefined;
  }
  return undefined;
}

/**
 * "au premier alinéa du I, au II de l'article L. 312-1-1": the next citation of the list, in the same
 * sentence, names a unit of the same kind inside an article or section; its words, quoted, or undefined.
 */
function siblingNamedAfter(model: DocumentModel, reference: DocumentReference, kind: RefUnitKind): string | undefined {
  const next = model.references[reference.index + 1];
  if (!next || next.anchor.kind === 'this') return undefined;
  const between = model.text.slice(reference.span.end, next.span.start);
  // "designated under sub-section (1) and includes … designated as such\nunder sub-section (2) of section 5": within the sentence
  if (between.length > 160 || /[.;:]\s|\n[ \t]*\n/.test(between)) return undefined;
  const path = next.targets[0]?.path;
  // Written part first ("au II de l'article …", "paragraph (b) of section 5"): "§ 77e Absatz 1" starts a new citation.
  if (!path || path.length < 2 || !isCitableKind(path[0].kind) || path[1].kind !== kind || path[1].span.start > path[0].span.start) return undefined;
  return `"${next.text.replace(/\s+/g, ' ')}"`;
}

/** The relative target of the markdown link whose text holds `span` ("[Chapitre II](chapitre-ii)"), on one line; undefined for web links. */
/**
 * The page an absolute link around the start of a citation goes to, when the document says where it was taken
 * from (front matter "source", "url" or the clipper's "fonte") and the link goes to another page; else undefined.
 */
function linkToAnotherPage(model: DocumentModel, span: Span): string | undefined {
  const own = ownSource(model);
  if (!own) return undefined;
  const from = Math.max(0, span.start - 300);
  const before = model.text.slice(from, span.start);
  const open = before.lastIndexOf('[');
  if (open < 0 || open < before.lastIndexOf('\n') || before.slice(open).includes(']')) return undefined;
  const link = /^[^\]\[\n]*\]\((https?:\/\/[^()\s#?]+)[^()\s]*\)/i.exec(model.text.slice(span.start, span.start + 600));
  if (!link) return undefined;
  const page = link[1].replace(/^https?:\/\/(?:www\.)?/i, '').toLowerCase();
  return page === own ? undefined : link[1];
}

/** The address a document was taken from, without scheme, "www.", fragment or query, in lower case. */
function ownSource(model: DocumentModel): string | undefined {
  for (const key of ['source', 'url', 'fonte', 'link']) {
    const value = model.frontMatter.raw[key];
    if (typeof value === 'string' && /^https?:\/\//i.test(value.trim())) return value.trim().replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[#?].*$/, '').toLowerCase();
  }
  return undefined;
}

function linkAround(text: string, span: Span): string | undefined {
  // Within 300 characters before it: a search to the start of a long text for every citation would be quadratic.
  const from = Math.max(0, span.start - 300);
  const before = text.slice(from, span.start);
  const open = before.lastIndexOf('[');
  if (open < 0 || open < before.lastIndexOf('\n') || before.slice(open).includes(']')) return undefined;
  const link = /^[^\]\[\n]*\]\(([^()\s]+)\)/.exec(text.slice(span.end, span.end + 300));
  return link && !/^[a-z][a-z0-9+.-]*:/i.test(link[1]) ? link[1] : undefined;
}

/**
 * The label of the article around `unit` when its text numbers paragraphs run into one, so that the paragraph cited
 * by `path` stands there by its number though the structure does not show it. Two forms: an article with no numbered
 * parts, "1 Quem … 2 A tentativa …" (the Diário da República's consolidated text: a number after a sentence's end,
 * before a capital or a dash); an article with some, only a marker's own form, "… al comma 3. 5-ter. Con …" (a
 * converter joined two numbered paragraphs). Else undefined.
 */
function runInParagraph(model: DocumentModel, unit: Unit | undefined, path: RefStep[]): string | undefined {
  const inner = path.find((step) => !isCitableKind(step.kind));
  if (!unit || !inner || (inner.kind !== 'paragraph' && inner.kind !== 'subsection')) return undefined;
  // "5bis" is written "5-bis", "5 bis" or "5bis" (Italy's paragraphs inserted after 5)
  const parts = /^(\d{1,3})([a-z]{3,16})?$/.exec(inner.number);
  if (!parts) return undefined;
  let article: Unit | undefined = unit;
  while (article && !article.citable) article = article.parent;
  if (!article) return undefined;
  // With no numbered parts, a number run in after a sentence ("1 Quem … 2 A tentativa"); with some, only a marker's
  // form, full stop and all ("… in deroga al comma 3. 5-ter. Con il regolamento …"): the converter ran them together.
  const unnumbered = hasNoNumberedParts(unit);
  if (unnumbered && (parts[2] || parts[1].length > 2)) return undefined;
  // Once per article and number: ten thousand citations of one article ask once.
  let numbers = runInNumbers.get(article);
  if (!numbers) runInNumbers.set(article, (numbers = new Map()));
  const key = `${unnumbered ? 'u' : 'n'}${inner.number}`;
  let found = numbers.get(key);
  if (found === undefined) {
    const body = model.text.slice(article.span.start, Math.min(article.span.end, article.span.start + 20_000));
    const written = parts[2] ? `${parts[1]}[-\\s]?${parts[2]}` : parts[1];
    const pattern = unnumbered ? `(?:^|[.;:!?_*]\\s+)${written}(?:\\s*[—–-]\\s|\\s+\\p{Lu})` : `[.;:!?»"]\\s+${written}\\.\\s*\\p{Lu}`;
    numbers.set(key, (found = new RegExp(pattern, 'u').test(body)));
  }
  return found ? article.label.trim() : undefined;
}

const runInNumbers = new WeakMap<Unit, Map<string, boolean>>();

/**
 * When the step of `path` below `unit` (the deepest unit found) is missing where `unit`'s own numbered parts of that kind pass
 * over its number ("1.", "4." and paragraph 3 cited; "2.", "3." and paragraph 1), what the copy shows: its numbering has a hole.
 */
/** The step of `path` right below `unit`, which `unit` lacks (a path read below `unit`, "comma 3" in its article, starts with it). */
function stepBelow(unit: Unit, path: readonly RefStep[]): RefStep | undefined {
  const at = path.findIndex((step) => step.number === unit.number && kindsCompatible(step.kind, unit.kind));
  return at >= 0 ? path[at + 1] : isCitableKind(path[0]?.kind) ? undefined : path[0];
}

function numberingHole(model: DocumentModel, unit: Unit, path: readonly RefStep[]): { gap: string; runIn?: undefined } | { runIn: string; gap?: undefined } | undefined {
  const step = stepBelow(unit, path);
  if (!step) return undefined;
  // "dans les conditions prévues au I et au II" in an article whose copy shows "II.-" and "III.-" after unlabelled opening words
  if (step.number === 'I') {
    const first = unit.children.find((child) => child.number !== undefined && /^[IVXL]+$/.test(child.number));
    const from = unit.labelSpan.end;
    if (first && first.number === 'II' && first.headingDepth === 0 && first.span.start > from && /\p{L}{3}/u.test(model.text.slice(from, first.span.start))) {
      return { runIn: `the opening words of ${unitName(unit)}, before its part "${first.label.trim()}", have no label: the copy most likely left out their "I"` };
    }
  }
  // Numbers only: a list's letters are lettered again when one is struck out, so "(c)", "(e)" and "(d)" cited is a slip; numbered
  // paragraphs keep their numbers when one is repealed ("3-bis" is inserted, none renumbered), which a copy may then leave out
  const { units: held, values } = !/^\d/.test(step.number) ? NO_NUMBERED_CHILDREN : numberedChildren(unit, step.kind);
  // "articolo 53 lett. a), b)" where article 53's copy opens at "2.": the cited letters are most likely its first paragraph's
  if (!held.length) {
    const first = unit.children.find((child) => child.number !== undefined && child.headingDepth === 0);
    const place = first && !first.citable && kindsCompatible('paragraph', first.kind) ? leadingValue(first.number!) : undefined;
    if (place === undefined || place <= 1 || first!.kind === step.kind) return undefined;
    const runIn = runInBefore(model, unit, first!, 1);
    return runIn ? { runIn } : { gap: `${unitName(unit)} opens at ${first!.kind} ${first!.label.trim()}, without its first` };
  }
  // (numbers in order only, each read: once per unit the set and order are known, so a citation asks in log time)
  const value = leadingValue(step.number);
  if (value === undefined || !values.length || values.held.has(value) || value > values.last) return undefined;
  let after = 0;
  for (let high = values.length; after < high;) {
    const middle = (after + high) >> 1;
    if (values.places[middle] < value) after = middle + 1;
    else high = middle;
  }
  const runIn = runInBefore(model, after > 0 ? held[after - 1] : unit, held[Math.max(after, 0)], value);
  if (runIn) return { runIn };
  const label = (k: number) => held[k].label.trim();
  const shown = held.length > 6 ? `${label(0)}, ${label(1)}, ${label(2)} … ${label(held.length - 1)}` : held.map((child) => child.label.trim()).join(', ');
  return { gap: `${unitName(unit)} shows ${step.kind}s ${shown}, passing over ${step.number}` };
}

/**
 * "nach Absatz 2 Buchstabe c Ziffer 5" where paragraph 2's copy shows items a. and b. and then "<sup>7</sup> c. Zuschläge …" (a
 * footnote's mark before the letter: Fedlex's PDFs as converted) or "- c." alone after its text: the letter the unit lacks stands
 * in its text at a line's start as an item's label, which the structure did not read as one.
 */
function letterRunIntoText(model: DocumentModel, unit: Unit, path: readonly RefStep[]): { runIn: string; gap?: undefined } | undefined {
  const step = stepBelow(unit, path);
  if (!step || !/^[a-z]$/.test(step.number)) return undefined;
  const own = model.text.slice(unit.span.start, Math.min(unit.span.end, unit.span.start + 20_000));
  const label = new RegExp(`(?:^|\\n)[ \\t]*(?:[-*+][ \\t]+)?(?:<sup>\\d{1,3}</sup>[ \\t]*)?(${step.number}[.)])(?=[ \\t]|\\n|$)`).exec(own);
  return label ? { runIn: `"${label[1]}" stands in the text of ${unitName(unit)} at a line's start, as an item's label, which the structure does not show as its own item` } : undefined;
}

/**
 * "II. - 1° Au titre des baux …" then "2° Pour les résidences …": the part numbered `value` in the form of `next`'s label, run into
 * the text of `before` (the unit above, or the sibling before) ahead of `next`: what to say of it, or undefined.
 */
function runInBefore(model: DocumentModel, before: Unit, next: Unit, value: number): string | undefined {
  const label = next.label.trim().replace(/^\(?\d{1,4}/, (number) => number.replace(/\d+/, String(value)));
  if (label === next.label.trim()) return undefined;
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const from = before === next.parent ? before.labelSpan.end : before.span.start;
  const own = model.text.slice(from, Math.min(next.span.start, from + 4_000));
  // as a marker opens a sentence: after the label's dash or a stop, a capital after it ("au 1° du I" in the text is a citation)
  return new RegExp(`(?:^[ \\t]*|[.;:–—-][ \\t]+)${escaped}[ \\t]*\\p{Lu}`, 'u').test(own) ? `"${label}" is run into the text of ${unitName(before)}, where the structure does not show it as a part` : undefined;
}

/** A unit's children numbered with digits, when each number reads as a place and they rise: their places, as a set, and the last. */
interface NumberedChildren { units: readonly Unit[]; values: { length: number; places: number[]; held: Set<number>; last: number } }
const NO_NUMBERED_CHILDREN: NumberedChildren = { units: [], values: { length: 0, places: [], held: new Set(), last: 0 } };

/** The children of `unit` numbered with digits, of a kind `kind` may cite, and their places (once per unit, kind and children). */
function numberedChildren(unit: Unit, kind: string): NumberedChildren {
  let byKind = numberedChildrenCache.get(unit);
  if (!byKind || byKind.children !== unit.children || byKind.length !== unit.children.length) numberedChildrenCache.set(unit, (byKind = { children: unit.children, length: unit.children.length, kinds: new Map() }));
  let found = byKind.kinds.get(kind);
  if (!found) {
    const units = unit.children.filter((child) => child.number !== undefined && kindsCompatible(kind as RefStep['kind'], child.kind) && /^\d/.test(child.number));
    const places = units.map((child) => leadingValue(child.number!));
    const rising = places.every((place, k) => place !== undefined && (k === 0 || place >= places[k - 1]!));
    byKind.kinds.set(kind, (found = { units, values: rising ? { length: places.length, places: places as number[], held: new Set(places as number[]), last: places[places.length - 1] ?? 0 } : NO_NUMBERED_CHILDREN.values }));
  }
  return found;
}

const numberedChildrenCache = new WeakMap<Unit, { children: Unit[]; length: number; kinds: Map<string, NumberedChildren> }>();


/**
 * The words of a subparagraph cited by its place ("second subparagraph", "premier alinéa" read as a subparagraph), when
 * every step before it is found: the failure is in the blocks the structure does not number, not in what it shows.
 */
function countedSubparagraph(doc: DocumentModel, model: DocumentModel, path: RefStep[], base: Unit | undefined, context: Unit | undefined): string | undefined {
  const at = path.findIndex((step) => step.kind === 'subparagraph' && /^\d{1,2}$/.test(step.number) && countedByPlace(model.text.slice(step.span.start, step.span.end)) !== undefined);
  if (at < 0) return undefined;
  const container = at > 0 ? resolvePath(doc, path.slice(0, at), base, context, doc === model).unit : base ?? context;
  if (!container) return undefined;
  const written = model.text.slice(path[at].span.start, path[at].span.end);
  // "inciso 2°" (Chile: an article's second unnumbered paragraph) is counted by its place only where nothing is numbered
  if (countedByPlace(written) === 'sign' && !hasNoNumberedParts(container)) return undefined;
  return written;
}

const CHINESE_NUMERAL = /^[〇零一二三四五六七八九十百千]+$/;

/**
 * How a part's number is written when it counts the part by its place: an ordinal word ("second", "tercero") or a
 * number with an ordinal sign ("2°", "3.º", "1ª", as Chile's and Spain's laws count an article's unnumbered
 * paragraphs: "inciso 2° del artículo 44"); undefined for a number as a marker would write it.
 */
function countedByPlace(written: string): 'word' | 'sign' | undefined {
  // (a Chinese numeral is a number, as a marker writes it: Taiwan's "第九款" is the subparagraph "九、")
  return /^\p{L}/u.test(written) && !CHINESE_NUMERAL.test(written) ? 'word' : /^\d{1,2}[ \t]?\.?[°ºª]/.test(written) ? 'sign' : undefined;
}

/**
 * The article a paragraph cited by its place ("secondo comma", "the second paragraph") cannot be told in, because its
 * text is fewer unnumbered blocks than that, holding at least that many sentences (a converter joined its paragraphs):
 * its label, or undefined.
 */
function mergedParagraphs(model: DocumentModel, unit: Unit | undefined, path: RefStep[]): string | undefined {
  const inner = path.find((step) => !isCitableKind(step.kind));
  if (!unit || !inner || (inner.kind !== 'paragraph' && inner.kind !== 'alinea' && inner.kind !== 'subparagraph') || !/^\d{1,2}$/.test(inner.number)) return undefined;
  // only a paragraph counted by its place ("secondo comma", "párrafo 2°"): "(2)" or "2." would be written in the text; in German a
  // bare number counts too ("Artikel 16 Absatz 2"), where the article shows no numbered paragraphs (below)
  const written = model.text.slice(inner.span.start, inner.span.end);
  const bare = /^\d{1,2}$/.test(written) && model.text[inner.span.start - 1] !== '(' && model.text[inner.span.end] !== ')' &&
    !!LANGUAGE_TABLES.find((table) => table.code === model.language)?.bareNumberCountsPlace;
  if (countedByPlace(written) === undefined && !bare) return undefined;
  let article: Unit | undefined = unit;
  while (article && !article.citable) article = article.parent;
  if (!article) return undefined;
  article = withItsText(article);
  const blocks = article.children.filter((child) => child.headingDepth === 0);
  // its unnumbered paragraphs, and the lettered points of a list in one of them ("a." to "h."), whose last may have run the
  // next paragraph in: the points are no paragraphs, but their sentences may be
  const paragraphs = blocks.filter((block) => block.kind === 'alinea').length;
  if (!paragraphs || paragraphs >= Number(inner.number) || blocks.some((block) => block.kind !== 'alinea' && !/^[a-z]$/.test(block.number ?? ''))) return undefined;
  // Each block a paragraph at least, and each sentence in it one perhaps: as many as the number cited?
  let sentences = paragraphs;
  for (const block of blocks) {
    const body = model.text.slice(block.span.start, Math.min(block.span.end, block.span.start + 20_000));
    for (const _ of body.matchAll(/\p{Ll}{2,}[.;:]\s+\p{Lu}/gu)) if (++sentences >= Number(inner.number)) return article.label.trim();
  }
  return undefined;
}

/**
 * The division headed "§ V." or "§ 9 bis." that a paragraph cited of a title or chapter names ("Párrafo 5 del Título V":
 * Chile's and Spain's codes call these divisions párrafos, and number them in roman or arabic figures), or undefined.
 */
function sectionCalledParagraph(grouping: Unit, path: RefStep[]): Unit | undefined {
  const inner = path[path.length - 1];
  if (grouping.citable || !GROUPING_KINDS.has(grouping.kind) || inner.kind !== 'paragraph' || (path.length > 1 && !GROUPING_KINDS.has(path[path.length - 2].kind))) return undefined;
  return grouping.children.find((child) => child.headingDepth > 0 && child.kind === 'section' && child.number !== undefined && numbersMatch(inner.number, child.number));
}

/**
 * "… de los delitos contemplados en los Párrafos 5, 6, 9 y 9 bis el hecho de …" in an article of the Penal Code's title V, whose
 * "§" divisions are its párrafos: "Párrafo" capitalised after a lower-case word, cited alone in a Spanish text, names a "§"
 * division of the nearest grouping that has them. Undefined when no such division has the number; 'unseen' when the copy
 * shows no such division at all.
 */
function capitalisedParagraphDivision(model: DocumentModel, reference: DocumentReference, path: RefStep[], around: Unit): Unit | 'unseen' | undefined {
  if (path.length !== 1 || path[0].kind !== 'paragraph' || !INCISO_LANGUAGES.has(model.language)) return undefined;
  if (!/^\p{Lu}/u.test(model.text.slice(reference.span.start, reference.span.start + 1)) || !/\p{Ll}[ \t]*\n?[ \t]*$/u.test(model.text.slice(Math.max(0, reference.span.start - 12), reference.span.start))) return undefined;
  for (let grouping: Unit | undefined = around; grouping; grouping = grouping.parent) {
    if (grouping.citable || !grouping.children.some((child) => child.headingDepth > 0 && child.kind === 'section')) continue;
    return grouping.children.find((child) => child.headingDepth > 0 && child.kind === 'section' && child.number !== undefined && numbersMatch(path[0].number, child.number));
  }
  // "… las medidas previstas en el Párrafo 6º, …" in a code whose copy shows none of its "§" divisions as headings
  return headingsOfKind(model, 'section').length ? undefined : 'unseen';
}

/** Whether a paragraph is cited of `grouping` (a title, chapter or book, no article) whose children here are articles. */
function divisionNotShown(grouping: Unit, path: RefStep[]): boolean {
  if (grouping.citable || !GROUPING_KINDS.has(grouping.kind) || grouping.headingDepth === 0) return false;
  const inner = path[path.length - 1];
  if (inner.kind !== 'paragraph' || (path.length > 1 && !GROUPING_KINDS.has(path[path.length - 2].kind))) return false;
  return grouping.children.some((child) => child.citable);
}

/**
 * The unit that holds `article`'s text: itself, or, when it is a heading with no text of its own right before its label
 * given again with the text ("#### Artículo 44" then "Art. 44. Si buscada …", Chile's BCN), that label's unit.
 */
function withItsText(article: Unit): Unit {
  if (article.headingDepth === 0 || article.children.some((child) => child.headingDepth === 0) || !article.parent) return article;
  const siblings = article.parent.children;
  const next = siblings[indexByStart(siblings, article) + 1];
  return next && next.kind === article.kind && next.number === article.number && next.labelSpan.start - article.labelSpan.end <= 400 ? next : article;
}

/** Whether the article or section around `unit` has no numbered parts, only its unnumbered paragraphs. */
function hasNoNumberedParts(unit: Unit): boolean {
  let article: Unit | undefined = unit;
  while (article && !article.citable) article = article.parent;
  if (!article) return false;
  article = withItsText(article);
  const known = numberedParts.get(article);
  if (known && known.children === article.children && known.length === article.children.length) return known.none;
  const none = article.children.every((child) => child.headingDepth > 0 || child.kind === 'alinea');
  numberedParts.set(article, { children: article.children, length: article.children.length, none });
  return none;
}

/** Once per article version: ten thousand items of one article, each citing a missing point, ask for each. */
const numberedParts = new WeakMap<Unit, { children: Unit[]; length: number; none: boolean }>();

/** The part of an article or section (of this document) that the citation before this one names, in the same sentence. */
function partCitedBefore(model: DocumentModel, reference: DocumentReference): Unit | undefined {
  const before = model.references[reference.index - 1];
  if (!before || before.anchor.kind !== 'none' || reference.span.start - before.span.end > 160) return undefined;
  if (/[.;:]\s|\n[ \t]*\n/.test(model.text.slice(before.span.end, reference.span.start))) return undefined;
  const target = before.targets[before.targets.length - 1];
  if (!target || target.through || isCitableKind(target.path[0]?.kind)) return undefined;
  return resolvePath(model, target.path, undefined, model.unitsById.get(before.unitId) ?? model.root, true).unit;
}

/**
 * The section or article that the citation before this one names, in the same sentence, of this document ("l’apartat 1
 * de l’article 4 d’aquesta Llei, excepte la que preveu la seva lletra h)").
 */
function sectionCitedBefore(model: DocumentModel, reference: DocumentReference): Unit | undefined {
  const before = model.references[reference.index - 1];
  const ofThis = before?.anchor.kind === 'none' || (before?.anchor.kind === 'this' && before.anchor.unit === 'document');
  if (!before || !ofThis || reference.span.start - before.span.end > 160) return undefined;
  if (/[.;:]\s|\n[ \t]*\n/.test(model.text.slice(before.span.end, reference.span.start))) return undefined;
  const step = before.targets[before.targets.length - 1]?.path[0];
  return step && isCitableKind(step.kind) ? findTopLevel(model, step) : undefined;
}

/**
 * A citation this document cannot hold, after the name of another instrument in the same sentence
 * ("der Strafprozessordnung mit Ausnahme der §§ 139, 140"): that instrument's unit, found there when
 * the workspace holds it, else not reported, with the reason.
 */
function namedEarlier(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span, lookup: DocumentLookup, lookedInto: string[]): ResolvedTarget | undefined {
  const name = instrumentEarlierInSentence(model, reference);
  if (!name) return undefined;
  const named = findInstrument(model, name, lookup) ?? findInstrumentAfterOfWord(model, name, lookup);
  if (named === model) return undefined;
  if (named) {
    lookedInto.push(named.id);
    // Only a unit of the kind cited: "section 7" after "the Convention" is no article 7 of it.
    if (!named.units.some((unit) => unit.headingDepth > 0 && unit.kind === path[0].kind)) return undefined;
    const found = resolvePath(named, path, undefined, undefined, false);
    if (found.unit) return resolvedTarget(named, found.unit, span);
    // The sentence names that instrument, and it lacks the unit as this document does: its error, not this one's.
    if (!found.partial && gapCovering(named, path[0])) return { status: 'external', span, notInWorkspace: true, reason: `${describe(path)} of ${named.frontMatter.shortTitle ?? named.title}, named before it in the sentence, is in a part that the workspace copy does not include (see its gaps)` };
    return { status: 'unresolved', documentId: named.id, span, reason: `${found.reason ?? `"${named.title}" has no ${describe(path)}`}; the sentence names it before the citation`,
      existing: found.existing?.map((unit) => ({ uri: named.uri, unitId: unit.id })), ...(found.partial ? { uri: named.uri, partialUnitId: found.partial.id } : {}) };
  }
  return { status: 'external', span, reason: `this document has no ${describe(path)}; the sentence names "${name}" before it, so it is most likely a unit of that instrument (not in the workspace)` };
}

/** An editor's footnote's words right after its mark, in any language read (the U.S. Code's: "So in original", "See References in Text note below"). */
const GLUED_FOOTNOTE_AFTER = new RegExp(String.raw`^[ \t]+(?:${LANGUAGE_TABLES.flatMap((table) => table.editorsFootnoteOpenings ?? []).join('|')})`);

/** Per document: the units of its schedules whose own text cites "this section" or "this article", by that kind (read once). */
const setOutInSchedules = new WeakMap<DocumentModel, Array<{ kind: string; unit: Unit; schedule: Unit }>>();

/** A schedule's unit numbered as `step` whose own text cites "this <kind>" of the step's kind: a section it sets out. */
function sectionSetOutInSchedule(model: DocumentModel, step: RefStep): { unit: Unit; schedule: Unit } | undefined {
  let found = setOutInSchedules.get(model);
  if (!found) {
    found = [];
    for (const reference of model.references) {
      if (reference.anchor.kind !== 'this' || (reference.anchor.unit !== 'section' && reference.anchor.unit !== 'article')) continue;
      for (let unit = model.unitsById.get(reference.unitId); unit && unit.kind !== 'schedule'; unit = unit.parent) {
        const schedule = unit.number !== undefined ? ancestorOfKind(unit, 'schedule') : undefined;
        if (schedule) found.push({ kind: reference.anchor.unit, unit, schedule });
      }
    }
    setOutInSchedules.set(model, found);
  }
  return found.find((entry) => entry.kind === step.kind && numbersMatch(step.number, entry.unit.number!));
}

/** How far back (characters) the same unit cited just before with its instrument is looked for. */
const CITED_AGAIN_REACH = 300;
/** How many citations back, within the provision around, the same unit cited with its instrument is looked for. */
const CITED_IN_PROVISION_REACH = 40;

/**
 * "… in accordance with Article 49.2 of the Statute. The references in Article 49.2 to …": a unit this document does not have,
 * cited with its instrument by the citation just before, in the same paragraph, is that instrument's again.
 */
function citedJustBeforeWithInstrument(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span): ResolvedTarget | undefined {
  const earlier = model.references[reference.index - 1];
  if (!earlier || reference.span.start - earlier.span.end > CITED_AGAIN_REACH) return undefined;
  if (/\n[ \t]*\n/.test(model.text.slice(earlier.span.end, reference.span.start)) || !citesWithInstrument(earlier, path[0])) return undefined;
  return { status: 'external', span, reason: `this document has no ${describe(path)}; the citation just before, "${earlier.text.replace(/\s+/g, ' ')}", cites it of "${(earlier.anchor as { name: string }).name}", so it is most likely that instrument's again (not in the workspace)` };
}

/**
 * "(1) Section 24 of the Teaching and Higher Education Act 1998 (c. 30) … shall have effect with the following modifications."
 * then "(2) … (under section 24(2)) …": a unit this document does not have, cited with its instrument earlier in the same
 * provision, is that instrument's again (read last, when nothing nearer says whose it is).
 */
function citedEarlierInProvision(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span, context: Unit): ResolvedTarget | undefined {
  const provision = citableAround(context);
  if (!provision) return undefined;
  for (let k = reference.index - 1; k >= 0 && k >= reference.index - CITED_IN_PROVISION_REACH; k--) {
    const earlier = model.references[k];
    if (earlier.span.start < provision.span.start) break;
    if (citesWithInstrument(earlier, path[0])) {
      return { status: 'external', span, reason: `this document has no ${describe(path)}; the citation earlier in ${unitName(provision)}, "${earlier.text.replace(/\s+/g, ' ')}", cites it of "${(earlier.anchor as { name: string }).name}", so it is most likely that instrument's again (not in the workspace)` };
    }
  }
  return undefined;
}

/**
 * Whether `offset` stands in an annex or a schedule, or before the document's first article or section (a preamble) or after its
 * last (forms, tables): where a text cites other instruments' units. Not where the structure shows no such units at all, nor
 * between two of them (a provision whose heading the structure did not read as one).
 */
function besideProvisions(model: DocumentModel, offset: number, context: Unit | undefined): boolean {
  if (context && (ancestorOfKind(context, 'annex') || ancestorOfKind(context, 'schedule'))) return true;
  const span = provisionsSpan(model);
  return span !== undefined && (offset < span.start || offset >= span.end);
}

/** From the start of the document's first article or section to the end of its last; undefined when it has none. */
const provisionsSpan = oncePerVersion((model: DocumentModel): Span | undefined => {
  let start = Infinity;
  let end = -1;
  for (const unit of model.units) {
    if (!unit.citable) continue;
    if (unit.span.start < start) start = unit.span.start;
    if (unit.span.end > end) end = unit.span.end;
  }
  return end < 0 ? undefined : { start, end };
});

/** The word a citation opens with, as written ("§", "art.", "rule"), in small letters. */
function unitWordOf(text: string): string {
  return /^\S+/.exec(text)?.[0].toLowerCase() ?? '';
}

/** What a reason says of a unit whose words a consolidation left out ("24.—F25[…]", "-"): one wording for a citation and a range. */
function elidedText(elided: { unit: Unit; mark: string }): string {
  return `${unitName(elided.unit)} holds no words in this copy, only "${elided.mark}" where they stood (left out: repealed, or amendments already carried out)`;
}

/** The citation that ends right before `reference`, only spaces between ("Buchstabe c) Satz 1"), or undefined. */
function citationRightBefore(model: DocumentModel, reference: DocumentReference): DocumentReference | undefined {
  const before = model.references[reference.index - 1];
  return before && /^[ \t]{0,2}$/.test(model.text.slice(before.span.end, reference.span.start)) ? before : undefined;
}

/** Whether `unit` numbers no paragraph of its own but numbers points ("1.", "2." read as items: a German section of one paragraph). */
function onlyPointsNumbered(unit: Unit): boolean {
  return !unit.children.some((child) => child.kind === 'paragraph') && unit.children.some((child) => child.kind === 'item' && child.number !== undefined);
}

/** The numbers the document's units bear, as written ("34.1"), read once per version. */
const unitNumbers = oncePerVersion((model: DocumentModel): ReadonlySet<string> => new Set(model.units.map((unit) => unit.number ?? '').filter(Boolean)));

/** Whether `step` is numbered past the last of its kind in a text that holds many of them (checks/cutShort.ts reads those). */
function pastManyHeld(model: DocumentModel, step: RefStep): boolean {
  const { max, count } = heldNumbers(model, step.kind);
  const value = leadingValue(step.number);
  return count >= FEWEST_NUMBERS_HELD && value !== undefined && value > max;
}

/** How far back (characters) citations outside the provisions are read for the instrument they name. */
const OUTSIDE_PROVISIONS_REACH = 8000;

/**
 * "[ ] Wiederholungsüberprüfung nach § 14 Absatz 5 1. BImSchV" then, further down the same form, "(§ 19 Absatz 1 Nummer 1)" (a
 * regulation's annexed forms, outside its sections, bundestag/gesetze): a unit this document does not have, cited outside every
 * provision, where the citations of that kind before it (outside the provisions too) name instruments, is most likely a unit of one
 * of them: said with the nearest, not checked. Undefined when none names one within reach.
 */
function citedOutsideProvisions(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span): ResolvedTarget | undefined {
  let named: DocumentReference | undefined;
  for (let k = reference.index - 1; k >= 0 && k >= reference.index - CITED_IN_PROVISION_REACH && !named; k--) {
    const earlier = model.references[k];
    if (reference.span.start - earlier.span.end > OUTSIDE_PROVISIONS_REACH) break;
    const holder = model.unitsById.get(earlier.unitId);
    if (holder && citableAround(holder)) break;
    // (cited by the same word: "rule 8" after "section 28(1) of the Courts Act 2003" is no unit of that Act)
    if (earlier.anchor.kind === 'instrument' && earlier.targets.some((target) => target.path[0]?.kind === path[0].kind) && unitWordOf(earlier.text) === unitWordOf(reference.text)) named = earlier;
  }
  if (!named) return undefined;
  return { status: 'external', span, notInWorkspace: true, reason: `this document has no ${describe(path)}; it stands outside the document's articles and sections (in an annex, a schedule, a form or a preamble), where the citations name other instruments (the nearest before it, "${named.text.replace(/\s+/g, ' ')}", names "${(named.anchor as { name: string }).name}"): it is most likely a unit of one of them, and cannot be checked` };
}

/** How many citations back, within the sentence, partsOfArticleCitedBefore looks for the article a bare part may be of. */
const CITED_IN_SENTENCE_REACH = 6;

/**
 * For parts cited bare ("au 3° du I") that the article around them lacks: the article cited earlier in the same sentence, of this
 * document, that has them, and that citation's words; else undefined.
 */
function partsOfArticleCitedBefore(model: DocumentModel, reference: DocumentReference, path: RefStep[], context: Unit): { unit: Unit; text: string } | undefined {
  for (let k = reference.index - 1; k >= 0 && k >= reference.index - CITED_IN_SENTENCE_REACH; k--) {
    const earlier = model.references[k];
    const between = model.text.slice(earlier.span.end, reference.span.start);
    // the same sentence: no full stop before a capital, no paragraph's end between
    if (earlier.span.end > reference.span.start || /\n|[.;:!?]\s+\p{Lu}/u.test(between)) return undefined;
    if (earlier.anchor.kind !== 'none' || earlier.targets.length !== 1 || earlier.targets[0].through) continue;
    const outer = earlier.targets[0].path;
    if (outer.length !== 1 || !isCitableKind(outer[0].kind)) continue;
    const article = resolvePath(model, outer, undefined, context, true).unit;
    if (!article || article === citableAround(context)) continue;
    const found = resolvePath(model, path, article, context, true).unit;
    if (found) return { unit: article, text: earlier.text.replace(/\s+/g, ' ') };
  }
  return undefined;
}

/** Whether `earlier` cites a unit of `step`'s kind and number of an instrument it names. */
function citesWithInstrument(earlier: DocumentReference, step: RefStep): boolean {
  return earlier.anchor.kind === 'instrument' && earlier.targets.some((target) => target.path[0]?.kind === step.kind && numbersMatch(step.number, target.path[0].number));
}

/** Whether `name` is this document's own ("§ 5 Datenschutzgesetz" in the Datenschutzgesetz): its title or short title holds it. */
function sameLawAsThis(model: DocumentModel, name: string): boolean {
  const own = `${model.title} ${model.frontMatter.shortTitle ?? ''}`.toLowerCase();
  return own.includes(name.toLowerCase());
}

/** Whether the document's language writes only names with capitals (its names go on in small letters: "la Llei general de …"). */
function capitalsNameOnly(model: DocumentModel): boolean {
  const tables = tablesFor(model.language);
  return tables.length === 1 && !!tables[0].lowercaseNames;
}

/** Per language: an of-word, perhaps a determiner, then a capitalised word ("de la Sexta Disposición", "of the Fifth Schedule"). */
const partOfNamed = new Map<string, RegExp>();

/** The words after a citation's end that name what it is a part of, capitalised after an of-word of the document's language, or undefined. */
function namedAfterPart(model: DocumentModel, end: number): string | undefined {
  let pattern = partOfNamed.get(model.language);
  if (!pattern) {
    const tables = tablesFor(model.language);
    // "l'" in a table is "l’" in a text too
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]") + (/['’]$/.test(word) ? '' : '[ \\t]+');
    const ofWords = tables.flatMap((table) => table.ofWords).map(escape).join('|');
    const determiners = tables.flatMap((table) => table.determiners).map(escape).join('|');
    pattern = ofWords ? new RegExp(`^[ \\t]+(?:${ofWords})(?:(?:${determiners || '(?!)'}))?\\p{Lu}[\\p{L}\\p{N}]*(?:[ \\t]+[\\p{L}\\p{N}]+){0,4}`, 'u') : /(?!)/;
    partOfNamed.set(model.language, pattern);
  }
  const after = model.text.slice(end, end + 120);
  // 'en el Inciso 10 "Ministerio de Transporte y Obras Públicas"' (Uruguay's budget laws): a part named by its title in quotes
  return pattern.exec(after)?.[0].trim() ?? /^[ \t]+["“«][^"“”«»\n]{2,80}["”»]/.exec(after)?.[0].trim();
}

/**
 * "Es gelten die Vorschriften der Strafprozessordnung": in German every noun is capitalised, so the
 * name read reaches back over "Vorschriften der". When no document bears the whole of it, the words
 * after an of-word of the document's language ("der", "of", "van") may name one.
 */
function findInstrumentAfterOfWord(model: DocumentModel, name: string, lookup: DocumentLookup): DocumentModel | undefined {
  const ofWords = tablesFor(model.language).flatMap((table) => table.ofWords);
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    if (!ofWords.includes(words[i].toLowerCase())) continue;
    const found = findInstrument(model, words.slice(i + 1).join(' '), lookup);
    if (found) return found;
  }
  return undefined;
}

/** The unit of `kind` around `context` (own), and the one of that kind before or after it (found). */
function unitByPlace(model: DocumentModel, context: Unit, kind: RefUnitKind, direction: 'above' | 'below' | 'preceding' | 'following'): { own?: Unit; found?: Unit } {
  // only a unit of exactly that kind: a paragraph written after a list is no alinéa of its last item
  let own: Unit | undefined = context;
  while (own && own.kind !== kind) own = own.parent;
  // "Igual pena se aplicará a quien difunda … a que se refiere el inciso anterior." (Chile: an article's unnumbered paragraphs
  // are its incisos): in an article of unnumbered paragraphs only, the one the citation stands in
  if (!own && kind === 'subparagraph' && context.kind === 'alinea' && context.parent?.children.every((unit) => unit.kind === 'alinea' || unit.headingDepth > 0)) own = context;
  const siblings = own?.parent?.children.filter((unit) => unit.kind === own.kind) ?? [];
  const at = own ? siblings.indexOf(own) : -1;
  const backwards = direction === 'preceding' || direction === 'above';
  let found = at < 0 ? undefined : backwards ? siblings[at - 1] ?? (own!.kind === 'alinea' && own!.parent!.headingDepth === 0 ? own!.parent : undefined) : siblings[at + 1];
  // "2. Com a excepció a la norma de l'apartat anterior" where paragraph 1 is run into the article's title line, unnumbered
  if (!found && own && at === 0 && backwards && own.kind === 'paragraph') {
    const children = own.parent?.children ?? [];
    const before = children[children.indexOf(own) - 1];
    if (before?.kind === 'alinea') found = before;
  }
  // Articles and sections are numbered through the document: "do artigo anterior" in the first article of chapter II is chapter I's last
  if (!found && own && at >= 0 && (kind === 'article' || kind === 'section') && own.headingDepth > 0) found = adjacentInDocument(model, own, backwards);
  return { own, found };
}

/** The unit of the same kind right before (or after) `unit` in the document, across the groupings. */
function adjacentInDocument(model: DocumentModel, unit: Unit, backwards: boolean): Unit | undefined {
  const units = model.units;
  const at = indexByStart(units, unit);
  if (at < 0) return undefined;
  for (let i = backwards ? at - 1 : at + 1; i >= 0 && i < units.length; i += backwards ? -1 : 1) {
    if (units[i].kind === unit.kind && units[i].headingDepth > 0) return units[i];
  }
  return undefined;
}

/**
 * "本项规定的案件……" in a paragraph with no marker right after the items "（一）" "（二）": the
 * paragraph goes on with the last item, which "this item" names. Only the unit right before it.
 */
/**
 * "Explanation.---For the purposes of this clause, …" after "(gb) "exposure" means …" (India's Acts call a lettered item a
 * clause, whatever level the structure gives it): the lettered unit the citation stands in, or the one right before it.
 */
function letteredClauseAround(context: Unit): Unit | undefined {
  for (let unit: Unit | undefined = context; unit && unit.headingDepth === 0 && unit.parent; unit = unit.parent) {
    if (LETTERED_NUMBER.test(unit.number ?? '')) return unit;
    const siblings = unit.parent.children;
    const before = siblings[siblings.indexOf(unit) - 1];
    if (before && before.headingDepth === 0 && LETTERED_NUMBER.test(before.number ?? '')) return before;
    if (unit.citable) break;
  }
  return undefined;
}

/** The rest of a line after a citation "the following Schedule", when it closes with a dash or a colon (a bracketed aside between). */
const ANNOUNCES_TEXT_BELOW = /^[^\n]{0,400}?[—–:][ \t]*$/;

/** The text from `at` to the end of its line. */
function lineRest(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** After a citation: a title, chapter or book named by its title, not its number ("del título De la sociedad conyugal"). */
const GROUPING_NAMED_AFTER = /^\s+del?\s+((?:t[íi]tulo|cap[íi]tulo|libro)\s+(?!(?:Primer|Segund|Tercer|Cuart|Quint|Sext|S[eé]ptim|Octav|Noven|D[eé]cim|Und[eé]cim|Duod[eé]cim|[ÚU]nic|Preliminar|Final)\p{Ll}*\b)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}(?:\s+\p{L}+)?)/u;

/** An article's label at a line's start in another unit's text: "ART. 8.°", "Art. 12.", "Artículo 3.-". */
const SET_OUT_LABEL = /\n[ \t]*((?:ART(?:[IÍ]CULO)?|Art(?:[ií]culo)?)\.?[ \t]+\d{1,4}[ \t]?(?:\.?[°º]|\.-?))[ \t]+\p{Lu}/u;

/** A number written with a leading zero: "05", "007". */
const ZERO_PADDED = /^0\d/;
/** A capitalised word and a number with a leading zero right after a citation: "Programa 005". */
const CODE_AFTER = /^[ \t]+\p{Lu}\p{Ll}+[ \t]+0\d/u;

/** A sentence's end and the next one's capital, inside a paragraph: "… l'audition. Lorsque …". */
const SENTENCE_BREAK = /\p{Ll}{2,}[.;]\s+\p{Lu}/u;

/** A lettered item's number: "a", "gb", "zk". */
const LETTERED_NUMBER = /^[a-z]{1,3}$/;

/** The start of the prose block (paragraph, item, title) holding `offset`, or -1. */
function proseStartAt(model: DocumentModel, offset: number): number {
  const prose = model.prose;
  let low = 0;
  let high = prose.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (prose[middle].end < offset) low = middle + 1;
    else if (prose[middle].start > offset) high = middle - 1;
    else return prose[middle].start;
  }
  return -1;
}

/** Whether unnumbered words of the unit holding `unit` end with a colon right before it: the lead-in of the list it opens. */
function leadInBefore(model: DocumentModel, unit: Unit): boolean {
  return /:[ \t]*\n[\s>]*$/.test(model.text.slice(Math.max(0, unit.span.start - 200), unit.span.start));
}

/**
 * "按本項規定計算之餘額" in "（八）…" under "一、…" after "個人之房屋、土地交易所得…，稅率如下：" (Taiwan's Income Tax Act): the
 * items of an unnumbered paragraph stand beside it in the unit tree (a paragraph with no marker after them is the next one), and
 * "this paragraph" inside them is the one they follow.
 */
function alineaItemsFollow(context: Unit): Unit | undefined {
  let unit: Unit = context;
  while (unit.parent && !unit.parent.citable) unit = unit.parent;
  if (!unit.parent || unit.kind === 'alinea' || unit.citable) return undefined;
  const siblings = unit.parent.children;
  const at = indexByStart(siblings, unit);
  // (a paragraph's subparagraphs are not many: a bounded look keeps an article of thousands of them, and no paragraph, linear)
  for (let i = at - 1; i >= Math.max(0, at - ITEMS_OF_A_PARAGRAPH); i--) if (siblings[i].kind === 'alinea') return siblings[i];
  return undefined;
}
const ITEMS_OF_A_PARAGRAPH = 200;

function continuedUnit(context: Unit, kind: RefUnitKind): Unit | undefined {
  if (context.headingDepth > 0 || !context.parent) return undefined;
  const siblings = context.parent.children;
  const before = siblings[siblings.indexOf(context) - 1];
  return before && before.kind === kind && before.headingDepth === 0 ? before : undefined;
}

/**
 * "l'alinéa précédent", "the preceding paragraph", "des vorstehenden Absatzes": the unit of that kind
 * next to the one the citation stands in. Before the first alinéa of a point stand the point's own
 * words, its first alinéa.
 */
function byPlace(model: DocumentModel, context: Unit, kind: RefUnitKind, direction: 'above' | 'below' | 'preceding' | 'following', span: Span): ResolvedTarget {
  const { own, found } = unitByPlace(model, context, kind, direction);
  const backwards = direction === 'preceding' || direction === 'above';
  if (found) return resolvedTarget(model, found, span);
  if (own && own.citable && isLoneUnitFile(model)) return { status: 'external', span, notInWorkspace: true, reason: `the ${backwards ? 'preceding' : 'following'} ${kind} is not in this file, which holds ${own.label} only` };
  // "“Art. 2º … o disposto no artigo anterior …” (NR)": the amended law's article before it, not this document's
  const quoted = own ? quotedPassageAt(model, span.start) : undefined;
  if (quoted) return { status: 'external', span, reason: `there is no ${backwards ? 'preceding' : 'following'} ${kind} here, and it stands in text quoted from another instrument ("${quoteStart(model.text, quoted)}"): it is most likely that instrument's` };
  // "1. El termini …" then, a text paragraph below, "segons l’establert en el paràgraf anterior": the text paragraph before, in this one
  // (a paragraph parted by a blank line, or by a line a hard-wrapped text ended short: "a) El avalúo … artículo 46 bis." / "No obstante lo señalado en el inciso anterior")
  if (own && backwards && own.headingDepth === 0 && (/\n[ \t]*\n/.test(model.text.slice(own.span.start, span.start)) || proseStartAt(model, span.start) > own.span.start)) return resolvedTarget(model, own, span);
  // "… a las personas indicadas en el inciso anterior:" / "a) Una prohibición … de las operaciones indicadas en el inciso anterior." (Chile's
  // laws call an article's unnumbered paragraphs incisos): from a list's first item, the words that open the list may be the ones meant
  if (own && backwards && own.headingDepth === 0 && leadInBefore(model, own)) {
    return { status: 'external', span, reason: `there is no ${kind} before the one this citation stands in, which opens a list: the words before the list may be the ones meant` };
  }
  // "… l'audition. Lorsque l'enquête est ordonnée d'office, …, comme il est dit à l'alinéa précédent." (two alinéas a converter
  // joined into one paragraph): a sentence before the citation, in its own unnumbered paragraph, may be the one meant
  if (own && backwards && own.kind === 'alinea' && (kind === 'alinea' || kind === 'paragraph' || kind === 'subparagraph') && SENTENCE_BREAK.test(model.text.slice(own.span.start, span.start))) {
    return { status: 'external', span, reason: `there is no ${kind} before the one this citation stands in, but sentences stand before it in that paragraph: the conversion seems to have run paragraphs together, so the one meant cannot be told` };
  }
  // "ARTICULO PRIMERO. Apruébase el adjunto Código …" then "ART. 8.° Los miembros …", "ART. 9.° … el artículo anterior": articles of
  // a text set out in this one, their labels run in at their lines' starts, which the structure does not read as units
  const setOut = own && backwards && (kind === 'article' || kind === 'section') ? SET_OUT_LABEL.exec(model.text.slice(own.labelSpan.end, span.start)) : null;
  if (setOut) return { status: 'external', span, reason: `there is no ${kind} before this one, but labels of other ${kind}s stand at lines' starts in its text ("${setOut[1]}"): the ${kind} meant is most likely one of those, set out in this text, and cannot be checked` };
  // "… el siguiente inciso segundo, nuevo, …: "Lo dispuesto en el inciso anterior será aplicable …"" (an amendment's new words, quoted
  // in its sentence): the amended text's unit
  // "14. The funds required to carry out the preceding section …" in "## FIRST SCHEDULE. CAVAN COUNTY SCHEME" (a scheme or rules
  // set out in a schedule, numbered as paragraphs): the schedule's provisions are the sections or rules meant
  const inSchedule = (kind === 'section' || kind === 'article') ? ancestorOfKind(context, 'schedule') ?? ancestorOfKind(context, 'annex') : undefined;
  const scheduled = inSchedule ? descendantsOf(inSchedule) : [];
  if (inSchedule && !scheduled.some((unit) => unit.kind === kind) && scheduled.some((unit) => unit.headingDepth === 0 && unit.number !== undefined)) {
    return { status: 'external', span, reason: `${unitName(inSchedule)} shows no ${kind}s: its provisions are numbered as paragraphs, and the ${backwards ? 'preceding' : 'following'} ${kind} is most likely one of those, and cannot be checked` };
  }
  if (own && (insideQuotedWords(model, span.start) || straightQuoteOpenedAfterColon(model.text.slice(Math.max(model.lines.lineAround(span.start).start, span.start - 300), span.start)))) return { status: 'external', span, reason: `there is no ${backwards ? 'preceding' : 'following'} ${kind} here, and the citation stands in quoted words (an amendment's new wording): it is most likely the amended text's` };
  if (own) return { status: 'unresolved', documentId: model.id, span, reason: `there is no ${backwards ? 'preceding' : 'following'} ${kind} here` };
  // Say less rather than guess: the structure does not show which unit is meant.
  return { status: 'external', span, reason: `which ${kind} is meant cannot be told from the structure here` };
}

/**
 * "subsection (b) of that section", where the same sentence named the section just before ("under
 * section 6502 of this title, … described in subsection (b) of that section"): the path is read in the
 * unit that earlier citation resolved to. Only a citation of exactly that kind, in the same paragraph
 * and sentence, is taken; otherwise undefined (the citation stays another instrument's, saying less).
 */
function namedJustBefore(model: DocumentModel, reference: DocumentReference, kind: RefUnitKind, lookup: DocumentLookup): ResolvedReference | undefined {
  const earlier = model.references[reference.index - 1];
  if (!earlier) return undefined;
  const between = model.text.slice(earlier.span.end, reference.span.start);
  if (between.length > 400 || /\n\s*\n|[.;:]\s/.test(between)) return undefined;
  return withinUnitCited(model, reference, earlier, kind, 'named just before', lookup);
}

/**
 * "subsection (1) of the said section 435": the unit the anaphoric words name by its number, the next citation; the
 * citation is of a part of it, wherever that one is found (or of what it is, another instrument's).
 */
function namedRightAfter(model: DocumentModel, reference: DocumentReference, kind: RefUnitKind, lookup: DocumentLookup): ResolvedReference | undefined {
  const next = model.references[reference.index + 1];
  if (!next || next.anchor.kind !== 'none' || next.targets.length !== 1) return undefined;
  const between = model.text.slice(reference.span.end, next.span.start);
  // "of the said " and the unit's word start the next citation
  if (between.length > 24 || !/^\s*(?:of|in|under|to)\s+(?:the\s+)?(?:said|aforesaid|same)\s*$/i.test(between)) return undefined;
  if (next.targets[0].path[0]?.kind !== kind) return undefined;
  // "section 21 of the Finance Act, 1935 … in sub-section (1) of the said section 21": "said" points back to the section 21
  // cited before with its instrument, not to this Act's
  const earlier = citedBeforeWithInstrument(model, next, kind);
  if (earlier) {
    const reason = `"${reference.text}" is of "the said ${next.text}", cited before as "${earlier.text}": another instrument's`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  const after = resolveReference(model, next, lookup);
  if (after.targets.length === 1 && after.targets[0].status === 'external') {
    const reason = `"${reference.text}" is of "the said ${next.text}": ${after.targets[0].reason ?? 'another instrument\'s'}`;
    return { reference, targets: reference.targets.map((cited) => ({ status: 'external', span: lastSpan(cited), reason })), status: 'external' };
  }
  return withinUnitCited(model, reference, next, kind, 'named next', lookup);
}

/**
 * The citation just before `said` that names the same unit, by kind and number, with an instrument ("Sub-sections (2) (3) and
 * (4) of section 32 of the Principal Act" before "the said sub-section (4)"); undefined when the nearest citation of that unit
 * names none (then "said" points to this document's own).
 */
function citedBeforeWithInstrument(model: DocumentModel, said: DocumentReference, kind: RefUnitKind): DocumentReference | undefined {
  const number = said.targets[0].path[0]?.number;
  if (number === undefined) return undefined;
  const names = (steps: RefStep[] | undefined) => !!steps?.some((step) => step.kind === kind && numbersMatch(step.number, number));
  const earlier = citedJustBefore(model, said, (target) => names(target.path) || names(target.through))?.earlier;
  return earlier?.anchor.kind === 'instrument' ? earlier : undefined;
}

/** The targets of `reference` looked for inside the one unit `other` cites ("that section" is it). */
function withinUnitCited(model: DocumentModel, reference: DocumentReference, other: DocumentReference, kind: RefUnitKind, where: string, lookup: DocumentLookup): ResolvedReference | undefined {
  if (other.targets.length !== 1 || reference.targets.length === 0) return undefined;
  const earlier = other;
  const path = earlier.targets[0].path;
  if (path[path.length - 1]?.kind !== kind) return undefined;
  const before = resolveReference(model, earlier, lookup);
  const target = before.targets[0];
  if (before.targets.length !== 1 || target.status !== 'resolved' || !target.unitId || !target.uri) return undefined;
  const doc = lookup.get(target.uri);
  const base = doc?.unitsById.get(target.unitId);
  if (!doc || !base) return undefined;
  const targets = reference.targets.map((cited): ResolvedTarget => {
    const span = lastSpan(cited);
    const found = resolvePath(doc, cited.path, base, undefined, doc === model);
    if (found.unit) return resolvedTarget(doc, found.unit, span);
    return { status: 'unresolved', documentId: doc.id, span, reason: `"that ${kind}" is ${unitName(base)}, ${where}: ${found.reason ?? `it has no ${describe(cited.path)}`}`,
      existing: found.existing?.map((unit) => ({ uri: doc.uri, unitId: unit.id })), ...(found.partial ? { uri: doc.uri, partialUnitId: found.partial.id } : {}) };
  });
  const status: ResolutionStatus = targets.some((t) => t.status === 'unresolved') ? 'unresolved' : 'resolved';
  return { reference, targets, status };
}

/**
 * "subsection 7(2)", "paragraph 13(1)(c)" (Commonwealth drafting): the bare number is the section's,
 * the parenthesised ones the subsection's and paragraph's, so the path is read from section 7. Tried
 * only where the path read as written is not found ("paragraph 2(a)" of a treaty article stays as it is).
 */
function sectionNumberFirst(model: DocumentModel, path: RefStep[]): RefStep[] | undefined {
  let [head, ...rest] = path;
  if (!head || !rest.length || !['subsection', 'paragraph', 'subparagraph'].includes(head.kind) || !/^\d+[a-z]{0,3}$/i.test(head.number)) return undefined;
  // "subsection 342.1(2)": the section is numbered in decimals (Canada, Australia).
  if (rest.length > 1 && rest[0].kind === 'unspecified' && /^\d+[a-z]?$/.test(rest[0].number) && rest[0].span.start === head.span.end + 1 && model.text[head.span.end] === '.') {
    head = { ...head, number: `${head.number}.${rest[0].number}`, span: { start: head.span.start, end: rest[0].span.end } };
    rest = rest.slice(1);
  }
  const bracketed = (step: RefStep) => model.text[step.span.start] === '(' || model.text[step.span.start - 1] === '(';
  if (bracketed(head) || !rest.every(bracketed)) return undefined;
  return [{ ...head, kind: 'section' }, ...rest];
}

/**
 * When every annex or schedule heading before `offset` (at least one) holds nothing but headings, and `offset` stands after the
 * first: their labels ("Anhang I–VII"); undefined otherwise. Read once per document version.
 */
function annexesWithoutText(model: DocumentModel, offset: number): string | undefined {
  const annexes = emptyAnnexes(model);
  return annexes && annexes.start < offset ? annexes.labels : undefined;
}

const emptyAnnexes = oncePerVersion((model: DocumentModel): { start: number; labels: string } | undefined => {
  const annexes = model.units.filter((unit) => (unit.kind === 'annex' || unit.kind === 'schedule') && unit.headingDepth > 0);
  if (!annexes.length) return undefined;
  for (const annex of annexes) {
    const lineEnd = model.text.indexOf('\n', annex.labelSpan.end);
    const body = lineEnd < 0 || lineEnd >= annex.span.end ? '' : model.text.slice(lineEnd, annex.span.end);
    if (body.split('\n').some((line) => line.trim() && !/^ {0,3}#/.test(line))) return undefined;
  }
  const first = annexes[0].label.trim();
  const last = annexes[annexes.length - 1].label.trim();
  return { start: annexes[0].span.start, labels: annexes.length === 1 ? first : `${first} to ${last}` };
});

/**
 * The unit above `context` of the kind a heading gives the noun a "this" citation is written with, where that kind differs from the
 * citation's: German "dieses Abschnittes" cites a section, but "#### 4. Abschnitt" heads a division.
 */
function headedByWrittenNoun(model: DocumentModel, context: Unit, anchor: { unit: RefUnitKind | 'document'; span: Span }): Unit | undefined {
  const noun = /\p{L}+$/u.exec(model.text.slice(anchor.span.start, anchor.span.end).trim())?.[0];
  if (!noun) return undefined;
  const kind = headingWordOrPlural(noun) ?? headingWordOrPlural(noun.replace(/e?s$/u, ''));
  return kind && kind !== anchor.unit && kind !== 'document' ? ancestorOfKind(context, kind as RefUnitKind) : undefined;
}

/** How far back in its sentence a "this" citation looks for the unit of its kind cited before it. */
const SENTENCE_REACH = 300;

/**
 * The citation before `reference` in the same sentence (no full stop, semicolon or blank line between, within SENTENCE_REACH
 * characters) that cites a unit of `kind` of this document by its number, if one does.
 */
function unitCitedBeforeInSentence(model: DocumentModel, reference: DocumentReference, kind: RefUnitKind): DocumentReference | undefined {
  // ("in Art. 4 werden in Satz 1 der Ausdruck … ersetzt": a sentence named alone is of the article or paragraph cited before it)
  const sentence = SENTENCE_WORD.test(reference.text);
  for (let at = reference.index - 1; at >= 0; at--) {
    const before = model.references[at];
    if (reference.span.start - before.span.end > SENTENCE_REACH || /[.;]\s|\n[ \t]*\n/.test(model.text.slice(before.span.end, reference.span.start))) return undefined;
    const cited = before.targets.length === 1 ? before.targets[0].path : [];
    if (before.anchor.kind === 'none' && cited.length >= 1 && (sentence ? isCitableKind(cited[0].kind) : cited.length === 1 && cited[0].kind === kind)) return before;
  }
  return undefined;
}

/** A citation that opens with a sentence's noun ("Satz 1", "periodo 2"), which names no unit of the structure. */
const SENTENCE_WORD = new RegExp(`^(?:${[...new Set(LANGUAGE_TABLES.flatMap((table) => Object.entries(table.units).filter(([, unit]) => unit.sentence).map(([word]) => word)))].join('|')})(?!\\p{L})`, 'iu');

function single(reference: DocumentReference, target: ResolvedTarget): ResolvedReference {
  return { reference, targets: [target], status: target.status };
}

function resolvedTarget(doc: DocumentModel, unit: Unit, span: Span): ResolvedTarget {
  return { status: 'resolved', documentId: doc.id, uri: doc.uri, unitId: unit.id, span };
}

function isExcerpt(model: DocumentModel): boolean {
  const gaps = model.frontMatter.raw.gaps;
  return (Array.isArray(gaps) && gaps.length > 0) || model.gaps.length > 0 || isLoneUnitFile(model);
}

/**
 * A file holding one article or section of a larger whole: a lone unit file, or one whose single
 * article is not the first ("Статья 684" of a tax code, with the converter's own front matter).
 */
function holdsOnePieceOfWhole(model: DocumentModel): boolean {
  if (isLoneUnitFile(model)) return true;
  const citable = model.units.filter((unit) => unit.headingDepth > 0 && unit.citable);
  const digits = citable.length === 1 ? /^\d+/.exec(citable[0].number ?? '') : null;
  return !!digits && Number(digits[0]) > 1;
}

/**
 * A file holding one article or section and nothing else, without front matter ("Article 555.md"
 * of a code kept one article per file): a piece of a larger whole, whose other articles, sections
 * and groupings are elsewhere.
 */
function isLoneUnitFile(model: DocumentModel): boolean {
  return !model.frontMatter.span && holdsOneUnit(model);
}

/** Once per document version: a document of 10,000 list items under one article asks for every citation. */
const holdsOneUnit = oncePerVersion((model) => {
  let citable = 0;
  for (const unit of model.units) if (unit.headingDepth > 0 && unit.citable && ++citable > 1) break;
  return citable === 1;
});

/**
 * Whether `offset` stands in the recitals: before the document's first article or section, after a line that opens a
 * recital ("Que,", "CONSIDERANDO", "Considerando:", "VISTO", "Whereas", "Considérant", "Vu").
 */
function inRecitals(model: DocumentModel, offset: number): boolean {
  const recitals = recitalsOf(model);
  if (offset > recitals.start && offset < recitals.end) return true;
  // "gestützt auf das Abkommen …, insbesondere auf Art. 98," in a text that sets out several acts, each with its recitals
  // (Liechtenstein's EEA decisions): a line that opens as a recital is one wherever it stands
  const lineStart = model.lines.lineAround(offset).start;
  return RECITAL_LINE.test(model.text.slice(lineStart, Math.min(offset, lineStart + 40)));
}

// "Vista la Llei 16/2017 …", "Atès que …" (Catalan recitals), and the explanatory statement a Spanish or Catalan text opens with
// ("### Exposició de motius": "L’article 24 d’aquesta mateixa Llei estableix …", of the law it discusses)
// "Visti gli articoli 76 e 87 della Costituzione", "Visto il regolamento …, ed in particolare l'articolo 13;", "Considerato che …" (Italy)
const RECITAL_OPENER = /(?:^|\n)[ \t>*_#]*(?:Que,|QUE,|CONSIDERANDO|Considerando|VISTOS?\b|Visto[s:,]|Vista? |Vist[oie] |Considerat[oa] |Atès |WHEREAS|Whereas|CONSIDÉRANT|Considérant|Vu |VU |[Gg]estützt auf |In Erwägung|[Hh]aving regard to |Exposici[óo] de motiu|EXPOSICI[ÓO] DE MOTIU)/;
/** The recitals that cite what they rest on: "gestützt auf", "having regard to", "Vu", "Visto". */
const RECITAL_LINE = /^[ \t>*_]*(?:[Gg]estützt auf |[Hh]aving regard to |Vu |VU |VISTOS?\b|Visto[s:,] |Vista? |Vist[oie] )/;

/** Whether `offset` stands in a footnote's text: its line opens with "[^label]:", or continues one indented (a few lines up at most). */
function inFootnoteText(model: DocumentModel, offset: number): boolean {
  const text = model.text;
  let lineStart = model.lines.lineAround(offset).start;
  for (let lines = 0; lines < 8; lines++) {
    const head = text.slice(lineStart, lineStart + 110);
    if (FOOTNOTE_LINE.test(head)) return true;
    if (lineStart === 0 || !/^(?: {2,}|\t)\S/.test(head)) return false;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return false;
}

const FOOTNOTE_LINE = /^ {0,3}\[\^[^\]\s]{1,100}\]:/;

/** A constitution's name in the languages of the tables: "esta Constitución", "this Constitution", "dieser Verfassung". */
const CONSTITUTION = /constitu[cţtș]|verfassung|grundgesetz|grondwet|costituzion/i;

/** Once per document version: from its first recital to its first article or section. */
const recitalsOf = oncePerVersion((model) => {
  let first = model.text.length;
  for (const unit of model.units) if (unit.citable) { first = unit.span.start; break; }
  const opener = RECITAL_OPENER.exec(model.text.slice(0, first));
  return { start: opener ? opener.index : first, end: first };
});

function isCitableKind(kind: RefUnitKind | undefined): boolean {
  return !!kind && CITABLE_OR_GROUPING.has(kind);
}

/**
 * "In this article, “apparatus” has …" in a UK order whose converter headed each article "Section 4) **…**"
 * (legislation.gov.uk as i-dot-ai/lex gives every provision): a document with no unit of the word's kind at all calls
 * its provisions by one word and its converter by another; the citable provision around is the one meant.
 */
function provisionUnderAnotherWord(model: DocumentModel, context: Unit | undefined, kind: RefUnitKind): Unit | undefined {
  // Only "article": a section is a grouping of articles as often ("presente sezione" of an Italian law, Section 1 of a treaty's chapter)
  if (kind !== 'article') return undefined;
  let section = context;
  while (section && !(section.citable && section.headingDepth > 0 && section.kind === 'section')) section = section.parent;
  // the document's articles are listed once per document (headingsOfKind), not scanned for each citation
  return section && headingsOfKind(model, 'article').length === 0 ? section : undefined;
}

function ancestorOfKind(unit: Unit | undefined, kind: RefUnitKind | UnitKind): Unit | undefined {
  for (let current = unit; current; current = current.parent) {
    if (current.kind === kind) return current;
  }
  // "deze Afdeling", "cette section": a section of a treaty is a division of chapters elsewhere.
  // "este Párrafo" under "#### § IX. Cohecho." (Chile's and Spain's codes call their "§" divisions párrafos); "este inciso"
  // (Chile: the article's unnumbered paragraph it stands in)
  const alike: Partial<Record<string, UnitKind[]>> = { section: ['division'], division: ['section'], point: ['item', 'paragraph', 'subparagraph', 'clause'], item: ['clause'], clause: ['item'], paragraph: ['alinea', 'section'], subparagraph: ['alinea'], alinea: ['paragraph'] };
  for (const other of alike[kind] ?? []) {
    for (let current = unit; current; current = current.parent) if (current.kind === other) return current;
  }
  // "this subsection" in "(1) Except as … (c) … this subsection" (18 U.S.C. § 2511): the first
  // numbered level of a section is its subsections, whatever its markers.
  if (kind === 'subsection') {
    for (let current = unit; current; current = current.parent) if (current.headingDepth === 0 && current.parent?.citable) return current;
  }
  return undefined;
}

export function describe(path: RefStep[]): string {
  return path.map((step) => (step.kind === 'unspecified' ? `(${step.number})` : `${step.kind} ${step.number}`)).join(', ');
}

function unitName(unit: Unit): string {
  if (unit.kind === 'document') return 'the document';
  return `${unit.kind} ${unit.number ?? ''}`.trim();
}

/**
 * "Article 24(1a)" where the converter nested the inserted paragraph "- (1a) …" under paragraph "1." before it (a
 * consolidated EU act): a number inserted after N ("1a", "4b") found among the parts of the child numbered N.
 */
function insertedUnderPrevious(unit: Unit, step: RefStep): Unit | undefined {
  const inserted = /^(\d+)[a-z]{1,2}$/.exec(step.number);
  if (!inserted) return undefined;
  const previous = firstChildNumbered(unit, inserted[1], (child) => child.kind !== 'alinea' && child.number === inserted[1]);
  return previous?.children.find((child) => child.number === step.number);
}

/**
 * The first child of `unit` that a step names. Strict first (same kind, same case: US "(B)" is not
 * "(b)"), then lenient (any inner kind, any case), so that treaty citations such as
 * "paragraph 1.B" still find "b.".
 */
function childMatching(unit: Unit, step: RefStep, strictness: 0 | 1 | 2 = 2): Unit | undefined {
  if (step.kind === 'alinea') {
    // "alinéa 2": the second unnumbered paragraph; where an article has none, its numbered ones.
    const alinea = alineasNumbered(unit, normaliseNumber(step.number))[0];
    if (alinea || strictness < 2) return alinea;
    // never an item: Chinese "第二款" of an article with one paragraph and its items "（一）" "（二）" is no item 2
    const numbered = firstChildNumbered(unit, step.number, (child) => child.kind !== 'alinea' && numbersMatch(step.number, child.number) && kindsCompatible(step.kind, child.kind));
    return numbered && numbered.kind !== 'item' && numbered.kind !== 'clause' ? numbered : undefined;
  }
  if (unit.kind === 'alinea' && unit.parent && (step.kind === 'point' || step.kind === 'unspecified' || step.kind === 'item' || step.kind === 'subparagraph')) {
    // "alinéa 1 point 1": the numbered points that follow an introductory paragraph are its points.
    // ("incisos a), b), c), e) o f) del cuarto párrafo del artículo 119", Argentina's Penal Code: the incisos after its fourth)
    const matches: ChildTest = (child) => numbersMatch(step.number, child.number);
    return firstChildNumbered(unit, step.number, matches) ?? firstFollowingNumbered(unit, step.number, matches);
  }
  // Alinéas are counted, not numbered: only "alinéa 2" / "paragraph 2" (fallback below) names one, never "onder 1°" or "(1)".
  // A capital roman numeral names a part written in roman ("au 2 du I"), not the point "1" inside it.
  const exactCase: ChildTest = (child) => child.kind !== 'alinea' && (child.number === step.number || (child.number !== undefined && /^\d/.test(child.number) && !/^[IVXLC]+$/.test(step.number) && numbersMatch(step.number, child.number)));
  // Only the children whose number can match are tested (an index built once per unit).
  const strict = firstChildNumbered(unit, step.number, (child) => exactCase(child) && (step.kind === 'unspecified' || step.kind === child.kind || (step.kind === 'point' && child.headingDepth === 0)));
  if (strict || strictness === 0) return strict;
  const sameCase = firstChildNumbered(unit, step.number, (child) => exactCase(child) && (step.kind === 'unspecified' || kindsCompatible(step.kind, child.kind)));
  if (sameCase || strictness === 1) return sameCase;
  const lenient = firstChildNumbered(unit, step.number, (child) => child.kind !== 'alinea' && numbersMatch(step.number, child.number) && (step.kind === 'unspecified' || kindsCompatible(step.kind, child.kind)));
  if (lenient) return lenient;
  const listed = /^\d/.test(step.number) ? undefined : listItemByPosition(unit, step.number);
  if (listed && (step.kind === 'unspecified' || kindsCompatible(step.kind, listed.kind))) return listed;
  // French and Belgian law count unnumbered paragraphs: "alinéa 2" is the second paragraph.
  if (step.kind === 'paragraph' || step.kind === 'subparagraph') {
    const alinea = alineasNumbered(unit, normaliseNumber(step.number))[0];
    if (alinea) return alinea;
  }
  return misreadOne(unit, step);
}

/**
 * "section 17(l)(a)", "paragraph (l)(c)", "di cui al comma l.": a PDF's "1" read as the letter "l", where the unit
 * numbers its parts 1, 2, 3 and letters none of them k, l or m: the part numbered 1.
 */
function misreadOne(unit: Unit, step: RefStep): Unit | undefined {
  // never a unit named by a letter ("lettera l)", "inciso l)": Italian and Spanish letters run h, i, l, m)
  if (step.number !== 'l' || !(step.kind === 'paragraph' || step.kind === 'subsection' || step.kind === 'unspecified')) return undefined;
  const one = firstChildNumbered(unit, '1', (child) => child.number === '1');
  if (!one || unit.children.some((child) => child.number === 'k' || child.number === 'l' || child.number === 'm')) return undefined;
  return one;
}

function kindsCompatible(cited: RefUnitKind, actual: UnitKind): boolean {
  if (cited === actual) return true;
  const inner = ['subsection', 'paragraph', 'subparagraph', 'clause', 'item', 'point', 'alinea'];
  // a part cited inside an article ("части 2 статьи 7", tables.ts RU ranks) is its numbered paragraph
  return (inner.includes(cited) || cited === 'part') && inner.includes(actual);
}


function findTopLevel(doc: DocumentModel, step: RefStep): Unit | undefined {
  let fallback: Unit | undefined;
  const normal = normaliseNumber(step.number);
  const roman = romanValue(normal);
  const candidates = [...(headingsByNumber(doc).get(normal) ?? []), ...(roman !== undefined ? headingsByNumber(doc).get(String(roman)) ?? [] : [])];
  // The number as written before its roman or arabic twin: "artículo 2" is "Artículo 2", not the preamble's part "II"
  // that comes first in the text.
  const spelled = (unit: Unit) => (unit.number !== undefined && normaliseNumber(unit.number) === normal ? 0 : 1);
  candidates.sort((a, b) => spelled(a) - spelled(b) || a.span.start - b.span.start);
  for (const unit of candidates) {
    // "section 130" under "### 129 and 130": the heading holds it.
    if (!numbersMatch(step.number, unit.number) && !moreNumbersHeld(unit).includes(Number(normal))) continue;
    if (unit.kind === step.kind) return unit;
    // "section 3" in a law whose bare-numbered headings became sections, "article 3" likewise;
    // but a law that numbers its provisions "§ 28" cites another instrument's "Artikel 28".
    // (in Czech "§ 3" is never "Čl. III": an amending act's article is no section of the act it amends)
    if (!fallback && unit.citable && ((step.kind === 'section' && (isParagraphSign(unit) || !sectionsBySignOnly(doc))) || (step.kind === 'article' && !isParagraphSign(unit)))) fallback = unit;
  }
  return fallback;
}

/**
 * "au chapitre IV du titre II" in a code whose every book has a title II (Légifrance's codes): of the groupings of that kind and
 * number, the one nearest the citation, whose closest common holder with it is deepest (ties: the first). Undefined where there
 * are not two such groupings.
 */
function nearestGrouping(doc: DocumentModel, step: RefStep, context: Unit): Unit | undefined {
  return groupingsByNearness(doc, step, context)[0];
}

/** The groupings of a step's kind and number, nearest the citation first (none where there are not two, or too many). */
function groupingsByNearness(doc: DocumentModel, step: RefStep, context: Unit): Unit[] {
  if (!GROUPING_KINDS.has(step.kind)) return [];
  const normal = normaliseNumber(step.number);
  const roman = romanValue(normal);
  const candidates = [...(headingsByNumber(doc).get(normal) ?? []), ...(roman !== undefined ? headingsByNumber(doc).get(String(roman)) ?? [] : [])]
    .filter((unit) => unit.kind === step.kind && numbersMatch(step.number, unit.number));
  // (a document of thousands of "Chapter 1" headings keeps the first, as before: each citation looks at a bounded few)
  if (candidates.length < 2 || candidates.length > MAX_NEAREST_CANDIDATES) return [];
  const depthOf = new Map<Unit, number>();
  let depth = 0;
  for (let unit: Unit | undefined = context; unit; unit = unit.parent) depthOf.set(unit, depth++);
  const distance = (candidate: Unit): number => {
    let holder = candidate.parent;
    while (holder && !depthOf.has(holder)) holder = holder.parent;
    return holder ? depthOf.get(holder)! : Infinity;
  };
  const distances = new Map(candidates.map((candidate) => [candidate, distance(candidate)]));
  return candidates.sort((a, b) => distances.get(a)! - distances.get(b)! || a.span.start - b.span.start);
}

const MAX_NEAREST_CANDIDATES = 256;

/** A table's rule or row: box-drawing characters, a markdown table's delimiter row, an HTML table. */
const TABLE_IN_TEXT = /[┌├│]|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/mu;
/** How much of a unit's text is looked through for a table. */
const TABLE_REACH = 20000;

/** Whether the text of a unit (its span) holds a table. */
function holdsTable(text: string, span: Span): boolean {
  const own = text.slice(span.start, Math.min(span.end, span.start + TABLE_REACH));
  return TABLE_IN_TEXT.test(own) || own.includes('<table');
}

interface PathResult {
  unit?: Unit;
  reason?: string;
  existing?: Unit[];
  /** When the path was found only in part: the deepest unit found. */
  partial?: Unit;
}

/**
 * "section 342.1": the grammar reads section 342 and its "1" (as in "article 7.2"), but where the
 * document numbers its sections in decimals (Canada's and Australia's criminal codes) and has a
 * section 342.1, that is the one cited.
 */
function decimalNumbered(doc: DocumentModel, path: RefStep[]): { unit: Unit | undefined; step: RefStep } | undefined {
  if (path.length < 2 || path[1].kind !== 'unspecified' || !/^\d+[a-z]?$/.test(path[1].number) || path[1].span.start !== path[0].span.end + 1) return undefined;
  const step: RefStep = { ...path[0], number: `${path[0].number}.${path[1].number}`, span: { start: path[0].span.start, end: path[1].span.end } };
  const unit = findTopLevel(doc, step);
  if (unit && unit.number === normaliseNumber(step.number)) return { unit, step };
  // Where every unit of the kind is numbered in decimals, "section 342.3" is missing as a whole.
  const ofKind = headingsOfKind(doc, step.kind);
  return ofKind.length && ofKind.every((other) => other.number?.includes('.')) ? { unit: undefined, step } : undefined;
}

/** How many later versions of a unit given twice are looked into (a document of duplicates stays linear). */
const MAX_LATER_VERSIONS = 8;

function resolvePath(doc: DocumentModel, path: RefStep[], base: Unit | undefined, context: Unit | undefined, sameDocument: boolean): PathResult {
  const result = resolvePathFrom(doc, path, base, context, sameDocument, undefined);
  if (result.unit || path.length < 2 || base || !isCitableKind(path[0].kind)) return result;
  // "el artículo 2.6.12.1.2 del presente decreto" where the decree numbers its articles so ("**Artículo 2.6.12.1.2.**"): the
  // dotted number is the article's, not a path into article 2 (the longest such number the document has, then the rest)
  const dotted = dottedArticle(doc, path);
  if (dotted) return dotted.rest.length ? resolvePathFrom(doc, dotted.rest, dotted.unit, context, sameDocument, undefined) : { unit: dotted.unit };
  // "chapitres Ier à IV du titre Ier" where the nearest title I has no chapters: the next nearest that holds the whole path
  if (sameDocument && context) {
    for (const other of groupingsByNearness(doc, path[0], context).slice(1, 1 + MAX_LATER_VERSIONS)) {
      const found = resolvePathFrom(doc, path, base, context, sameDocument, other);
      if (found.unit) return found;
    }
  }
  // "numeral 6) del artículo 36" where a code gives article 36 twice, as first enacted and then as
  // amended ("Texto modificado …, cuyo texto es el siguiente:"), or a decree's own articles come before
  // those of the text it approves: the path may be in a later unit of that number only. Articles and
  // sections anywhere; a grouping only beside the first ("Derde Titel" of another book is another's).
  const first = findTopLevel(doc, path[0]);
  if (!first) return result;
  const anywhere = first.kind === 'article' || first.kind === 'section';
  const versions = (headingsByNumber(doc).get(normaliseNumber(path[0].number)) ?? []).filter((unit) => unit !== first && (anywhere || unit.parent === first.parent) && unit.kind === first.kind && unit.number === first.number && unit.span.start > first.span.start);
  for (const version of versions.sort((a, b) => a.span.start - b.span.start).slice(0, MAX_LATER_VERSIONS)) {
    const found = resolvePathFrom(doc, path, base, context, sameDocument, version);
    if (found.unit) return found;
  }
  return result;
}

/** The label of a document's one article when it is named so ("Artículo único", "Artigo único"), or undefined. */
function soleArticleNamedSo(model: DocumentModel): string | undefined {
  const articles = headingsOfKind(model, 'article');
  return articles.length === 1 && /[úu]nic[oa]/iu.test(articles[0].label) ? articles[0].label.trim() : undefined;
}

/** How many parts of a dotted number open the path ("artículo 2.6.12.1.5": 5), 1 when its number is not dotted. */
function dottedParts(path: RefStep[]): number {
  let dots = 1;
  while (dots < path.length && path[dots].kind === 'unspecified' && /^\d+$/.test(path[dots].number) && path[dots].span.start === path[dots - 1].span.end + 1) dots++;
  return dots;
}

/**
 * "el artículo 2.6.11.1.15 de este decreto" in a decree that sets out articles 2.6.12.1.1 to 2.6.12.1.22 of the compiled decree it
 * amends: a number of three parts or more, in a document whose articles are so numbered, names one of the compiled whole's
 * articles that this text does not set out (its label, when the document holds none of that number).
 */
function dottedNumberElsewhere(doc: DocumentModel, path: RefStep[]): string | undefined {
  if (!isCitableKind(path[0]?.kind) || dottedParts(path) < 3) return undefined;
  // (looked for once per document version and kind: a decree citing a thousand such articles reads its units once)
  let known = dottedLabels.get(doc);
  if (!known) dottedLabels.set(doc, (known = new Map()));
  let label = known.get(path[0].kind);
  if (label === undefined) {
    label = doc.units.find((unit) => unit.headingDepth > 0 && unit.kind === path[0].kind && /^\d+\.\d+\.\d+/.test(unit.number ?? ''))?.label ?? null;
    known.set(path[0].kind, label);
  }
  return label ?? undefined;
}

/** Per document version: the label of its first article (or section) numbered by three parts or more, or null. */
const dottedLabels = new WeakMap<DocumentModel, Map<string, string | null>>();

/** The article or section a dotted number names ("2.6.12.1.5" read as article 2, then 6, 12, 1, 5), and the path's rest after it. */
function dottedArticle(doc: DocumentModel, path: RefStep[]): { unit: Unit; rest: RefStep[] } | undefined {
  const dots = dottedParts(path);
  for (let k = dots; k >= 2; k--) {
    const number = path.slice(0, k).map((step) => step.number).join('.');
    const unit = findTopLevel(doc, { ...path[0], number });
    if (unit) return { unit, rest: path.slice(k) };
  }
  return undefined;
}

/**
 * "Paragraphe 3 : Dispositions spéciales à l'importation.", "Section 6 : Livraisons surveillées.": a citation that opens
 * its line, then a colon and a short capitalised title that ends the line: the heading of a division the converter left
 * as text. Read within the line, well inside what resolution reuse reads again around an edit.
 */
function headingWrittenAsText(model: DocumentModel, reference: DocumentReference): string | undefined {
  const text = model.text;
  let start = reference.span.start;
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(reference.span.end, lineEnd < 0 ? text.length : lineEnd);
  const single = reference.anchor.kind === 'none' && reference.targets.length === 1 && reference.targets[0].path.length === 1;
  if (start > 0 && text[start - 1] !== '\n') {
    // "Convenzione- art. 10", "Accordo - art. 4" alone on a line (Normattiva's label of each article of a treaty annexed to the
    // law that ratifies it, as legalize-it gives it): the instrument's name, a dash, the article's label
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!single || !/^\s*$/.test(rest) || start - lineStart > 60 || !ANNOUNCING_LINE.test(text.slice(lineStart, reference.span.end).trim())) return undefined;
    start = lineStart;
  }
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  // "Art. 2." alone on its line, the article's text after it (a converter wrote its label as a paragraph): a label
  const labelAlone = /^\s*[.:]?\s*$/.test(rest) && /^\p{Lu}/u.test(line) && single;
  // "Section 8 : Achat, gestion et vente d'immeubles … et par l'article L312-1 du code de la construction et de l'habitation."
  // (a code's grouping, its long title on the line): the label of a grouping and a colon open no sentence, however long
  const longGrouping = /^\p{Lu}/u.test(line) && reference.targets.length === 1 && reference.targets[0].path.length === 1 &&
    (GROUPING_KINDS.has(reference.targets[0].path[0].kind) || reference.targets[0].path[0].kind === 'section') && HEADING_AS_TEXT_START.test(rest);
  if (!longGrouping && (line.length > 160 || (!labelAlone && !HEADING_AS_TEXT.test(rest)))) return undefined;
  const trimmed = line.trim();
  return trimmed.length > 120 ? `${trimmed.slice(0, 100)}…` : trimmed;
}

const HEADING_AS_TEXT = /^\s*:\s+\p{Lu}[^\n:;]{0,140}$/u;
const HEADING_AS_TEXT_START = /^\s*:\s+\p{Lu}/u;

/**
 * Whether the citation at `span` is "Nr. 14" numbering something else than a part of a unit: an issue of a gazette, after
 * its abbreviation or a year ("LGBl. 1915 Nr. 14", "BGBl. I Nr. 5"), or a thing the noun before it names ("Beschluss Nr.
 * 106", "Verordnung (EWG) Nr. 2092/91", "die Parzellen Nr. 212, 213 und 214").
 */
/** Before "Nr. 14": a gazette's abbreviation or a year, and its part ("BGBl. I ", "LGBl. 1915 "). */
// (a no-break space after the abbreviation: "BGBl. Nr. 133" as RIS sets it)
// ("(GBl.\nI Nr. 17 S. 141)": a hard-wrapped paragraph's line may break after the abbreviation, bundestag/gesetze)
// ("BAnz. Nr. 82 vom 30. April 1958": the Bundesanzeiger, a gazette whose abbreviation ends in no "Bl.")
const GAZETTE_OR_YEAR_BEFORE = new RegExp(`(?:${GAZETTE_ABBREVIATION}|(?<![\\p{L}\\p{N}])BAnz\\.|(?<![\\p{L}\\p{N}.])(?:18|19|20)\\d\\d)[ \\t\\u00a0\\n]+(?:[IV]{1,3}[ \\t\\u00a0]+)?$`, 'u');

function numberOfAnotherThing(text: string, span: Span): 'gazette' | 'named' | undefined {
  // ("die Zollkontingente Nummer 20 und 21": German writes the word out)
  // ("BGBl\. Nr\. 133": a converter's escapes read as the marks they are)
  if (!/^(?:Nr\.|No\.|Nummer)[ \t\u00a0]?\d/u.test(withoutEscapes(text.slice(span.start, span.end)))) return undefined;
  const before = withoutEscapes(text.slice(Math.max(0, span.start - 40), span.start));
  if (GAZETTE_OR_YEAR_BEFORE.test(before)) return 'gazette';
  // ("die Kantonsstrasse von Veyrier (Nr. 25)": a road's number, in brackets after its name)
  // (the line may break before the number: "die Zollkontingente\nNummer 20 und 21")
  const noun = /(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}{2,})(?:[ \t]+\([\p{Lu}\p{N}/ ]{1,12}\))?(?:[ \t]+|[ \t]*\n[ \t]*)\(?$/u.exec(before);
  return noun && !unitWordSet().has(noun[1].toLowerCase()) ? 'named' : undefined;
}

/** Whether the document's citable units are all sections, no unit of it is an article, and it implements no treaty. */
/** Whether every citable heading is an article's and no unit is a section (an Order's articles); a treaty's sections are groupings, shown. */
function numbersOnlyArticles(model: DocumentModel): boolean {
  const citable = headingsOfKind(model, CITABLE_HEADINGS);
  return citable.length > 0 && citable.every((unit) => unit.kind === 'article') && !model.units.some((unit) => unit.kind === 'section');
}

/**
 * A part of a provision (no article or section) cited in a list item that opens by naming an instrument by its date or number
 * ("- kk) legge 15 maggio 1997, n. 127, limitatamente agli articoli: …"): that instrument's, external; undefined otherwise.
 */
function ofListItemInstrument(model: DocumentModel, reference: DocumentReference, path: RefStep[], span: Span): ResolvedTarget | undefined {
  if (isCitableKind(path[0]?.kind)) return undefined;
  const named = instrumentOpeningItem(model, reference);
  return named ? { status: 'external', span, reason: `${describe(path)} is not in the unit around it, and the list item it stands in opens by naming "${named}": it is most likely a unit of that instrument` } : undefined;
}

/** "articles I–IV" when the document's articles, two at least, are all numbered in roman numerals ("ARTIKEL I" to "ARTIKEL IV"). */
function romanArticles(model: DocumentModel): string | undefined {
  const articles = headingsOfKind(model, 'article');
  if (articles.length < 2 || !articles.every((unit) => /^[ivxlc]+$/i.test(unit.number ?? ''))) return undefined;
  return `articles ${articles[0].number!.toUpperCase()}–${articles[articles.length - 1].number!.toUpperCase()}`;
}

/** A term an amending Act defines for the Act it amends, in the words of the language tables: "the Principal Act". */
const PRINCIPAL_TERM = new RegExp(`^(?:${joined('principalInstrument')})$`, 'iu');

/** The term this document gives the instrument it amends ("the Principal Act", or a name given in the amending sentence), once per version. */
const principalTerm = oncePerVersion((model: DocumentModel): string | undefined => {
  // ("“Principal Act” means …": the term written without its article)
  const names = (term: string) => PRINCIPAL_TERM.test(term) || PRINCIPAL_TERM.test(`the ${term}`);
  return model.definitions.find((definition) => definition.style === NAMES_AMENDED_STYLE || names(definition.term.trim()))?.term.trim();
});

/**
 * "sections 1–52" when the document defines "the Principal Act" and its own sections, numbered in figures, all come before
 * `number` (whose leading figures are past the last), or none of them is lettered and `number` is ("section 7A" in an amending
 * Act of sections 1–19: inserted sections are the amended Act's); undefined otherwise.
 */
function principalActPast(model: DocumentModel, number: string): { range: string; lettered: boolean } | undefined {
  const wanted = /^\d+/.exec(number);
  if (!wanted || !principalTerm(model)) return undefined;
  const sections = headingsOfKind(model, 'section');
  const figures = (unit: Unit) => /^\d+/.exec(unit.number ?? '');
  if (sections.length === 0 || !figures(sections[sections.length - 1])) return undefined;
  const range = `${sections[0].number}–${sections[sections.length - 1].number}`;
  if (!sections.some((unit) => Number(figures(unit)?.[0] ?? 0) >= Number(wanted[0]))) return { range, lettered: false };
  const lettered = (written: string) => /^\d+[A-Za-z]{1,3}$/.test(written);
  return lettered(number) && !sections.some((unit) => lettered(unit.number ?? '')) ? { range, lettered: true } : undefined;
}

function numbersOnlySections(model: DocumentModel): boolean {
  // a law that implements a treaty cites the treaty's articles so: there a missing one is still reported
  if (model.frontMatter.implements.length > 0) return false;
  const citable = headingsOfKind(model, CITABLE_HEADINGS);
  return citable.length > 0 && citable.every((unit) => unit.kind === 'section') && !model.units.some((unit) => unit.kind === 'article');
}

/** The last unit with a heading that starts before `at` (the heading a reader last passed). */
function lastHeadingBefore(model: DocumentModel, at: number): Unit | undefined {
  // the units are in text order: the last that starts before `at`, then back to the nearest with a heading
  const units = model.units;
  for (let k = firstStartingFrom(units, at) - 1; k >= 0; k--) if (units[k].headingDepth > 0) return units[k];
  return undefined;
}

/** The grouping (chapter, part, title, book, division) that holds `unit`, or `unit` itself when it is one. */
function groupingAround(unit: Unit | undefined): Unit | undefined {
  for (let current = unit; current; current = current.parent) if (GROUPING_KINDS.has(current.kind) && current.headingDepth > 0) return current;
  return undefined;
}

function numbersSplitFile(model: DocumentModel, span: Span): boolean {
  const text = model.text;
  const lineStart = model.lines.lineAround(span.start).start;
  if (!/^[ \t]*$/.test(text.slice(lineStart, span.start))) return false;
  const lineEnd = text.indexOf('\n', span.end);
  const rest = /^[ \t]+of[ \t]+(\d{1,3})[ \t]*$/.exec(text.slice(span.end, lineEnd < 0 ? text.length : lineEnd));
  const own = /(\d{1,3})$/.exec(text.slice(span.start, span.end));
  return !!rest && !!own && Number(own[1]) <= Number(rest[1]);
}

/** The citation tables' unit words ("anhang", "ziffer"): a "Nr." after one of them is that unit's part. */
let unitWordsSeen: Set<string> | undefined;
function unitWordSet(): Set<string> {
  return (unitWordsSeen ??= new Set(unitWords().map((unit) => unit.word)));
}

/**
 * Whether the citation at `span` is a margin note a converter ran into the line's end ("… no excederán de Art. 25-B\nocho
 * horas …", the BCN's two columns joined): an abbreviated, capitalised label that ends its line mid-sentence, near
 * another line that ends with a margin note naming an amending act ("… transporte urbano L. 18.620").
 */
function marginNoteAtLineEnd(text: string, span: Span): boolean {
  // (its first line only: "… los artículos 163, 163 Art. 14\nbis, 168, 169, 170 y 171": the note, then "bis" of the text's "163 bis")
  const lineEnd = text.indexOf('\n', span.start);
  const end = lineEnd >= 0 && lineEnd < span.end ? lineEnd : span.end;
  if (!/^Art\.[ \t]?\d/.test(text.slice(span.start, end)) || !/^[ \t]*\n[ \t]*\p{Ll}/u.test(text.slice(end, end + 8))) return false;
  if (!/[\p{Ll}\d][ \t]$/u.test(text.slice(span.start - 2, span.start))) return false;
  const around = text.slice(Math.max(0, span.start - 400), Math.min(text.length, span.end + 400));
  return MARGIN_ACT.test(around);
}

/** A line ending with an amending act's number in a margin note: "L. 18.620", "Ley 19.250", "D.L. 3.500", "LEY 20.940". */
const MARGIN_ACT = /[ \t](?:L|Ley|LEY|D\.?L|DFL|D\.F\.L)\.?[ \t]?(?:N[º°][ \t]?)?\d{1,3}\.\d{3}[ \t]*$/m;

/**
 * Whether the citation at `span` is a unit's label run into a paragraph: it opens a sentence (after ". ", ": " or a line
 * break), its unit word is capitalised, and its number is closed by a full stop (or ".-") and a capitalised word.
 */
/**
 * Where the label of the unit numbered `number`, written with the word that opens `reference` ("art.", "Article"), is glued to
 * a capitalised word with no space ("Art. 2Accès illégalChaque …"): the words around it, or undefined. The labels so glued are
 * found once per document version.
 */
function gluedLabel(model: DocumentModel, reference: DocumentReference, number: string): string | undefined {
  const word = /^\p{L}{2,12}\.?/u.exec(reference.text)?.[0].toLowerCase();
  if (!word) return undefined;
  let labels = gluedLabels.get(model);
  if (!labels) {
    labels = new Map();
    const text = model.text;
    // (a digit glued to a capital first, a quick search; the label read back from each: a text of 20 MB in 10 ms)
    for (const glued of text.matchAll(DIGIT_BEFORE_CAPITAL)) {
      const end = glued.index + 1;
      const label = LABEL_ENDING_HERE.exec(text.slice(Math.max(0, end - 24), end));
      if (!label) continue;
      const start = end - label[0].length;
      const before = text[start - 1] ?? '';
      // the noun opens a word, or is glued to the small letters of the word before it ("informatiquesArt.")
      if (/[\p{L}\p{N}]/u.test(before) && !(/\p{Ll}/u.test(before) && /^\p{Lu}/u.test(label[1]))) continue;
      const key = `${label[1].toLowerCase()} ${label[2]}`;
      if (!labels.has(key)) labels.set(key, text.slice(Math.max(0, start - 20), end + 20).replace(/\s+/g, ' ').trim());
    }
    gluedLabels.set(model, labels);
  }
  return labels.get(`${word} ${number.toLowerCase()}`);
}

/** A digit and a capitalised word glued to it: where a glued label may end ("Art. 2Accès"). */
const DIGIT_BEFORE_CAPITAL = /\d(?=\p{Lu}\p{Ll})/gu;
/**
 * A unit's noun (or its abbreviation) and a number, ending where a capitalised word is glued to the number: "Art. 2", "Article 7",
 * the noun itself perhaps glued to the word before it ("… systèmes informatiquesArt. 2Accès illégal").
 */
const LABEL_ENDING_HERE = /((?:\p{Lu}?\p{Ll}{1,11}|\p{Lu}{2,12})\.?)[ \u00a0]?(\d{1,4}[a-z]?)$/u;
const gluedLabels = new WeakMap<DocumentModel, Map<string, string>>();

/** The land registry's word within a short reach of the citation ("manzana", "catastralmente", "circunscripción", "mensura"), or undefined. */
function landRegistryWordsAround(text: string, span: Span): string | undefined {
  const around = text.slice(Math.max(0, span.start - LAND_REGISTRY_REACH), Math.min(text.length, span.end + LAND_REGISTRY_REACH));
  return LAND_REGISTRY_WORDS.exec(around)?.[0];
}

/** How far from a citation the land registry's words are looked for. */
const LAND_REGISTRY_REACH = 80;
/** Words of a plot's description in Spanish and Portuguese (a block, a parcel, the cadastre, a survey). */
const LAND_REGISTRY_WORDS = /(?<![\p{L}])(?:manzana|catastral(?:mente)?|catastro|circunscripci[oó]n|parcela|mensura|quadra|lote\s+\d|matr[ií]cula\s+(?:catastral|inmobiliaria))(?![\p{L}])/iu;

/** The cited number as written, when it has a thousands' point and a date follows it ("14.100, de 29 de diciembre de 1972"). */
function lawNumberWithDate(text: string, path: readonly RefStep[]): string | undefined {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return undefined;
  const written = text.slice(first.span.start, last.span.end);
  if (!/^\d{1,3}\.\d{3}$/.test(written)) return undefined;
  return LAW_DATE_AFTER.test(text.slice(last.span.end, last.span.end + 60)) ? written : undefined;
}

/** ", de 29 de diciembre de 1972", ", de 9 de janeiro de 1969": a law's date after its number (Spanish, Portuguese). */
const LAW_DATE_AFTER = /^,?[ \t]*de[ \t]+\d{1,2}[º°]?[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|outubro|novembro|dezembro)\b/iu;

/** Whether the citation at `span` ends its paragraph, right after a footnote's bare number: "… erfolgt ist. 139 Art. 73". */
function labelClosingParagraph(text: string, span: Span): boolean {
  return /[^\p{L}\p{N}]\d{1,3}[ \t\u00a0]+$/u.test(text.slice(Math.max(0, span.start - 8), span.start)) && /^[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$)/.test(text.slice(span.end, span.end + 40));
}

function labelRunIntoText(model: DocumentModel, span: Span): boolean {
  const text = model.text;
  if (!/^\p{Lu}/u.test(text[span.start] ?? '')) return false;
  // "<sup>8</sup> Art. 7 Konzession und Bewilligung Das Recht …" (Fedlex's PDFs as converted): at a line's start, after a
  // footnote's superscript number or nothing, the label and a capitalised title with no separator between
  const lineStart = model.lines.lineAround(span.start).start;
  // ("<sup>35</sup> Art. 83 VII. Titel: Wahlmodus …": the heading of a title run in after the label)
  if (span.start - lineStart <= 20 && /^[ \t]*(?:<sup>\d{1,3}<\/sup>[ \t]*)?$/.test(text.slice(lineStart, span.start)) && /^[ \t](?:\p{Lu}\p{Ll}|[IVXLC]{1,6}\.[ \t]+\p{Lu}\p{Ll})/u.test(text.slice(span.end, span.end + 12))) return true;
  // "… ausgenommen. 111 Art. 61 Verwendung des Erfassungsgeräts Die …" (the same PDFs, paragraphs joined): after a sentence's
  // end and a footnote's number, the label and a capitalised title
  const afterNote = /[.;:!?]["”»)]?[ \t\u00a0]+\d{1,3}[ \t\u00a0]+$/.test(text.slice(Math.max(0, span.start - 12), span.start));
  if (afterNote && /^[ \t]\p{Lu}\p{Ll}/u.test(text.slice(span.end, span.end + 3))) return true;
  // "… ist das Kalenderjahr. 102 Zahlungsverzug Art. 50" then a blank line: the title, then the label, ending the paragraph
  // ("… dieser Bestimmungen. a Art. 3": a margin's note letter, then the label, its title lost)
  if (/^[ \t]*(?:\n[ \t]*\n|$)/.test(text.slice(span.end, span.end + 40)) &&
    (/[.;:!?]["”»)]?[ \t\u00a0]+\d{1,3}[ \t\u00a0]+\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,8}[ \t\u00a0]+$/u.test(text.slice(Math.max(0, span.start - 120), span.start)) ||
      /\p{Ll}[.;!?]["”»)]?[ \t\u00a0]+[a-z][ \t\u00a0]+$/u.test(text.slice(Math.max(0, span.start - 12), span.start)))) return true;
  // "a) Artículo 9º — La Dirección General estará …" (InfoLEG: an amended law's articles set out as a list's items): after a
  // marker at a line's start, the label, a dash and a capitalised sentence
  if (/(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})\)[ \t]+$/.test(text.slice(Math.max(0, span.start - 12), span.start)) &&
    /^[º°]?\.?[ \t\u00a0]*[-–—][ \t\u00a0]*\p{Lu}/u.test(text.slice(span.end, span.end + 8))) return true;
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  if (span.start > 0 && !/(?:[.:;]["”»)]?[ \t\u00a0]+|\n[ \t]*)$/.test(before)) return false;
  // "ARTICOLO 5: Considerato lo spirito …" (Normattiva: the articles of a treaty set out after the law that ratifies it): the
  // label in capitals, a colon, a capitalised sentence
  if (/^\p{Lu}{3,}[ \t\u00a0]/u.test(text.slice(span.start, span.end)) && /^:[ \t\u00a0]+\p{Lu}/u.test(text.slice(span.end, span.end + 4))) return true;
  // "Artículo 8”.. CAPACIDAD …", "Artículo 21”,- CONTESTACION …": an OCR's reading of "º.-" too
  return /^(?:[º°]?\.[-–—]?|[º°”"'*]{1,2}[.,:]{1,3}[-–—]?)[ \t\u00a0]+\p{Lu}/u.test(text.slice(span.end, span.end + 10));
}

/**
 * "Artikel 20 Abs. 4, 33, 38, 101, 103 und 104": a bare number listed after a part of an article or section, that the
 * unit's parts cannot be (more than twice as many as it has) and that numbers an article or section of this document,
 * is that article or section. Numbers within reach of its parts ("Abs. 4 und 5" of four paragraphs) stay its parts.
 */
function topLevelListedAfterPart(doc: DocumentModel, targets: readonly RefTarget[], index: number, partial: Unit): Unit | undefined {
  const cited = targets[index];
  const top = cited.path[0];
  const last = cited.path[cited.path.length - 1];
  if (index === 0 || cited.path.length < 2 || !isCitableKind(top.kind) || partial.kind !== top.kind) return undefined;
  // the prefix is the list's first item's ("Artikel 20"), inherited; the number stands alone ("33", not "Abs. 33")
  const previous = targets[index - 1].path;
  if (!previous[0] || previous[0].span.start !== top.span.start || top.span.end > last.span.start || !/^\d+$/.test(last.number) || doc.text.slice(last.span.start, last.span.end) !== last.number) return undefined;
  const parts = partial.children.filter((child) => child.headingDepth === 0).length;
  if (Number(last.number) <= 2 * parts) return undefined;
  // the item before it is a part that exists ("Abs. 4") or itself such an article ("33"): in "commi 8 e 9" of an article of
  // three paragraphs, both are missing paragraphs, and 9 is no article
  const before = previous.length >= 2 && resolvePath(doc, previous, undefined, undefined, true).unit;
  if (!before && !topLevelListedAfterPart(doc, targets, index - 1, partial)) return undefined;
  return resolvePath(doc, [{ kind: top.kind, number: last.number, span: last.span }], undefined, undefined, true).unit;
}

/** Whether the document holds an annex or a schedule with a number. */
function numberedAnnexIn(model: DocumentModel): boolean {
  return [...headingsOfKind(model, 'annex'), ...headingsOfKind(model, 'schedule')].some((unit) => unit.number !== undefined);
}

/** How a message names the document a unit is looked for in: "this document", or "the copy of <its short title> here". */
function whereHeld(doc: DocumentModel, model: DocumentModel): string {
  return doc === model ? 'this document' : `the copy of ${doc.frontMatter.shortTitle ?? doc.title} here`;
}

/** "articles", "annexes": a kind's plural in a message. */
function pluralOf(kind: string): string {
  return kind === 'annex' ? 'annexes' : `${kind}s`;
}

function resolvePathFrom(doc: DocumentModel, path: RefStep[], base: Unit | undefined, context: Unit | undefined, sameDocument: boolean, version: Unit | undefined): PathResult {
  if (path.length === 0) return { unit: base ?? doc.root };
  let current: Unit | undefined;
  let rest = path;
  if (isCitableKind(path[0].kind) && !(base && path[0].kind === 'section' && base.kind === 'section' && !base.citable)) {
    const decimal = decimalNumbered(doc, path);
    if (decimal) path = [decimal.step, ...path.slice(2)];
    const annex = !decimal && !version && sameDocument && !base ? annexHoldingKind(doc, context, path[0]) : undefined;
    current = decimal ? decimal.unit : version ?? (base && base.kind !== 'article' && base.kind !== 'section' ? findWithin(base, path[0]) ?? findTopLevel(doc, path[0]) :
      annex ? inAnnexNumbered(annex.held, path[0]) : (!base && sameDocument && context ? nearestGrouping(doc, path[0], context) : undefined) ?? findTopLevel(doc, path[0]));
    if (!current && annex) {
      // not the law's own article of that number: the annexed instrument's, which it does not show
      const held = annex.held;
      return { reason: `the ${annex.unit.label.trim() || 'annex'} annexed here has no ${path[0].kind} ${path[0].number} (it has ${pluralOf(held[0].kind)} ${held[0].number}–${held[held.length - 1].number})`, existing: held.slice(0, 3) };
    }
    if (!current) {
      const kindUnits = headingsOfKind(doc, path[0].kind);
      const where = sameDocument ? 'this document' : `"${doc.title}"`;
      // Say what does exist: units of the kind cited, or else the document's citable units
      // ("this document has no article 99; it has sections 1–4").
      const citable = kindUnits.length ? kindUnits : headingsOfKind(doc, CITABLE_HEADINGS);
      // (the range from the first numbered one: "##### Article Annexe 10" then "ANNEXE" alone gives an annex without a number)
      const firstNumbered = citable.find((unit) => unit.number !== undefined);
      const has = citable.length === 1 || !firstNumbered ? `${citable[0]?.kind ?? ''}${citable[0]?.number === undefined ? ' without a number' : ` ${citable[0].number}`}`
        : `${pluralOf(firstNumbered.kind)} ${firstNumbered.number}–${highestOfKind(doc, kindUnits.length ? path[0].kind : CITABLE_HEADINGS)?.number}`;
      const range = !citable.length ? '' : kindUnits.length ? ` (it has ${has})` : `; it has ${has}`;
      return { reason: `${where} has no ${path[0].kind} ${path[0].number}${range}`, existing: citable.slice(0, 3) };
    }
    rest = path.slice(1);
    rest = numberedAfterArticle(rest, current) ?? rest;
    // "§ 3 Abs. 1 Nr. 1" where § 3 numbers no paragraph, only its points "1." to "3." (a German section of one paragraph): the
    // paragraph is the section's own text, and the point is the section's
    if (rest.length > 1 && rest[0].kind === 'paragraph' && normaliseNumber(rest[0].number) === '1' && onlyPointsNumbered(current)) rest = rest.slice(1);
  } else {
    // "paragraph 2", "subparagraph (a) above": look in the enclosing units, innermost first.
    const start = base ?? context ?? doc.root;
    path = numberedAfterArticle(path, citableAround(start)) ?? path;
    // "numeral 12.3" written in article 11: article 12's paragraph "12.3."
    const elsewhere = base ? undefined : paragraphOfOtherArticle(doc, path, start);
    if (elsewhere) return resolvePathFrom(doc, elsewhere, undefined, context, sameDocument, undefined);
    const chain: Unit[] = [];
    for (let scope: Unit | undefined = start; scope; scope = scope.parent) {
      chain.push(scope);
      if (base || scope.citable || scope.headingDepth > 0) break;
    }
    // "sub-paragraph a. of this article" written inside paragraph 9: look from the citation up to the article.
    if (base && context && context !== base && isInside(context, base)) {
      for (let scope: Unit | undefined = context; scope && scope !== base; scope = scope.parent) chain.push(scope);
    }
    for (const strictness of [0, 1] as const) {
      for (const scope of chain) {
        current = childMatching(scope, path[0], strictness);
        if (current) break;
      }
      if (current) break;
    }

    if (!current && path[0].kind !== 'unspecified') {
      // US Code: "subparagraph (C)" in (b)(3) names (b)(2)(C), a cousin. Take it from the innermost enclosing
      // unit that holds exactly one unit of that kind and that number, in that case.
      for (const scope of chain) {
        if (scope.kind === 'document') break;
        // ("der Nummer 1 und Nummer 3" in Absatz 2: Absatz 1's items "1." to "3.", read as items, cited as points)
        let cousins = descendantsNumbered(scope, path[0].kind, path[0].number, doc.units.length);
        if (!cousins.length && COUSIN_KINDS[path[0].kind]) cousins = descendantsNumbered(scope, COUSIN_KINDS[path[0].kind]!, path[0].number, doc.units.length);
        if (cousins.length === 1) current = cousins[0];
        if (cousins.length) break;
      }
    }
    if (!current) {
      // ("paragrafo b) del presente articolo" where the article runs its letters into its first one's paragraph, "a) Nota esplicativa.
      // … del presente Accordo.b)  Emendamenti.": in one of the first parts of the unit named)
      const inline = chain.find((scope) => hasInlineMarker(doc, scope, path[0])) ?? (base && base.kind !== 'document' ? inlineHolder(doc, base, path[0]) : undefined);
      if (inline) return inlinePath(doc, inline, path);
      // "subparagraph (a) of that paragraph", its items written without their letters
      if (base && path.length === 1 && hasUnmarkedItem(doc, base, path[0])) return { unit: base };
    }
    for (let scope: Unit | undefined = current ? undefined : start; scope; scope = scope.parent) {
      // ("الفقرة (هـ) من هذه المادة": in the unit named, the one part lettered so below its numbered paragraphs, as when cited by number)
      const found = childMatching(scope, path[0]) ?? unmarkedFirstParagraph(scope, path[0]) ?? (scope === base ? onlyOneBelow(doc, scope, path[0]) : undefined);
      if (found) { current = found; break; }
      // (and in a unit named before, "l'article 56 … ses deuxième et sixième alinéas", counted with its items as when cited by number)
      if (countedAlinea(doc, scope, path[0]) || (scope === base && countedWithItems(doc, scope, path[0]))) { current = scope; break; }
      if (!base && (scope.citable || scope.headingDepth > 0)) {
        // Do not look beyond the article or section that holds the citation.
        const inner = scope;
        const children = nonHeadingChildren(inner);
        return { reason: missingChild(inner, path[0]), existing: children.slice(0, 3) };
      }
      if (base) break;
    }
    if (!current) {
      const holder = base ?? start;
      const children = nonHeadingChildren(holder);
      return { reason: missingChild(holder, path[0]), existing: children.slice(0, 3) };
    }
    rest = path.slice(1);
  }
  for (let k = 0; k < rest.length; k++) {
    const step = rest[k];
    const found: Unit | undefined = childMatching(current, step) ?? followingGrouping(doc, current, step, path.slice(0, path.length - rest.length + k)) ?? insertedUnderPrevious(current, step) ??
      onlyOneBelow(doc, current, step) ?? unmarkedFirstParagraph(current, step) ?? beforeSecondParagraph(current, step);
    // "premier alinéa du I": the paragraphs of a part "I.-" are counted in its text; the link goes to the part.
    if (!found && (countedAlinea(doc, current, step) || countedWithItems(doc, current, step))) continue;
    if (!found && hasInlineMarker(doc, current, step)) return inlinePath(doc, current, rest.slice(k));
    if (!found && k === rest.length - 1 && (hasDottedSubItem(doc, current, step) || hasUnmarkedItem(doc, current, step))) return { unit: current };
    if (!found) {
      const children = nonHeadingChildren(current);
      return { reason: missingChild(current, step, rest.slice(k)), existing: children.slice(0, 3), partial: current.kind === 'document' ? undefined : current };
    }
    current = found;
  }
  return { unit: current };
}

/** A line that holds nothing but an omission's asterisks, and the mark of its footnote: "^5*****", "* * * * *". */
const OMISSION_LINE = /(?:^|\n)[ \t]*(?:\^\d{1,3}[ \t]*)?\*[ \t]?\*[ \t]?\*[* \t]*(?:\n|$)/;

/**
 * The two units of `holder` numbered just before and after `number` ("c" and "e" for "d", "3" and "5" for "4") when the text
 * from the one to the other shows an omission's asterisks on a line ("^5*****", "* * * * *"), or undefined.
 */
function omittedBetween(doc: DocumentModel, holder: Unit, number: string): [Unit, Unit] | undefined {
  const neighbours = /^\d{1,3}$/.test(number) ? [String(Number(number) - 1), String(Number(number) + 1)]
    : /^[a-z]$/.test(number) && number !== 'a' ? [String.fromCharCode(number.charCodeAt(0) - 1), String.fromCharCode(number.charCodeAt(0) + 1)] : undefined;
  if (!neighbours) return undefined;
  const before = holder.children.find((child) => child.headingDepth === 0 && child.number === neighbours[0]);
  const after = before && holder.children.find((child) => child.headingDepth === 0 && child.kind === before.kind && child.number === neighbours[1]);
  if (!before || !after || after.span.start <= before.span.end) return undefined;
  // on a line of their own: "nominated by the Central Government ^4***;" inside a clause marks words omitted, not a clause
  return OMISSION_LINE.test(doc.text.slice(before.span.start, after.span.start)) ? [before, after] : undefined;
}

/** The opening paragraphs read as an unmarked sub-section (1), each with the sub-section (2) that ends it. */
const unmarkedFirsts = new WeakMap<Unit, Unit>();

/**
 * "sub-section (1)" of a section whose text opens with no marker and goes on with "(2)", "(3)" (India Code as converted: the
 * "(1)" went with the label the converter made a heading of, "6. Further powers.—(1) Whenever …"): the opening paragraph.
 */
function unmarkedFirstParagraph(unit: Unit, step: RefStep): Unit | undefined {
  if (step.number !== '1' || !(step.kind === 'paragraph' || step.kind === 'subsection' || step.kind === 'unspecified')) return undefined;
  const first = unit.children.find((child) => child.headingDepth === 0);
  if (!first || first.kind !== 'alinea' || first.number !== '1') return undefined;
  // (structure.ts opens that "(2)" at the section's level, after the opening paragraph's items)
  const second = unit.children.find((child) => child.kind !== 'alinea' && child.headingDepth === 0 && child.number === '2' && child.label.startsWith('('));
  if (!second || unit.children.some((child) => child.kind === second.kind && child.number === '1')) return undefined;
  unmarkedFirsts.set(first, second);
  return first;
}

/** "clause (a) of sub-section (1)" where sub-section (1) is an unmarked opening paragraph: the clause after it, before "(2)". */
function beforeSecondParagraph(current: Unit, step: RefStep): Unit | undefined {
  const second = unmarkedFirsts.get(current);
  const siblings = current.parent?.children;
  if (!second || !siblings) return undefined;
  for (let k = siblings.indexOf(current) + 1; k < siblings.length && siblings[k] !== second; k++) {
    const sibling = siblings[k];
    if (sibling.kind !== 'alinea' && sibling.number !== undefined && sibling.number === step.number) return sibling;
  }
  return undefined;
}

/**
 * "numeral 12.3" (Peru's laws) where article 12's paragraphs are numbered after it ("12.1.", "12.2." …): that article's
 * paragraph 3, wherever the citation stands. So too "l’apartat 18.4" in article 33, which has no paragraph 18, where
 * article 18 has a paragraph 4 ("4. …"): the article's number, then its paragraph's. The path to it, or undefined.
 */
function paragraphOfOtherArticle(doc: DocumentModel, steps: RefStep[], start: Unit): RefStep[] | undefined {
  const [step, next] = steps;
  if (!next || isCitableKind(step.kind) || step.kind === 'unspecified' || next.kind !== 'unspecified' || !/^\d{1,2}$/.test(next.number) ||
    next.span.start !== step.span.end + 1 || !/^\d{1,4}[a-z]?$/.test(step.number)) return undefined;
  const articleStep: RefStep = { kind: 'article', number: step.number, span: step.span };
  const article = findTopLevel(doc, articleStep);
  if (!article) return undefined;
  const paragraph: RefStep = { ...step, number: next.number, span: { start: step.span.start, end: next.span.end } };
  if (!article.children.some((child) => child.headingDepth === 0 && child.label.startsWith(`${article.number}.`))) {
    const around = citableAround(start);
    // (an article's: "paragraphs 9.1 and 9.2" in an Act of sections is no section 9's paragraphs)
    if (article.kind !== 'article' || !around || around === article || childMatching(around, step) || !childMatching(article, paragraph)) return undefined;
  }
  return [articleStep, paragraph, ...steps.slice(2)];
}

/**
 * "literales c) y e) del artículo 11" where article 11's points are in its paragraph "11.1.": the one unit of that kind and
 * number below an article or section, when it has exactly one (two such points, in two paragraphs, leave it unresolved).
 */
function onlyOneBelow(doc: DocumentModel, unit: Unit, step: RefStep): Unit | undefined {
  if (!unit.citable || step.kind === 'unspecified' || isCitableKind(step.kind) || step.kind === 'alinea') return undefined;
  let below = descendantsNumbered(unit, step.kind, step.number.toLowerCase(), doc.units.length);
  // "§ 5 Z 4" (Austria: item 4 of the section's paragraph (1), its "Ziffer"): a point cited is the item "4." the structure reads
  if (!below.length && step.kind === 'point') below = descendantsNumbered(unit, 'item', step.number.toLowerCase(), doc.units.length);
  // "a alínea d) do artigo 4.º" where article 4's letters are in its "1 -" (Portugal): a letter, of whatever kind the structure read it
  // ("الفقرة (هـ) من هذه المادة" where the article's letters are in its "١.": Arabic names a lettered part a paragraph too)
  if (!below.length && LETTER.test(step.number) && (LETTERED_KINDS.includes(step.kind) || (step.kind === 'paragraph' && ARABIC_LETTER.test(step.number)))) {
    below = LETTERED_KINDS.filter((kind) => kind !== step.kind).flatMap((kind) => descendantsNumbered(unit, kind, step.number.toLowerCase(), doc.units.length));
  }
  return below.length === 1 && below[0].parent !== unit ? below[0] : undefined;
}

/**
 * A Congress bill's number where a Public Law gives it: "[S. 2521]", "LEGISLATIVE HISTORY—S. 2521:" (the citation read, and the two
 * characters after it; never a link's words, "[S. 7](https://www.legislation.gov.uk/…)").
 */
const CONGRESS_BILL = new RegExp(String.raw`(?:${everyTable('billNumber')}).?$`, 's');

/** Lines before a text's first words that a converter adds: a page's mark ("{0}-----"), an image, a comment, an empty anchor. */
const NO_WORDS_LINE = /^(?:\{\d{1,4}\}-{3,}|!\[[^\]\n]*\]\([^)\n]*\)|<!--.*-->|<a\s[^<>]{0,80}><\/a>)$/;

/** The opening words of a file whose text begins in the middle of a sentence (its first line of words opens in a small letter), or undefined. */
function openingMidSentence(model: DocumentModel): string | undefined {
  const text = model.text;
  let at = model.frontMatter.span?.end ?? 0;
  for (let guard = 0; guard < 20 && at < text.length; guard++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim();
    at = end < 0 ? text.length : end + 1;
    if (!line || NO_WORDS_LINE.test(line)) continue;
    return /^\p{Ll}/u.test(line) ? line.slice(0, 40) : undefined;
  }
  return undefined;
}

/** How far before a citation the word of a repeal is looked for. */
const REPEAL_REACH = 60;
/** Where a sentence ends, before a citation: a full stop or semicolon and a space, or a blank line. */
const REPEAL_SENTENCE_BREAK = /[.;][ \t\n]|\n[ \t]*\n/;

/** How many lines above a citation the line naming the article a protocol's note is on is looked for. */
const PROTOCOL_NOTE_LINES = 30;
/** A line of its own, perhaps in bold, naming the provision the notes below it are on: "**Zu Artikel 15**", "Ad Article 10:", "Re Article 4". */
const PROTOCOL_NOTE_LINE = /^[ \t]{0,8}(?:\*\*|__)?(?:Zu|Ad|Re|Concerning|Au sujet de|With regard to|With reference to)[ \t]+[^\n]{1,60}?(?:\*\*|__)?[:.]?[ \t]*$/;
/** The longest line that can name the provision a protocol's notes are on. */
const PROTOCOL_NOTE_LONGEST = 90;

/**
 * The article or section the notes around `reference` are on, where a line above it, with nothing but the provision's citation after
 * "Zu", "Ad", "Re" …, names it (a treaty's final protocol), or undefined. Looked for only within the lines above, up to a heading.
 */
function protocolNoteOn(model: DocumentModel, reference: DocumentReference): Unit | undefined {
  for (const line of model.lines.linesAbove(reference.span.start, PROTOCOL_NOTE_LINES)) {
    if (line.end - line.start > PROTOCOL_NOTE_LONGEST) continue;
    const words = model.text.slice(line.start, line.end);
    if (/^[ \t]*#/.test(words)) return undefined;
    if (!PROTOCOL_NOTE_LINE.test(words)) continue;
    const at = firstStartingFrom(model.references, line.start);
    const named = model.references[at];
    if (!named || named.span.start >= line.end || named.anchor.kind !== 'none' || !isCitableKind(named.targets[0]?.path[0]?.kind)) return undefined;
    const found = resolvePath(model, named.targets[0].path, undefined, undefined, true);
    return found.unit?.citable ? found.unit : found.unit && found.unit.kind !== 'document' ? citableAround(found.unit) : undefined;
  }
  return undefined;
}

/** The kind the structure reads a numbered part as where a language cites it by another: German "Nummer" (a point) is an item "1.". */
const COUSIN_KINDS: Partial<Record<string, string>> = { point: 'item' };

/** A letter that numbers a unit ("d)", "(aa)", "(هـ)"). */
const LETTER = /^(?:[a-z]{1,2}|[\u0621-\u064a])$/i;
const ARABIC_LETTER = /^[\u0621-\u064a]$/;
/** The kinds a lettered part of a paragraph is cited or read as: Portuguese "alínea" (a clause), a "subparagraph", an item, a point. */
const LETTERED_KINDS: string[] = ['subparagraph', 'clause', 'item', 'point'];

const setOutLeadIns = new UnitKeyedCache<string | null>();

/** The paragraph around `context` numbered with the ordinal sign ("1º.", "2º"), which Spanish calls an inciso. */
function incisoByOrdinal(context: Unit | undefined): Unit | undefined {
  const paragraph = ancestorOfKind(context, 'paragraph');
  return paragraph && /^\(?\d{1,3}\.?[º°]/.test(paragraph.label.trim()) ? paragraph : undefined;
}

/** After a label opening its paragraph: its stop or dash, then the capitalised text ("Inciso 16. El que …", "Artículo 5º.- Los …"). */
const LABEL_THEN_TEXT = /^[º°]?(?:\.[ \t]?[-–—]?|[ \t]?[-–—])[ \t]+\p{Lu}/u;

/**
 * The amending lead-in right above the paragraph that `span` opens, when the citation reads as a label ("Inciso 16. El …"), the
 * paragraph before ending with ":" and amending ("… Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente:").
 */
function leadInAboveLabel(text: string, span: Span): string | undefined {
  if (!LABEL_THEN_TEXT.test(text.slice(span.end, span.end + 8))) return undefined;
  // (only markup between the line's start and the citation, walked back over: never a long line's whole text for each citation)
  let lineStart = span.start;
  while (lineStart > 0 && ' \t>*_'.includes(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return undefined;
  let end = lineStart - 1;
  while (end > 0 && /^[ \t\r]*$/.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end))) end = text.lastIndexOf('\n', end - 1);
  if (end <= 0) return undefined;
  const previousStart = text.lastIndexOf('\n', end - 1) + 1;
  const previous = text.slice(previousStart, end).replace(/^#{1,6}[ \t]+/, '');
  return /[:：][*_]*[ \t]*$/.test(previous) && onAmendingLeadIn(text, previousStart) ? detached(previous.replace(/[*_]+/g, '').trim()) : undefined;
}

/** The article around `context` when an amending lead-in above it sets it out for another instrument (setOutByAmendment.ts), and that lead-in. */
function setOutArticleAround(model: DocumentModel, context: Unit | undefined): { label: string; leadIn: string } | undefined {
  const article = context && citableAround(context);
  if (!article?.number || article.headingDepth === 0) return undefined;
  let leadIn = setOutLeadIns.get(model, article);
  if (leadIn === undefined) setOutLeadIns.set(model, article, (leadIn = amendingLeadInAbove(model.text, article.labelSpan.start, article.number) ?? null));
  return leadIn === null ? undefined : { label: article.label, leadIn: leadIn.length > 120 ? `${leadIn.slice(0, 117)}…` : leadIn };
}

/**
 * "numeral 15.2 del artículo 15", "párrafo 17.1" (in article 17): a paragraph numbered after its article ("15.2.", markers.ts),
 * which the grammar reads as paragraph 15 and its "2". Where the article has no paragraph of its own number, the two are
 * one step: its paragraph 2.
 */
function numberedAfterArticle(steps: RefStep[], article: Unit | undefined): RefStep[] | undefined {
  const [step, next] = steps;
  if (!article?.number || !next || isCitableKind(step.kind) || next.kind !== 'unspecified' || !/^\d{1,2}$/.test(next.number)) return undefined;
  if (next.span.start !== step.span.end + 1 || !isNumberedAfter(step.number, article.number)) return undefined;
  // "numeral 2.3 del artículo II" whose paragraphs are "2.1." to "2.9.": its paragraph 2 is "2.2.", numbered after it too
  const same = childMatching(article, step);
  if (same && !same.label.startsWith(`${step.number}.`)) return undefined;
  return [{ ...step, number: next.number, span: { start: step.span.start, end: next.span.end } }, ...steps.slice(2)];
}

/**
 * "libro IV, titolo VIII, capo V" where a converter gave every grouping heading one depth ("## LIBRO
 * IV", "## TITOLO VIII", "## CAPO V"): the title is no child of the book but comes after its
 * heading, before the next book. For a grouping only, and a unit of that kind and number found
 * there at the grouping's depth or above (a nested one is a child, found by childMatching). The
 * grouping's part of the text ends at the next heading of its kind or of a kind cited before it
 * (`before`: the next title, or the next book).
 */
function followingGrouping(doc: DocumentModel, grouping: Unit, step: RefStep, before: RefStep[]): Unit | undefined {
  if (grouping.headingDepth === 0 || grouping.citable || grouping.kind === 'document' || step.kind === grouping.kind) return undefined;
  const candidates = headingsOfKind(doc, step.kind);
  if (candidates.length === 0) return undefined;
  let end = doc.text.length;
  for (const kind of new Set([grouping.kind, ...before.map((earlier) => earlier.kind)])) {
    const next = headingsOfKind(doc, kind).find((unit) => unit.span.start > grouping.span.start && unit.headingDepth <= grouping.headingDepth);
    if (next) end = Math.min(end, next.span.start);
  }
  return candidates.find((unit) => !unit.citable && unit.span.start > grouping.span.start && unit.span.start < end &&
    unit.headingDepth <= grouping.headingDepth && unit.number !== undefined && numbersMatch(step.number, unit.number));
}

/**
 * Items run inline in `unit`'s own text: "(a)(1)" is found there only if "(1)" follows "(a)". A path
 * found only in part is not resolved: the unit that holds its first marker is kept as partial.
 */
function inlinePath(doc: DocumentModel, unit: Unit, steps: RefStep[]): PathResult {
  const markers = inlineMarkersOf(doc, unit);
  let from = 0;
  for (let k = 0; k < steps.length; k++) {
    const at = markers.find(steps[k].number, from);
    // "části A bodu 2 přílohy č. 6" where the annex writes "- A) **Úhrada …**" as a line of its own text and its points "- 1.", "- 2."
    // as items the structure sets beside it: the annex, the nearest unit that can be told
    if (at < 0 && k === 1 && steps.length === 2 && GROUPING_KINDS.has(steps[0].kind as UnitKind) &&
      unit.children.some((child) => child.headingDepth === 0 && child.number !== undefined && numbersMatch(steps[1].number, child.number))) return { unit };
    if (at < 0) {
      return { reason: missingChild(unit, steps[0], steps) + (k > 0 ? ` (only ${describe(steps.slice(0, k))} is written inline)` : ''), partial: unit.kind === 'document' ? undefined : unit };
    }
    from = at + 1;
  }
  return { unit };
}


/**
 * "Salvo quanto disposto dall'articolo 9" in a treaty annexed to the law that ratifies it, whose articles are numbered anew: the
 * annex around the citation, when it holds headed articles (or sections) of the kind cited, numbered anew (a number the text
 * outside it uses too), and those it holds; the citation is of its own. An annex numbered on from the text ("Article Annexe
 * 2" of a code, its points read as articles "a" to "f" as in the annexes beside it) is no instrument of its own.
 */
function annexHoldingKind(doc: DocumentModel, context: Unit | undefined, step: RefStep): { unit: Unit; held: readonly Unit[] } | undefined {
  if (step.kind !== 'article' && step.kind !== 'section') return undefined;
  let annex = context;
  while (annex && annex.kind !== 'annex' && annex.kind !== 'schedule') annex = annex.parent;
  if (!annex || isSupplementaryProvisions(annex)) return undefined;
  let byKind = annexUnits.get(annex);
  if (!byKind || byKind.length !== annex.children.length) annexUnits.set(annex, (byKind = { length: annex.children.length, kinds: new Map() }));
  let held = byKind.kinds.get(step.kind);
  if (!held) {
    const found: Unit[] = [];
    const stack = [...annex.children].reverse();
    while (stack.length) {
      const unit = stack.pop()!;
      if (unit.headingDepth === 0) continue;
      if (unit.kind === step.kind && unit.number !== undefined) found.push(unit);
      for (let i = unit.children.length - 1; i >= 0; i--) stack.push(unit.children[i]);
    }
    // (a number the main text uses, outside every annex: annexes that letter their points alike are no instruments of their own)
    const inAnAnnex = (unit: Unit) => { for (let up: Unit | undefined = unit.parent; up; up = up.parent) if (up.kind === 'annex' || up.kind === 'schedule') return true; return false; };
    const anew = found.some((unit) => (headingsByNumber(doc).get(normaliseNumber(unit.number!)) ?? []).some((other) => other.kind === unit.kind && !inAnAnnex(other)));
    byKind.kinds.set(step.kind, (held = anew ? found : []));
  }
  return held.length ? { unit: annex, held } : undefined;
}

const annexUnits = new WeakMap<Unit, { length: number; kinds: Map<string, readonly Unit[]> }>();

/** The one of an annex's units numbered as `step` is, the number as written first ("6" before a roman "VI" of another part). */
function inAnnexNumbered(held: readonly Unit[], step: RefStep): Unit | undefined {
  const normal = normaliseNumber(step.number);
  return held.find((unit) => normaliseNumber(unit.number!) === normal) ?? held.find((unit) => numbersMatch(step.number, unit.number));
}

function findWithin(base: Unit, step: RefStep): Unit | undefined {
  const stack = [...base.children];
  while (stack.length) {
    const unit = stack.shift() as Unit;
    if (unit.headingDepth > 0 && unit.kind === step.kind && numbersMatch(step.number, unit.number)) return unit;
    if (unit.headingDepth > 0) stack.push(...unit.children);
  }
  return undefined;
}

/**
 * The item `step` ("3°", numbered) inside exactly one of an article's parts numbered in roman figures ("I. −", "II. −"), when the
 * article holds it nowhere else; undefined otherwise.
 */
function itemInOnePart(article: Unit, step: RefStep): Unit | undefined {
  if (step.kind !== 'unspecified' || !/^\d+$/.test(step.number)) return undefined;
  let found: Unit | undefined;
  for (const part of article.children) {
    if (!part.number || !/^[IVXL]+$/.test(part.number)) continue;
    const item = part.children.find((child) => child.number !== undefined && numbersMatch(step.number, child.number));
    if (!item) continue;
    if (found) return undefined;
    found = item;
  }
  return found;
}

/** "section 1029 has no subsection (a)(1): it has 12 paragraphs ((1)–(12))". `missing`: the steps not found, from `step` on. */
function missingChild(parent: Unit, step: RefStep, missing: RefStep[] = [step]): string {
  const what = citedSteps(missing);
  // "chapter ii has no section 9: it has 2 sections (Section 1–Section 4)": the headed units of the kind cited
  const headed = parent.children.filter((child) => child.headingDepth > 0 && child.kind === step.kind);
  if (headed.length) {
    const span = headed.length === 1 ? headed[0].label.trim() : `${headed[0].label.trim()}–${headed[headed.length - 1].label.trim()}`;
    return `${unitName(parent)} has no ${what}: it has ${headed.length} ${step.kind}${headed.length === 1 ? '' : 's'} (${span})`;
  }
  const { count, kind, first, last } = childSummary(parent);
  if (!first || !last || !kind) return `${unitName(parent)} has no ${what}: it has no numbered paragraphs`;
  const labels = first === last ? first.label.trim() : `${first.label.trim()}–${last.label.trim()}`;
  return `${unitName(parent)} has no ${what}: it has ${count} ${kind}${count === 1 ? '' : 's'} (${labels})`;
}

/** "subsection (a)(1)", "paragraph 3", "(b)": steps as a lawyer writes them. */
function citedSteps(steps: RefStep[]): string {
  const first = steps[0];
  const marker = (step: RefStep) => (/^[0-9]/.test(step.number) && step.kind !== 'unspecified' && steps.length === 1 ? step.number : `(${step.number})`);
  const head = first.kind === 'unspecified' ? '' : `${first.kind} `;
  return head + steps.map(marker).join('');
}

function resolveThrough(doc: DocumentModel, path: RefStep[], through: RefStep[], base: Unit | undefined, context: Unit, start: Unit): { unit?: Unit; reason?: string; span?: Span } {
  // "paragraphs 1.b through 1.d": a shorter `through` shares the prefix of `path`.
  const full = through.length < path.length ? [...path.slice(0, path.length - through.length), ...through] : through;
  const result = resolvePath(doc, full, base, context, true);
  if (result.unit) return { unit: result.unit };
  // "paragraphs 4 to 8" in a schedule's paragraph 3, where the start was found among paragraph 3's siblings (however it was
  // found): the end is a sibling of the start, after it
  const sibling = full.length === 1 ? laterSibling(doc, start, full[0].number) : undefined;
  return sibling ? { unit: sibling } : { reason: result.reason, span: through[through.length - 1]?.span };
}

/** The one paragraph numbered `number` among a schedule's headed paragraphs ("##### 4" under "## SCHEDULE 1"), in whichever of its parts. */
function headedParagraphOf(doc: DocumentModel, schedule: Unit, number: string): Unit | undefined {
  const found = headingsOfKind(doc, 'paragraph').filter((unit) => numbersMatch(number, unit.number) && isInside(unit, schedule));
  return found.length === 1 ? found[0] : undefined;
}

/** The unit of `start`'s kind numbered `number` after it, among the units a range from it runs through (unitsBetween's). */
function laterSibling(doc: DocumentModel, start: Unit, number: string): Unit | undefined {
  const siblings = rangeSiblings(doc, start);
  const from = siblings.indexOf(start);
  return from < 0 ? undefined : siblings.slice(from + 1).find((unit) => unit.kind === start.kind && numbersMatch(number, unit.number));
}

/** The units a range starting at `start` runs through: headed units of its kind across the document, else its parent's children. */
function rangeSiblings(doc: DocumentModel, start: Unit): readonly Unit[] {
  return start.headingDepth > 0 ? headingsOfKind(doc, start.kind) : start.parent?.children ?? [start];
}

function unitsBetween(doc: DocumentModel, first: Unit, last: Unit): Unit[] {
  const siblings = rangeSiblings(doc, first);
  const from = siblings.indexOf(first);
  const to = siblings.indexOf(last);
  if (from < 0 || to < 0 || to < from) return [first];
  return siblings.slice(from, to + 1);
}

/** A citation of a unit this document lacks: another document of the same collection may hold it. */
function uniqueElsewhere(model: DocumentModel, tried: DocumentModel, path: RefStep[], lookup: DocumentLookup): { doc: DocumentModel; unit: Unit } | undefined {
  let found: { doc: DocumentModel; unit: Unit } | undefined;
  for (const doc of lookup.all()) {
    if (doc === model || doc === tried || doc.type === 'commentary') continue;
    const result = resolvePath(doc, path, undefined, undefined, false);
    if (!result.unit) continue;
    if (found) return undefined;
    found = { doc, unit: result.unit };
  }
  return found;
}

function findElsewhere(model: DocumentModel, path: RefStep[], lookup: DocumentLookup): { doc: DocumentModel; unit: Unit } | undefined {
  const related = relatedDocuments(model, lookup);
  for (const doc of related) {
    const result = resolvePath(doc, path, undefined, undefined, false);
    if (result.unit) return { doc, unit: result.unit };
  }
  return undefined;
}

/**
 * The grouping a file holds alone, named by its title ("Part I - Preliminary Provisions", "Chapter 3 — Offences"): one part of a
 * text given a grouping a file. Undefined when the title names no numbered grouping, or the file holds a grouping heading of its own.
 */
function groupingOfFile(model: DocumentModel): { kind: string; label: string } | undefined {
  return groupingsOfFiles(model);
}

/** Per document: the grouping its title names (read once). */
const groupingsOfFiles = oncePerVersion((model): { kind: string; label: string } | undefined => {
  const heading = model.title ? readHeading(model.title) : undefined;
  return !heading || !GROUPING_KINDS.has(heading.kind) || !heading.number || model.units.some((unit) => unit.headingDepth > 0 && GROUPING_KINDS.has(unit.kind))
    ? undefined : { kind: heading.kind, label: heading.label ?? `${heading.kind} ${heading.number}` };
});

/** The file beside `model` (same folder and language) titled as another grouping of the same kind that holds `path`. */
function groupingFileHolding(model: DocumentModel, path: RefStep[], lookup: DocumentLookup): { doc: DocumentModel; unit: Unit } | undefined {
  const folder = model.uri.slice(0, model.uri.lastIndexOf('/') + 1);
  const kind = groupingOfFile(model)?.kind;
  for (const other of lookup.all()) {
    if (other === model || other.language !== model.language || !other.uri.startsWith(folder) || other.uri.indexOf('/', folder.length) >= 0) continue;
    if (groupingOfFile(other)?.kind !== kind) continue;
    const found = resolvePath(other, path, undefined, undefined, false);
    if (found.unit) return { doc: other, unit: found.unit };
  }
  return undefined;
}

/** Whether a document's front matter says it is one part of an instrument split into files ("part: 1", "parts: 2"; not "parts: 1"). */
function isOnePart(model: DocumentModel): boolean {
  const raw = model.frontMatter.raw;
  return raw.parts === undefined ? raw.part !== undefined : Number(raw.parts) > 1;
}

/**
 * Another file of the same instrument that holds `path`: a document of the same title, type and language (a converter
 * splits a long Act into parts that each repeat its title). Read only for a unit the file named lacks.
 */
function partHolding(doc: DocumentModel, path: RefStep[], lookup: DocumentLookup): { doc: DocumentModel; unit: Unit } | undefined {
  for (const other of lookup.all()) {
    if (other.type !== doc.type || !titledAlike(doc, other)) continue;
    const found = resolvePath(other, path, undefined, undefined, false);
    if (found.unit) return { doc: other, unit: found.unit };
  }
  return undefined;
}

/** Documents a document leans on: what it incorporates, supplements, implements, and laws of its collection. */
export function relatedDocuments(model: DocumentModel, lookup: DocumentLookup): DocumentModel[] {
  const ids = [...model.frontMatter.incorporates, ...model.frontMatter.supplements, ...(model.frontMatter.annotates ? [model.frontMatter.annotates] : [])];
  const out: DocumentModel[] = [];
  for (const id of ids) {
    const doc = lookup.byId(id);
    if (doc && doc !== model) out.push(doc);
  }
  const collection = model.frontMatter.raw.collection;
  if (typeof collection === 'string') {
    for (const doc of lookup.naming(collection, 'collection')) {
      if (doc !== model && !out.includes(doc)) out.push(doc);
    }
  }
  return out;
}


/**
 * Whether a title names a document as that kind of instrument: the noun opens the title or a part of
 * it after a dash or colon, or follows one word ("Nuevo Código Procesal Penal", "Decreto Legislativo
 * N° 635 - Código Penal"); "Notes on the Convention" is about one, and is none.
 */
function titledAs(title: string, noun: string): boolean {
  return title.split(/\s[-–—:]\s|:\s/).some((part) => {
    const words = normaliseName(part).split(' ');
    return words[0] === noun || words[1] === noun;
  });
}

/**
 * For a generic noun after "même" / "same" / "mismo" ("du même code"): the instrument named before it, within its
 * paragraph's last 600 characters: 'this' when that is this document ("du présent code"), the name of another, or
 * 'unknown' when none is shown; undefined when the noun has no such word before it.
 */
function sameAsNamedBefore(model: DocumentModel, anchor: { name: string; span: Span }, reference: DocumentReference): 'this' | 'unknown' | string | undefined {
  const generic = GENERIC_INSTRUMENT.exec(anchor.name.trim());
  const before = generic ? model.text.slice(Math.max(0, anchor.span.start - 16), anchor.span.start) : '';
  // "à l'article L. 8112-1 du code du travail et … à l'article L. 8113-7 de ce code": a demonstrative names the code named before
  // too, but with none named before it is this one's ("les dispositions de ce code")
  const demonstrative = !!generic && !SAME_BEFORE.test(before) && DEMONSTRATIVE_BEFORE.test(before);
  // "de la loi précitée", "der vorgenannten …" after the noun: never this document, which is "la présente loi"
  const citedBefore = !!generic && CITED_BEFORE_AFTER_NOUN.test(model.text.slice(anchor.span.end, anchor.span.end + 32));
  if (!generic || (!demonstrative && !citedBefore && !SAME_BEFORE.test(before))) return undefined;
  const noun = generic[1].toLowerCase();
  let from = Math.max(0, anchor.span.start - 600);
  const paragraph = model.text.lastIndexOf('\n\n', anchor.span.start);
  if (paragraph >= from) from = paragraph + 2;
  // ("de l'article 1594-0 G du code général des impôts": a name read from the code article's part letter on, its noun after it)
  const namedIn = (window: string) => instrumentsNamedIn(window, model.language).map((one) => ({ name: fromNoun(one.name, noun), span: one.span }))
    .filter((one): one is { name: string; span: Span } => one.name !== undefined && !isGenericInstrument(one.name));
  const window = model.text.slice(from, anchor.span.start - 1);
  const named = namedIn(window);
  if (citedBefore) {
    // ("La loi modifiée du 28 août 1998 … est modifiée comme suit:" then "1. … l'article 11 de la loi précitée …": named in a
    // paragraph before, looked for a little further back (CITED_BEFORE_REACH); unknown when none is seen)
    const wider = named.length ? named : namedIn(model.text.slice(Math.max(0, from - CITED_BEFORE_REACH), from));
    return wider.length ? wider[wider.length - 1].name : 'unknown';
  }
  const last = named[named.length - 1];
  let own = -1;
  for (const found of window.matchAll(new RegExp(`(?<!\\p{L})(?:présente?|this|presente|este|esta|questo|questa|dieses|diesem|deze|dit)\\s+${noun}(?!\\p{L})`, 'giu'))) own = found.index ?? own;
  // "L'article L. 161-22 du code de la sécurité sociale … n'est pas applicable aux personnes régies par le présent code. Les
  // articles L. 161-22, … du même code …": the same number cited with the code named before is that code's, whatever is
  // mentioned between
  if (own >= 0 && (!last || (own > last.span.start && !citedWithNameBefore(model, reference, from + last.span.start)))) return 'this';
  return last ? last.name : demonstrative ? undefined : 'unknown';
}

/** An instrument's name from its generic noun on ("G du code général des impôts" → "code général des impôts"), if the noun is in it. */
function fromNoun(name: string, noun: string): string | undefined {
  if (normaliseName(name).startsWith(noun)) return name;
  const at = new RegExp(`(?<!\\p{L})${noun}(?!\\p{L})`, 'iu').exec(name);
  return at && at.index > 0 ? name.slice(at.index) : undefined;
}

/** Whether the citation's first number, as written, stands right before the name at `nameAt` (its code's citation of it). */
function citedWithNameBefore(model: DocumentModel, reference: DocumentReference, nameAt: number): boolean {
  const step = reference.targets[0]?.path[0];
  if (!step || step.span.end - step.span.start < 2) return false;
  const number = model.text.slice(step.span.start, step.span.end);
  const before = model.text.slice(Math.max(0, nameAt - 60), nameAt);
  const at = before.lastIndexOf(number);
  return at >= 0 && !/[\p{L}\d]/u.test(before[at + number.length] ?? '');
}

/** The words that say a unit or an instrument was cited before, after it: "précité", "susvisée", "aforesaid", "precitado", "vorgenannten". */
const CITED_BEFORE_WORDS = String.raw`précitée?s?|susvisée?s?|susmentionnée?s?|susdite?s?|prédite?s?|aforesaid|aforementioned|above-mentioned|precitad[oa]s?|antes\s+citad[oa]s?|sopra\s+citat[oaie]|predett[oaie]|vorgenannten?`;

/**
 * After a generic noun, the words that say it was named before: "la loi précitée", "la loi susvisée" (Luxembourg, Belgium),
 * "la ley precitada", "la legge predetta"; a link's closing markup may stand between ("[loi précitée](/eli/…)" reads the words
 * inside the link).
 */
const CITED_BEFORE_AFTER_NOUN = new RegExp(String.raw`^[\s*_]*(?:${CITED_BEFORE_WORDS})(?!\p{L})`, 'iu');
/**
 * How far before the paragraph of "la loi précitée" the law it points back to is looked for: within what an edit before a citation
 * makes resolution read again (resolutionReuse.ts READS_BEFORE), so that letters typed there never leave it stale.
 */
const CITED_BEFORE_REACH = 400;

/** A demonstrative before a generic noun: "de ce code", "de cette loi", "of that Act". */
const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:ce|cet|cette|ces|that)\s+$/iu;

/** The word that makes a generic noun the instrument named before: "du même code", "of the same Act", "del mismo código". */
const SAME_BEFORE = /(?:^|[^\p{L}])(?:même|mêmes|same|said|mismo|misma|mismos|mismas|mesmo|mesma|medesim[oa]|stess[oa]|selben|genannten|zelfde)\s+$/iu;

/** How a document numbers its article headings: their parts' letters, how many are lettered or not, the figures before a hyphen. */
interface ArticleNumbering {
  /** The parts' letters of the lettered ones ("L", "R"). */
  letters: Set<string>;
  lettered: number;
  unlettered: number;
  /** The lettered, hyphenated ones: how many, and per count of figures before the hyphen the first number so written. */
  hyphenated: number;
  figures: Map<number, string>;
}

/** Per version of a document's tree: its articles' numbering (read once; every citation a code lacks asks it). */
const articleNumberings = new TreeKeyedCache<{ units: number; numbering: ArticleNumbering }>();

function articleNumbering(doc: DocumentModel): ArticleNumbering {
  const cached = articleNumberings.get(doc);
  // (a tree that grew in place is read again, as headingLists does)
  if (cached && cached.units === doc.units.length) return cached.numbering;
  const numbering: ArticleNumbering = { letters: new Set(), lettered: 0, unlettered: 0, hyphenated: 0, figures: new Map() };
  for (const unit of headingsOfKind(doc, 'article')) {
    const letter = PART_LETTER.exec(unit.number ?? '')?.[1]?.toUpperCase();
    if (!letter) {
      numbering.unlettered++;
      continue;
    }
    numbering.letters.add(letter);
    numbering.lettered++;
    const figures = CODE_FIGURES.exec(unit.number ?? '')?.[1].length;
    if (figures === undefined) continue;
    numbering.hyphenated++;
    if (!numbering.figures.has(figures)) numbering.figures.set(figures, unit.number!);
  }
  articleNumberings.set(doc, { units: doc.units.length, numbering });
  return numbering;
}

/**
 * For a code article's number with its part's letter ("L. 89-3", "R. 133-13", "LO. 1"): the letter and the letters this
 * document's articles have, when every article here is lettered and none with that letter; else undefined.
 */
function partLetterNotHeld(doc: DocumentModel, number: string): { letter: string; held: string[] } | undefined {
  const letter = PART_LETTER.exec(number)?.[1]?.toUpperCase();
  if (!letter) return undefined;
  const { letters, unlettered } = articleNumbering(doc);
  return unlettered === 0 && letters.size > 0 && !letters.has(letter) ? { letter, held: [...letters].sort() } : undefined;
}

/** Fewest articles, all lettered, for a document to be read as a code numbered by parts (partLettersWithout). */
const LETTERED_CODE_MIN_ARTICLES = 10;

/**
 * For an article number with no part's letter ("131-38", "78"): the letters this document's articles have, when they are
 * lettered (LETTERED_CODE_MIN_ARTICLES at least, all but UNLETTERED_SHARE of them); else undefined.
 */
function partLettersWithout(doc: DocumentModel, number: string): string[] | undefined {
  if (PART_LETTER.test(number) || !/^\d/.test(number)) return undefined;
  // (a few unlettered, an annex's "Article 1" or a heading misread, do not make the code's numbering another)
  const { letters, lettered, unlettered } = articleNumbering(doc);
  return lettered >= LETTERED_CODE_MIN_ARTICLES && unlettered <= lettered * UNLETTERED_SHARE ? [...letters].sort() : undefined;
}

/** The share of unlettered article headings a lettered code may show and still be read as lettered throughout. */
const UNLETTERED_SHARE = 0.02;

/**
 * For a lettered, hyphenated article number ("L1232-1"): how many figures open this document's lettered, hyphenated article
 * numbers, when none of them opens with as many as the cited one and LETTERED_CODE_MIN_ARTICLES of them at least are held
 * (France's codes number from a book's title and chapter, "L222-1", or from a part's too, "L1232-1"); else undefined.
 */
function otherCodeFigures(doc: DocumentModel, number: string): { held: string; cited: number; example: string } | undefined {
  const cited = CODE_FIGURES.exec(number)?.[1].length;
  if (cited === undefined) return undefined;
  const { hyphenated, figures } = articleNumbering(doc);
  if (hyphenated < LETTERED_CODE_MIN_ARTICLES || figures.has(cited)) return undefined;
  const held = [...figures.keys()].sort();
  return { held: held.join(' or '), cited, example: figures.get(held[0])!.toUpperCase() };
}

/** A lettered article number's figures before its first hyphen: "L1232-1" → "1232", "R*331-6" → "331". */
const CODE_FIGURES = /^(?:LO|L|R|D|A)\*?(\d+)-\d/i;

/** The part's letter of a French code's article number: "L. 89-3", "R133-13", "LO 1", "D. 5". */
const PART_LETTER = /^(LO|L|R|D|A)\.?\s?\*?\s?\d/i;

/** After a citation, the words that say it was cited before: "précité", "susvisé", "aforesaid", "precitado", "citato". */
const CITED_BEFORE_AFTER = new RegExp(String.raw`^\s*,?\s*(${CITED_BEFORE_WORDS})(?!\p{L})`, 'iu');

/** Which document does "the Convention" / "the Computer Misuse and Cybercrimes Act" name? */
export function findInstrument(model: DocumentModel, name: string, lookup: DocumentLookup): DocumentModel | undefined {
  const wanted = normaliseName(name);
  const generic = GENERIC_INSTRUMENT.exec(name.trim());
  const namesOf = (doc: DocumentModel) => [doc.title, doc.frontMatter.shortTitle ?? '', ...doc.frontMatter.aliases, doc.id].filter(Boolean).map(normaliseName);
  if (generic) {
    const noun = normaliseName(generic[1]);
    const relatedIds = [...model.frontMatter.implements, ...model.frontMatter.supplements, ...(model.frontMatter.annotates ? [model.frontMatter.annotates] : []), ...model.frontMatter.incorporates];
    const related = relatedIds.map((id) => lookup.byId(id)).filter((doc): doc is DocumentModel => !!doc);
    const byNoun = related.find((doc) => namesOf(doc).some((n) => n.includes(noun)));
    if (byNoun) return byNoun;
    if (related.length === 1) return related[0];
    // Only a treaty or a law is "the Convention" / "the Act" of its own text; a note about a
    // convention is not one, however its title reads: there it is the one instrument the note cites.
    // "Code général des impôts, annexe III" is an annex of the code, a text of its own: "du code" in it is the code, not it
    const annexOfIt = namesAnAnnex(model.title);
    if ((model.type === 'treaty' || model.type === 'law') && !annexOfIt && namesOf(model).some((n) => n.includes(noun))) return model;
    // A law brought without front matter: "del Código" in the text titled "… - Código Penal" is that code.
    if (model.type === 'unknown' && !annexOfIt && titledAs(model.title, noun)) return model;
    if (related.length === 0) {
      const cited = instrumentsCitedByName(model, lookup).filter((doc) => namesOf(doc).some((n) => n.includes(noun)) || (model.type === 'commentary' && doc.type === 'treaty'));
      if (cited.length === 1) return cited[0];
    }
    return undefined;
  }
  // The first document (in workspace order) with that name or id.
  const index = namesIndex(lookup);
  const byName = index.byName.get(wanted);
  const byId = index.byIdName.get(wanted);
  // "有銀行法", "對刑法", "犯刑法" (a Chinese name read back to a verb or a preposition that no character can be told from the
  // name's own, "有線廣播電視法", "國有財產法"): where nothing bears the name, the name after that one character, if a document bears it
  if (!byName && !byId) return FUNCTION_CHARACTER_FIRST.test(wanted) ? index.byName.get(wanted.slice(1)) : undefined;
  if (!byName || !byId) return byName ?? byId;
  return (index.places.get(byName) as number) <= (index.places.get(byId) as number) ? byName : byId;
}
/** A Chinese name of three characters or more that opens with a verb's or a preposition's character ("有", "對", "犯", "因" …). */
const FUNCTION_CHARACTER_FIRST = /^[有對对犯因受為为除依將将經经並并及或指與与][\p{Script=Han}]{2,}$/u;

/**
 * "of the Code du numérique": the parser stops at the generic noun ("the Code"), but the words
 * after it may complete a workspace document's name; then that document is meant, not "the Code"
 * this document is related to.
 */
function namedAfterGenericNoun(model: DocumentModel, anchor: { name: string; span: Span }, lookup: DocumentLookup): DocumentModel | undefined {
  // Most "the Convention" are followed by punctuation or a verb, not by more of a name: only a
  // word right after the noun can continue one.
  if (!/^[ \t\n]\p{L}/u.test(model.text.slice(anchor.span.end, anchor.span.end + 2)) || !GENERIC_INSTRUMENT.test(anchor.name.trim())) return undefined;
  const head = normaliseName(anchor.name);
  const written = normaliseName(anchor.name + model.text.slice(anchor.span.end, anchor.span.end + 160)).replace(/\s+/g, ' ');
  // The longest name that the written words start with (ending at a word's end); the first
  // document bearing it. Tried from the longest prefix down: a map lookup each, not a pass over every name.
  const byName = namesIndex(lookup).byName;
  for (let length = written.length; length > head.length; length--) {
    if (/[\p{L}\p{N}]/u.test(written.charAt(length))) continue;
    const doc = byName.get(written.slice(0, length));
    if (doc) return doc;
  }
  return undefined;
}

/** A document's title, short title and aliases, normalised once per document version. */
// (detached: a name kept here must not hold the document's text, or a text inflated to read it, alive)
const normalisedNames: (doc: DocumentModel) => string[] = oncePerVersion((doc) =>
  [doc.title, doc.frontMatter.shortTitle ?? '', ...doc.frontMatter.aliases, ...shortTitlesIn(doc.text), ...namesInTitle(doc.title)].filter(Boolean).map((name) => detached(normaliseName(name))));

/**
 * "Strafgesetzbuch (StGB)", "Bundesgesetz … über die Erfindungspatente (Patentgesetz, PatG)": the short names a title
 * gives in its last parentheses, by which the law cites itself ("§ 13 StGB").
 */
function namesInTitle(title: string): string[] {
  const last = /\(([^()]{2,60})\)\s*$/.exec(title);
  return last ? last[1].split(',').map((part) => part.trim()).filter((part) => /^\p{L}/u.test(part) && part.length >= 2) : [];
}

/**
 * Reads the names a document goes by while its text is at hand: before it is put to rest, after
 * which reading them would inflate the text again. The name index reads every document's names as
 * documents join it, and while a workspace indexes that happened at the next keystroke.
 */
export function readNamesBeforeRest(doc: DocumentModel): void {
  normalisedNames(doc);
}

function isInside(unit: Unit, ancestor: Unit): boolean {
  for (let current: Unit | undefined = unit; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/**
 * Enumerations run inline in one paragraph ("… — (a) …; (b) …; or (c) …") are not split into
 * units; a citation of one of their items resolves to the paragraph that holds it.
 */
/** How many of a unit's parts are looked into for a marker written inline. */
const INLINE_HOLDERS_LOOKED_AT = 12;

/**
 * `unit`, or one of its first lettered parts when the letter `step` names is written inline in its text (the letters after "a)"
 * run into its paragraph), else undefined. Only letters: a number inline ("n. 1.") is too often no marker.
 */
function inlineHolder(doc: DocumentModel, unit: Unit, step: RefStep): Unit | undefined {
  if (hasInlineMarker(doc, unit, step)) return unit;
  if (!LETTER.test(step.number)) return undefined;
  for (let k = 0; k < unit.children.length && k < INLINE_HOLDERS_LOOKED_AT; k++) {
    const child = unit.children[k];
    if (child.headingDepth === 0 && LETTER.test(child.number ?? '') && hasInlineMarker(doc, child, step)) return child;
  }
  return undefined;
}

function hasInlineMarker(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  if (unit.kind === 'document') return false;
  return inlineMarkersOf(doc, unit).find(step.number, 0) >= 0;
}

/**
 * "numeral 2.3" where item 2 runs on with lines "2.1 …", "2.2 …", "2.3 …" (Uruguay's decrees): its
 * sub-items, numbered after it, are not split into units; the citation goes to item 2.
 */
function hasDottedSubItem(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  if (unit.kind === 'document' || !unit.number || !/^\d+$/.test(unit.number) || !/^\d+$/.test(step.number)) return false;
  let items = dottedSubItems.get(doc, unit);
  if (!items) {
    items = new Set();
    // "_2.1. Construir, equipar …" (SPIJ, Peru): in italics, a full stop after the number
    for (const match of ownText(doc, unit).matchAll(/(?:^|\n)[ \t]*[*_]{0,2}(\d{1,3})\.(\d{1,3})\.?[ \t]+\S/g)) items.add(`${match[1]}.${match[2]}`);
    dottedSubItems.set(doc, unit, items);
  }
  return items.has(`${unit.number}.${step.number}`);
}

const dottedSubItems = new UnitKeyedCache<Set<string>>();

/**
 * "subparagraph (a), (b) or (c) of that paragraph" where the paragraph's items lost their letters
 * (Lovdata's text of the Cape Town Convention: "… an interest …: granted by the chargor …; vested in
 * … ; or vested in …"): the item counted among those its text runs on with after a colon, separated
 * by semicolons, resolves to the paragraph that holds them. Only a unit with no units of its own.
 */
function hasUnmarkedItem(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  if (unit.kind === 'document' || unit.children.length > 0 || !/^[a-z]$/i.test(step.number)) return false;
  let count = unmarkedItemCounts.get(doc, unit);
  if (count === undefined) {
    const text = ownText(doc, unit);
    const colon = text.indexOf(':');
    const items = colon < 0 ? [] : text.slice(colon + 1).split(';').filter((item) => item.trim().length > 0);
    count = items.length >= 2 && !/\([a-z]\)|\b[a-z]\)/.test(text.slice(colon + 1)) ? items.length : 0;
    unmarkedItemCounts.set(doc, unit, count);
  }
  return step.number.toLowerCase().charCodeAt(0) - 96 <= count;
}

const unmarkedItemCounts = new UnitKeyedCache<number>();

/**
 * The markers of a unit's own text, read once per unit and text: a search of the text per cited
 * number made long lists of citations quadratic ("paragraph 1 of " chained, or 200-deep items that
 * each cite a missing paragraph).
 */
function inlineMarkersOf(doc: DocumentModel, unit: Unit): InlineMarkers {
  const known = inlineMarkerIndexes.get(doc, unit);
  if (known) return known;
  const markers = readInlineMarkers(withoutCitations(doc, unit.labelSpan.end, unit.labelSpan.end + ownText(doc, unit).length));
  inlineMarkerIndexes.set(doc, unit, markers);
  return markers;
}

/**
 * The text from `start` to `end` with every citation in it blanked: "a les lletres f) a h)" is no item "f)" or "h)"
 * written inline, only the citation of them (the document's citations are in the order of the text).
 */
function withoutCitations(doc: DocumentModel, start: number, end: number): string {
  const references = doc.references;
  let low = 0;
  let high = references.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (references[middle].span.end <= start) low = middle + 1;
    else high = middle;
  }
  let text = '';
  let at = start;
  for (let k = low; k < references.length && references[k].span.start < end; k++) {
    const from = Math.max(at, references[k].span.start);
    const to = Math.min(end, references[k].span.end);
    if (to <= from) continue;
    text += doc.text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return text + doc.text.slice(at, end);
}

// Keyed by the model, not its text: a resting model's text is read back as a new string (restingText.ts), and holding it would keep it whole.
const inlineMarkerIndexes = new UnitKeyedCache<InlineMarkers>();

/**
 * Whether `step` is an alinéa that `unit` holds uncounted: a unit with no alinéa units of its own
 * ("I.-L'officier …" and four more paragraphs before "II.-") whose own text has that many paragraphs.
 */
function countedAlinea(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  const wanted = alineaWanted(step);
  if (wanted === undefined || unit.kind === 'document') return false;
  const facts = paragraphFacts(doc, unit);
  return !facts.alineas && wanted <= facts.count;
}

/** The number of the alinéa a step names ("neuvième alinéa": 9), or undefined for any other step. */
function alineaWanted(step: RefStep): number | undefined {
  if (step.kind !== 'alinea') return undefined;
  const wanted = Number(normaliseNumber(step.number));
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : undefined;
}

/** An enumeration's item in French drafting: "1°", "2°", "1.", "a)" (not a part "I." or "II.", whose alinéas are counted apart). */
const DEGREE_ITEM = /^\s*(?:\d+\s?°|\d+[.)]|\(?[a-z]\))/;

/**
 * What counting a unit's alinéas needs: every paragraph of its text and every item of an enumeration in it ("1° …", "2° …" are
 * alinéas in French drafting) up to its first heading, whether it has alinéa units, whether it has enumerated items.
 */
interface ParagraphFacts { children: number; count: number; alineas: boolean; items: boolean }

/** Once per unit and text: a long article cited "alinéa N" a thousand times is read once. */
const paragraphFactsCache = new UnitKeyedCache<ParagraphFacts>();

function paragraphFacts(doc: DocumentModel, unit: Unit): ParagraphFacts {
  const known = paragraphFactsCache.get(doc, unit);
  if (known && known.children === unit.children.length) return known;
  let count = 0;
  const end = unit.children.find((child) => child.headingDepth > 0)?.span.start ?? unit.span.end;
  // (blank lines in a row part once: Légifrance's text as converted leaves two between paragraphs, and an item after them was counted twice)
  for (const part of doc.text.slice(unit.labelSpan.end, end).split(/\n(?:[ \t]*\n)+/)) {
    if (part.trim()) count += 1 + (part.match(/\n[ \t]*(?:[-*+]|\d+°|\d+[.)]|[a-z]\))[ \t]/g)?.length ?? 0);
  }
  const facts = { children: unit.children.length, count, alineas: unit.children.some((child) => child.kind === 'alinea'),
    items: unit.children.some((child) => DEGREE_ITEM.test(child.label)) };
  paragraphFactsCache.set(doc, unit, facts);
  return facts;
}

/**
 * "le neuvième alinéa de l'article 789" where the article has alinéa units and an enumeration ("1°", "a)"): in French drafting
 * its items are alinéas too (an opening paragraph, items 1° to 6°, two paragraphs the reading took into item 6°), so the count
 * is of every paragraph and item. Only for an alinéa of a unit the citation names: one written inside an article's items
 * ("c) Aux quatrième, cinquième et sixième alinéas, …") may be of the article they amend. Chinese counts a 款 apart from its items.
 */
function countedWithItems(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  const wanted = alineaWanted(step);
  if (wanted === undefined || doc.language !== 'fr') return false;
  const facts = paragraphFacts(doc, unit);
  return facts.items && wanted <= facts.count;
}

/** A unit's own text: up to its first numbered child (its unnumbered paragraphs are part of it). */
function ownText(doc: DocumentModel, unit: Unit): string {
  return doc.text.slice(unit.labelSpan.end, unit.children.find((c) => c.headingDepth === 0 && c.kind !== 'alinea')?.span.start ?? unit.span.end);
}


/**
 * A document that is part of a larger numbered whole (it belongs to a collection, or its numbering
 * does not start at 1, as "§§ 2701–2713" of a code title) does not hold the units outside its run.
 */
function outsideHeldRun(model: DocumentModel, step: RefStep): boolean {
  if (step.kind !== 'article' && step.kind !== 'section' && !GROUPINGS_OF_A_WHOLE.has(step.kind)) return false;
  // "Article 727-1.md" alone: every other article, "727" and "L. 3" too, is outside it.
  if (isLoneUnitFile(model) && (step.kind === 'article' || step.kind === 'section')) return !model.units.some((unit) => unit.headingDepth > 0 && unit.citable && numbersMatch(step.number, unit.number));
  const { count, min, max } = heldNumbers(model, step.kind);
  const value = leadingValue(step.number);
  if (!count || value === undefined) return false;
  const partOfWhole = typeof model.frontMatter.raw.collection === 'string' || min > 1 || isOnePart(model);
  if (!partOfWhole) return false;
  // "section 1028(a)(7)" in "§ 1028A" (a code kept one section a file): the bare number is another section than those held,
  // which lead alike ("342.3" beside "342.1" and "342.2", or "100e" beside "100a", is still one of this run, and checked)
  if (min === max && value === min && step.number === String(value)) {
    const held = headingsOfKind(model, step.kind).filter((unit) => unit.citable);
    // (only numbers that add letters: "342.1" and "342.2" hold a section "342.3" cited as 342 and its 3)
    if (held.length && held.every((unit) => /^\d+[a-z]{1,3}$/i.test(unit.number ?? ''))) return !held.some((unit) => numbersMatch(step.number, unit.number));
  }
  return value < min || value > max;
}

/**
 * How many numbers in a row a document may lack before the run it holds is read as two parts of a larger whole ("Livre 0
 * (articles 1–2) and Livre 6 (articles 491–647)"): a repealed article or two leaves a hole, a left-out book one of hundreds.
 */
const SKIPPED_RUN = 20;

/**
 * The held numbers around an article or section the document lacks, when at least SKIPPED_RUN numbers are missing between
 * them and the groupings they stand in skip too (Livre 0, then Livre 6): the text holds parts of a whole, not all of it.
 */
function skippedRun(model: DocumentModel, step: RefStep): { below: number; above: number } | undefined {
  if (step.kind !== 'article' && step.kind !== 'section') return undefined;
  const value = leadingValue(step.number);
  if (value === undefined) return undefined;
  const around = numbersAround(heldNumbers(model, step.kind), value);
  if (!around || around.above - around.below - 1 < SKIPPED_RUN) return undefined;
  const byNumber = headingsByNumber(model);
  const lower = topGrouping(byNumber.get(String(around.below))?.[0]);
  const upper = topGrouping(byNumber.get(String(around.above))?.[0]);
  if (!lower || !upper || lower.kind !== upper.kind) return undefined;
  const from = groupingValue(lower.number);
  const to = groupingValue(upper.number);
  return from !== undefined && to !== undefined && to - from > 1 ? around : undefined;
}

/** The outermost grouping (book, part, title, chapter) a unit stands in. */
function topGrouping(unit: Unit | undefined): Unit | undefined {
  let top: Unit | undefined;
  for (let current = unit?.parent; current; current = current.parent) if (GROUPING_KINDS.has(current.kind) && current.number !== undefined) top = current;
  return top;
}

/** A grouping's number as a value: "6", "VI". */
function groupingValue(number: string | undefined): number | undefined {
  if (number === undefined) return undefined;
  return leadingValue(number) ?? romanValue(normaliseNumber(number).toLowerCase());
}

/** "Article R511-20" as the heading writes it, else "section 1029" (not "§ 1029."). */
function loneLabel(unit: Unit): string {
  const label = unit.label.trim();
  return label.toLowerCase().startsWith(unit.kind) && !/[.:]$/.test(label) ? label : `${unit.kind} ${unit.number}`;
}

function heldRun(model: DocumentModel, step: RefStep): string {
  // "Article 706-56-1.md" holds article 706-56-1, not "article 706".
  const lone = (step.kind === 'article' || step.kind === 'section') && isLoneUnitFile(model) ? model.units.find((unit) => unit.headingDepth > 0 && unit.citable) : undefined;
  if (lone?.number) return loneLabel(lone);
  const { count, min, max } = heldNumbers(model, step.kind);
  if (!count) return 'other units';
  if (min !== max) return `${step.kind}s ${min}–${max}`;
  // numbers that lead alike ("§ 1028A" alone: section 1028A, not "section 1028"; "§§ 100a, 100b": sections 100a–100b)
  const held = headingsOfKind(model, step.kind).filter((unit) => unit.citable && unit.number !== undefined);
  const numbers = [...new Set(held.map((unit) => unit.number as string))];
  if (numbers.length === 1) return loneLabel(held[0]);
  return numbers.length ? `${step.kind}s ${numbers[0]}–${numbers[numbers.length - 1]}` : `${step.kind} ${min}`;
}

function lastSpan(cited: { path: RefStep[]; span: Span }): Span {
  return cited.path[cited.path.length - 1]?.span ?? cited.span;
}

/** "[Chapter 9:23]": a statute's number in a revised edition of the laws, not a chapter of this document. */
function revisedEditionNumber(model: DocumentModel, step: RefStep): string | undefined {
  if (!/^\d+$/.test(step.number) || !/^:\d/.test(model.text.slice(step.span.end, step.span.end + 2))) return undefined;
  const number = /^:\d+/.exec(model.text.slice(step.span.end, step.span.end + 12))?.[0] ?? '';
  return `${step.kind} ${step.number}${number} is the number of a statute in a revised edition of the laws, not a ${step.kind} of this document`;
}

/** The first words of a quoted passage, for a reason. */
function quoteStart(text: string, passage: Span): string {
  // a blockquote's marks ("> > (2B) …") are no words of it
  const words = text.slice(passage.start + 1, Math.min(passage.end, passage.start + 60)).replace(/^[\s>]+/, '').trim().replace(/\s+/g, ' ');
  return passage.end - passage.start > 60 ? `${words}…` : words.replace(/["”»“]$/u, '');
}

/**
 * The words of one field of every language table, read just after a citation (anchored; any language's, as a
 * citation may quote another language's words), with a comma allowed before them where `comma`.
 */
function wordsAfterCitation(field: 'anaphoricAfter' | 'definitionPartAfter' | 'earlierVersionAfter' | 'unnamedProvisionAfter', comma: boolean): RegExp {
  const lead = comma ? '^\\s*,?\\s*' : '^\\s*';
  return new RegExp(LANGUAGE_TABLES.flatMap((table) => { const words = table[field]; return words ? [`${lead}(?:${words.source})`] : []; }).join('|'), 'iu');
}
/** After a citation, "of, and Schedule 4 to, " (the instrument both share follows): the words up to it. */
const SHARED_OF_AND = /^\s*(?:of|to|in),\s+(?:and|or)\s+[^,;.\n]{1,60}?\s(?:of|to|in),\s*/iu;
/** "Schedule 4 to, the principal Act": the comma after the preposition, left out when the words are read. */
const SHARED_COMMA_AFTER = /^(\s*(?:of|to|in)),(?=\s)/iu;
/** "inserted in the said section 3", "substituted by section 4 of the 1990 Act": the citation names a unit an amendment inserted. */
const INSERTED_UNIT_AFTER = /^\s*,?\s*(?:as\s+)?(?:inserted|substituted)\s+(?:in|into|by)(?!\p{L})/iu;
/** "(inserted by section 27 of this Act)" after a citation: this document inserted the unit into another (a consolidated text's
 * "(inserted by section 3 of the Finance Act 2010)" names another inserter, and the unit is its own). */
const INSERTED_BY_THIS_AFTER = /^\s*\(\s*(?:as\s+)?inserted\s+by\s+[*_]{0,2}(?:section|article|regulation)\s+\d{1,4}[A-Za-z]{0,3}(?:\s?\(\w{1,4}\))*[*_]{0,2}\s+of\s+this\s+(?:Act|Order|Regulations|Law)(?!\p{L})/iu;
/** "of that section", "of the said Act", "dudit article": a unit or instrument named earlier, not this one. */
const ANAPHORIC_ANCHOR = wordsAfterCitation('anaphoricAfter', true);
/** "of the definition **agreement** in subsection 2(1)": the citation is of a part of a definition. */
const DEFINITION_PART = wordsAfterCitation('definitionPartAfter', false);
/** "as it read immediately before …", "dans sa rédaction antérieure": the citation is of an earlier version of the text. */
const EARLIER_VERSION = wordsAfterCitation('earlierVersionAfter', true);
/** "…修正公布之第三十六條之二": the words before a citation say it is of the text as an amendment of a date worded it (any language's). */
const EARLIER_VERSION_BEFORE = new RegExp(LANGUAGE_TABLES.flatMap((table) => (table.earlierVersionBefore ? [`(?:${table.earlierVersionBefore.source})`] : [])).join('|'), 'u');
/** How far before a citation the words naming its version are read ("中華民國一百零五年一月六日修正公布之" is 19 characters). */
const VERSION_BEFORE_REACH = 40;
/** A table row's first cell naming an instrument with its number in brackets, then another cell: "| 国税質問検査章規則（昭和四十年大蔵省令第四十九号） | ". */
const INSTRUMENT_FIRST_IN_ROW = /^[ \t]*\|[ \t]*([^|\n]{1,80}?（[^|\n（）]{0,24}(?:法律|政令|省令|府令|勅令|規則|告示)第[〇一二三四五六七八九十百千]{1,6}号）)[ \t]*\|/u;
/** How far before a citation the words naming the part it is of may reach ("第二条の表", "別表第一の六", "附則"). */
const PART_BEFORE_REACH = 24;
const PART_NAMED_BEFORE = new RegExp(LANGUAGE_TABLES.flatMap((table) => (table.partNamedBefore ? [`(?:${table.partNamedBefore.source})`] : [])).join('|') || '(?!)', 'u');

/**
 * The first words of the corner-bracket quotation a citation stands in, on its line ("「第一項第一号から第四号までに掲げる事項」とある
 * のは", Japan's and Taiwan's laws quoting a provision's words to be read otherwise or replaced), or undefined.
 */
function wordsDoubleQuotedAround(text: string, lineStart: number, at: number): string | undefined {
  const open = doubleQuoteOpenBefore(text, lineStart, at);
  return open < 0 ? undefined : text.slice(open + 1, Math.min(at, open + 9));
}
function wordsQuotedAround(text: string, lineStart: number, at: number): string | undefined {
  const open = quotationOpenBefore(text, lineStart, at);
  return open < 0 ? undefined : text.slice(open + 1, Math.min(at, open + 9));
}


/** "de la disposición adicional sexta": the citation is of a part of a provision no citation can name. */
const UNNAMED_PROVISION = wordsAfterCitation('unnamedProvisionAfter', false);
/** The term a definition is named by, set apart as the text sets defined terms apart: "**agreement**", "`editorial change`", "“local authority”". */
const DEFINED_TERM_NAMED = /^\s*(\*\*|__|[`“"«‘„]\s?)([^*_`”"»’“\n]{1,50}?)\s?(?:\*\*|__|[`”"»’“])/u;
/** A term in bold or in quotation marks right before a citation, nothing between: "**official information** paragraph (e)". */
const TERM_RIGHT_BEFORE = /(?:^|[\s(])(\*\*|__|[“"«])(\p{L}[^*_”"»“\n]{0,60}?)(?:\*\*|__|[”"»])[ \t]+$/u;
/** Parts of an article a converter may run into its text. */
const BELOW_ARTICLE = new Set<string>(['paragraph', 'subsection', 'subparagraph', 'clause', 'item', 'point']);
/** Languages whose word for a subparagraph ("inciso") also names an article's unnumbered paragraph. */
const INCISO_LANGUAGES = new Set(['es', 'pt']);

/** Groupings of articles a law may number without its headings showing them. */
const GROUPING_KINDS = new Set<string>(['title', 'chapter', 'part', 'book', 'division']);
/** A single letter that is no roman numeral ("A", "B"; not "I", "V", "X", "L", "C", "D", "M"). */
const LETTER_NOT_ROMAN = /^(?![ivxlcdm]$)[a-z]$/i;

/** The first and last letters of `kind`'s headings when every one is lettered ("Teil A", "Anlage D"), two or more, one at least no roman numeral. */
function letteredOnly(model: DocumentModel, kind: string): { first: string; last: string } | undefined {
  // (read once per version and kind: every citation of a grouping not found would read the headings again)
  const known = letteredKinds(model);
  if (known.has(kind)) return known.get(kind);
  const found = letteredHeadings(model, kind);
  known.set(kind, found);
  return found;
}

const letteredKinds = oncePerVersion((): Map<string, { first: string; last: string } | undefined> => new Map());

function letteredHeadings(model: DocumentModel, kind: string): { first: string; last: string } | undefined {
  const units = headingsOfKind(model, kind);
  // (two at least: one lettered annex, "ANNEXE A", says little of how the text numbers the others)
  if (!units.every((unit) => /^[a-z]$/i.test(unit.number ?? '')) || !units.some((unit) => LETTER_NOT_ROMAN.test(unit.number!))) return undefined;
  const letters = [...new Set(units.map((unit) => unit.number!.toUpperCase()))].sort();
  return letters.length >= 2 ? { first: letters[0], last: letters[letters.length - 1] } : undefined;
}

/** Whether `number` is written in figures, arabic or roman, and not the letter that would go on after `lastLetter` ("E" after "D"). */
function inFiguresBeyond(number: string, lastLetter: string): boolean {
  if (/^\d+$/.test(number)) return true;
  if (romanValue(number) === undefined) return false;
  return number.length > 1 || number.toUpperCase().charCodeAt(0) > lastLetter.charCodeAt(0) + 1;
}

/** "18 U.S.C.", "15 U.S.C.", "42 CFR": a code title cited by number and abbreviation just before "§ 2703". */
const CODE_PREFIX = /(?:^|[\s(\[])(\d+\s+(?:[A-Z][A-Za-z]{0,5}\.\s?){1,5}|\d+\s+[A-Z]{2,6})\s*$/u;
/** "Pub. L. 107–296, § 2207(j)(2)", "Pub. L. 99–508, title II, § 201": a United States public law, then its section. */
const PUBLIC_LAW_BEFORE = /(?:^|[\s(\[])((?:Pub\.\s?L\.|Public\s+Law)\s+\d{1,3}[–-]\d{1,4}),\s*$/u;
/** A sentence that amends or inserts into another instrument: its citations point into that instrument. */
export const AMENDING = /(?<!\p{L})(?:is|are|shall\s+be|be)\s+(?:hereby\s+)?(?:amended|repealed|inserted|substituted|replaced)(?!\p{L})|(?<!\p{L})(?:il\s+est|sont|est)\s+(?:ainsi\s+)?(?:inséré|modifié|abrogé|remplacé|complété)e?s?(?!\p{L})|(?<!\p{L})(?:wordt|worden)\s+(?:als\s+volgt\s+)?(?:gewijzigd|ingevoegd|vervangen)(?!\p{L})|(?<!\p{L})wird\s+(?:wie\s+folgt\s+)?(?:geändert|eingefügt|ersetzt)(?!\p{L})|(?<!\p{L})(?:è|e'|sono|viene|vengono)\s+(?:(?:così|cosi'|infine|inoltre),?\s+)?(?:sostituit|aggiunt|inserit|abrogat|soppress|modificat)[oaie](?!\p{L})|(?<!\p{L})sono\s+apportate\s+le\s+seguenti\s+modificazioni(?!\p{L})/iu;
/**
 * Every match of AMENDING holds one of its participles, matched with the same flags: a sentence
 * without one cannot amend. Most do not, and this search is several times faster than AMENDING's
 * (whose lookbehinds are tried at every character): AMENDING took 1.6 % of a cold index.
 */
const AMENDING_PARTICIPLE = /amended|repealed|inserted|substituted|replaced|inséré|modifié|abrogé|remplacé|complété|gewijzigd|ingevoegd|vervangen|geändert|eingefügt|ersetzt|sostituit|aggiunt|inserit|abrogat|soppress|modificat|modificazioni/iu;

/** Whether AMENDING may match the clause (false: it cannot). */
export function mayAmend(clause: string): boolean {
  return AMENDING_PARTICIPLE.test(clause);
}
/**
 * A clause opening "In section 2 (…) of the Local Government and Housing Act 1989 (c. 42), " or "In section 29(1) … of the 1973 Act, ":
 * the Act named (its name, year and chapter), the comma after it.
 */
const IN_PROVISION_OF = /^\s*(?:[-*]\s+)?(?:\(\d+[A-Z]?\)\s+)?In\s+(?:section|article|regulation|rule|paragraph|Part|Schedule)\s[^\n]{0,240}?\sof\s+(the\s+[A-Z0-9][^\n,;()]{1,120}?\b(?:Act|Order|Regulations|Rules|Measure)(?:\s+(?:\(Northern\s+Ireland\)\s+)?(?:1[6-9]|20)\d\d)?(?:\s+\([^()\n]{1,40}\))?),\s/u;
/** The instrument named in an amending sentence: a noun of an instrument, not "this Act" / "le présent code". */
const NAMED_INSTRUMENT = /(?<!\b(?:this|the\s+present|présent|présente|cette|ce|deze|dit|dieses|diese|presente)\s+)\b(?:(?:[A-Z][\p{L}'’-]*|of|and|the|\([^()\n]{1,60}\))\s+){0,12}(?:Act|Code|Ordinance|Decree|Law|Regulations?|Statute|code|loi|Loi|décret|ordonnance|[Ww]et(?:boek)?|Gesetz(?:buch)?|[Dd]ecreto(?:\s+legislativo|-legge)?|[Ll]egge|[Cc]odice|D\.\s?[Ll]gs\.|D\.L\.|D\.P\.R\.)(?![\p{L}])(?:\s+(?:de|du|des|d['’]|van|of)\s+[\p{L}'’ -]{1,60})?/u;

interface ForeignContext {
  /** The instrument the words around the citation name ("18 U.S.C."), to be found in the workspace. */
  name?: string;
  /** Why the citation is of another instrument that cannot be told apart ("that section"). */
  external?: string;
  /** "of that section": the kind of unit named earlier, to be looked for just before the citation. */
  anaphor?: RefUnitKind;
  /** "aux articles 33 à 37 et à l'article 495 du présent code": the chain ends in this document. */
  chainedToThis?: boolean;
}

/**
 * A possessive right before a citation: "en ses articles 40 et 42", "à l'exception de sa partie II", "its Article 5", "nach seinem
 * Artikel 51", "nach ihren Artikeln 8 und 6".
 */
const POSSESSIVE_BEFORE = /(?:^|[\s(])(son|sa|ses|its|seine[mnrs]?|ihre[mnrs]?)[ \t]+$/iu;
/** How far back the thing a possessive points to is looked for: the citation or "this" phrase before it, in its paragraph. */
const POSSESSIVE_REACH = 300;

/**
 * A citation with a possessive before it is of what is named before it. "Le présent Accord … À l'exception de sa partie II"
 * (this document, named just before), "la Loi 2012-30 … ses articles 3 et 4" (that instrument), "l'article 56 et ses deuxième
 * et cinquième alinéas" (a part of that article, looked for there as "that article" is); anything else cannot be told.
 */
function possessiveContext(model: DocumentModel, reference: DocumentReference): ForeignContext | undefined {
  // (most citations have no such word before them: its last letter, "n", "a", "s", "e", "m" or "r", is looked at first)
  const last = model.text.charCodeAt(reference.span.start - 2) | 0x20;
  if (last !== 110 && last !== 97 && last !== 115 && last !== 101 && last !== 109 && last !== 114) return undefined;
  const possessive = POSSESSIVE_BEFORE.exec(model.text.slice(Math.max(0, reference.span.start - 12), reference.span.start));
  if (!possessive) return undefined;
  const earlier = model.references[reference.index - 1];
  const gap = earlier ? model.text.slice(earlier.span.end, reference.span.start) : '';
  // ("Dieses Gesetz tritt … in Kraft. Der Tag, an dem das Übereinkommen nach seinem Artikel 51 …": German, a sentence ended between
  // them, and a noun of the possessive's own sentence before it is what it is of; "… le présent Accord. À l'exception de sa partie
  // II" names no noun between)
  if (earlier && gap.length <= POSSESSIVE_REACH && !/\n[ \t]*\n/.test(gap) && !(model.language === 'de' && nounBeforeInSentence(gap))) {
    if (earlier.anchor.kind === 'this' && earlier.anchor.unit === 'document') return { chainedToThis: true };
    if (earlier.anchor.kind === 'instrument') return { name: earlier.anchor.name };
    const path = earlier.targets.length === 1 ? earlier.targets[0].path : undefined;
    const kind = path?.[path.length - 1]?.kind;
    if (kind) return { external: `"${possessive[1]} ${reference.text}" is of what is named before it, which is not checked`, anaphor: kind };
  }
  return { external: `"${possessive[1]} ${reference.text}" is of what is named before it, which is not checked` };
}

/** Whether the words after the last sentence end in `gap` hold a capitalised word past the sentence's first (a German noun). */
function nounBeforeInSentence(gap: string): boolean {
  const ends = [...gap.matchAll(/[\p{Ll})][.;][ \t\n]+(?=\p{Lu})/gu)];
  if (!ends.length) return false;
  const last = ends[ends.length - 1];
  const sentence = gap.slice(last.index! + last[0].length);
  return /\s\p{Lu}\p{Ll}/u.test(sentence);
}

/** Emphasis closed right after a citation ("*subsection (9)* of"), before a space or a stop. (Narrower than what the tokenizer
 * skips, emphasisAroundCitation: the words after a citation are read past a closing mark only.) */
const EMPHASIS_CLOSED = /^(?:\*{1,2}|_{1,2})(?=[\s,.;:]|$)/;

/** How far after a citation its sentence is read for the version it applies (within resolutionReuse's READS_AFTER). */
const VERSION_IN_SENTENCE_REACH = 200;
/** A German sentence's predicate applying what it cites in an earlier version: "sind in der am 1. Januar 2002 geltenden Fassung". */
const GERMAN_VERSION_PREDICATE = /\s(?:ist|sind|gilt|gelten|findet|finden|bleibt|bleiben)\s+(?:jeweils\s+|weiter\s+)?in\s+der\s+(?:bis\s+(?:zum|einschließlich)|am|vor\s+dem)\s+[^;]{1,60}?\s(?:geltenden|gültigen)\s+Fassung(?!\p{L})/u;
/** A sentence's end: a stop before a capital (not a day's before its month, "31. Dezember"), a semicolon, a blank line. */
const SENTENCE_END = /[\p{Ll})]\.\s+\p{Lu}|\d\.\s+(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\p{L}))\p{Lu}|;|\n[ \t]*\n/u;

/**
 * The words by which the sentence a German citation stands in applies the units it lists as they read at an earlier date ("sind in
 * der am 1. Januar 2002 geltenden Fassung"), when they come later in the sentence, past the rest of its list; else undefined.
 */
function versionLaterInSentence(text: string, end: number): string | undefined {
  const after = text.slice(end, end + VERSION_IN_SENTENCE_REACH);
  const found = GERMAN_VERSION_PREDICATE.exec(after);
  if (!found || SENTENCE_END.test(after.slice(0, found.index + 1))) return undefined;
  return found[0].trim().replace(/\s+/g, ' ');
}

function foreignContext(model: DocumentModel, reference: DocumentReference): ForeignContext | undefined {
  const possessive = possessiveContext(model, reference);
  if (possessive) return possessive;
  // ("*paragraph (a)* of the definition of …": the emphasis closed after the citation is no word after it)
  const closing = EMPHASIS_CLOSED.exec(model.text.slice(reference.span.end, reference.span.end + 3))?.[0].length ?? 0;
  const after = model.text.slice(reference.span.end + closing, reference.span.end + closing + 60);
  // "de la [même loi](/eli/…)": the words a converter linked are read without the link's bracket
  // "section 50 of, and Schedule 4 to, the principal Act": what both share, past the other citation and the commas around it
  const shared = SHARED_OF_AND.exec(model.text.slice(reference.span.end, reference.span.end + 160));
  const anaphora = ANAPHORIC_ANCHOR.exec((shared ? ` of ${model.text.slice(reference.span.end + shared[0].length, reference.span.end + shared[0].length + 60)}` : after.replace(SHARED_COMMA_AFTER, '$1')).replace(/\[/g, ''));
  if (anaphora) {
    const kind = /(section|article|chapter|part|title|subsection|paragraph)s?$/iu.exec(anaphora[0].trim())?.[1].toLowerCase() as RefUnitKind | undefined;
    return { external: `"${anaphora[0].trim().replace(/^,\s*/, '')}" refers to an instrument or unit named earlier, not to this document`, anaphor: kind };
  }
  // "The subsection (5) inserted in the said section 3 by the preceding subsection": a unit an amendment put in another text
  const inserted = INSERTED_UNIT_AFTER.exec(after);
  if (inserted) return { external: `${reference.text} is the one "${inserted[0].trim()} …": a unit an amendment put into another instrument, which is not checked` };
  // "section 294A (inserted by *section 27* of this Act)": a unit this document put into the Act it amends
  const insertedHere = INSERTED_BY_THIS_AFTER.exec(after);
  if (insertedHere) return { external: `${reference.text} is the one "${insertedHere[0].replace(/[*_]/g, '').trim()})": a unit this document put into the instrument it amends, which is not checked` };
  const earlier = EARLIER_VERSION.exec(after);
  if (earlier) return { external: `${reference.text} is cited “${earlier[0].replace(/^[\s,]+/, '')} …”: the text in force may no longer hold it, and it is not checked` };
  // "§ 14a Abs. 2 Satz 1 bis 3, § 53 Abs. 1, … Abs. 3 bis 10 sowie § 54 sind in der am 1. Januar 2002 geltenden Fassung anzuwenden"
  const version = model.language === 'de' ? versionLaterInSentence(model.text, reference.span.end) : undefined;
  if (version) return { external: `${reference.text} is cited in a sentence that applies it “${version} …”: the text in force may no longer hold it, and it is not checked` };
  const versionBefore = EARLIER_VERSION_BEFORE.exec(model.text.slice(Math.max(model.lines.lineAround(reference.span.start).start, reference.span.start - VERSION_BEFORE_REACH), reference.span.start));
  if (versionBefore) return { external: `${reference.text} is cited in another version of the text (“${versionBefore[0]} …”): the text in force may no longer hold it, and it is not checked` };
  // "| 財務省組織規則（平成十三年財務省令第一号） | 第三百九十三条第六号及び第九号 | …" (a table of the instruments an order amends,
  // Japan's): the row's first cell names the instrument with its number, its other cells cite that instrument's units
  const rowStart = model.lines.lineAround(reference.span.start).start;
  const row = model.text.charCodeAt(rowStart) === 0x7c || /^[ \t]+\|/.test(model.text.slice(rowStart, rowStart + 8)) ? INSTRUMENT_FIRST_IN_ROW.exec(model.text.slice(rowStart, reference.span.start)) : null;
  if (row) return { external: `${reference.text} stands in a table row whose first cell names an instrument (“${row[1].trim()}”): it is most likely that instrument's, and it is not checked` };
  const part = PART_NAMED_BEFORE.exec(model.text.slice(Math.max(model.lines.lineAround(reference.span.start).start, reference.span.start - PART_BEFORE_REACH), reference.span.start));
  if (part) return { external: `${reference.text} is cited as a part of “${part[0]}”, which numbers its parts apart from the provisions around it (supplementary provisions, a table): it is not checked` };
  const provision = UNNAMED_PROVISION.exec(after);
  if (provision) return { external: `${reference.text} is a part of the provision named after it (“${provision[0].trim()} …”), which a citation cannot reach: it is not checked` };
  const definitionPart = DEFINITION_PART.exec(after);
  if (definitionPart) {
    // the definition's own paragraphs ("(a) a treaty …; (b) …") are no units of the document; where it stands is cited next
    const term = DEFINED_TERM_NAMED.exec(after.slice(definitionPart[0].length))?.[2];
    return { external: `${reference.text} is a part of ${term ? `the definition of “${term}”` : 'a definition'}, which is not checked` };
  }
  const lineStart = model.lines.lineAround(reference.span.start).start;
  // "Section 2(1) **official information** paragraph (e)(ii): amended, on 1 February 2011, by …" (New Zealand's amendment notes):
  // a paragraph of the definition of the term set out right before it
  const termBefore = BELOW_ARTICLE.has(reference.targets[0]?.path[0]?.kind ?? '') ? TERM_RIGHT_BEFORE.exec(model.text.slice(Math.max(lineStart, reference.span.start - 90), reference.span.start)) : null;
  if (termBefore) return { external: `${reference.text} is a part of the definition of “${termBefore[2]}”, which is not checked` };
  const listedUnder = instrumentOpeningLine(model, lineStart, reference.span.start);
  if (listedUnder) return { name: listedUnder };
  const before = model.text.slice(Math.max(lineStart, reference.span.start - 40), reference.span.start);
  const prefix = CODE_PREFIX.exec(before);
  if (prefix && !/^\d+\s+(?:[A-Z]\.){0,1}$/.test(prefix[1])) return { name: prefix[1].trim() };
  const publicLaw = PUBLIC_LAW_BEFORE.exec(before);
  if (publicLaw) return { name: publicLaw[1] };
  // The sentence so far: from its start (". ", ";" or the line start) to the citation.
  const from = Math.max(lineStart, reference.span.start - 300);
  const sentence = model.text.slice(from, reference.span.start);
  const cut = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('; '));
  const clause = cut >= 0 ? sentence.slice(cut + 2) : sentence;
  if (mayAmend(clause) && AMENDING.test(clause)) {
    const named = NAMED_INSTRUMENT.exec(clause);
    if (named && !/^(?:this|the\s+present)\b/iu.test(named[0])) return { external: `the sentence amends "${named[0].trim()}": the citation is of that instrument` };
  }
  // "In section 4(1) (disqualifications …) of the Local Government Act (Northern Ireland) 1972 (c. 9), after paragraph (e) add—"
  // (the UK's amending drafting: the provision amended, then the instruction): what follows the comma is of that provision's Act
  // (read from the line's start: "(c. 9)" holds a full stop)
  const inProvision = IN_PROVISION_OF.exec(sentence);
  if (inProvision && !/^(?:this|the\s+present)\b/iu.test(inProvision[1]) && !/[.;]\s+\p{Lu}/u.test(sentence.slice(inProvision[0].length))) return { name: inProvision[1] };
  // "los artículos 144 inciso primero, 146, 161-A, …, 494 Nº 4 y 494 Nº 5, todos del Código Penal": all the list's units, of that code
  const allOf = allOfInstrumentAfter(model, reference);
  if (allOf) return { name: allOf };
  // "| Directive (EU) 2016/1148 | This Directive |" above "| Article 1(3) | - |": the column's heading names the instrument
  const column = instrumentOfTableColumn(model, reference);
  if (column) return column === 'this' ? { chainedToThis: true } : { name: column };
  // "§ 239b Abs. 2 in Verbindung mit § 239a Abs. 1 des Strafgesetzbuches", "aus dem Strafgesetzbuch: a) … § 80a"
  const chained = chainAnchor(model, reference);
  if (chained) return chained.kind === 'instrument' ? { name: chained.name } : { chainedToThis: true };
  const named = instrumentOfLeadIn(model, reference);
  if (named) return { name: named };
  return undefined;
}

/** What may stand between a line's colon and a citation of the list after it: other citations, commas, brackets, "and". */
const CITATION_LIST_SO_FAR = /^[\s\[\](),;\w.–-]*$/u;
/** How long the instrument's name opening a line may be, and the list after its colon up to the citation. */
const OPENING_NAME_REACH = 200;
const CITATION_LIST_REACH = 300;

/**
 * The instrument a line opens with, before a colon, when the citation stands in the list after it: "Education (Change of Name of
 * Education Entities) Order 2000 (SR 2000/117): [clause 4(1)][193]", "Official Information Amendment Act 1987 (1987 No 8):
 * [section 2(1)][101], [section 3][101]" (the amendments a reprint incorporates, an Act a line).
 */
function instrumentOpeningLine(model: DocumentModel, lineStart: number, citationStart: number): string | undefined {
  // (read within the line's first characters only: a long line with many citations is read once for each)
  let colon = -1;
  for (let at = lineStart, end = Math.min(citationStart, lineStart + OPENING_NAME_REACH); at < end; at++) {
    if (model.text.charCodeAt(at) === 58 /* : */) { colon = at; break; }
  }
  if (colon < 0 || citationStart - colon > CITATION_LIST_REACH || !CITATION_LIST_SO_FAR.test(model.text.slice(colon + 1, citationStart))) return undefined;
  const head = model.text.slice(lineStart, colon).replace(/^[\s>*+-]*/, '').replace(/(?:\s*\([^()\n]{1,40}\))+\s*$/, '').replace(/[*_]+/g, '').trim();
  if (!head) return undefined;
  const named = instrumentsNamedIn(head, model.language);
  // the name is the whole of what opens the line
  return named.length === 1 && named[0].span.start === 0 && named[0].span.end === head.length && !/^(?:this|the\s+present)\b/iu.test(named[0].name) ? named[0].name : undefined;
}

/**
 * The documents of a code cited by a name their front matter implies: "title 18" or "18 U.S.C." when
 * aliases read "section 2510 of title 18", "18 U.S.C. § 1029" (the number being a unit of the
 * document), or the `collection` name itself.
 */
function collectionNamed(name: string, lookup: DocumentLookup): DocumentModel[] | undefined {
  const wanted = normaliseName(name).replace(/\s+/g, '');
  const index = namesIndex(lookup);
  const bearers = index.byCollectionName.get(wanted);
  if (!bearers) return undefined;
  const named = new Set<unknown>(bearers.map((doc) => doc.frontMatter.raw.collection ?? doc));
  // The documents of one collection share its names: "title 18" read in one alias names them all.
  const members = new Set<DocumentModel>();
  for (const key of named) {
    if (index.places.has(key as DocumentModel)) members.add(key as DocumentModel);
    for (const doc of index.byCollection.get(key) ?? []) members.add(doc);
  }
  return [...members].sort((a, b) => (index.places.get(a) as number) - (index.places.get(b) as number));
}

const collectionNameCache = new WeakMap<DocumentModel, string[]>();

export function collectionNames(doc: DocumentModel): string[] {
  const cached = collectionNameCache.get(doc);
  if (cached) return cached;
  const names = new Set<string>();
  const squash = (text: string) => normaliseName(text).replace(/\s+/g, '');
  const collection = doc.frontMatter.raw.collection;
  if (typeof collection === 'string') names.add(squash(collection));
  // Read only when an alias ends or starts with a number, and without keeping a resting document's tree (restingText.ts).
  let heldNumbers: Set<string> | undefined;
  const held = () => (heldNumbers ??= new Set(unitsToRead(doc).filter((unit) => unit.citable && unit.number !== undefined).map((unit) => normaliseNumber(unit.number as string))));
  for (const alias of doc.frontMatter.aliases) {
    // "18 U.S.C. § 1029", "18 U.S.C. 2701-2713": what stands before a number this document holds names its code.
    const before = /^(.{2,40}?)\s*§*\s*(\d+[a-z]*)(?:\s*[-–]\s*\d+[a-z]*)?$/iu.exec(alias);
    if (before && held().has(normaliseNumber(before[2]))) names.add(squash(before[1]));
    // "section 2510 of title 18": what follows "of" after a number this document holds.
    const after = /^\S+\s+(\d+[a-z]*)\s+of\s+(.{2,40})$/iu.exec(alias);
    if (after && held().has(normaliseNumber(after[1]))) names.add(squash(after[2]));
  }
  const out = [...names].filter((name) => name.length > 1);
  collectionNameCache.set(doc, out);
  return out;
}

/** Whether the document has headings of this kind (articles and sections count as one: a law's citable unit). */
function holdsKind(model: DocumentModel, kind: RefUnitKind): boolean {
  const citable = kind === 'article' || kind === 'section';
  // ("§ 14 odst. 2" in a Czech amending act of articles "Čl. I" … "Čl. VI" only: the sections of the acts it amends)
  const signedOnly = kind === 'section' && sectionsBySignOnly(model);
  return model.units.some((unit) => unit.headingDepth > 0 && (unit.kind === kind || (citable && unit.citable && !(kind === 'article' && isParagraphSign(unit)) && !(signedOnly && !isParagraphSign(unit)))));
}

/** "§ 28": a section labelled with the paragraph sign (German, Austrian, US codes), never an "article". */
function isParagraphSign(unit: Unit): boolean {
  return unit.label.startsWith('§');
}

/** The documents of the workspace that a document names in full somewhere ("Article 16 of the Budapest Convention"). */
function instrumentsCitedByName(model: DocumentModel, lookup: DocumentLookup): DocumentModel[] {
  // Cached while the same document objects are in the workspace (a note with many "the Convention" stays linear).
  const cache = namesIndex(lookup).citedByName;
  const cached = cache.get(model);
  if (cached) return cached;
  const out: DocumentModel[] = [];
  cache.set(model, out);
  for (const reference of model.references) {
    if (reference.anchor.kind !== 'instrument' || isGenericInstrument(reference.anchor.name)) continue;
    const doc = findInstrument(model, reference.anchor.name, lookup);
    if (doc && doc !== model && !out.includes(doc)) out.push(doc);
  }
  return out;
}

// One way to match the spaces around the comma: `\s*,?\s*` tried every split of a run of spaces (an indented line).
const NAME_AFTER = /^\s*(?:,\s*)?(?:of|in|under|to|from)\s+(?:the\s+)?/iu;

/** The names documents go by, indexed once per state of the workspace (the `all()` array). */
interface NameIndex {
  /** Replaced, with the models, when documents are parsed again under the same names (withNewModels). */
  documents: readonly DocumentModel[];
  /** A document's place in `documents`: "the first document with that name" is the lowest. */
  places: Map<DocumentModel, number>;
  /** First word of a name (lower case) → the names starting with it, longest first. */
  byFirstWord: Map<string, Array<{ name: string; doc: DocumentModel }>>;
  /** Normalised title, short title or alias → the first document bearing it. */
  byName: Map<string, DocumentModel>;
  /** Normalised id → the first document bearing it. */
  byIdName: Map<string, DocumentModel>;
  /** A name from `collectionNames` → the documents bearing it, in order. */
  byCollectionName: Map<string, DocumentModel[]>;
  /** `collection` front matter (any YAML value, as written) → its documents, in order. */
  byCollection: Map<unknown, DocumentModel[]>;
  /** Per document: the workspace documents it names in full (instrumentsCitedByName). */
  citedByName: Map<DocumentModel, DocumentModel[]>;
}

let nameIndex: NameIndex | undefined;

function firstBearer(map: Map<string, DocumentModel>, name: string, doc: DocumentModel): void {
  if (!map.has(name)) map.set(name, doc);
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function namesIndex(lookup: DocumentLookup): NameIndex {
  const documents = lookup.all();
  if (nameIndex && nameIndex.documents === documents) return nameIndex;
  // A document parsed again under the same names (a renumbered article): the same index, its new model in place.
  if (nameIndex && withNewModels(nameIndex, documents)) return nameIndex;
  const index: NameIndex = { documents, places: new Map(), byFirstWord: new Map(), byName: new Map(), byIdName: new Map(), byCollectionName: new Map(), byCollection: new Map(), citedByName: new Map() };
  addDocuments(index, documents);
  nameIndex = index;
  return nameIndex;
}

/**
 * Adds documents after those the index has, in order. The names' lists stay longest first, and
 * among names of one length in the documents' order (the sort is stable): the index a build from
 * all the documents gives.
 */
function addDocuments(index: NameIndex, documents: Iterable<DocumentModel>): void {
  const grown = new Set<Array<{ name: string; doc: DocumentModel }>>();
  for (const doc of documents) {
    index.places.set(doc, index.places.size);
    for (const name of normalisedNames(doc)) firstBearer(index.byName, name, doc);
    if (doc.id) firstBearer(index.byIdName, normaliseName(doc.id), doc);
    for (const name of collectionNames(doc)) appendTo(index.byCollectionName, name, doc);
    const collection = doc.frontMatter.raw.collection;
    if (collection !== undefined) appendTo(index.byCollection, collection, doc);
    for (const raw of [doc.title, doc.frontMatter.shortTitle ?? '', ...doc.frontMatter.aliases]) {
      const name = normaliseName(raw);
      // A name of one word that is a generic noun ("the Convention") binds by relation, not by name.
      if (name.length < 3 || isGenericInstrument(name)) continue;
      const first = name.split(' ')[0];
      const list = index.byFirstWord.get(first) ?? [];
      list.push({ name, doc });
      index.byFirstWord.set(first, list);
      grown.add(list);
    }
  }
  for (const list of grown) list.sort((a, b) => b.name.length - a.name.length);
}

/**
 * Puts the new models of `documents` in the index built for the documents before, when they begin
 * with the same documents in the same order under the same names, and adds the documents after
 * them (the workspace indexing: documents are appended): the index is then the one a build would
 * give. False (the index untouched) when a document left, moved or a name changed.
 */
function withNewModels(index: NameIndex, documents: readonly DocumentModel[]): boolean {
  const before = index.documents;
  if (before.length > documents.length) return false;
  const replaced = new Map<DocumentModel, DocumentModel>();
  for (let i = 0; i < before.length; i++) {
    const old = before[i];
    const doc = documents[i];
    if (old !== doc && (old.uri !== doc.uri || !sameNames(old, doc))) return false;
    if (old !== doc) replaced.set(old, doc);
  }
  // Only the entries under a replaced document's names can hold it (its names are the same).
  for (const [old, doc] of replaced) {
    index.places.set(doc, index.places.get(old) as number);
    index.places.delete(old);
    for (const name of normalisedNames(old)) if (index.byName.get(name) === old) index.byName.set(name, doc);
    if (old.id && index.byIdName.get(normaliseName(old.id)) === old) index.byIdName.set(normaliseName(old.id), doc);
    const lists = collectionNames(old).map((name) => index.byCollectionName.get(name));
    lists.push(index.byCollection.get(old.frontMatter.raw.collection));
    for (const raw of [old.title, old.frontMatter.shortTitle ?? '', ...old.frontMatter.aliases]) {
      const entries = index.byFirstWord.get(normaliseName(raw).split(' ')[0]) ?? [];
      for (const entry of entries) if (entry.doc === old) entry.doc = doc;
    }
    for (const list of lists) if (list) for (let i = 0; i < list.length; i++) if (list[i] === old) list[i] = doc;
  }
  if (documents.length > before.length) addDocuments(index, documents.slice(before.length));
  index.citedByName = new Map();
  index.documents = documents;
  return true;
}

/** Whether two models of one document go by the same names (all that the name index reads of them). */
function sameNames(a: DocumentModel, b: DocumentModel): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((value, i) => value === y[i]);
  const collection = (doc: DocumentModel) => doc.frontMatter.raw.collection;
  // Any other YAML value is a key by identity: a new model's is another object.
  const plain = (value: unknown) => value === undefined || typeof value === 'string' || typeof value === 'number';
  return a.id === b.id && a.title === b.title && a.frontMatter.shortTitle === b.frontMatter.shortTitle && same(a.frontMatter.aliases, b.frontMatter.aliases) &&
    plain(collection(a)) && collection(a) === collection(b) && same(normalisedNames(a), normalisedNames(b)) && same(collectionNames(a), collectionNames(b));
}

/** The document whose name follows the citation ("of ETS No. 185"), when the grammar took no instrument there. */
/**
 * The document a citation with no anchor and no instrument around it points into: the one named
 * right after it ("Article 16 of ETS No. 185"); else, in a commentary, the document it annotates
 * (its bare "Article 14" is that document's article 14, not the note's own heading of that name);
 * else the citing document itself.
 */
function unanchoredDocument(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup): { document: DocumentModel; annotated: boolean } {
  const named = documentNamedAfter(model, reference, lookup);
  if (named) return { document: named, annotated: false };
  const annotated = model.type === 'commentary' && model.frontMatter.annotates ? lookup.byId(model.frontMatter.annotates) : undefined;
  if (annotated && annotated !== model) return { document: annotated, annotated: true };
  return { document: model, annotated: false };
}

function documentNamedAfter(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup): DocumentModel | undefined {
  const after = model.text.slice(reference.span.end, reference.span.end + 200);
  const lead = NAME_AFTER.exec(after);
  if (!lead) return undefined;
  const rest = normaliseName(after.slice(lead[0].length)).replace(/\n.*$/su, '');
  const first = rest.split(' ')[0];
  for (const { name, doc } of namesIndex(lookup).byFirstWord.get(first) ?? []) {
    if (rest.startsWith(name) && !/^[\p{L}\d]/u.test(rest.slice(name.length)) && doc !== model) return doc;
  }
  return undefined;
}

/** After "the following clause": the words that make it the text an amendment sets out ("shall be inserted, namely:—", "shall be added"). */
const SETS_OUT_AFTER = /^[\s,]*(?:(?:shall|is|are|may)\s+be\s+(?:hereby\s+)?(?:inserted|substituted|added|read|deemed\s+to\s+be\s+(?:inserted|substituted|added))|(?:is|are)\s+(?:hereby\s+)?(?:inserted|substituted|added))\b/i;

/**
 * "the preceding paragraph", "the following section": the sibling of that kind before or after the
 * unit of that kind that holds the citation; from text that is in no such unit, the nearest one
 * before or after the citation.
 */
function relativeUnit(model: DocumentModel, context: Unit, step: RefStep, direction: 'above' | 'below' | 'preceding' | 'following'): ResolvedTarget {
  const backwards = direction === 'preceding' || direction === 'above';
  const alike = (unit: Unit) => unit.kind === step.kind || ((step.kind === 'article' || step.kind === 'section') && unit.citable) || (unit.headingDepth === 0 && kindsCompatible(step.kind, unit.kind) && unit.kind !== 'alinea');
  const holder = (() => { for (let unit: Unit | undefined = context; unit; unit = unit.parent) if (alike(unit)) return unit; return undefined; })();
  let candidates: Unit[];
  if (holder && holder.headingDepth === 0) candidates = (holder.parent?.children ?? []).filter(alike);
  else candidates = model.units.filter((unit) => alike(unit) && unit.headingDepth > 0);
  let found: Unit | undefined;
  if (holder) {
    const index = candidates.indexOf(holder);
    found = candidates[backwards ? index - 1 : index + 1];
  } else {
    const inside = context.kind === 'document' ? model.units : [context, ...descendantsOf(context)];
    const pool = inside.filter(alike);
    const at = step.span.start;
    found = backwards ? [...pool].reverse().find((unit) => unit.span.end <= at) : pool.find((unit) => unit.span.start >= at);
  }
  // "the preceding paragraph" where the paragraphs are written unnumbered (a convention whose numbers a converter lost): the alinea before
  if (!found && step.kind === 'paragraph') found = neighbourAlinea(context, step.span.start, backwards);
  const where = backwards ? 'preceding' : 'following';
  // "for clause (d), the following clause shall be substituted, namely:—": the clause the amendment sets out after its lead-in
  // ("for Schedule 2 there shall be substituted the following Schedule (which reproduces …)—": a long aside, then the dash that
  // closes the line)
  if (!found && !backwards && (SETS_OUT_AFTER.test(model.text.slice(step.span.end, step.span.end + 60)) || ANNOUNCES_TEXT_BELOW.test(lineRest(model.text, step.span.end)))) {
    return { status: 'external', span: step.span, reason: `"the ${where} ${step.kind}" is the text an amending sentence sets out after its lead-in ("shall be substituted, namely:"), not a unit of this document` };
  }
  // "> (b) … mentioned in the preceding paragraph" in the subsection an amendment inserts: the quoted text's own paragraph
  const quoted = quotedPassageAt(model, step.span.start);
  if (quoted && (!found || found.span.start < quoted.start || found.span.start >= quoted.end)) {
    return { status: 'external', span: step.span, reason: `"the ${where} ${step.kind}" stands in text quoted from another instrument ("${quoteStart(model.text, quoted)}"): it is most likely that instrument's` };
  }
  // "| | (*b*) … as is mentioned in the foregoing paragraph (*a*). |": an item of a table's cell, which the structure does not read
  if (!found && onTableRow(model.text, step.span.start)) return { status: 'external', span: step.span, reason: `there is no ${where} ${step.kind} here, but it stands in a table's cell, whose items the structure does not read: it is most likely an item of that cell` };
  if (!found) return { status: 'unresolved', span: step.span, reason: `there is no ${where} ${step.kind}${holder ? ` (this is ${unitName(holder)})` : ''}` };
  return resolvedTarget(model, found, step.span);
}

/** The alinea before (or after) the one that holds `at`, among its unnumbered siblings; none when there is no such sibling. */
function neighbourAlinea(context: Unit, at: number, backwards: boolean): Unit | undefined {
  const holding = [context, ...descendantsOf(context)].filter((unit) => unit.kind === 'alinea' && unit.span.start <= at && at < unit.span.end).pop();
  const siblings = holding?.parent?.children;
  if (!holding || !siblings || siblings.some((unit) => unit.kind === 'paragraph')) return undefined;
  const alineas = siblings.filter((unit) => unit.kind === 'alinea');
  return alineas[alineas.indexOf(holding) + (backwards ? -1 : 1)];
}

function descendantsOf(unit: Unit): Unit[] {
  const out: Unit[] = [];
  const queue = [...unit.children];
  for (let i = 0; i < queue.length; i++) {
    out.push(queue[i]);
    queue.push(...queue[i].children);
  }
  return out;
}

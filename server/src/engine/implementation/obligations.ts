// Obligations of a treaty: the sentences by which it obliges a party to act ("Each Party shall
// adopt …", "Iedere Partij neemt …", "تعتمد كل دولة طرف …"), optional powers ("A Party may …")
// and reservations or declarations ("may reserve the right"), each classified as
// criminalisation, procedural power, international cooperation or other.
// Keyword tables per language, like the reference grammar's; every pattern is a plain
// alternation without nested repetition, so it runs in linear time.
import type { Unit } from '../model';
import type { DocumentModel } from '../document';
import type { Span } from '../model';

export type ObligationKind = 'mandatory' | 'optional' | 'reservation';
export type ObligationClass = 'criminalisation' | 'procedural' | 'cooperation' | 'other';

export interface Obligation {
  kind: ObligationKind;
  class: ObligationClass;
  /** The innermost unit holding the sentence (a paragraph, or the article itself). */
  unitId: string;
  /** The citable unit (article) the sentence belongs to. */
  articleId: string;
  span: Span;
}

/** What an article asks of a party, summarised: its strongest obligation and that one's class. */
export interface ArticleObligation {
  kind: ObligationKind;
  class: ObligationClass;
  obligations: Obligation[];
}

interface KindTable {
  mandatory: RegExp[];
  optional: RegExp[];
  reservation: RegExp[];
}

// "Each Party shall", "The Parties shall", "A State Party shall"; optional "may".
const PARTY_EN = String.raw`\b(?:each|every|the|a|any|all)\s+(?:requesting\s+|requested\s+)?(?:state\s+)?part(?:y|ies)\b`;
const KIND_TABLES: Record<string, KindTable> = {
  en: {
    reservation: [/\bmay\s+reserve\s+the\s+right\b/i, /\breserves\s+the\s+right\b/i, /\bdeclare\s+that\s+it\b/i],
    optional: [new RegExp(`${PARTY_EN}\\s+may\\b`, 'i'), /\bparties\s+may\b/i],
    mandatory: [new RegExp(`${PARTY_EN}\\s+shall\\b`, 'i'), /\bparties\s+shall\b/i, /\bshall\s+(?:adopt|establish|ensure|take|afford|provide|designate|co-?operate)\b/i],
  },
  nl: {
    reservation: [/\bkan\s+zich\s+het\s+recht\s+voorbehouden\b/i, /\bkunnen\s+zich\s+het\s+recht\s+voorbehouden\b/i, /\bkan\s+[^.;]{0,120}?verklaren\b/i],
    optional: [/\b(?:een|iedere|elke|de)\s+partij\s+kan\b/i, /\bde\s+partijen\s+kunnen\b/i],
    // Dutch states an obligation in the present tense: "Iedere Partij neemt", "De Partijen verlenen".
    mandatory: [/\b(?:iedere|elke)\s+partij\s+(?!kan\b)\p{L}{3,}/iu, /\bde\s+partijen\s+(?!kunnen\b)\p{L}{3,}/iu, /\b(?:dient|dienen)\s+te\b/i],
  },
  fr: {
    reservation: [/\bse\s+réserver\s+le\s+droit\b/i, /\bpeut\s+[^.;]{0,120}?déclarer\b/i],
    optional: [/\b(?:une|chaque|toute)\s+partie\s+peut\b/i, /\bles\s+parties\s+peuvent\b/i],
    mandatory: [/\b(?:chaque|toute)\s+partie\s+(?!peut\b)\p{L}{3,}/iu, /\bles\s+parties\s+(?!peuvent\b)\p{L}{3,}/iu],
  },
  es: {
    reservation: [/\breservarse\s+el\s+derecho\b/i],
    optional: [/\b(?:una|cada)\s+parte\s+podrá\b/i, /\blas\s+partes\s+podrán\b/i],
    mandatory: [/\b(?:cada|toda)\s+parte\s+(?:adoptará|establecerá|garantizará|deberá)\b/i, /\blas\s+partes\s+(?:adoptarán|deberán|se\s+prestarán)\b/i],
  },
  // Arabic: "تعتمد كل دولة طرف" (each State Party adopts), "يجوز للدولة الطرف" (a State Party may),
  // "تحتفظ بالحق" (reserves the right). Diacritics are stripped before matching.
  ar: {
    reservation: [/تحتفظ\s+بالحق/u, /أن\s+تحتفظ/u, /تعلن\s+أنها/u],
    optional: [/يجوز\s+(?:ل|لل)(?:كل\s+)?(?:دولة|الدولة|الدول)\s*(?:ال)?(?:طرف|أطراف)/u, /يجوز\s+لأي\s+دولة\s+طرف/u],
    mandatory: [/(?:^|\s)(?:ت|ي)\p{L}{2,}\s+كل\s+دولة\s+طرف/u, /على\s+كل\s+دولة\s+طرف/u, /(?:ت|ي)\p{L}{2,}\s+الدول\s+الأطراف/u],
  },
};

interface ClassTable {
  cooperation: RegExp[];
  procedural: RegExp[];
  criminalisation: RegExp[];
}

const CLASS_TABLES: Record<string, ClassTable> = {
  en: {
    cooperation: [/\bco-?operat/i, /\bmutual\s+assistance\b/i, /\bextradit/i, /\brequest(?:ing|ed)\s+part(?:y|ies)\b/i, /\bone\s+another\b/i],
    procedural: [/\bpowers\s+and\s+procedures\b/i, /\bcompetent\s+authorities\b/i, /\bempower\b/i, /\b(?:search|seize|preserv|production\s+order|collect\s+or\s+record|intercept\w*\s+of\s+content)/i],
    criminalisation: [/\bcriminal\s+offen[cs]es?\b/i, /\bcriminali[sz]e\b/i, /\bcriminal(?:ly)?\s+liab/i, /\bliable\s+for\s+a\s+criminal\b/i],
  },
  nl: {
    cooperation: [/\bsamenwerk/i, /\bwederzijdse\s+(?:rechts)?(?:bijstand|hulp)\b/i, /\brechtshulp\b/i, /\buitlever/i, /\b(?:verzoekende|aangezochte)\s+partij\b/i],
    procedural: [/\bbevoegdheden\s+en\s+procedures\b/i, /\bbevoegde\s+autoriteiten\b/i, /\bbevoegd\s+te\b/i, /\b(?:doorzoek|inbeslagne|bevel|bewaring)/i],
    criminalisation: [/\bstrafba(?:ar|re)\s+feit/i, /\bstrafbaar\s+te\s+stellen\b/i, /\bstrafrechtelijk\s+aansprakelijk/i],
  },
  fr: {
    cooperation: [/\bcoopér/i, /\bentraide\b/i, /\bextradition\b/i, /\bpartie\s+(?:requérante|requise)\b/i],
    procedural: [/\bpouvoirs\s+et\s+procédures\b/i, /\bautorités\s+compétentes\b/i, /\bhabiliter\b/i, /\b(?:perquisition|saisi|conservation)/i],
    criminalisation: [/\binfractions?\s+pénales?\b/i, /\bériger\s+en\s+infraction/i, /\bincrimin/i],
  },
  es: {
    cooperation: [/\bcooperaci/i, /\basistencia\s+mutua\b/i, /\bextradici/i],
    procedural: [/\bpoderes\s+y\s+procedimientos\b/i, /\bautoridades\s+competentes\b/i],
    criminalisation: [/\bdelitos?\b/i, /\btipificar\b/i],
  },
  ar: {
    cooperation: [/التعاون/u, /المساعدة\s+القانونية\s+المتبادلة/u, /تسليم\s+المجرمين/u, /الدولة\s+الطرف\s+(?:الطالبة|متلقية\s+الطلب)/u],
    procedural: [/السلطات\s+المختصة/u, /الصلاحيات\s+والإجراءات/u, /(?:تفتيش|ضبط|حفظ|التحفظ\s+على)/u],
    criminalisation: [/تجرم/u, /جرائم\s+جنائية/u, /جريمة\s+جنائية/u, /المجرمة/u],
  },
};

const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/g;

function tableKey(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return primary in KIND_TABLES ? primary : 'en';
}

/** The kind of obligation one sentence states, if any: a reservation outranks "may", which outranks "shall" in the same sentence. */
export function sentenceKind(sentence: string, language: string): ObligationKind | undefined {
  const table = KIND_TABLES[tableKey(language)];
  const text = sentence.replace(DIACRITICS, '');
  if (table.reservation.some((p) => p.test(text))) return 'reservation';
  if (table.optional.some((p) => p.test(text))) return 'optional';
  if (table.mandatory.some((p) => p.test(text))) return 'mandatory';
  return undefined;
}

/** The class of an obligation from its own words, or else from the headings above it. */
export function sentenceClass(sentence: string, language: string, headings = ''): ObligationClass {
  const table = CLASS_TABLES[tableKey(language)];
  // Cooperation and procedure first, from the sentence and then from the headings: their
  // sentences mention "criminal offences" too ("… investigations concerning criminal offences").
  const own = sentence.replace(DIACRITICS, '');
  const above = headings.replace(DIACRITICS, '');
  for (const text of [own, above]) {
    if (table.cooperation.some((p) => p.test(text))) return 'cooperation';
    if (table.procedural.some((p) => p.test(text))) return 'procedural';
  }
  for (const text of [own, above]) if (table.criminalisation.some((p) => p.test(text))) return 'criminalisation';
  return 'other';
}

const cache = new WeakMap<DocumentModel, Obligation[]>();

/** Every obligation of a treaty, in text order. Other documents have none. */
export function obligationsOf(model: DocumentModel): Obligation[] {
  if (model.type !== 'treaty') return [];
  const cached = cache.get(model);
  if (cached) return cached;
  const out: Obligation[] = [];
  for (const article of model.units) {
    if (!article.citable) continue;
    const headings = headingTrail(article);
    for (const block of leafBlocks(article)) {
      for (const sentence of sentences(model.text, block.span)) {
        const text = model.text.slice(sentence.start, sentence.end);
        const kind = sentenceKind(text, model.language);
        if (!kind) continue;
        out.push({ kind, class: sentenceClass(text, model.language, headings), unitId: block.id, articleId: article.id, span: sentence });
      }
    }
  }
  cache.set(model, out);
  return out;
}

const RANK: Record<ObligationKind, number> = { mandatory: 3, optional: 2, reservation: 1 };

/** An article's strongest obligation; the class of its first mandatory (or first) sentence. */
export function articleObligation(model: DocumentModel, articleId: string): ArticleObligation | undefined {
  const obligations = obligationsOf(model).filter((o) => o.articleId === articleId);
  if (obligations.length === 0) return undefined;
  let strongest = obligations[0];
  for (const obligation of obligations) if (RANK[obligation.kind] > RANK[strongest.kind]) strongest = obligation;
  return { kind: strongest.kind, class: strongest.class, obligations };
}

export const CLASS_LABEL: Record<ObligationClass, string> = {
  criminalisation: 'criminalisation',
  procedural: 'procedural power',
  cooperation: 'international cooperation',
  other: 'other',
};

export const KIND_LABEL: Record<ObligationKind, string> = {
  mandatory: 'mandatory',
  optional: 'optional',
  reservation: 'reservation or declaration',
};

/** "mandatory criminalisation", "optional procedural power". */
export function describeObligation(obligation: { kind: ObligationKind; class: ObligationClass }): string {
  return `${KIND_LABEL[obligation.kind]} ${CLASS_LABEL[obligation.class]}`;
}

/** The titles of the groupings above an article (chapter, section, title): context for its class. */
function headingTrail(unit: Unit): string {
  const titles: string[] = [];
  for (let current: Unit | undefined = unit; current; current = current.parent) {
    if (current.title) titles.push(current.title);
  }
  return titles.join(' | ');
}

/** The text-bearing units of an article: its numbered paragraphs, or the article itself. */
function leafBlocks(article: Unit): Array<{ id: string; span: Span }> {
  if (article.children.length === 0) {
    return [{ id: article.id, span: { start: article.labelSpan.end, end: article.span.end } }];
  }
  const out: Array<{ id: string; span: Span }> = [];
  // Text between the heading and the first numbered paragraph ("Each Party shall … :").
  const first = article.children[0];
  if (first.span.start > article.labelSpan.end) out.push({ id: article.id, span: { start: article.labelSpan.end, end: first.span.start } });
  for (const child of article.children) out.push(...leafBlocks(child).map((b) => (b.id === child.id && child.children.length === 0 ? { id: child.id, span: child.span } : b)));
  return out;
}

/** Sentences of a span: split after ".", ";" or the Arabic full stop when followed by space. */
function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < span.end ? text.charCodeAt(i + 1) : 32;
    if ((c === 46 || c === 59 || c === 0x06d4) && (next === 32 || next === 10)) {
      // "art. 7", "para. 2": an abbreviation before a number is no sentence end.
      if (c === 46 && /\b(?:art|para|no|nr|ss?)$/i.test(text.slice(Math.max(start, i - 5), i))) continue;
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (span.end > start && /\S/.test(text.slice(start, span.end))) out.push({ start, end: span.end });
  return out.map((s) => trimSpan(text, s));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

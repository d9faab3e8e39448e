// The term base as TBX (ISO 30042), the exchange format of terminology tools: written as
// TBX-Basic in the 2019 structure (tbx / text / body / conceptEntry / langSet / termSec / term),
// read from that structure and from the older one (martif / termEntry / tig). The XML is read,
// checked and written by fast-xml-parser, never by hand: entities, escaping and well-formedness
// are its job, and its validator gives the line of a syntax error.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TermBase, TermEntry, TermRendering } from './termBase';

const STATUS = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
} as const;
type Status = keyof typeof STATUS;
const STATUS_BY_VALUE = new Map<string, Status>(Object.entries(STATUS).map(([k, v]) => [v, k as Status]));
const SOURCE_NOTE = 'source: ';
const LANGUAGE_NOTE = 'source-language: ';

type XmlNode = Record<string, unknown>;

/** The term base as a TBX-Basic document. Accepted differences are not terminology and stay in the YAML file. */
export function termBaseToTbx(termBase: TermBase): string {
  const sourceLanguage = termBase.terms[0]?.language ?? 'en';
  const entries = termBase.terms.map((entry, index) => {
    const notes: string[] = [];
    if (entry.source) notes.push(SOURCE_NOTE + entry.source);
    if (entry.language !== sourceLanguage) notes.push(LANGUAGE_NOTE + entry.language);
    if (entry.note) notes.push(entry.note);
    const langSets: XmlNode[] = [{ '@_xml:lang': entry.language, termSec: [termSec(entry.term, 'preferred')] }];
    for (const [language, rendering] of Object.entries(entry.renderings)) {
      const secs: XmlNode[] = [];
      if (rendering.preferred) secs.push(termSec(rendering.preferred, 'preferred'));
      for (const status of ['admitted', 'forbidden', 'superseded'] as const) for (const term of rendering[status]) secs.push(termSec(term, status));
      if (secs.length) langSets.push({ '@_xml:lang': language, termSec: secs });
    }
    return { '@_id': `c${index + 1}`, ...(notes.length ? { note: notes } : {}), langSet: langSets };
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tbx: {
      '@_type': 'TBX-Basic', '@_style': 'dca', '@_xml:lang': sourceLanguage, '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
      tbxHeader: { fileDesc: { sourceDesc: { p: 'Treaty Lens term base: the defined terms of the originals and their agreed renderings' } } },
      text: { body: { conceptEntry: entries } },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(document) as string;
}

function termSec(term: string, status: Status): XmlNode {
  return { term, termNote: { '@_type': 'administrativeStatus', '#text': STATUS[status] } };
}

export class TbxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

const ARRAYS = new Set(['conceptEntry', 'termEntry', 'langSet', 'termSec', 'tig', 'ntig', 'termNote', 'note', 'termGrp']);

/** Reads TBX (2019 or 2008 structure) into a term base; a TbxError names the line of what is wrong. */
export function tbxToTermBase(xml: string): TermBase {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new TbxError(valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, trimValues: true,
    isArray: (name) => ARRAYS.has(name), processEntities: true,
  });
  const data = parser.parse(xml) as XmlNode;
  const locate = locator(xml);
  const root = (data.tbx ?? data.martif) as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw new TbxError(locate('tbx', 0) || locate('martif', 0) || 1, 'the root element must be <tbx> (TBX 2019) or <martif> (TBX 2008)');
  const rootName = data.tbx ? 'tbx' : 'martif';
  const body = ((root.text as XmlNode | undefined)?.body) as XmlNode | undefined;
  if (!body || typeof body !== 'object') throw new TbxError(locate(rootName, 0), `<${rootName}> has no <text><body>`);
  const rootLanguage = typeof root['@_xml:lang'] === 'string' ? root['@_xml:lang'] as string : undefined;
  const entries = ((body.conceptEntry ?? body.termEntry ?? []) as XmlNode[]);
  const entryTag = body.conceptEntry ? 'conceptEntry' : 'termEntry';
  const terms: TermEntry[] = [];
  entries.forEach((entry, index) => {
    const line = () => locate(entryTag, index);
    const langSets = (entry.langSet ?? []) as XmlNode[];
    if (!langSets.length) throw new TbxError(line(), `<${entryTag}> ${index + 1} has no <langSet>`);
    const notes = ((entry.note ?? []) as unknown[]).map(textOf).filter((n): n is string => !!n);
    const source = notes.find((n) => n.startsWith(SOURCE_NOTE))?.slice(SOURCE_NOTE.length);
    const language = notes.find((n) => n.startsWith(LANGUAGE_NOTE))?.slice(LANGUAGE_NOTE.length) ?? rootLanguage ?? (langSets[0]['@_xml:lang'] as string | undefined);
    const note = notes.filter((n) => !n.startsWith(SOURCE_NOTE) && !n.startsWith(LANGUAGE_NOTE)).join('\n') || undefined;
    let term: string | undefined;
    const renderings: Record<string, TermRendering> = {};
    for (const langSet of langSets) {
      const lang = langSet['@_xml:lang'];
      if (typeof lang !== 'string' || !lang) throw new TbxError(line(), `a <langSet> of <${entryTag}> ${index + 1} has no xml:lang`);
      const secs = (langSet.termSec ?? langSet.tig ?? langSet.ntig ?? []) as XmlNode[];
      if (!secs.length) throw new TbxError(line(), `the <langSet xml:lang="${lang}"> of <${entryTag}> ${index + 1} has no <termSec> (or <tig>)`);
      const rendering: TermRendering = { admitted: [], forbidden: [], superseded: [] };
      for (const sec of secs) {
        const grp = (sec.termGrp as XmlNode[] | undefined)?.[0] ?? sec;
        const value = textOf(grp.term);
        if (!value) throw new TbxError(line(), `a <termSec> of <langSet xml:lang="${lang}"> in <${entryTag}> ${index + 1} has no <term>`);
        const statusNote = ((grp.termNote ?? []) as XmlNode[]).find((n) => n['@_type'] === 'administrativeStatus');
        const status = statusNote ? STATUS_BY_VALUE.get(textOf(statusNote) ?? '') ?? 'admitted' : undefined;
        if (lang === language && !term && (status === undefined || status === 'preferred')) { term = value; continue; }
        if (status === undefined || status === 'preferred') {
          if (!rendering.preferred) rendering.preferred = value; else rendering.admitted.push(value);
        } else {
          rendering[status].push(value);
        }
      }
      if (lang !== language || rendering.preferred || rendering.admitted.length || rendering.forbidden.length || rendering.superseded.length) renderings[lang] = rendering;
    }
    if (!term) throw new TbxError(line(), `<${entryTag}> ${index + 1} has no term in the source language "${language}"`);
    terms.push({ term, language: language as string, ...(source ? { source } : {}), ...(note ? { note } : {}), renderings });
  });
  return { terms, acceptedDifferences: [] };
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return undefined;
}

/** The line of the n-th start tag of an element: for messages about what the parser's tree lacks. */
function locator(xml: string): (tag: string, n: number) => number {
  const offsets = new Map<string, number[]>();
  return (tag, n) => {
    let list = offsets.get(tag);
    if (!list) {
      list = [];
      const pattern = new RegExp(`<${tag}[\\s>/]`, 'g');
      for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) list.push(match.index);
      offsets.set(tag, list);
    }
    const at = list[n];
    if (at === undefined) return 0;
    let line = 1;
    for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) line++;
    return line;
  };
}

// An annex published as a document of its own. France's tax code has four annexes, each a code of its own
// ("Code général des impôts, annexe II"); a treaty's annex is often a separate instrument ("Annex I to the
// Convention …"). "l'article 57 de l'annexe II au code général des impôts" is then that document's article 57.
import type { DocumentModel } from './document';
import type { RefStep } from './references/types';
import { HEADING_WORDS, normaliseNumber, numbersMatch } from './keywords';
import { headingsOfKind } from './headingLists';
import { normaliseName } from './documentNames';

/** The heading words that open an annex or a schedule, in every language ("annexe", "anexo", "Anhang", "schedule"). */
const ANNEX_WORDS = Object.entries(HEADING_WORDS).filter(([, kind]) => kind === 'annex' || kind === 'schedule').map(([word]) => word);
/** "annexe II", "Annex 1", "anexo I": an annex word and its number, anywhere in a title. */
const ANNEX_IN_TITLE = new RegExp(`(?:^|[\\s,;:(–—-])(?:${ANNEX_WORDS.join('|')})\\s+([\\p{L}\\p{N}]{1,8})(?![\\p{L}\\p{N}])`, 'giu');

/** Whether the copy of `doc` holds no annex or schedule at all, so that its annexes, if anywhere, are published apart. */
export function holdsNoAnnex(doc: DocumentModel): boolean {
  return headingsOfKind(doc, 'annex').length === 0 && headingsOfKind(doc, 'schedule').length === 0;
}

/**
 * The document of the workspace that is annex `annex` of `doc` published apart: its title holds `doc`'s title and
 * names that annex ("Code général des impôts, annexe II", "Annexe II au code général des impôts"). Undefined when none
 * or more than one does.
 */
export function annexPublishedApart(doc: DocumentModel, annex: RefStep, all: readonly DocumentModel[]): DocumentModel | undefined {
  const title = normaliseName(doc.title);
  if (!title) return undefined;
  let found: DocumentModel | undefined;
  for (const [key, others] of titled(all)) {
    if (key.length <= title.length) continue;
    const at = key.indexOf(title);
    if (at < 0) continue;
    // the annex word in what the title adds to the instrument's name
    const rest = `${key.slice(0, at)} ${key.slice(at + title.length)}`;
    if (!annexNumbersIn(rest).some((number) => numbersMatch(annex.number, number))) continue;
    if (found || others.length > 1) return undefined;
    found = others[0];
  }
  return found === doc ? undefined : found;
}

function annexNumbersIn(text: string): string[] {
  const numbers: string[] = [];
  for (const match of text.matchAll(ANNEX_IN_TITLE)) numbers.push(normaliseNumber(match[1]));
  return numbers;
}


/** "Code général des impôts, annexe II", "Annexe II au code …", "Annex 1 to the Convention …": the instrument a title's annex is of. */
const ANNEX_OF_TITLE = new RegExp(`^(.{3,}?)[\\s]*[,;:–—-][\\s]*(?:${ANNEX_WORDS.join('|')})\\s+[\\p{L}\\p{N}]{1,8}\\.?$|^(?:${ANNEX_WORDS.join('|')})\\s+[\\p{L}\\p{N}]{1,8}\\s+(?:au|à\\s+la|à\\s+l['’]|to(?:\\s+the)?|al|a\\s+la|ao|à|zum|zur|bij|all['’]|al)\\s+(.{3,})$`, 'iu');

/**
 * The instrument whose annex `doc` is, by its title ("Code général des impôts, annexe II" → "Code général des impôts"), and
 * the document of the workspace that is that instrument, if one is. Undefined when the title names no annex.
 */
export function instrumentAnnexed(doc: DocumentModel, all: readonly DocumentModel[]): { name: string; doc?: DocumentModel } | undefined {
  const match = ANNEX_OF_TITLE.exec(doc.title.trim());
  const name = (match?.[1] ?? match?.[2])?.trim();
  if (!name) return undefined;
  const key = normaliseName(name);
  return { name, doc: titled(all).get(key)?.find((other) => other !== doc) };
}

/** Whether a title names its document as an annex of an instrument ("Code général des impôts, annexe III", "…, Anhang 2"). */
export function namesAnAnnex(title: string): boolean {
  return ANNEX_OF_TITLE.test(title.trim());
}

/** The documents of one workspace listing by their normalised titles; `all()` is the same array while no document changes. */
const byTitle = new WeakMap<readonly DocumentModel[], Map<string, DocumentModel[]>>();

function titled(all: readonly DocumentModel[]): Map<string, DocumentModel[]> {
  let index = byTitle.get(all);
  if (!index) {
    index = new Map();
    for (const doc of all) {
      const key = normaliseName(doc.title);
      const list = index.get(key);
      if (list) list.push(doc);
      else index.set(key, [doc]);
    }
    byTitle.set(all, index);
  }
  return index;
}

// A code whose article numbers say where each stands ("L2339-5": book 2, title 3, chapter 3, chapter 9, article 5), as
// France's codes are numbered. A consolidated copy leaves out the articles since repealed or moved to another code, so
// "l'article L. 2339-6" between the copy's L2339-5 and L2339-8 is most likely one of those, not a drafter's slip.
import type { DocumentModel } from './document';
import { headingsOfKind } from './headingLists';
import { TreeKeyedCache } from './treeKeyed';

/** "L2339-6", "R122-4-1", "323-3": a part letter or not, then parts joined by hyphens; the last part is the article's place. */
const HIERARCHICAL_NUMBER = /^((?:lo|[lrda])?\d+(?:-\d+)*)-(\d+)$/i;

/** Per version of a document's tree and unit kind: each family ("l2339") and the places its units hold, in order. */
type Families = { units: number; byFamily: Map<string, number[]> };
const families = { article: new TreeKeyedCache<Families>(), section: new TreeKeyedCache<Families>() };

function familiesOf(doc: DocumentModel, kind: 'article' | 'section' = 'article'): Map<string, number[]> {
  const cached = families[kind].get(doc);
  // (a tree that grew in place is read again, as headingLists does)
  if (cached && cached.units === doc.units.length) return cached.byFamily;
  const known = new Map<string, number[]>();
  for (const unit of headingsOfKind(doc, kind)) {
    const match = HIERARCHICAL_NUMBER.exec((unit.number ?? '').replace(/\s+/g, ''));
    if (!match) continue;
    const family = match[1].toLowerCase();
    const places = known.get(family) ?? [];
    places.push(Number(match[2]));
    known.set(family, places);
  }
  for (const places of known.values()) places.sort((a, b) => a - b);
  families[kind].set(doc, { units: doc.units.length, byFamily: known });
  return known;
}

/**
 * The held numbers on either side of a hierarchical article number that `doc` lacks, in the same family
 * ("L2339-5" and "L2339-8" around "L2339-6"); undefined when the number is no such number or stands outside its family's run.
 */
export function gapInCodeNumbering(doc: DocumentModel, number: string): { below: string; above: string } | undefined {
  const match = HIERARCHICAL_NUMBER.exec(number.replace(/\s+/g, ''));
  if (!match) return undefined;
  const family = match[1].toLowerCase();
  const places = familiesOf(doc).get(family);
  const place = Number(match[2]);
  if (!places || places.length < 2 || place <= places[0] || place >= places[places.length - 1]) return undefined;
  let below = places[0];
  for (const held of places) {
    if (held >= place) return held === place ? undefined : { below: `${match[1]}-${below}`, above: `${match[1]}-${held}` };
    below = held;
  }
  return undefined;
}

/**
 * A US state code's section number: title, article or chapter (a part or more), then the section's place ("24-72-205",
 * "6-1-1306", "35-43-1-4"). Three parts at least: "6-1" could be a range.
 */
const STATE_CODE_NUMBER = /^(\d{1,3}[a-z]?(?:-\d{1,4}[a-z]?){1,3})-(\d{1,4})$/i;

/** How far apart two held places may be and still read as one run of a code's sections (a session law sets out a part whole). */
const RUN_GAP = 20;

/**
 * The sections `doc` holds of a state code, as runs ("6-1-1301 to 6-1-1313"), when `number` is a section of that code that
 * no run reaches: a session law or an excerpt sets out some parts of the code and cites others ("section 24-72-205 (5)(a)",
 * "section 6-1-716" from part 13 of article 1 of title 6). Undefined when the number falls inside a run (a section missing
 * from a part held whole is a broken citation) or is no such number.
 */
export function stateCodeSectionElsewhere(doc: DocumentModel, number: string): { held: string[] } | undefined {
  const match = STATE_CODE_NUMBER.exec(number.replace(/\s+/g, ''));
  if (!match) return undefined;
  const { byFamily, held } = stateCodeRuns(doc);
  const place = Number(match[2]);
  return byFamily.get(match[1].toLowerCase())?.some((run) => place >= run.from && place <= run.to) ? undefined : { held };
}

/** Per version of a document's tree: the runs of the state code's sections it holds, by family, and as the message names them. */
const stateRuns = new TreeKeyedCache<{ units: number; byFamily: Map<string, Array<{ from: number; to: number }>>; held: string[] }>();

// (read once: a law citing the code's other sections a thousand times asks for every one)
function stateCodeRuns(doc: DocumentModel): { byFamily: Map<string, Array<{ from: number; to: number }>>; held: string[] } {
  const cached = stateRuns.get(doc);
  if (cached && cached.units === doc.units.length) return cached;
  const byFamily = new Map<string, Array<{ from: number; to: number }>>();
  const held: string[] = [];
  for (const [family, places] of familiesOf(doc, 'section')) {
    if (!STATE_CODE_NUMBER.test(`${family}-0`)) continue;
    const runs: Array<{ from: number; to: number }> = [];
    let first = 0;
    for (let i = 1; i <= places.length; i++) {
      if (i < places.length && places[i] - places[i - 1] <= RUN_GAP) continue;
      const run = { from: places[first], to: places[i - 1] };
      runs.push(run);
      held.push(run.from === run.to ? `${family}-${run.from}` : `${family}-${run.from} to ${family}-${run.to}`);
      first = i;
    }
    byFamily.set(family, runs);
  }
  const value = { units: doc.units.length, byFamily, held };
  stateRuns.set(doc, value);
  return value;
}

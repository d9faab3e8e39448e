// A code whose article numbers say where each stands ("L2339-5": book 2, title 3, chapter 3, chapter 9, article 5), as
// France's codes are numbered. A consolidated copy leaves out the articles since repealed or moved to another code, so
// "l'article L. 2339-6" between the copy's L2339-5 and L2339-8 is most likely one of those, not a drafter's slip.
import type { DocumentModel } from './document';
import { headingsOfKind } from './headingLists';
import { TreeKeyedCache } from './treeKeyed';

/** "L2339-6", "R122-4-1", "323-3": a part letter or not, then parts joined by hyphens; the last part is the article's place. */
const HIERARCHICAL_NUMBER = /^((?:lo|[lrda])?\d+(?:-\d+)*)-(\d+)$/i;

/** Per version of a document's tree: each family ("l2339") and the places its articles hold, in order. */
const families = new TreeKeyedCache<{ units: number; byFamily: Map<string, number[]> }>();

function familiesOf(doc: DocumentModel): Map<string, number[]> {
  const cached = families.get(doc);
  // (a tree that grew in place is read again, as headingLists does)
  if (cached && cached.units === doc.units.length) return cached.byFamily;
  const known = new Map<string, number[]>();
  for (const unit of headingsOfKind(doc, 'article')) {
    const match = HIERARCHICAL_NUMBER.exec((unit.number ?? '').replace(/\s+/g, ''));
    if (!match) continue;
    const family = match[1].toLowerCase();
    const places = known.get(family) ?? [];
    places.push(Number(match[2]));
    known.set(family, places);
  }
  for (const places of known.values()) places.sort((a, b) => a - b);
  families.set(doc, { units: doc.units.length, byFamily: known });
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

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
 * Why a number a copy lacks is most likely one it leaves out, as the copy's own numbering shows:
 * - `hole`: between two numbers of a family it holds ("L2339-6" between L2339-5 and L2339-8);
 * - `before`: below the first number of a family ("L101-5" where L101 begins at L101-6) or of a lettered series ("L41" where
 *   the L articles begin at L43-1) the copy holds;
 * - `thin`: inside a run of which the copy holds a fraction (an extract, a consolidation of a law mostly repealed);
 * - `holes`: inside a run of which the copy lacks many numbers, holding most (a consolidation, the repealed left out);
 * - `absent`: in a lettered series the copy holds no number of (another code's).
 */
export type LeftOut =
  | { kind: 'hole'; below: string; above: string }
  | { kind: 'before'; first: string; of: 'family' | 'series'; series: string }
  | { kind: 'thin' | 'holes'; held: number; span: number; low: number; high: number; series: string }
  | { kind: 'absent'; series: string; firsts: string[] };

/**
 * What `leftOut` says of `cited` (a unit of `kind`, "article L101-5") not in `where` ("this document", "the copy of … here").
 * A hole or a family's start is a consolidation's (articles repealed or moved); a thin run or a series' start an extract's.
 */
export function leftOutReason(leftOut: LeftOut, cited: string, kind: string, plural: string, where: string): string {
  switch (leftOut.kind) {
    case 'hole':
      return `${cited} is not in ${where}, whose articles go from ${leftOut.below} to ${leftOut.above}: ${CONSOLIDATED}`;
    case 'before':
      return leftOut.of === 'family' ? `${cited} is not in ${where}, whose articles of that run begin at ${leftOut.first}: ${CONSOLIDATED}` :
        `${cited} is not in ${where}, whose ${leftOut.series ? `${leftOut.series} ` : ''}${plural} begin at ${leftOut.first}: ${extracted(plural)}`;
    case 'thin':
      return `${cited} is not in ${where}, which holds ${leftOut.held} of the ${leftOut.span} ${kind} numbers from ${leftOut.series}${leftOut.low} to ${leftOut.series}${leftOut.high}: ${extracted(plural)}`;
    case 'holes':
      return `${cited} is not in ${where}, which holds ${leftOut.held} of the ${leftOut.span} ${kind} numbers from ${leftOut.series}${leftOut.low} to ${leftOut.series}${leftOut.high}: a consolidated text leaves out the ${plural} repealed or moved (and a converted one may lose some labels), which this one most likely is, and it cannot be checked`;
    case 'absent':
      return `${cited} is not in ${where}, which numbers no ${kind} with "${leftOut.series}" (its ${plural} begin at ${leftOut.firsts.join(', ')}): it is most likely of another code, or of the code that replaced this one, and cannot be checked`;
  }
}

const CONSOLIDATED = 'a consolidated text leaves out the articles repealed or moved, which this one most likely is';
const extracted = (plural: string) => `its numbers run as an extract's do, or a consolidation's of a law mostly repealed, or an amending law's that sets out ${plural} of others; this one is most likely one it does not set out, and cannot be checked`;

/**
 * The held numbers on either side of a hierarchical article number that `doc` lacks, in the same family ("L2339-5" and
 * "L2339-8" around "L2339-6"), or the family's first held number when it is below it ("L101-6" above "L101-5"); undefined when
 * the number is no such number, its family is not held, or it stands past its family's run.
 */
export function gapInCodeNumbering(doc: DocumentModel, number: string): LeftOut | undefined {
  const match = HIERARCHICAL_NUMBER.exec(number.replace(/\s+/g, ''));
  if (!match) return undefined;
  const family = match[1].toLowerCase();
  const places = familiesOf(doc).get(family);
  const place = Number(match[2]);
  // "l'article L. 101-5" where the copy's articles of L101 begin at L101-6: a family's first places are gone as well
  if (places && place >= 1 && place < places[0]) return { kind: 'before', first: `${match[1]}-${places[0]}`, of: 'family', series: '' };
  if (!places || places.length < 2 || place <= places[0] || place >= places[places.length - 1]) return undefined;
  let below = places[0];
  for (const held of places) {
    if (held >= place) return held === place ? undefined : { kind: 'hole', below: `${match[1]}-${below}`, above: `${match[1]}-${held}` };
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

/**
 * How much of each run of numbers a document holds: per series (France's codes number their legislative, regulatory and
 * decree articles apart, "L", "R", "D"; most laws have one, unlettered), how many distinct places ("86"; "68-20" counts as 68)
 * between its lowest and its highest. A law set out whole holds nearly all; France's old Code minier as consolidated today
 * (articles 6, 8, 11, 18-1, 19, 22, 48 … 260), whose other articles were repealed or moved to the new code, a fraction.
 */
function numberingCoverage(doc: DocumentModel, kind: 'article' | 'section'): NumberingCoverage {
  const cached = coverage[kind].get(doc);
  if (cached && cached.units === doc.units.length) return cached;
  const places = new Map<string, Map<number, string>>();
  for (const unit of headingsOfKind(doc, kind)) {
    const number = (unit.number ?? '').replace(/\s+/g, '');
    const place = SERIES_PLACE.exec(number);
    if (!place) continue;
    const series = place[1].toLowerCase();
    const held = places.get(series) ?? new Map<number, string>();
    if (!held.has(Number(place[2]))) held.set(Number(place[2]), number.toUpperCase());
    places.set(series, held);
  }
  const bySeries = new Map<string, Coverage>();
  let total = 0;
  for (const [series, held] of places) {
    const numbers = [...held.keys()].sort((a, b) => a - b);
    const low = numbers[0];
    const high = numbers[numbers.length - 1];
    let gaps = 0;
    for (let k = 1; k < numbers.length; k++) if (numbers[k] > numbers[k - 1] + 1) gaps++;
    bySeries.set(series, { held: held.size, low, high, span: high - low + 1, first: held.get(low)!, gaps });
    total += held.size;
  }
  const value = { units: doc.units.length, bySeries, held: total };
  coverage[kind].set(doc, value);
  return value;
}

/** A series' run: how many places held, the lowest and highest, and the lowest's number as the text gives it ("L43-1"). */
type Coverage = { held: number; low: number; high: number; span: number; first: string; gaps: number };
/** Per version of a document's tree: each series' run, and how many places all series hold together. */
type NumberingCoverage = { units: number; bySeries: Map<string, Coverage>; held: number };
const coverage = { article: new TreeKeyedCache<NumberingCoverage>(), section: new TreeKeyedCache<NumberingCoverage>() };

/**
 * The run of `step`'s series that `doc` holds, when `step` (an article or section it lacks) is most likely one the copy leaves
 * out: the run holds fewer than THIN_SHARE of the numbers from its lowest to its highest, over THIN_RUN numbers or more, and
 * `step` falls inside it (a short law's one missing article is a broken citation; an extract's are not); or the run begins
 * past 1 and `step` stands before it ("l'article L. 41" where the copy's L articles begin at L43-1); or no number of `step`'s
 * lettered series is held at all (`absent`, with the first number of each series held).
 */
export function thinRun(doc: DocumentModel, step: { kind: string; number: string }): LeftOut | undefined {
  if (step.kind !== 'article' && step.kind !== 'section') return undefined;
  const place = SERIES_PLACE.exec(step.number.replace(/\s+/g, ''));
  if (!place) return undefined;
  const { bySeries, held } = numberingCoverage(doc, step.kind);
  // (a text of a few articles says little by its numbering: a test's or a short law's)
  if (held < FEWEST_NUMBERS_HELD) return undefined;
  const run = bySeries.get(place[1].toLowerCase());
  const value = Number(place[2]);
  const series = place[1].toUpperCase();
  // "l'article L. 113-1" in the old Code de la famille, whose articles are numbered 150 to 221 with no letter: no L article is
  // held at all, so it is another code's (most likely the one that replaced it)
  if (!run && place[1]) return { kind: 'absent', series, firsts: [...bySeries.values()].map((each) => each.first) };
  if (!run || value > run.high) return undefined;
  if (value < run.low) return run.low > 1 && value >= 1 ? { kind: 'before', first: run.first, of: 'series', series } : undefined;
  if (run.held < FEWEST_NUMBERS_HELD || run.span < THIN_RUN) return undefined;
  if (run.held < run.span * THIN_SHARE) return { kind: 'thin', held: run.held, span: run.span, low: run.low, high: run.high, series };
  // "l'article 538" in the civil code as consolidated today, which holds 2,300 of the numbers from 1 to 2534: a copy with many
  // holes in its run leaves out what was repealed, which a number inside the run it lacks most likely is
  // (holes here and there: one gap, an article renumbered past the last or a copy cut in two, says nothing of repeals)
  return run.span - run.held >= HOLES_IN_RUN && run.gaps >= GAPS_IN_RUN ? { kind: 'holes', held: run.held, span: run.span, low: run.low, high: run.high, series } : undefined;
}

/** The fewest numbers missing from a run, in GAPS_IN_RUN places at least, for a copy to be read as a consolidation that leaves out what was repealed. */
const HOLES_IN_RUN = 10;
const GAPS_IN_RUN = 3;

/** Below this share of its run's numbers a text is read as an extract (laws set out whole hold 0.78 and more of theirs). */
const THIN_SHARE = 0.5;
/** The shortest run read so. */
const THIN_RUN = 20;
/** The fewest numbers a text holds for its numbering to be read as a sign of what it leaves out. */
export const FEWEST_NUMBERS_HELD = 10;

/** A number in a series, maybe with parts after a hyphen: "86", "68-20", "9bis", "L43-1" (its leading number the place in the run). */
const SERIES_PLACE = /^((?:lo|[lrda])?)(\d{1,5})(?:-\d+)*(?:[a-z]{1,10})?$/i;


// Raw equals clean: each raw source in ../shared/sources, as a converter or site gave it, with only
// the front matter of its corpus document put before it, reads as the same articles / sections,
// paragraphs, definitions and citation targets as the cleaned corpus/ document, up to what the
// cleaning added or removed. Every such difference is listed below with its reason; a listed
// difference that no longer occurs fails the test, so the list stays true.
import { inMarker } from '../../server/src/engine/implementation/mappings';
import * as assert from 'node:assert';
import type { DocumentModel } from '../../server/src/engine/document';
import type { Unit } from '../../server/src/engine/model';
import { Workspace } from '../../server/src/engine/workspace';
import { SOURCES_DIR, corpusFiles, corpusText, corpusUri, rawSourceWithFrontMatter } from '../helpers/workspace';

interface Difference {
  /** Unit ids (or `term@unit` for definitions, `unit -> target` for citations) the difference covers. */
  matches: RegExp;
  reason: string;
}

interface Source {
  file: string;
  corpusId: string;
  /** In the clean document only: what the cleaning added (or the raw source does not mark). */
  cleanOnly?: Difference[];
  /** In the raw source only: what the cleaning removed. */
  rawOnly?: Difference[];
  definitionsCleanOnly?: Difference[];
  definitionsRawOnly?: Difference[];
  citationsCleanOnly?: Difference[];
  citationsRawOnly?: Difference[];
  /** Why the raw source has duplicate-unit warnings, if it rightly has. */
  duplicates?: string;
}

const SOURCES: Source[] = [
  { file: 'us-18usc1029-access-devices.md', corpusId: 'us-18usc1029' },
  // (each source opens with "Source:", "Obtained:" and "Completeness:" lines, which the cleaning moved into the front matter:
  // read as the curator's provenance header, they cite nothing, and what "Completeness:" says is missing is the copy's gaps)
  { file: 'us-18usc2510-definitions.md', corpusId: 'us-18usc2510' },
  { file: 'us-18usc-ch121-stored-communications-2701-2713.md', corpusId: 'us-18usc-ch121' },
  {
    file: 'budapest-convention-ets185-en.md', corpusId: 'coe-ets185-en',
    cleanOnly: [{ matches: /^preamble$/, reason: 'the source runs "Preamble The member States …" into one paragraph; the cleaning made "## Preamble" a heading' }],
  },
  {
    file: 'budapest-convention-ets185-nl.md', corpusId: 'coe-ets185-nl',
    cleanOnly: [{ matches: /^preamble$/, reason: 'the source runs "PreambuleDe lidstaten …" into one paragraph; the cleaning made "## Preambule" a heading' }],
  },
  {
    file: 'budapest-additional-protocol-ets189-en-nl.md', corpusId: 'coe-ets189-en',
    rawOnly: [
      { matches: /^(?:art|chp)_[\divx]+_dup2(?:__|$)/, reason: 'the source holds the English text and then the Dutch translation; the cleaning made them two documents, coe-ets189-en and coe-ets189-nl' },
      { matches: /^art_16__al_2$/, reason: 'the closing formula and the Dutch title between the two texts stand in article 16 of the English text' },
    ],
    // the Dutch translation repeats every article number of the English text in the same file: its numbering starts again
    // at article 1 (a second text), so no duplicate-unit warning
    definitionsRawOnly: [{ matches: /@art_\d+_dup2$/, reason: 'the Dutch translation\'s definitions, in the same file' }],
  },
  { file: 'nl-wetboek-van-strafrecht-computercriminaliteit-2017-nl.md', corpusId: 'nl-sr-computercriminaliteit' },
  { file: 'un-cybercrime-convention-ar-partial-art1-15.md', corpusId: 'un-cybercrime-2024-ar' },
  {
    file: 'ke-computer-misuse-cybercrimes-act-2018-excerpts.md', corpusId: 'ke-cmca-2018',
    cleanOnly: [
      { matches: /^part_ii$/, reason: 'the source names Part II only in running text at the end of section 3 ("… under this Act. Part II – THE NATIONAL …"); the cleaning made it a heading' },
    ],
    // (its "[GAP: Part II … omitted]" and "[GAP: sections 18 onward …]" paragraphs, gap comments after cleaning, are read as
    // the editor's gap markers they are: no paragraph of section 3 or 17, no citation)
    citationsRawOnly: [
      { matches: /^sec_3 -> external$/, reason: '"Part II – THE NATIONAL …" in the running text of section 3, which the cleaning made a heading' },
    ],
  },
  {
    file: 'bj-code-numerique-livre0-livre6-fr.md', corpusId: 'bj-code-numerique',
    cleanOnly: [
      { matches: /^art_(?:1__al_[23](?:__item_1)?|530__al_7|591__al_[3-6]|592__al_[3-5]|595__al_2|624__al_[2-5]|647__al_2)$/, reason: 'alinéas the cleaning separated where the source\'s line does not end a sentence or a bullet list runs on into the next alinéa: not read as separate alinéas (when unsure, the engine does not cut)' },
      { matches: /^art_494__para_\d_dup2$/, reason: 'the source runs article 494\'s two numbered lists together (numbered on as 9–11); the cleaning separated them' },
      { matches: /^art_633__para_1_dup2$/, reason: 'a numbered line of article 633 that the cleaning made a list of its own' },
      { matches: /^book_6__chp_13__sec_6$/, reason: 'the cleaning added the heading of chapitre 13 above section 6' },
    ],
    rawOnly: [
      { matches: /^art_494__para_(?:9|10|11)$/, reason: 'the same two lists of article 494, numbered on' },
      { matches: /^art_548__al_2$/, reason: 'the line repeating the article title ends with a period here, so it reads as an alinéa of its own; the cleaning removed it' },
      { matches: /^art_1__item_229$/, reason: 'the sub-items of a term in article 1 are top-level bullets in the source; the cleaning indented them under their term' },
      { matches: /^art_633__para_4$/, reason: 'a numbered line of article 633 the cleaning joined to its paragraph' },
      { matches: /^book_6__sec_6$/, reason: 'the source has no heading for chapitre 13 above section 6; the cleaning added it' },
    ],
    citationsCleanOnly: [{ matches: /^art_(?:507|512|518|550|591|592|593|594|617|619|625|626|634|636|637|638|644) -> /, reason: 'citations of alinéas ("alinéa 2", "l\'alinéa précédent", "le présent alinéa"), which the raw text does not yet have as units' }],
    citationsRawOnly: [
      { matches: /^art_(?:507|512|518|550|591|592|593|594|617|619|625|626|634|636|637|638|644) -> /, reason: 'the same citations of alinéas, unresolved or resolved to the article without them' },
    ],
  },
];

/** The nearest article or section holding a unit (the unit itself when it is one). */
function citableOf(unit: Unit | undefined): string {
  for (let current = unit; current; current = current.parent) if (current.citable) return current.id;
  return '';
}

function unitIds(model: DocumentModel): string[] {
  return model.units.map((unit) => unit.id);
}

function definitionKeys(model: DocumentModel): string[] {
  return model.definitions.map((definition) => `${definition.term}@${citableOf(model.unitsById.get(definition.unitId))}`);
}

function citationKeys(workspace: Workspace, model: DocumentModel): string[] {
  // Mapping markers ("> Implements: article 2 of …") are the project's annotation of the clean
  // document, not legal text: the raw source has none, so their citations are not compared.
  return workspace.resolved(model.uri).filter((resolved) => !inMarker(model, resolved.reference.span.start)).flatMap((resolved) => resolved.targets.map((target) =>
    `${citableOf(model.unitsById.get(resolved.reference.unitId))} -> ${target.status === 'resolved' ? `${target.documentId}#${target.unitId}` : target.status}`));
}

/**
 * What one side has that the other has not, less the listed differences; and the listed
 * differences that matched nothing (stale entries).
 */
function unexplained(mine: string[], theirs: string[], listed: Difference[] = []): { left: string[]; stale: string[] } {
  const other = new Set(theirs);
  const only = [...new Set(mine)].filter((key) => !other.has(key));
  const used = new Set<Difference>();
  const left = only.filter((key) => {
    const difference = listed.find((entry) => entry.matches.test(key));
    if (difference) used.add(difference);
    return !difference;
  });
  return { left, stale: listed.filter((entry) => !used.has(entry)).map((entry) => `${entry.matches} (${entry.reason})`) };
}

describe('engine: raw sources read as their cleaned corpus documents', function () {
  this.timeout(120000);
  if (!SOURCES_DIR) {
    it('needs ../shared/sources');
    return;
  }
  // The corpus, in which each source in turn stands in for its cleaned document (same uri, same id).
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), corpusText(name));

  for (const source of SOURCES) {
    describe(source.file, () => {
      const uri = corpusUri(`${source.corpusId}.md`);
      let clean: { units: string[]; definitions: string[]; citations: string[] };
      let raw: { units: string[]; definitions: string[]; citations: string[]; problems: string[] };
      before(() => {
        const cleanModel = workspace.get(uri)!;
        clean = { units: unitIds(cleanModel), definitions: definitionKeys(cleanModel), citations: citationKeys(workspace, cleanModel) };
        const rawModel = workspace.set(uri, rawSourceWithFrontMatter(source.file, source.corpusId));
        raw = {
          units: unitIds(rawModel), definitions: definitionKeys(rawModel), citations: citationKeys(workspace, rawModel),
          problems: rawModel.problems.filter((problem) => problem.code === 'duplicate-unit').map((problem) => problem.message),
        };
        workspace.set(uri, corpusText(`${source.corpusId}.md`));
      });

      it('the same articles / sections and paragraphs', () => {
        const missing = unexplained(clean.units, raw.units, source.cleanOnly);
        const extra = unexplained(raw.units, clean.units, source.rawOnly);
        assert.deepStrictEqual({ missing: missing.left, extra: extra.left }, { missing: [], extra: [] });
        assert.deepStrictEqual([...missing.stale, ...extra.stale], [], 'listed differences that no longer occur');
        if (source.duplicates) assert.ok(raw.problems.length > 0, `stale: ${source.duplicates}`);
        else assert.deepStrictEqual(raw.problems, [], 'no duplicate-unit warnings');
      });

      it('the same definitions, each in the same article or section', () => {
        const missing = unexplained(clean.definitions, raw.definitions, source.definitionsCleanOnly);
        const extra = unexplained(raw.definitions, clean.definitions, source.definitionsRawOnly);
        assert.deepStrictEqual({ missing: missing.left, extra: extra.left }, { missing: [], extra: [] });
        assert.deepStrictEqual([...missing.stale, ...extra.stale], [], 'listed differences that no longer occur');
      });

      it('the same citation targets, from the same articles or sections', () => {
        const missing = unexplained(clean.citations, raw.citations, source.citationsCleanOnly);
        const extra = unexplained(raw.citations, clean.citations, source.citationsRawOnly);
        assert.deepStrictEqual({ missing: missing.left, extra: extra.left }, { missing: [], extra: [] });
        assert.deepStrictEqual([...missing.stale, ...extra.stale], [], 'listed differences that no longer occur');
      });
    });
  }
});

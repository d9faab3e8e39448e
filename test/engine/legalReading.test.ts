// Laws as converters and official sites give them: the structure a careful reader sees in raw
// text (legalBlocks.ts, structure.ts). Each principle on real text from ../shared/sources, and a
// case where it must not apply.
import * as assert from 'node:assert';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { scanBlocks } from '../../server/src/engine/blocks';
import { SOURCES_DIR, corpusText, joinLines, rawSourceWithFrontMatter, unitOf } from '../helpers/workspace';
import { rawLawText } from '../helpers/rawLaws';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { describeUnit } from '../../server/src/engine/queries';

function parse(text: string, name = 'doc.md'): DocumentModel {
  return parseDocument(`file:///workspace/${name}`, text);
}

function unitText(model: DocumentModel, id: string): string {
  const unit = unitOf(model, id);
  return model.text.slice(unit.span.start, unit.span.end);
}

function ids(model: DocumentModel): string[] {
  return model.units.map((unit) => unit.id);
}

function duplicates(model: DocumentModel): string[] {
  return model.problems.filter((problem) => problem.code === 'duplicate-unit').map((problem) => problem.message);
}

describe('engine: reading raw legal text', () => {
  // The raw sources live beside the repository (../shared/sources), not in it.
  if (!SOURCES_DIR) {
    it('needs ../shared/sources beside the repository');
    return;
  }
  describe('a subsection written as a heading (US Code chunks)', () => {
    const model = parse(rawSourceWithFrontMatter('us-18usc1029-access-devices.md', 'us-18usc1029'), 'us-18usc1029.md');

    it('"###### (a) Whoever" opens subsection (a) of § 1029, with its text', () => {
      const subsection = unitOf(model, 'sec_1029__subsec_a');
      assert.strictEqual(subsection.kind, 'subsection');
      assert.strictEqual(subsection.label, '(a)');
      assert.ok(unitText(model, 'sec_1029__subsec_a').startsWith('(a) Whoever'));
      assert.ok(/\(10\) without the authorization of the credit card system member/.test(unitText(model, 'sec_1029__subsec_a')), 'the subsection holds its paragraphs');
      assert.ok(unitText(model, 'sec_1029__subsec_c').startsWith('(c) Penalties.'));
    });

    it('the paragraphs under it nest by marker kind: (a)(6)(B), (c)(1)(A)(ii)', () => {
      assert.ok(unitText(model, 'sec_1029__subsec_a__para_6__subpara_B').startsWith('(B) selling information'));
      assert.ok(unitText(model, 'sec_1029__subsec_c__para_1__subpara_A__clause_ii').startsWith('(ii) if the offense is under paragraph (4)'));
      assert.ok(unitText(model, 'sec_1029__subsec_e__para_11').startsWith('(11) the term “telecommunication identifying information”'));
    });

    it('its citations are read ("subsection (a) of this section" in (b)(1))', () => {
      const inB = model.references.filter((reference) => reference.unitId === 'sec_1029__subsec_b__para_1');
      assert.ok(inB.some((reference) => /subsection \(a\)/.test(reference.text)), inB.map((reference) => reference.text).join(' | '));
    });

    it('a heading "(a) …" outside any article or section stays a heading', () => {
      const notes = parse(joinLines('# Notes', '', '## (a) Background', '', 'Text.'));
      assert.deepStrictEqual(ids(notes), []);
      assert.strictEqual(notes.title, 'Notes');
    });
  });

  describe('chunk headers repeated by a converter', () => {
    it('§ 1029, cut into three chunks that each repeat title, chapter and section, is one section', () => {
      const model = parse(rawSourceWithFrontMatter('us-18usc1029-access-devices.md', 'us-18usc1029'), 'us-18usc1029.md');
      assert.deepStrictEqual(duplicates(model), []);
      assert.deepStrictEqual(model.units.filter((unit) => unit.headingDepth > 0).map((unit) => unit.id), ['chp_47', 'sec_1029']);
      assert.deepStrictEqual(unitOf(model, 'sec_1029').children.map((unit) => unit.id),
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `sec_1029__subsec_${letter}`));
    });

    it('chapter 121, in 50 chunks, gives each of §§ 2701–2713 once, without duplicate warnings', () => {
      const model = parse(rawSourceWithFrontMatter('us-18usc-ch121-stored-communications-2701-2713.md', 'us-18usc-ch121'), 'us-18usc-ch121.md');
      assert.deepStrictEqual(duplicates(model), []);
      assert.deepStrictEqual(model.units.filter((unit) => unit.citable).map((unit) => unit.number),
        ['2701', '2702', '2703', '2704', '2705', '2706', '2707', '2708', '2709', '2710', '2711', '2712', '2713']);
    });

    it('an article heading repeated alone after its text is still a duplicate', () => {
      const model = parse(joinLines('## CHAPTER I', '', '### Article 1', '', 'A.', '', '### Article 1', '', 'B.'));
      assert.deepStrictEqual(model.units.map((unit) => unit.id), ['chp_i', 'art_1', 'art_1__al_1', 'art_1_dup2', 'art_1_dup2__al_1']);
      assert.strictEqual(duplicates(model).length, 1);
    });
  });

  describe('converter headings (Dutch treaty database: the raw Budapest Convention)', () => {
    const text = rawSourceWithFrontMatter('budapest-convention-ets185-en.md', 'coe-ets185-en');
    const model = parse(text, 'coe-ets185-en.md');

    it('"### Article  1" then "####Definitions": the title of article 1, not a paragraph', () => {
      assert.strictEqual(unitOf(model, 'art_1').title, 'Definitions');
      assert.strictEqual(unitOf(model, 'art_2').title, 'Illegal access');
      assert.strictEqual(unitOf(model, 'chp_i').title, 'USE OF TERMS');
      assert.deepStrictEqual(unitOf(model, 'art_1').children.map((unit) => unit.id), ['art_1__al_1', 'art_1__subpara_a', 'art_1__subpara_b', 'art_1__subpara_c', 'art_1__subpara_d']);
    });

    it('"####Definitions" is no heading for CommonMark: the legal reading adds it, the block scanner does not', () => {
      const at = text.indexOf('####Definitions');
      const block = scanBlocks(text).find((candidate) => candidate.span.start === at);
      assert.strictEqual(block?.kind, 'paragraph');
    });

    it('"#include" and "#1 priority" stay paragraphs', () => {
      const notes = parse(joinLines('### Article 1', '', '#include the text', '', '#1 priority'));
      assert.strictEqual(unitOf(notes, 'art_1').title, undefined);
      assert.deepStrictEqual(ids(notes), ['art_1', 'art_1__al_1', 'art_1__al_2']);
    });

    it('headings written at one level still nest: chapter II › section 1 › title 1 › article 2', () => {
      assert.strictEqual(unitOf(model, 'art_2').parent?.id, 'chp_ii__sec_1__title_1');
      assert.strictEqual(unitOf(model, 'chp_ii__sec_2').parent?.id, 'chp_ii');
      assert.deepStrictEqual(duplicates(model), []);
    });

    it('a line that opens the next paragraph ("2." after "1.") starts it, though CommonMark continues the previous one', () => {
      assert.ok(unitText(model, 'art_9__para_2').startsWith('2.   For the purpose of paragraph 1 above'));
      assert.ok(unitText(model, 'art_9__para_1__subpara_e').endsWith('computer-data storage medium.'));
      assert.ok(unitText(model, 'art_9__para_3').startsWith('3.   For the purpose of paragraph 2 above'));
    });

    it('"a)access …", written without a space, is subparagraph a', () => {
      assert.ok(unitText(model, 'art_32__subpara_a').startsWith('a)access publicly available'));
    });

    it('a "2." line with no paragraph 1 open stays text', () => {
      const prose = parse(joinLines('### Article 1', '', 'The Parties agree', '2. that this is prose'));
      assert.deepStrictEqual(ids(prose), ['art_1', 'art_1__al_1']);
    });
  });

  describe('subsections run together in one paragraph (Kenya Law)', () => {
    const model = parse(rawSourceWithFrontMatter('ke-computer-misuse-cybercrimes-act-2018-excerpts.md', 'ke-cmca-2018'), 'ke-cmca-2018.md');
    const clean = parse(corpusText('ke-cmca-2018.md'), 'ke-cmca-2018.md');

    it('"(1) … or to both. (2) Access … (3) …" gives subsections (1)–(3), and (a), (b) inside (2)', () => {
      for (const document of [model, clean]) {
        const section = document.units.find((unit) => unit.citable && unit.number === '14');
        assert.ok(section, ids(document).join(' '));
        assert.ok(unitText(document, `${section.id}__para_2`).startsWith('(2) Access by a person to a computer system is unauthorised if—'));
        assert.ok(unitText(document, `${section.id}__para_2__subpara_b`).startsWith('(b) that person does not have consent'));
        assert.ok(unitText(document, `${section.id}__para_3`).startsWith('(3) For the purposes of this section'));
      }
    });

    it('a citation inside the text is not a cut: "subsection (1) , it is immaterial"', () => {
      const section = clean.units.find((unit) => unit.citable && unit.number === '15');
      assert.ok(section);
      assert.ok(unitText(clean, `${section.id}__para_2`).includes('For the purposes of subsection (1) , it is immaterial'));
      assert.deepStrictEqual(section.children.map((unit) => unit.number), ['1', '2']);
    });

    it('section 2\'s 38 definitions, run into one paragraph by the source, are each a paragraph of their own, as in the printed Act', () => {
      const section = unitOf(model, 'sec_2');
      assert.strictEqual(section.children.length, 39);
      assert.strictEqual(unitText(model, 'sec_2__al_1'), 'In this Act, unless the context otherwise requires—');
      assert.ok(unitText(model, 'sec_2__al_2').startsWith('"access" means gaining entry'));
      assert.ok(unitText(model, 'sec_2__al_2').endsWith('is itself a function of the program;'), 'the limbs (a)–(d) stay in their definition');
      assert.ok(unitText(model, 'sec_2__al_39').startsWith('"virtual account" means'), '"; and "virtual account"" opens the last one');
      assert.strictEqual(model.definitions.find((definition) => definition.term === 'asset')?.unitId, 'sec_2__al_3');
    });

    it('two quoted terms after ";" are no list: a paragraph that is not an interpretation list is not cut', () => {
      const two = parse(joinLines('### 3. Offences', '', 'In this section, "seize" has the meaning in section 2; "data" has the meaning in section 2; the rest applies.'));
      assert.deepStrictEqual(ids(two), ['sec_3', 'sec_3__al_1']);
    });

    it('"(a) … (b) …" inside a definition of an interpretation section stays inline', () => {
      const section = unitOf(clean, 'sec_2');
      assert.ok(section.children.every((unit) => unit.kind === 'alinea'), section.children.map((unit) => unit.id).join(' '));
    });

    it('"8A.—(1) … (2) …", the Singapore form, gives the section and its subsections', () => {
      // Kenya's own wording of sections 14 and 15 (corpus/ke-cmca-2018.md), laid out as Singapore Statutes Online does.
      const paragraphs = (number: string) => corpusText('ke-cmca-2018.md').split(`### ${number}. `)[1].split('\n### ')[0].split('\n\n').slice(1).map((p) => p.trim()).filter((p) => p.startsWith('('));
      const singapore = parse(joinLines('## Part III', '', `14.—${paragraphs('14').join(' ')}`, '', `15.—${paragraphs('15').join(' ')}`));
      assert.deepStrictEqual(singapore.units.filter((unit) => unit.citable).map((unit) => unit.id), ['sec_14', 'sec_15']);
      assert.deepStrictEqual(unitOf(singapore, 'sec_14').children.map((unit) => unit.id), ['sec_14__para_1', 'sec_14__para_2', 'sec_14__para_3']);
      assert.ok(unitText(singapore, 'sec_15__para_2').startsWith('(2) For the purposes of subsection (1)'));
      assert.strictEqual(unitOf(singapore, 'sec_14').parent?.id, 'part_iii');
    });

    it('"section 5(1). (2) …" and "s. (2)" are not cut at the citation', () => {
      const text = joinLines('### 3. Offences', '', '(1) A person who contravenes section 5(1) commits an offence. (2) The offence under s. (2) of the Act is tried summarily.');
      const document = parse(text);
      assert.deepStrictEqual(ids(document), ['sec_3', 'sec_3__para_1', 'sec_3__para_2']);
      assert.ok(unitText(document, 'sec_3__para_2').endsWith('tried summarily.'));
    });
  });

  describe('headings written as plain lines (an official text dump: the raw Arabic UN Convention)', () => {
    const model = parse(rawSourceWithFrontMatter('un-cybercrime-convention-ar-partial-art1-15.md', 'un-cybercrime-2024-ar'), 'un-cybercrime-2024-ar.md');

    it('"المادة 2: استخدام المصطلحات" on a line of its own opens article 2, with its title', () => {
      assert.strictEqual(unitOf(model, 'art_2').title, 'استخدام المصطلحات');
      assert.deepStrictEqual(model.units.filter((unit) => unit.citable).map((unit) => unit.number), Array.from({ length: 15 }, (_, i) => String(i + 1)));
      assert.strictEqual(unitOf(model, 'art_7').parent?.kind, 'chapter', 'chapter II, also a plain line, holds articles 7 onward');
    });

    it('a line that starts with "Article 5" but goes on as a sentence stays text', () => {
      const prose = parse(joinLines('### Article 4', '', 'The Parties agree:', 'Article 5 shall apply to the measures.', 'Article 6: see the annex.'));
      assert.deepStrictEqual(prose.units.filter((unit) => unit.citable).map((unit) => unit.id), ['art_4']);
    });
  });

  describe('alinéas written as lines of one paragraph (the raw Benin code)', () => {
    const model = parse(rawSourceWithFrontMatter('bj-code-numerique-livre0-livre6-fr.md', 'bj-code-numerique'), 'bj-code-numerique.md');

    it('each line that ends a sentence ends an alinéa: article 495 has four, the repeated title stays with the first', () => {
      assert.deepStrictEqual(unitOf(model, 'art_495').children.map((unit) => unit.id), ['art_495__al_1', 'art_495__al_2', 'art_495__al_3', 'art_495__al_4']);
      assert.ok(unitText(model, 'art_495__al_1').startsWith('Obligation de conservation de données\nLes fournisseurs de services en ligne'));
      assert.ok(unitText(model, 'art_495__al_4').startsWith('Les dispositions prévues au Livre V du présent code'));
    });

    it('"alinéas 1 à 3" in article 507 cites its first three alinéas', () => {
      assert.ok(unitText(model, 'art_507__al_4').startsWith("Lorsqu'il résulte des faits visés aux alinéas 1 à 3"));
    });

    it('a hard-wrapped paragraph (every line short) is never cut', () => {
      const wrapped = parse(joinLines('### Article 1', '', 'Les fournisseurs de services en ligne détiennent et conservent les données.', 'Ils fournissent aux personnes des moyens techniques.'));
      assert.deepStrictEqual(ids(wrapped), ['art_1', 'art_1__al_1']);
    });
  });

  describe('a Commonwealth bill through a PDF converter (the Malaysian Electronic Government Activities Act, test/fixtures/raw-laws)', () => {
    const model = parse(rawLawText('my-egaa-2007.md'), 'my-egaa-2007.md');
    const sections = model.units.filter((unit) => unit.citable);

    it('sections 1–36, each once, in their parts, in every form the converter wrote them', () => {
      assert.deepStrictEqual(sections.map((unit) => unit.number), Array.from({ length: 36 }, (_, i) => String(i + 1)));
      assert.deepStrictEqual(model.problems.filter((problem) => problem.severity !== 'information'), []);
      assert.strictEqual(unitOf(model, 'sec_1').parent?.id, 'part_i');
      assert.ok(unitText(model, 'sec_1').startsWith('**1.** (1) This Act may be cited'), '"**1.** (1) …": a bold number');
      assert.ok(unitText(model, 'sec_19__para_1').startsWith('(1) Where any law requires the filing'), '"**19. (1) Where …**": the bold runs on into the text');
      assert.ok(unitText(model, 'sec_10__para_1').startsWith('(1) Any information'), '"10. (1) …": read by CommonMark as a list starting at 10');
      assert.ok(unitText(model, 'sec_12').startsWith('12. Where any law requires information'), '"12. Where …" right after its title "**Writing**"');
      assert.ok(unitText(model, 'sec_8__para_2').startsWith('(2) Where a designated Act is amended'), '" Repeal or amendment\\n 8. (1) …": title and section in one paragraph');
    });

    it('the title line before each section is its title, not a paragraph of the section before', () => {
      assert.deepStrictEqual(['sec_1', 'sec_8', 'sec_21', 'sec_28'].map((id) => unitOf(model, id).title),
        ['Short title and commencement', 'Repeal or amendment', 'Requirement to issue licence, permit, approval, authorization, etc.', 'Attribution of electronic message']);
      assert.ok(unitText(model, 'sec_2__al_1').endsWith('designated in accordance with section 6.'));
      assert.deepStrictEqual(unitOf(model, 'sec_2').children.map((unit) => unit.id), ['sec_2__al_1']);
    });

    it('"# (2) This section does not apply to—", a subsection the converter made a heading, is subsection (2) of section 24', () => {
      assert.ok(unitText(model, 'sec_24__para_2').startsWith('(2) This section does not apply to—'));
      assert.deepStrictEqual(unitOf(model, 'sec_24__para_2').children.map((unit) => unit.number), ['a', 'b']);
    });

    it('running heads ("_Bill_", "# Bill") and the arrangement of clauses are no provisions; a paragraph broken at a page line is one', () => {
      assert.ok(model.units[0].line > 100, `the first unit is the enacted Part I, not the table of contents: ${model.units[0].id} on line ${model.units[0].line + 1}`);
      assert.ok(unitText(model, 'sec_1__para_2').endsWith('by the Minister by notification in the Gazette.'));
      assert.strictEqual(unitOf(model, 'sec_5').children.length, 11, 'the lead-in and ten definitions');
    });

    it('"SCHEDULE" alone on its line opens the schedule: the forms\' numbered lines are not section 36\'s', () => {
      assert.deepStrictEqual(unitOf(model, 'sec_36').children.map((unit) => unit.id), ['sec_36__al_1']);
      assert.strictEqual(model.units.find((unit) => unit.kind === 'schedule')?.children[0].label, '2.');
    });

    it('must not: numbered points in a note, numbered paragraphs of an article, a bare number out of sequence, a paragraph that is whole', () => {
      assert.deepStrictEqual(ids(parse(joinLines('# Notes', '', 'First points', '', '1. The first point.', '', '2. The second point.'))), ['para_1', 'para_2']);
      const article = parse(joinLines('### Article 1', '', '**1.** Each Party shall adopt.', '', '**2.** Each Party may reserve.'));
      assert.deepStrictEqual(article.units.filter((unit) => unit.citable).map((unit) => unit.id), ['art_1']);
      const sequence = parse(joinLines('## PART I', '', '**Title**', '', '**1.** (1) One.', '', '(2) Two.', '', '**Other**', '', '7. A numbered line.'));
      assert.deepStrictEqual(sequence.units.filter((unit) => unit.citable).map((unit) => unit.id), ['sec_1']);
      const whole = parse(joinLines('### Article 1', '', 'A paragraph without its full stop', '', '(a) a marker', '', 'Another paragraph'));
      assert.deepStrictEqual(ids(whole), ['art_1', 'art_1__al_1', 'art_1__subpara_a']);
    });
  });

  describe('a law published as a folder of files, every heading written "#" (the LCEN from etalab, test/fixtures/raw-laws)', () => {
    const uri = 'file:///workspace/fr-lcen.md';
    const workspace = new Workspace();
    const model = workspace.set(uri, rawLawText('fr-lcen.md'));

    it('titres, chapitres and articles nest by kind: article 14 is in chapitre Ier of titre II', () => {
      assert.strictEqual(unitOf(model, 'art_14').parent?.id, 'title_ii__chp_i');
      assert.strictEqual(unitOf(model, 'title_ii__chp_i').parent?.id, 'title_ii');
      assert.strictEqual(unitOf(model, 'art_6').parent?.id, 'title_i__chp_ii', '"CHAPITRE II" closes "Chapitre Ier", not the titre');
      assert.strictEqual(model.units[0].id, 'title_i', 'the first "#" heading, the law\'s name, is no unit');
    });

    it('"au sens du présent chapitre" in article 14 is that chapter, not the whole law', () => {
      const present = workspace.resolved(uri).find((r) => r.reference.text === 'présent chapitre');
      assert.strictEqual(present?.targets[0].unitId, 'title_ii__chp_i');
    });

    it('the site\'s lists of links to the parts ("- [Article 1](article-1.md)") are navigation: no citations, no errors', () => {
      const navigation = model.references.filter((r) => model.text.slice(model.text.lastIndexOf('\n', r.span.start) + 1, r.span.start).startsWith('- ['));
      assert.deepStrictEqual(navigation.map((r) => r.text), []);
    });

    it('must not: "# Title 18—" above "#### § 1029" stays the document\'s title; links to addresses elsewhere stay text', () => {
      assert.deepStrictEqual(ids(parse(joinLines('# Title 18— CRIMES AND CRIMINAL PROCEDURE', '', '#### § 1029. Fraud', '', 'Text.'))), ['sec_1029', 'sec_1029__al_1']);
      const links = parse(joinLines('# Notes', '', '- [Article 2 of the Budapest Convention](https://example.org/ets185)', '- [Article 3 of the Budapest Convention](https://example.org/ets185)'));
      assert.strictEqual(links.references.length, 2);
    });
  });

  describe('lettered lists a converter renumbered (the Budapest Convention as pandoc writes it to markdown)', () => {
    // Markdown has no "a)" or "(i)" lists: pandoc writes them as nested "1." lists. The wording
    // is the corpus text of article 6 and article 19 paragraphs 1–2; only the markers are rewritten, as pandoc does.
    const corpus = corpusText('coe-ets185-en.md');
    const article = (heading: string, end = '\n#') => {
      const start = corpus.indexOf(heading);
      return corpus.slice(start, corpus.indexOf(end, start + 1));
    };
    const asPandoc = (text: string) => text.split('\n').map((line) => {
      const letter = /^([a-z])\) (.*)$/.exec(line);
      if (letter) return `    ${letter[1].charCodeAt(0) - 96}.  ${letter[2]}`;
      const roman = /^\((i{1,3})\) (.*)$/.exec(line);
      if (roman) return `        ${roman[1].length}.  ${roman[2]}`;
      return line.replace(/^(\d+)\. /, '$1.  ');
    }).join('\n');
    const converted = joinLines('---', 'id: coe-ets185-converted', 'type: treaty', '---', '# Convention on Cybercrime', '',
      asPandoc(article('##### Article 6 – Misuse of devices')), asPandoc(article('##### Article 19 – Search and seizure', '\n3. ')));
    const uri = 'file:///workspace/coe-ets185-converted.md';
    const open = (text: string) => {
      const workspace = new Workspace();
      return { workspace, model: workspace.set(uri, text) };
    };
    const { workspace, model } = open(converted);
    const cited = (text: string) => {
      const found = workspace.resolved(uri).find((r) => r.reference.text === text);
      assert.ok(found, `the citation "${text}" is read`);
      return found.targets.map((target) => target.unitId && unitText(model, target.unitId).replace(/^\d+\.\s+/, '').slice(0, 30));
    };

    it('the converted text really is nested "1." lists (the test reads what it means to)', () => {
      assert.match(converted, /\n {4}2\. {2}the possession of an item/);
      assert.match(converted, /\n {8}2\. {2}a computer password/);
    });

    it('"1." inside paragraph 1 is its first subparagraph, not a second paragraph 1: no duplicates, paragraphs 1–3', () => {
      assert.deepStrictEqual(unitOf(model, 'art_6').children.map((unit) => unit.id), ['art_6__para_1', 'art_6__para_2', 'art_6__para_3']);
      assert.deepStrictEqual(unitOf(model, 'art_6__para_1').children.map((unit) => unit.id), ['art_6__para_1__subpara_1', 'art_6__para_1__subpara_2']);
      assert.deepStrictEqual(unitOf(model, 'art_6__para_1__subpara_1').children.map((unit) => unit.kind), ['item', 'item']);
      assert.deepStrictEqual(ids(model).filter((id) => id.includes('_dup')), []);
      assert.strictEqual(describeUnit(unitOf(model, 'art_6__para_1__subpara_1__item_2')), 'Article 6, paragraph 1 (a) (ii)', 'named as the text cites it (hover, links)');
    });

    it('"paragraph 1 a.ii of this article", "paragraphs a.i or ii above" and "paragraph 1.a" find the items by position, with no error', () => {
      assert.deepStrictEqual(cited('paragraph 1 a.ii of this article'), ['a computer password, access co']);
      assert.deepStrictEqual(cited('paragraphs a.i or ii above'), ['a device, including a computer', 'a computer password, access co']);
      assert.deepStrictEqual(cited('paragraph 1.a'), ['a computer system or part of i']);
      assert.deepStrictEqual(cited('paragraph 1 of this article'), ['Each Party shall adopt such le']);
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error'), []);
    });

    it('must not: a letter past the end of the list is still reported', () => {
      const third = open(converted.replace('pursuant to paragraph 1.a,', 'pursuant to paragraph 1.c,'));
      const errors = checkDocument(third.workspace, uri).filter((d) => d.code === 'broken-reference');
      assert.deepStrictEqual(errors.map((d) => d.message), ['"paragraph 1.c": paragraph 1 has no (c): it has 2 subparagraphs (1.–2.).']);
    });

    it('must not: a list nested in a bullet, or numbered paragraphs one after another, stay as they were', () => {
      assert.deepStrictEqual(ids(parse(joinLines('### Article 1', '', '1. One.', '', '2. Two.', '', '3. Three.'))), ['art_1', 'art_1__para_1', 'art_1__para_2', 'art_1__para_3']);
      const bullet = parse(joinLines('### Article 1', '', 'Intro:', '', '- a bullet', '    1. first', '    2. second'));
      assert.ok(bullet.units.every((unit) => unit.listLevel === undefined));
    });
  });

  describe('markers a converter escaped (turndown writes "1\\.", pandoc "a\\)" and "\\(i\\)")', () => {
    // The wording is the corpus text of articles 6 and 19; only the markers are escaped, as the
    // converters do where markdown would otherwise read a list. The reader sees the same markers.
    const corpus = corpusText('coe-ets185-en.md');
    const article = (heading: string) => {
      const start = corpus.indexOf(heading);
      return corpus.slice(start, corpus.indexOf('\n#', start + 1));
    };
    const plain = joinLines('---', 'id: coe-ets185-excerpt', 'type: treaty', '---', '# Convention on Cybercrime', '',
      article('##### Article 6 – Misuse of devices'), article('##### Article 19 – Search and seizure'));
    const escaped = plain.split('\n').map((line) => line.replace(/^(\d+)\. /, '$1\\. ').replace(/^([a-z])\) /, '$1\\) ').replace(/^\((i+)\) /, '\\($1\\) ')).join('\n');
    const read = (text: string) => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/coe-ets185-excerpt.md';
      const model = workspace.set(uri, text);
      return { model, citations: workspace.resolved(uri).map((r) => `${r.reference.text} → ${r.targets.map((t) => t.unitId ?? t.status).join(', ')}`) };
    };
    const before = read(plain);
    const after = read(escaped);

    it('the escaped text really is escaped (the test reads what it means to)', () => {
      assert.match(escaped, /\n1\\\. Each Party/);
      assert.match(escaped, /\na\\\) the production/);
      assert.match(escaped, /\n\\\(ii\\\) a computer password/);
    });

    it('gives the units and the resolved citations of the unescaped text', () => {
      assert.ok(ids(before.model).includes('art_6__para_1__subpara_a__item_ii'));
      assert.deepStrictEqual(ids(after.model), ids(before.model));
      assert.ok(before.citations.includes('paragraph 1.a → art_19__para_1__subpara_a'), before.citations.join('\n'));
      assert.deepStrictEqual(after.citations, before.citations);
    });

    it('the marker is labelled as the reader sees it, and its span covers the backslashes', () => {
      const paragraph = unitOf(after.model, 'art_19__para_1');
      assert.strictEqual(paragraph.label.trim(), '1.');
      assert.strictEqual(escaped.slice(paragraph.labelSpan.start, paragraph.labelSpan.end).trim(), '1\\.');
      const item = unitOf(after.model, 'art_6__para_1__subpara_a__item_ii');
      assert.strictEqual(escaped.slice(item.labelSpan.start, item.labelSpan.end).trim(), '\\(ii\\)');
    });

    it('must not: a backslash before a letter escapes nothing; "e\\.g\\." stays a word', () => {
      assert.deepStrictEqual(ids(parse(joinLines('### Article 1', '', '\\a) not a marker.', '', 'e\\.g\\. an example.'))), ['art_1', 'art_1__al_1', 'art_1__al_2']);
    });
  });

  describe('sections numbered in decimals (the form of Canada\'s and Australia\'s criminal codes: 342.1, 476.1)', () => {
    const uri = 'file:///workspace/decimal-code.md';
    const code = joinLines('---', 'id: decimal-code', 'type: law', '---', '# Code', '',
      '### 342.1 Unauthorized use of computer', '', '(1) Everyone who obtains a computer service without right is guilty of an offence.', '',
      '### 342.2 Possession of device', '', '(1) Everyone who makes a device to commit an offence under section 342.1 is guilty of an offence.', '',
      '(2) Subsection (1) does not apply to section 342.2 itself; see also section 342.1 (1) and section 342.3.', '',
      '(3) A device within the meaning of subsection 342.2(1) is forfeited.');
    const workspace = new Workspace();
    const model = workspace.set(uri, code);
    const cited = (text: string) => workspace.resolved(uri).filter((r) => r.reference.text === text).flatMap((r) => r.targets.map((t) => t.unitId ?? t.status));

    it('"### 342.1 Unauthorized use of computer" is section 342.1, titled, not a second section 342', () => {
      assert.deepStrictEqual(model.units.filter((unit) => unit.citable).map((unit) => [unit.id, unit.title]), [['sec_342.1', 'Unauthorized use of computer'], ['sec_342.2', 'Possession of device']]);
      assert.deepStrictEqual(duplicates(model), []);
    });

    it('"section 342.1" is that section, "section 342.1 (1)" and "subsection 342.2(1)" its subsections; a section that is not there is still reported', () => {
      assert.deepStrictEqual(cited('section 342.1'), ['sec_342.1']);
      assert.deepStrictEqual(cited('section 342.2'), ['sec_342.2']);
      assert.deepStrictEqual(cited('section 342.1 (1) and section 342.3'), ['sec_342.1__para_1', 'unresolved']);
      assert.deepStrictEqual(cited('subsection 342.2(1)'), ['sec_342.2__para_1'], 'Commonwealth drafting: the section\'s number, then its subsection');
      const errors = checkDocument(workspace, uri).filter((d) => d.severity === 'error');
      assert.deepStrictEqual(errors.map((d) => d.message.replace(/^[^:]*: /, '')), ['this document has no section 342.3 (it has sections 342.1–342.2).']);
    });

    it('must not: "article 7.2" in a treaty whose article 7 has a paragraph 2 is still that paragraph', () => {
      const treaty = new Workspace();
      const treatyUri = 'file:///workspace/treaty.md';
      treaty.set(treatyUri, joinLines('---', 'id: treaty', 'type: treaty', '---', '# Treaty', '', '### Article 7 – Scope', '', '1. One.', '', '2. Two.', '', '### Article 8 – Other', '', 'As in article 7.2.'));
      assert.deepStrictEqual(treaty.resolved(treatyUri).map((r) => r.targets.map((t) => t.unitId)), [['art_7__para_2']]);
    });
  });

  describe('clauses inserted by amendment, and a list of separately named units after "of" (the form of India\'s acts)', () => {
    const uri = 'file:///workspace/inserted.md';
    const act = joinLines('---', 'id: inserted', 'type: law', '---', '# Act', '', '### 2. Definitions', '', '(1) In this Act, unless the context otherwise requires,—', '',
      '(h) "computer network" means the inter-connection of computers;', '', '(ha) "communication device" means any device used to communicate;', '',
      '(i) "computer resource" means a computer or a computer network;', '', '### 66A. Punishment', '',
      'Whoever sends information by a communication device within the meaning of clause (ha) of sub-section (1) of section 2 and section 66A is liable.');
    const workspace = new Workspace();
    const model = workspace.set(uri, act);

    it('"(ha)", inserted after "(h)", is clause (ha) of sub-section (1), between (h) and (i)', () => {
      assert.deepStrictEqual(unitOf(model, 'sec_2__para_1').children.map((unit) => unit.number), ['h', 'ha', 'i']);
      assert.ok(unitText(model, 'sec_2__para_1__subpara_ha').includes('"communication device" means'));
    });

    it('"clause (ha) of sub-section (1) of section 2 and section 66A" is that clause and section 66A whole, with no error', () => {
      const citation = workspace.resolved(uri).find((r) => r.reference.text.startsWith('clause (ha)'));
      assert.deepStrictEqual(citation?.targets.map((t) => t.unitId), ['sec_2__para_1__subpara_ha', 'sec_66a']);
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error'), []);
    });

    it('must not: "(ab)" is no marker; "paragraph 2 of Article 4 and Article 6, paragraph 3" still takes each its own paragraph', () => {
      assert.deepStrictEqual(ids(parse(joinLines('### Article 1', '', '(ab) a note in brackets.'))), ['art_1', 'art_1__al_1']);
      const treaty = new Workspace();
      const treatyUri = 'file:///workspace/t.md';
      treaty.set(treatyUri, joinLines('---', 'id: t', 'type: treaty', '---', '# T', '', '### Article 4 – A', '', '1. One.', '', '2. Two.', '', '### Article 6 – B', '', '1. One.', '', '2. Two.', '', '3. Three.', '', '### Article 7 – C', '', 'See paragraph 2 of Article 4 and Article 6, paragraph 3.'));
      assert.deepStrictEqual(treaty.resolved(treatyUri).flatMap((r) => r.targets.map((t) => t.unitId)), ['art_4__para_2', 'art_6__para_3']);
    });
  });

  describe('an article\'s label run into its first paragraph (the form of Latin American laws: "**ARTÍCULO 1°.-** …", "Art. 5.- …")', () => {
    const uri = 'file:///workspace/ley.md';
    const ley = joinLines('---', 'id: ley', 'type: law', 'language: es', '---', '# Ley de Delitos Informáticos', '',
      '**ARTÍCULO 1°.-** Objeto de la ley. La presente ley tiene por objeto sancionar las conductas ilícitas.', '',
      '**ARTÍCULO 2°.-** Definiciones. Para los efectos de la presente ley, se entenderá por:', '',
      'a) Sistema informático: todo dispositivo aislado o conjunto de dispositivos.', '', 'b) Datos informáticos: toda representación de hechos.', '',
      'Art. 3.- El que accede a un sistema informático, conforme al inciso a) del artículo 2°, será reprimido. Lo dispuesto en el artículo 197 bis no se aplica.', '',
      'ARTICULO 4º — Lo dispuesto en el artículo 1 y en el artículo 9 se aplica.', '',
      '### Artículo 197 bis', '', 'El que sin autorización acceda a un sistema, véase el artículo 3.');
    const workspace = new Workspace();
    const model = workspace.set(uri, ley);
    const targets = () => workspace.resolved(uri).map((r) => `${r.reference.text} → ${r.targets.map((t) => t.unitId ?? t.status).join(', ')}`);

    it('each label opens its article; the text after it is the article\'s first paragraph; "Artículo 197 bis" is article 197bis', () => {
      assert.deepStrictEqual(model.units.filter((unit) => unit.citable).map((unit) => unit.id), ['art_1', 'art_2', 'art_3', 'art_4', 'art_197bis']);
      assert.ok(unitText(model, 'art_1__al_1').startsWith('Objeto de la ley. La presente ley'));
      assert.deepStrictEqual(unitOf(model, 'art_2').children.map((unit) => unit.id), ['art_2__al_1', 'art_2__subpara_a', 'art_2__subpara_b']);
      assert.deepStrictEqual(model.definitions.map((d) => [d.term, d.unitId]), [['Sistema informático', 'art_2__subpara_a'], ['Datos informáticos', 'art_2__subpara_b']]);
    });

    it('"inciso a) del artículo 2°" is subparagraph a) of article 2; the labels are no citations; only article 9 is reported', () => {
      assert.ok(targets().includes('inciso a) del artículo 2° → art_2__subpara_a'), targets().join('\n'));
      assert.ok(targets().includes('artículo 197 bis → art_197bis'));
      assert.ok(!targets().some((line) => /^(?:\*\*)?(?:ARTÍCULO|Art\.|ARTICULO) \d/.test(line)), 'a label is not a citation of itself');
      assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message), ['"artículo 9": this document has no article 9 (it has articles 1–197bis).']);
    });

    it('must not: a paragraph that opens with a citation ("Article 5 applies …", "**Article 5** of the Convention …") opens no article', () => {
      const prose = parse(joinLines('### Article 1 – Scope', '', 'Article 5 applies to the Parties.', '', '**Article 5** of the Convention applies too.'));
      assert.deepStrictEqual(prose.units.filter((unit) => unit.citable).map((unit) => unit.id), ['art_1']);
    });
  });
});

// Resolution that never claims more than it found, and never cries wolf at another instrument's
// citations: lists of citations element by element, partial paths, gaps, other instruments, aliases.
import * as assert from 'node:assert';
import { Workspace } from '../../server/src/engine/workspace';
import { incomingCitations, symbolAt } from '../../server/src/engine/queries';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { codeLenses } from '../../server/src/features/codeLens';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { checkDocument } from '../../server/src/engine/checks';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { corpusDoc, corpusFiles, corpusText, corpusUri, frontMatter, joinLines, lineOfText, loadCorpus, uriOf, workspaceOf } from '../helpers/workspace';

function statuses(resolved: ResolvedReference[]): Array<[string, string[]]> {
  return resolved.map((r) => [r.reference.text, r.targets.map((t) => (t.status === 'resolved' ? `${t.documentId}#${t.unitId}` : t.status))]);
}

/** The corpus plus extra documents (the corpus workspace itself is shared and must not change). */
function corpusWith(files: Record<string, string>): Workspace {
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), corpusText(name));
  for (const [name, text] of Object.entries(files)) workspace.set(uriOf(name), text);
  return workspace;
}

describe('engine: honest resolution', () => {
  describe('lists of citations: each element is its own target (Budapest art. 40 and 42)', () => {
    const at = (lineNeedle: string, phrase: string): string | undefined => {
      const workspace = loadCorpus();
      const model = corpusDoc('coe-ets185-en');
      const line = lineOfText(model, lineNeedle);
      const start = model.lines.offset(line, 0);
      const offset = model.text.indexOf(phrase, start);
      assert.ok(offset >= 0, phrase);
      const symbol = symbolAt(workspace, model.uri, offset);
      return symbol?.kind === 'reference' ? symbol.target?.unitId : undefined;
    };
    it('art. 42: "Article 6, paragraph 3" and "Article 14, paragraph 3" are their own targets, not Article 4', () => {
      const needle = 'Article 4, paragraph 2, Article 6, paragraph 3';
      assert.strictEqual(at(needle, 'Article 4'), 'art_4__para_2');
      assert.strictEqual(at(needle, 'Article 6'), 'art_6__para_3');
      assert.strictEqual(at(needle, '6, paragraph 3'), 'art_6__para_3');
      assert.strictEqual(at(needle, 'Article 14, paragraph 3'), 'art_14__para_3');
      assert.strictEqual(at(needle, 'Article 41'), 'art_41__para_1');
    });
    it('art. 40: "Articles 2, 3, 6, paragraph 1.b": the 6 is article 6, paragraph 1.b', () => {
      const needle = 'Articles 2, 3, 6, paragraph 1.b';
      assert.strictEqual(at(needle, '6, paragraph 1.b'), 'art_6__para_1__subpara_b');
      assert.strictEqual(at(needle, 'paragraph 1.b'), 'art_6__para_1__subpara_b');
      assert.strictEqual(at(needle, '27, paragraph 9.e'), 'art_27__para_9__subpara_e');
    });
  });

  describe('never resolved for less than what was cited', () => {
    const draft = (citation: string) => workspaceOf({
      'act.md': frontMatter({ id: 'act', title: 'Example Act', type: 'law', language: 'en' }) + joinLines(
        '# Example Act', '', '### Section 1', '', 'A person commits an offence who (a) does one thing; or (b) does another thing.', '', '(1) A further rule.', '',
        '### Section 2', '', `This section applies to ${citation}.`),
    });
    it('"section 1(a)(2)": (a) is written inline in section 1, but (a)(2) is not: unresolved, with section 1 kept as partial', () => {
      const workspace = draft('section 1(a)(2)');
      const [r] = workspace.resolved(uriOf('act.md')).filter((x) => x.reference.text.startsWith('section 1'));
      assert.strictEqual(r.status, 'unresolved');
      assert.match(r.targets[0].reason ?? '', /section 1 has no \(a\)\(2\)/);
      assert.strictEqual(r.targets[0].partialUnitId, 'sec_1');
      const diagnostics = checkDocument(workspace, uriOf('act.md')).filter((d) => d.code === 'broken-reference');
      assert.strictEqual(diagnostics.length, 1);
    });
    it('go to definition on "section 1(a)(2)" opens section 1, the part found; the hover says so; a citation found in no part opens nothing', () => {
      const workspace = draft('section 1(a)(2)');
      const model = workspace.get(uriOf('act.md'))!;
      const position = model.lines.position(model.text.indexOf('section 1(a)(2)') + 3);
      const context = { workspace, settings: () => DEFAULT_SETTINGS };
      const links = definition(context, { textDocument: { uri: model.uri }, position });
      assert.strictEqual(links?.length, 1);
      assert.deepStrictEqual(links[0].targetSelectionRange.start, model.lines.position(model.text.indexOf('### Section 1')));
      const shown = JSON.stringify(hover(context, { textDocument: { uri: model.uri }, position })?.contents);
      assert.match(shown, /cannot be resolved/);
      assert.match(shown, /Only Section 1 was found: Go to Definition opens it/);
      const missing = draft('section 7(a)');
      const at = missing.get(uriOf('act.md'))!;
      assert.strictEqual(definition({ workspace: missing, settings: () => DEFAULT_SETTINGS }, { textDocument: { uri: at.uri }, position: at.lines.position(at.text.indexOf('section 7(a)') + 3) }), null);
    });
    it('"section 1(b)", written inline, still resolves to section 1', () => {
      const [r] = draft('section 1(b)').resolved(uriOf('act.md')).filter((x) => x.reference.text.startsWith('section 1'));
      assert.deepStrictEqual(statuses([r]), [['section 1(b)', ['act#sec_1']]]);
    });
    it('"section 1(3)": says what is missing and what exists', () => {
      const [r] = draft('section 1(3)').resolved(uriOf('act.md')).filter((x) => x.reference.text.startsWith('section 1'));
      assert.strictEqual(r.status, 'unresolved');
      assert.match(r.targets[0].reason ?? '', /section 1 has no \(3\): it has 1 paragraph \(\(1\)\)/);
    });
  });

  describe('a gap excuses only what it says is missing', () => {
    const draft = (gaps: string[]) => workspaceOf({
      'draft.md': frontMatter({ id: 'draft', title: 'Draft Act', type: 'law', language: 'en', gaps }) + joinLines(
        '# Draft Act', '', '## Part I', '', '### Section 1', '', 'Text.', '', '### Section 2', '', '(1) One.', '', '(2) Two.', '', '(3) Three.', '',
        '### Section 3', '', 'Subject to section 2(4), this Act applies.', '', 'See Part IV.', '', 'See also section 12.', '', 'See also section 9.'),
    });
    it('"Part IV not yet drafted" excuses "Part IV", not "section 2(4)" nor "section 9"', () => {
      const workspace = draft(['Part IV not yet drafted']);
      assert.deepStrictEqual(statuses(workspace.resolved(uriOf('draft.md'))), [
        ['section 2(4)', ['unresolved']], ['this Act', ['draft#']], ['Part IV', ['external']], ['section 12', ['unresolved']], ['section 9', ['unresolved']],
      ]);
      const codes = checkDocument(workspace, uriOf('draft.md')).map((d) => d.code);
      assert.deepStrictEqual(codes, ['broken-reference', 'broken-reference', 'broken-reference']);
    });
    it('"sections 10 onward" excuses section 12 only; "sections 5 to 9" excuses section 9', () => {
      const of = (gap: string) => statuses(draft([gap]).resolved(uriOf('draft.md'))).filter((s) => /^section \d+$/.test(s[0])).map((s) => `${s[0]}: ${s[1][0]}`);
      assert.deepStrictEqual(of('sections 10 onward not included'), ['section 12: external', 'section 9: unresolved']);
      assert.deepStrictEqual(of('sections 5 to 9 not included'), ['section 12: unresolved', 'section 9: external']);
    });
    it('Kenya: "section 5" falls in the gap "Part II (sections 4-13)"; Benin: "Livre V" in "Livres 1 to 5 (articles 3 to 490)"', () => {
      const workspace = workspaceOf({
        'ke.md': corpusText('ke-cmca-2018.md') + '\n\nSee section 5 and section 13.\n',
      });
      const extra = workspace.resolved(uriOf('ke.md')).filter((r) => r.reference.text === 'section 5 and section 13');
      assert.deepStrictEqual(extra.map((r) => r.targets.map((t) => t.status)), [['external', 'external']]);
      const benin = loadCorpus().resolved(corpusDoc('bj-code-numerique').uri).filter((r) => /^Livre V\b/.test(r.reference.text));
      assert.ok(benin.length >= 1);
      for (const r of benin) assert.strictEqual(r.status, 'external', r.reference.text);
    });
  });

  describe('a citation of another instrument is external, never an error', () => {
    const workspace = workspaceOf({
      'act.md': frontMatter({ id: 'act', title: 'Example Act', type: 'law', language: 'en' }) + joinLines(
        '# Example Act', '', '## Chapter 1', '', '### Section 1', '',
        '(1) A consumer report within the meaning of section 1602(n) of title 15 may be disclosed.', '',
        '(2) A controlled substance under section 413 of the Comprehensive Drug Abuse Prevention and Control Act of 1970 is forfeited.', '',
        '(3) A depository institution, as defined in section 25(a) of the Federal Reserve Act, shall comply.', '',
        '(4) An offence under section 1029 of title 18, except subsection (d) of that section, is excluded.', '',
        '### Section 2', '',
        'The Criminal Law (Codification and Reform) Act [Chapter 9:23] is amended in section 162 by the repeal of paragraph (c).', '',
        'The Interpretation Act [Chapter 1:01] applies.'),
    });
    const byText = new Map(workspace.resolved(uriOf('act.md')).map((r) => [r.reference.text, r]));
    for (const text of ['section 1602(n) of title 15', 'section 413 of the Comprehensive Drug Abuse Prevention and Control Act of 1970',
      'section 25(a) of the Federal Reserve Act', 'subsection (d)', 'Chapter 9:23', 'section 162', 'paragraph (c)', 'Chapter 1:01']) {
      it(`"${text}" is external`, () => {
        const r = [...byText.values()].find((x) => x.reference.text === text || (text.includes(':') && x.reference.text === text.split(':')[0]));
        assert.ok(r, `${text} is a citation: ${[...byText.keys()].join(' | ')}`);
        assert.strictEqual(r.status, 'external', `${text}: ${r.targets[0].reason}`);
      });
    }
    it('the whole draft has no error', () => {
      assert.deepStrictEqual(checkDocument(workspace, uriOf('act.md')).filter((d) => d.severity === 'error').map((d) => d.message), []);
    });
  });

  describe('a unit of the larger whole, not in the workspace, is information (reference-not-in-workspace)', () => {
    it('triggers on "section 1030" in 18 U.S.C. § 2510 (a document holding one section of title 18)', () => {
      const workspace = loadCorpus();
      const model = corpusDoc('us-18usc2510');
      const found = checkDocument(workspace, model.uri).filter((d) => d.code === 'reference-not-in-workspace');
      const line = lineOfText(model, '“protected computer” has the meaning set forth in section 1030');
      const hit = found.find((d) => model.lines.position(d.span.start).line === line);
      assert.ok(hit, found.map((d) => d.message).join('\n'));
      assert.strictEqual(hit.severity, 'information');
      assert.match(hit.message, /section 1030 is not in the workspace/);
    });
    it('does not trigger in a law numbered from section 1: a missing section there is an error', () => {
      const workspace = workspaceOf({ 'act.md': frontMatter({ id: 'act', title: 'Act', type: 'law' }) + joinLines('### Section 1', '', 'See section 9.', '', '### Section 2', '', 'Text.') });
      const codes = checkDocument(workspace, uriOf('act.md')).map((d) => d.code);
      assert.deepStrictEqual(codes, ['broken-reference']);
    });
  });

  describe('names of instruments resolve everywhere; "the Convention" in a note is the treaty it is about', () => {
    const note = (fields: Record<string, string | string[]>, body: string) => corpusWith({
      'note.md': frontMatter({ id: 'note', title: 'Research note on the Convention on Cybercrime and its preservation orders', type: 'commentary', language: 'en', ...fields }) + joinLines('# Research note', '', body),
    });
    const targets = (workspace: Workspace) => statuses(workspace.resolved(uriOf('note.md')));
    it('"Article 16 of the Convention" in a note that cites the Budapest Convention by name binds to it, not to the note', () => {
      const workspace = note({}, 'Article 29 of the Budapest Convention provides for expedited preservation. Article 16 of the Convention and Article 17, paragraph 1 of the Convention are its domestic counterparts.');
      assert.deepStrictEqual(targets(workspace), [
        ['Article 29 of the Budapest Convention', ['coe-ets185-en#art_29']],
        ['Article 16 of the Convention', ['coe-ets185-en#art_16']],
        ['Article 17, paragraph 1 of the Convention', ['coe-ets185-en#art_17__para_1']],
      ]);
    });
    it('with `annotates`, "the Convention" is the annotated treaty', () => {
      assert.deepStrictEqual(targets(note({ annotates: 'coe-ets185-en' }, 'Article 16 of the Convention applies.')), [['Article 16 of the Convention', ['coe-ets185-en#art_16']]]);
    });
    it('"ETS No. 185", "18 U.S.C. § 2703(f)", "section 2705 of title 18" resolve to the documents that hold them', () => {
      const workspace = note({}, joinLines('Article 16 of ETS No. 185 is implemented by 18 U.S.C. § 2703(f) and by section 2705 of title 18; see also section 1030 of title 18.'));
      assert.deepStrictEqual(targets(workspace), [
        ['Article 16', ['coe-ets185-en#art_16']],
        ['§ 2703(f)', ['us-18usc-ch121#sec_2703__subsec_f']],
        ['section 2705 of title 18', ['us-18usc-ch121#sec_2705']],
        ['section 1030 of title 18', ['external']],
      ]);
      const info = checkDocument(workspace, uriOf('note.md')).map((d) => d.code);
      assert.deepStrictEqual(info, ['reference-not-in-workspace']);
    });
  });

  describe('who cites an article: its paragraphs count, "this article" inside it does not', () => {
    it('Budapest art. 14 is cited by art. 42\'s "Article 14, paragraph 3"', () => {
      const workspace = loadCorpus();
      const model = corpusDoc('coe-ets185-en');
      const line = lineOfText(model, 'Article 4, paragraph 2, Article 6, paragraph 3');
      const lines = incomingCitations(workspace, 'coe-ets185-en', 'art_14').filter((e) => e.uri === model.uri).map((e) => model.lines.position(e.resolved.reference.span.start).line);
      assert.ok(lines.includes(line), String(lines));
      assert.strictEqual(workspace.incoming('coe-ets185-en', 'art_14').filter((e) => e.uri === model.uri && model.lines.position(e.resolved.reference.span.start).line === line).length, 0, 'not a citation of art_14 itself');
    });
    it('Budapest art. 16(4) "referred to in this article" is not a citation of article 16', () => {
      const workspace = loadCorpus();
      const model = corpusDoc('coe-ets185-en');
      const line = lineOfText(model, '4. The powers and procedures referred to in this article shall be subject to Articles 14 and 15.');
      const self = workspace.incoming('coe-ets185-en', 'art_16').filter((e) => model.lines.position(e.resolved.reference.span.start).line === line);
      assert.strictEqual(self.length, 1, 'the workspace index has it');
      assert.ok(!incomingCitations(workspace, 'coe-ets185-en', 'art_16').some((e) => model.lines.position(e.resolved.reference.span.start).line === line));
    });
    it('the "referenced by" lens counts a paragraph citation and a range, not "this article"', () => {
      const workspace = workspaceOf({ 't.md': frontMatter({ id: 't', title: 'Treaty', type: 'treaty', language: 'en' }) + joinLines(
        '# Treaty', '', '### Article 1', '', '1. This article applies.', '', '2. Two.', '', '### Article 2', '', 'Article 1, paragraph 2 and Article 1, paragraph 1 apply.', '',
        '### Article 3', '', 'Articles 1 to 2 apply.') });
      const lenses = codeLenses({ workspace, settings: () => DEFAULT_SETTINGS }, { textDocument: { uri: uriOf('t.md') } });
      assert.deepStrictEqual(lenses.map((lens) => `${lens.range.start.line}: ${lens.command?.title}`), ['8: referenced by 3', '14: referenced by 1', '18: not referenced']);
    });
  });

  describe('a relation to a document that is not in the workspace (related-document-missing)', () => {
    const law = frontMatter({ id: 'law', title: 'Example Act', type: 'law', language: 'en', implements: ['example-treaty'] }) + joinLines('# Example Act', '', '### Section 1', '', 'Article 2 of the Convention applies.');
    it('triggers on the id in `implements` when the treaty is missing, and not once it is there', () => {
      const workspace = workspaceOf({ 'law.md': law });
      const found = checkDocument(workspace, uriOf('law.md')).filter((d) => d.code === 'related-document-missing');
      assert.strictEqual(found.length, 1);
      const model = workspace.get(uriOf('law.md'))!;
      assert.strictEqual(model.text.slice(found[0].span.start, found[0].span.end), 'example-treaty');
      assert.strictEqual(found[0].severity, 'warning');
      workspace.set(uriOf('treaty.md'), frontMatter({ id: 'example-treaty', title: 'Example Convention', type: 'treaty' }) + joinLines('### Article 2', '', 'Text.'));
      assert.deepStrictEqual(checkDocument(workspace, uriOf('law.md')).map((d) => d.code), []);
    });
    it('does not trigger on the corpus, whose relations all name documents it holds', () => {
      const workspace = loadCorpus();
      for (const model of workspace.all()) assert.deepStrictEqual(checkDocument(workspace, model.uri).filter((d) => d.code === 'related-document-missing'), [], model.id);
    });
  });

  describe('while the workspace is indexing', () => {
    it('a hover on a citation of another document says so, never "outside the workspace"', () => {
      const workspace = workspaceOf({ 'law.md': frontMatter({ id: 'law', title: 'Example Act', type: 'law', language: 'en', implements: ['treaty'] }) + joinLines('# Example Act', '', '### Section 1', '', 'Article 2 of the Convention applies.') });
      const model = workspace.get(uriOf('law.md'))!;
      const position = model.lines.position(model.text.indexOf('Article 2') + 8);
      const indexing = hover({ workspace, settings: () => DEFAULT_SETTINGS, indexing: () => ({ done: 1, total: 12 }) }, { textDocument: { uri: model.uri }, position });
      const text = JSON.stringify(indexing?.contents);
      assert.match(text, /still being indexed \(1 of 12 documents read\)/);
      assert.doesNotMatch(text, /outside the workspace/);
      const done = hover({ workspace, settings: () => DEFAULT_SETTINGS }, { textDocument: { uri: model.uri }, position });
      assert.doesNotMatch(JSON.stringify(done?.contents), /still being indexed/);
    });
  });

  describe('relative citations and ranges (drafts: the corpus has neither form)', () => {
    const act = workspaceOf({ 'act.md': frontMatter({ id: 'act', title: 'Example Act', type: 'law', language: 'en' }) + joinLines(
      '# Example Act', '', '## Chapter I', '', '### Section 1', '', '(1) One.', '', '(2) Subject to the preceding subsection, two.', '', '(3) Three, as the following subsection says.', '', '(4) Four.', '',
      '### Section 2', '', 'The preceding section applies, and Chapter I hereof; Chapter IV hereof does not exist.', '',
      '### Section 3', '', 'Text.', '', '### Section 4', '', 'Text.', '', '### Section 5', '', 'Text.', '', '### Section 6', '', 'Sections 3 to 5 apply.') });
    const resolved = act.resolved(uriOf('act.md'));
    it('"the preceding subsection" in (2) is (1); "the following subsection" in (3) is (4); "the preceding section" is section 1', () => {
      assert.deepStrictEqual(statuses(resolved.filter((r) => /preceding|following/.test(r.reference.text))), [
        ['the preceding subsection', ['act#sec_1__para_1']], ['the following subsection', ['act#sec_1__para_4']], ['The preceding section', ['act#sec_1']],
      ]);
    });
    it('"Chapter I hereof" is this document\'s chapter I; "Chapter IV hereof" is an error, not another instrument', () => {
      assert.deepStrictEqual(statuses(resolved.filter((r) => /hereof/.test(r.reference.text))), [['Chapter I hereof', ['act#chp_i']], ['Chapter IV hereof', ['unresolved']]]);
    });
    it('"Sections 3 to 5" counts for sections 3, 4 and 5; go to definition goes to section 3', () => {
      const [range] = resolved.filter((r) => r.reference.text === 'Sections 3 to 5');
      assert.strictEqual(range.targets[0].unitId, 'sec_3');
      assert.deepStrictEqual(range.targets[0].covered, ['sec_3', 'sec_4', 'sec_5']);
      for (const id of ['sec_3', 'sec_4', 'sec_5']) assert.strictEqual(incomingCitations(act, 'act', id).length, 1, id);
      const lenses = codeLenses({ workspace: act, settings: () => DEFAULT_SETTINGS }, { textDocument: { uri: uriOf('act.md') } });
      assert.deepStrictEqual(lenses.map((lens) => lens.command?.title).slice(2, 5), ['referenced by 1', 'referenced by 1', 'referenced by 1']);
    });
  });

  describe('"of that section" names the section cited just before (15 U.S.C. § 6503(a) form)', () => {
    const act = (third: string) => workspaceOf({ 'act.md': frontMatter({ id: 'act', title: 'Example Act', type: 'law', language: 'en' }) + joinLines(
      '# Example Act', '', '### Section 1', '', '(a) One.', '', '(b) Two.', '', '### Section 2', '',
      'In prescribing rules under section 1 of this Act, the Minister shall apply the requirements described in subsection (b) of that section.', '',
      third) });
    it('"subsection (b) of that section" after "section 1 of this Act" in the same sentence is section 1(b)', () => {
      const workspace = act('Text.');
      assert.deepStrictEqual(statuses(workspace.resolved(uriOf('act.md'))).filter(([text]) => text.startsWith('subsection')), [['subsection (b)', ['act#sec_1__subsec_b']]]);
    });
    it('a unit missing from that section is an error that names it; with no section cited just before, it stays another instrument\'s', () => {
      const workspace = act('The rules under section 1 of this Act apply, except subsection (c) of that section. A permit. The conditions of subsection (d) of that section apply.');
      const found = workspace.resolved(uriOf('act.md')).filter((r) => /^subsection \([cd]\)$/.test(r.reference.text));
      assert.deepStrictEqual(found.map((r) => [r.reference.text, r.status]), [['subsection (c)', 'unresolved'], ['subsection (d)', 'external']]);
      assert.match(found[0].targets[0].reason ?? '', /"that section" is section 1/);
    });
  });

  describe('a citation into another document\'s gap is not an error (TTDSG § 1 citing § 40 of a BDSG excerpt)', () => {
    const workspace = workspaceOf({
      'excerpt.md': frontMatter({ id: 'excerpt', title: 'Data Act', type: 'law', language: 'en', aliases: ['Data Act'], gaps: ['sections 8-85 are not in this excerpt'] }) + joinLines(
        '# Data Act', '', '### Section 1', '', 'Text.', '', '### Section 2', '', 'Text.'),
      'citing.md': frontMatter({ id: 'citing', title: 'Citing Act', type: 'law', language: 'en' }) + joinLines(
        '# Citing Act', '', '### Section 1', '', 'Section 40 of the Data Act applies. Section 5 of the Data Act applies.'),
    });
    it('"Section 40 of the Data Act" is in the excerpt\'s gap: information, not an error; "Section 5", in no gap, is an error', () => {
      const byText = statuses(workspace.resolved(uriOf('citing.md')));
      assert.deepStrictEqual(byText, [['Section 40 of the Data Act', ['external']], ['Section 5 of the Data Act', ['unresolved']]]);
      assert.deepStrictEqual(checkDocument(workspace, uriOf('citing.md')).map((d) => [d.code, d.severity]), [['reference-not-in-workspace', 'information'], ['broken-reference', 'error']]);
    });
  });

  describe('a grouping the headings never show is not checked (a converter may have left it out)', () => {
    // Benin's Code du numérique as the lahalex site gives it (../shared/sources, lines 256–268): "LIVRE 6" then articles,
    // no "Titre" heading anywhere, yet "au Titre I du présent Livre".
    const BENIN_LIVRE_6 = "---\nid: bj-livre-6\nlanguage: fr\n---\n## LIVRE 6 : DE LA CYBERCRIMINALITE ET DE LA CYBERSECURITE\n\n### Article 491 : Objet\n\nObjet\nLes dispositions du présent Livre fixent les règles et les modalités de lutte contre la cybercriminalité en République du Bénin. Elles fixent également le cadre institutionnel, les règles et les modalités d’utilisation de la cryptologie en République du Bénin.\n\n### Article 492 : Champ d’application\n\nChamp d’application\nLes pouvoirs et procédures prévus dans le présent Titre aux fins d’enquêtes ou de procédures pénales spécifiques s’appliquent :\n1. aux infractions pénales établies conformément au Titre I du présent Livre ;\n1. à toutes les autres infractions pénales commises sur et au moyen d’un système informatique ;\n";

    it('"au Titre I du présent Livre" with no title in the headings: external, with the reason, not an error', () => {
      const workspace = workspaceOf({ 'livre6.md': BENIN_LIVRE_6 });
      const titre = workspace.resolved(uriOf('livre6.md')).find((r) => r.reference.text.startsWith('Titre I'))!;
      assert.strictEqual(titre.targets[0].status, 'external');
      assert.match(titre.targets[0].reason ?? '', /headings show no titles at all/);
      assert.deepStrictEqual(checkDocument(workspace, uriOf('livre6.md')).filter((d) => d.severity === 'error'), []);
    });

    it('must not: a document whose headings show titles still reports the title it lacks', () => {
      const withTitle = BENIN_LIVRE_6.replace('## LIVRE 6 : DE LA CYBERCRIMINALITE ET DE LA CYBERSECURITE', '## LIVRE 6 : DE LA CYBERCRIMINALITE ET DE LA CYBERSECURITE\n\n### TITRE II : DES PROCEDURES');
      const workspace = workspaceOf({ 'livre6.md': withTitle });
      assert.ok(checkDocument(workspace, uriOf('livre6.md')).some((d) => d.severity === 'error' && /no title I\b/.test(d.message)));
    });
  });
});

// Citations of another instrument whose name does not stand right after them, and the other ways
// real statutes (here German federal law as bundestag/gesetze gives it, wrapped at 72 columns) name
// units: every case read as a unit of this document was a false "broken reference". The sentences
// are quoted from the StPO, GVG, OWiG and IRG; each principle has a case where it must not apply.
import * as assert from 'node:assert';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { loadRawWorkspace, rawLawUri } from '../helpers/rawLaws';

const GERMAN = ['---', 'id: gesetz', 'title: Gerichtsverfassungsgesetz', 'type: law', 'language: de', '---', ''];

/** A law from its first unit on (a law whose units start at § 40 reads as an excerpt of a larger one). */
function workspaceOf(body: string[], head = GERMAN, first = '### § 1'): { workspace: Workspace; uri: string } {
  const workspace = new Workspace();
  const uri = 'file:///workspace/gesetz.md';
  workspace.set(uri, [...head, first, '', 'Text.', '', ...body].join('\n'));
  return { workspace, uri };
}

/** The resolution of the citation whose text starts with `start` (the first such). */
function citation(workspace: Workspace, uri: string, start: string): ResolvedReference {
  const found = workspace.resolved(uri).find((r) => r.reference.text.replace(/\s+/g, ' ').startsWith(start));
  if (!found) throw new Error(`no citation "${start}" in ${workspace.resolved(uri).map((r) => r.reference.text).join(' | ')}`);
  return found;
}

function errors(workspace: Workspace, uri: string): string[] {
  return checkDocument(workspace, uri).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: citations of other instruments named elsewhere in the sentence or list', () => {
  describe('a list whose lead-in names the code ("1.  aus dem Strafgesetzbuch:")', () => {
    it('StPO § 100a (2): the lettered items cite the Strafgesetzbuch, not the StPO (whose gaps would otherwise excuse them)', () => {
      const workspace = loadRawWorkspace();
      const uri = rawLawUri('de-stpo-100a-100b.md');
      for (const start of ['§ 108e', '§§ 109d bis 109h', '§§ 260, 260a']) {
        const found = citation(workspace, uri, start);
        assert.ok(found.targets.every((t) => t.status === 'external' && /Strafgesetzbuch/.test(t.reason ?? '')), `${start}: ${JSON.stringify(found.targets.map((t) => t.reason))}`);
      }
    });

    it('the same list in a law without gaps: no error, each citation of the code named in its lead-in', () => {
      const { workspace, uri } = workspaceOf([
        '### § 100', '', '(2) Schwere Straftaten im Sinne des Absatzes 1 sind:', '',
        '1.  aus dem Strafgesetzbuch:', '',
        '    a)  Bestechlichkeit und Bestechung von Mandatsträgern nach § 108e,', '',
        '    b)  Straftaten gegen die Landesverteidigung nach den §§ 109d bis 109h,', '',
        '2.  aus der Abgabenordnung:', '',
        '    a)  Steuerhinterziehung unter den in § 370 Absatz 3 Satz 2 Nummer 5', '        genannten Voraussetzungen,', '',
        '3.  aus dem Anti-Doping-Gesetz:', '',
        '    Straftaten nach § 4 Absatz 4 Nummer 2 Buchstabe b,', '',
      ]);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.match(citation(workspace, uri, '§ 370').targets[0].reason ?? '', /Abgabenordnung/);
      assert.match(citation(workspace, uri, '§ 4 Absatz 4').targets[0].reason ?? '', /Anti-Doping-Gesetz/);
    });

    it('must not: a lead-in that names an act but does not end with it leaves the items to this law', () => {
      const { workspace, uri } = workspaceOf([
        '### § 100', '', '(2) Unbeschadet des Strafgesetzbuches gilt hier Folgendes:', '',
        '1.  die Anordnung nach § 99 ist zulässig,', '',
      ]);
      assert.ok(errors(workspace, uri).some((e) => e.includes('section 99')), errors(workspace, uri).join('\n'));
      assert.strictEqual(citation(workspace, uri, '§ 99').status, 'unresolved');
    });
  });

  describe('a chain anchored only at its end', () => {
    it('GVG § 74 (2): "(§ 239b Abs. 2 in Verbindung mit § 239a Abs. 1 des Strafgesetzbuches)" is the Strafgesetzbuch twice', () => {
      const { workspace, uri } = workspaceOf(['### § 74', '', '(2) Für die Verbrechen', '',
        '11. der Geiselnahme mit Todesfolge (§ 239b Abs. 2 in Verbindung mit § 239a', '    Abs. 1 des Strafgesetzbuches),', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.match(citation(workspace, uri, '§ 239b').targets[0].reason ?? '', /Strafgesetzbuches/);
    });

    it('must not: "aux articles 33 à 37 et à l\'article 495 du présent code" keeps articles 33 to 37 in this code', () => {
      const head = ['---', 'id: code', 'title: Code du numérique', 'type: law', 'language: fr', '---', ''];
      const { workspace, uri } = workspaceOf(['### Article 495', '', 'Les modalités prévues à l’article 78 ter du code de procédure pénale, des données mentionnés aux articles 33 à 37 et à l’article 495 du présent code.', ''], head, '### Article 1');
      assert.strictEqual(citation(workspace, uri, 'articles 33 à 37').status, 'unresolved');
    });
  });

  describe('a name after the citation that the grammar does not know', () => {
    it('StPO § 111f (2): "Die §§ 928 und 932 der Zivilprozessordung gelten" (so misspelt in the official text) is the ZPO\'s, not this law\'s', () => {
      const { workspace, uri } = workspaceOf(['### § 111f', '', '(2) Der Vermögensarrest in ein Grundstück oder ein Recht, das den',
        'Vorschriften über die Zwangsvollstreckung in das unbewegliche Vermögen', 'unterliegt, wird durch Eintragung einer Sicherungshypothek bewirkt.',
        'Die §§ 928 und 932 der Zivilprozessordung gelten sinngemäß.', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.match(citation(workspace, uri, '§§ 928').targets[1].reason ?? '', /der Zivilprozessordung/);
    });

    it('must not: a lower-case word, a unit noun or a "this" word after the citation is no name', () => {
      const { workspace, uri } = workspaceOf(['### § 2', '', '(1) Die §§ 928 und 932 der folgenden Fassung gelten; § 929 des Absatzes 1 auch.', '']);
      assert.strictEqual(errors(workspace, uri).length, 3, errors(workspace, uri).join('\n'));
      const english = ['---', 'id: act', 'title: Test Act', 'type: law', 'language: en', '---', ''];
      const act = workspaceOf(['## Section 2', '', 'Section 99 of This Act applies.', ''], english, '## Section 1');
      assert.strictEqual(errors(act.workspace, act.uri).length, 1);
    });
  });

  describe('an instrument named elsewhere in the sentence', () => {
    it('before the citations: "Strafprozessordnung mit Ausnahme der §§ 139, 140" (IRG § 40)', () => {
      const { workspace, uri } = workspaceOf(['### § 40', '',
        '(2) Es gelten die Vorschriften der Strafprozessordnung mit Ausnahme der §§ 139, 140, 141', 'entsprechend.', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.match(citation(workspace, uri, '§§ 139').targets[0].reason ?? '', /Strafprozessordnung/);
    });

    describe('with the Strafprozessordnung in the workspace (IRG § 40 (2) again)', () => {
      const irgUri = 'file:///workspace/irg.md';
      const stpoUri = 'file:///workspace/stpo.md';
      const irg = [...GERMAN.slice(0, 2), 'title: Gesetz über die internationale Rechtshilfe in Strafsachen', ...GERMAN.slice(3), '### § 1', '', 'Text.', '', '### § 40', '',
        '(2) Es gelten die Vorschriften der Strafprozessordnung mit Ausnahme der §§ 139, 140, 141', 'entsprechend.', ''].join('\n');
      // An excerpt of the StPO's headings, without § 140 until the user adds it.
      const stpo = (sections: number[]) => ['---', 'id: stpo', 'title: Strafprozessordnung', 'type: law', 'language: de', '---', '', '# Strafprozessordnung', '', 'Text.', '',
        ...sections.flatMap((number) => [`### § ${number}`, '', 'Text.', ''])].join('\n');
      const targetsOf = (workspace: Workspace) => citation(workspace, irgUri, '§§ 139').targets.map((t) => `${t.status} ${t.documentId ?? ''} ${t.unitId ?? ''}`.trim());

      it('"die Vorschriften der Strafprozessordnung": the sections cited are the StPO\'s, and one it lacks is its error, not the IRG\'s', () => {
        const workspace = new Workspace();
        workspace.set(irgUri, irg);
        workspace.set(stpoUri, stpo([1, 139, 141]));
        assert.deepStrictEqual(targetsOf(workspace), ['resolved stpo sec_139', 'unresolved stpo', 'resolved stpo sec_141']);
        const [error] = errors(workspace, irgUri);
        assert.match(error, /"Strafprozessordnung" has no section 140/);
        assert.doesNotMatch(error, /this document/);
      });

      it('sections added to the StPO, then § 140: the IRG\'s citation follows each edit, and the IRG is re-checked with the StPO', () => {
        const workspace = new Workspace();
        workspace.set(irgUri, irg);
        // The StPO's title page only: no section of it can be meant.
        workspace.set(stpoUri, stpo([]));
        assert.ok(targetsOf(workspace).every((target) => !target.includes('stpo')), targetsOf(workspace).join());
        workspace.set(stpoUri, stpo([1, 139, 141]));
        assert.ok(workspace.dependents(stpoUri).includes(irgUri));
        assert.deepStrictEqual(targetsOf(workspace), ['resolved stpo sec_139', 'unresolved stpo', 'resolved stpo sec_141']);
        workspace.set(stpoUri, stpo([1, 139, 140, 141]));
        assert.ok(workspace.dependents(stpoUri).includes(irgUri));
        assert.deepStrictEqual(targetsOf(workspace), ['resolved stpo sec_139', 'resolved stpo sec_140', 'resolved stpo sec_141']);
        assert.deepStrictEqual(errors(workspace, irgUri), []);
      });
    });

    it('after them, with only citations between: "gelten § 464 Abs. 1 und 2, § 464a, soweit …, sowie die §§ 470 … der Strafprozeßordnung" (OWiG § 105)', () => {
      const { workspace, uri } = workspaceOf(['### § 105', '',
        '(1) Im Verfahren der Verwaltungsbehörde gelten § 464 Abs. 1 und 2, § 464a, soweit die', 'Kosten betroffen sind, sowie die §§ 470 und 473 Abs. 7 der Strafprozeßordnung sinngemäß.', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
    });

    it('must not: the sentence ends before the next citation\'s capital ("gilt § 999 entsprechend. § 5 des Strafgesetzbuches …"), and § 999 is reported', () => {
      const { workspace, uri } = workspaceOf(['### § 105', '', 'Für die Verwertung gilt § 999 entsprechend. § 5 des Strafgesetzbuches bleibt unberührt.', '',
        '### § 106', '', 'Für die Verwertung gilt § 998 entsprechend, § 5 des Strafgesetzbuches bleibt unberührt.', '']);
      const reported = errors(workspace, uri);
      assert.strictEqual(reported.length, 1, reported.join('\n'));
      assert.match(reported[0], /§ 999/);
    });

    it('a name wrapped over two lines: "§ 650b des Bürgerlichen\\nGesetzbuchs", "§ 5 des Justizvergütungs- und\\n-entschädigungsgesetzes"', () => {
      const { workspace, uri } = workspaceOf(['### § 72', '',
        'a)  über das Anordnungsrecht des Bestellers gemäß § 650b des Bürgerlichen', 'Gesetzbuchs,', '',
        '(2) Die Fahrtkosten werden in entsprechender Anwendung des § 5 des Justizvergütungs- und', '-entschädigungsgesetzes ersetzt.', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.strictEqual(citation(workspace, uri, '§ 650b').reference.anchor.kind, 'instrument');
      assert.strictEqual(citation(workspace, uri, '§ 5').reference.anchor.kind, 'instrument');
    });

    it('"Artikel 28 Absatz 4 dieser Verordnung" in a Gesetz is the regulation named before, and "Artikel 6a" is never § 6a', () => {
      const { workspace, uri } = workspaceOf(['### § 6', '', 'Text.', '', '### § 142b', '',
        '(1) Wird ein Staatsanwalt im Sinne der Verordnung (EU) 2017/1939 gemäß Artikel 28 Absatz 4 dieser Verordnung tätig, gilt Artikel 6a.', '']);
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.strictEqual(citation(workspace, uri, 'Artikel 6a').targets[0].status, 'external');
    });

    it('must not: "this Regulation" in a regulation is the regulation itself', () => {
      const head = ['---', 'id: gdpr', 'title: Regulation (EU) 2016/679', 'type: law', 'language: en', '---', ''];
      const { workspace, uri } = workspaceOf(['### Article 4', '', 'Definitions.', '', '### Article 5', '', 'As set out in Article 4 of this Regulation and in Article 99 of this Regulation.', ''], head, '### Article 1');
      assert.strictEqual(citation(workspace, uri, 'Article 4').status, 'resolved');
      assert.strictEqual(citation(workspace, uri, 'Article 99').status, 'unresolved');
    });

    it('after a list the official text broke ("350c, 350d 351, 395, 417bis en 420quater van het Wetboek van Strafrecht", Sv art. 67)', () => {
      const dutch = ['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', ''];
      const { workspace, uri } = workspaceOf(['### Artikel  67', '', '1.  Een bevel tot voorlopige hechtenis kan worden gegeven in geval van verdenking van:', '',
        'b. een der misdrijven omschreven in de artikelen 132, 138a, 138ab, 138b, 139c, 139d, eerste en tweede lid, 141a,137c, tweede lid, 137d, tweede lid, 137e, tweede lid, 137g, tweede lid, 151, 184a, 254a, 248d, 248e, 272, 284, eerste lid, 285, eerste lid, 285b, 285c, 300, eerste lid, 321, 323a, 326c, tweede lid, 350, 350a, 350c, 350d 351, 395, 417bis en 420quater van het Wetboek van Strafrecht;', ''], dutch, '### Artikel 1');
      assert.deepStrictEqual(errors(workspace, uri), []);
      assert.match(citation(workspace, uri, 'artikelen 132').targets[0].reason ?? '', /Wetboek van Strafrecht/);
    });

    it('must not: a list of numbers that ends in words, not an instrument, is still reported ("artikelen 132, 138a en 999 van deze wet")', () => {
      const dutch = ['---', 'id: sv', 'title: Wetboek van Strafvordering', 'type: law', 'language: nl', '---', ''];
      const { workspace, uri } = workspaceOf(['### Artikel  67', '', 'In de artikelen 1, 998 999 van de verdachte geldt dit.', ''], dutch, '### Artikel 1');
      assert.ok(errors(workspace, uri).some((e) => /article 998/.test(e)), errors(workspace, uri).join('\n'));
    });

    it('must not: a missing section with no other instrument in its sentence is still reported', () => {
      const { workspace, uri } = workspaceOf(['### § 2', '', 'Das Strafgesetzbuch bleibt unberührt. Nach § 999 dieses Gesetzes gilt Absatz 2.', '']);
      assert.ok(errors(workspace, uri).some((e) => e.includes('section 999')), errors(workspace, uri).join('\n'));
    });
  });

  describe('units the way German law writes them', () => {
    it('"§ 32e" is a section of its own next to "§ 32" (no duplicate; the citation finds it)', () => {
      const { workspace, uri } = workspaceOf(['#### § 32 Elektronische Aktenführung', '', 'Text.', '', '#### § 32e Übertragung von Dokumenten', '', 'Text.', '', '#### § 33', '', 'Nach § 32e gilt.', '']);
      const model = workspace.get(uri)!;
      assert.deepStrictEqual(model.problems.filter((p) => p.code === 'duplicate-unit'), []);
      assert.strictEqual(citation(workspace, uri, '§ 32e').targets[0].unitId, 'sec_32e');
    });

    it('"(§ 21 h)", "(§ 74 c)": a section letter written apart is that section; not where the section has no such letter', () => {
      const { workspace, uri } = workspaceOf(['### § 21', '', 'Text.', '', '### § 21h', '', 'Text.', '', '### § 22', '', '(1) Text.', '',
        '(2) Ist der Vorsitzende verhindert, so tritt sein Vertreter (§ 21 h) an seine Stelle; nach (§ 22 k) nicht.', '']);
      assert.strictEqual(citation(workspace, uri, '§ 21 h').targets[0].unitId, 'sec_21h');
      assert.strictEqual(citation(workspace, uri, '§ 22 k').status, 'unresolved');
    });

    it('"§ 100a Absatz 5 und 6 gilt mit Ausnahme von Absatz 5 Satz 1 Nummer 1": the Absatz of § 100a', () => {
      const workspace = loadRawWorkspace();
      const uri = rawLawUri('de-stpo-100a-100b.md');
      const found = citation(workspace, uri, 'Absatz 5 Satz 1 Nummer');
      assert.strictEqual(found.targets[0].unitId, 'sec_100a__para_5__item_1');
    });

    it('"… Nummer 3 Buchstabe b erste Alternative oder Nummer 5, 6, 9 oder 10": Nummern of the Absatz cited just before, not of the section around (StPO § 100j)', () => {
      const points = Array.from({ length: 10 }, (_, k) => [`${k + 1}.  Text,`, '']).flat();
      const { workspace, uri } = workspaceOf(['### § 100b', '', '(1) Text.', '', '(2) Besonders schwere Straftaten sind:', '', ...points,
        '### § 100j', '', '(1) Text.', '', '(2) Text.', '', '(3) Text.', '', '(4) Text.', '',
        // StPO § 100j (5), verbatim from "nach § 100b".
        '(5) Die Auskunft darf nur verlangt werden, wenn die gesetzlichen Voraussetzungen für ihre Nutzung zur Verfolgung einer',
        'besonders schweren Straftat nach § 100b Absatz 2 Nummer 1 Buchstabe a,', 'c, e, f, g, h oder m, Nummer 3 Buchstabe b erste Alternative oder', 'Nummer 5, 6, 9 oder 10 vorliegen.', '']);
      const found = citation(workspace, uri, 'Nummer 5, 6, 9');
      // All four, "Nummer 5" too, though § 100j has an Absatz (5): one list, one reading.
      assert.deepStrictEqual(found.targets.map((t) => t.unitId), ['sec_100b__para_2__item_5', 'sec_100b__para_2__item_6', 'sec_100b__para_2__item_9', 'sec_100b__para_2__item_10']);
    });

    it('"Erster Teil", "Vierter Abschnitt": parts and divisions numbered by ordinal words; "Abschnitt 1" of two parts is no duplicate', () => {
      const { workspace, uri } = workspaceOf(['## Siebenter Teil - Gemeinsame Vorschriften', '', '### Abschnitt 1 - Allgemeine Regelungen', '', '#### § 73', '', 'Text.', '',
        '## Achter Teil - Auslieferungsverkehr', '', '### Abschnitt 1 - Allgemeine Regelungen', '', '#### § 78', '', 'Text.', '']);
      const model = workspace.get(uri)!;
      assert.deepStrictEqual(model.problems.filter((p) => p.code === 'duplicate-unit'), []);
      assert.ok(model.units.some((u) => u.kind === 'part' && u.number === '8'), model.units.map((u) => u.id).join(' '));
    });

    it('"zum Teil im" is no citation of a part ("im" is no roman numeral)', () => {
      const { workspace, uri } = workspaceOf(['### § 2', '', '8.  die Tat ganz oder zum Teil im Ausland begangen wurde.', '']);
      assert.deepStrictEqual(workspace.resolved(uri).map((r) => r.reference.text), []);
    });
  });

  describe('a statute that names itself in its short-title section', () => {
    it('"This Act may be cited as the Electronic Government Activities Act 2007": a citation by that name is of this Act, with no front matter', () => {
      const workspace = new Workspace();
      const uri = 'file:///workspace/egaa.md';
      workspace.set(uri, ['**1.** (1) This Act may be cited as the Electronic Government', 'Activities Act 2007.', '', '**6.** (1) A notice under section 6 of the Electronic Government', 'Activities Act 2007 is valid.', ''].join('\n'));
      const found = citation(workspace, uri, 'section 6');
      assert.strictEqual(found.targets[0].status, 'resolved');
      assert.strictEqual(found.targets[0].documentId, workspace.get(uri)!.id);
    });
  });
});

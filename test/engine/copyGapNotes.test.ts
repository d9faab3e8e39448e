// What a copy says it leaves out, in an editor's words: a bracketed gap marker between provisions ("[GAP: Part II, sections 4 to
// 13, omitted in this excerpt]", as ../shared/sources/ke-computer-misuse-cybercrimes-act-2018-excerpts.md gives it) and a
// curator's provenance lines above the text ("Source: …\nObtained: …\nCompleteness: … NOT included: Part II (ss.4-13), ss.18
// onward …", every file of ../shared/sources). They cite nothing and are no paragraph of the law; what they say is missing is the
// copy's gaps, as a corpus file's "<!-- gap: -->" and `gaps:` are. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/engine/checks';
import { Workspace } from '../../server/src/engine/workspace';
import { editorsGapMarker, provenanceHeader } from '../../server/src/engine/copyGapNotes';
import { oneDocument } from '../helpers/oneDocument';
import { SOURCES_DIR, statusesAfterTyping, uriOf } from '../helpers/workspace';

/** ../shared/sources/ke-computer-misuse-cybercrimes-act-2018-excerpts.md, its header (lines 1–3, verbatim). */
const KE_HEADER = [
  'Source: github.com/Ansvar-Systems/kenya-law-mcp, path data/seed/computer-misuse-cybercrimes-act-2018.json (commit dd3c99a0b832cc5f4e6acf16c345a26fe9a50176); the JSON cites https://new.kenyalaw.org/akn/ke/act/2018/5/ (Kenya, Computer Misuse and Cybercrimes Act No. 5 of 2018, text as amended incl. Act No. 17 of 2025)',
  'Obtained: via read_file (search index); "content" of provisions s1, s2, s3, s14, s15, s16, s17 copied verbatim (JSON escapes undone); headings added here from the JSON "chapter"/"section"/"title" fields; any non-breaking space characters in the source were kept as they are',
  'Completeness: EXCERPTS ONLY - s1-s3 (Part I incl. the full s2 Interpretation) and s14-s17 (first offences of Part III). NOT included: Part II (ss.4-13), ss.18 onward (remaining offences, procedural powers, international cooperation), schedules. The source JSON notes ss.22, 23, 24, 27 and 53 as suspended by the High Court pending review. Licence of Kenya Law consolidated text: check before redistribution.',
].join('\n');
/** The same file's section 14 opening, its gap marker before it (line 17), and section 15's first words (lines 19–23). */
const KE_BODY = [
  '## Part I — s1 Short title', '', 'This Act may be cited as the Computer Misuse and Cybercrimes Act.', '',
  '## Part I — s2 Interpretation', '',
  'In this Act, unless the context otherwise requires— … "Committee" means the National Computer and Cybercrimes Co-ordination Committee established under section 4 ;', '',
  '[GAP: Part II, sections 4 to 13, omitted in this excerpt]', '',
  '## Part III — s14 Unauthorised access', '',
  '(1) A person who causes, whether temporarily or permanently, a computer system to perform a function, by infringing security measures, with intent to gain access, and knowing such access is unauthorised, commits an offence.', '',
  '## Part III — s15 Access with intent to commit further offence', '',
  '(1) A person who commits an offence under section 14 with intent to commit a further offence under any law … commits an offence.', '',
  '[GAP: sections 18 onward (remaining offences, investigation procedures, international cooperation) not included in this excerpt]', '',
].join('\n');

const raw = oneDocument('ke-excerpt.md', '');
const law = oneDocument('law.md', '---\nid: law\ntitle: Act\ntype: law\nlanguage: en\n---\n\n');

describe('engine: an editor\'s notes on what a copy leaves out', () => {
  it('"[GAP: Part II, sections 4 to 13, omitted in this excerpt]": no citation, no paragraph, and section 4 is in the gap', () => {
    const text = `${KE_HEADER}\n\n${KE_BODY}`;
    // before: "Part II, sections 4 to 13" and "sections 18" in the markers, and "Part II (ss.4-13)", "ss.18", "ss.22, 23, 24, 27
    // and 53" in the header, were reported as units this Act lacks, and "section 4" in section 2 too (nine errors)
    assert.deepStrictEqual(raw.broken(text), []);
    const { model } = raw.read(text);
    assert.ok(!model.references.some((reference) => /GAP|ss\.|Part II \(/.test(reference.text)), model.references.map((r) => r.text).join(' | '));
    assert.deepStrictEqual(model.gaps.map((gap) => gap.note), [
      'NOT included: Part II (ss.4-13), ss.18 onward (remaining offences, procedural powers, international cooperation), schedules.',
      'EXCERPTS ONLY - s1-s3 (Part I incl. the full s2 Interpretation) and s14-s17 (first offences of Part III).',
      'Part II, sections 4 to 13, omitted in this excerpt',
      'sections 18 onward (remaining offences, investigation procedures, international cooperation) not included in this excerpt',
    ].sort((a, b) => text.indexOf(a) - text.indexOf(b)));
    assert.match(raw.citation(text, 'section 4').targets[0].reason ?? '', /source does not include \(see its gaps\)/);
    // the marker is no paragraph of section 2
    assert.ok(raw.unitIds(text).includes('sec_2__al_1') && !raw.unitIds(text).includes('sec_2__al_2'), raw.unitIds(text).join());
    // must not: without the marker and the header, section 4 of a copy that says nothing of gaps is reported
    assert.strictEqual(raw.broken(KE_BODY.replace(/\[GAP:[^\]]*\]/g, '')).length, 1);
  });

  it('the raw Kenyan excerpt as ../shared/sources gives it: no error', function () {
    if (!SOURCES_DIR) this.skip();
    const text = readFileSync(join(SOURCES_DIR!, 'ke-computer-misuse-cybercrimes-act-2018-excerpts.md'), 'utf8');
    const uri = uriOf('ke-computer-misuse-cybercrimes-act-2018-excerpts.md');
    const workspace = new Workspace();
    workspace.set(uri, text);
    // before: twelve errors, all of them units the header or the markers say the excerpt leaves out, and a warning on
    // "co-operation" / "cooperation" whose second spelling stood only in the curator's words
    assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.severity !== 'information').map((d) => `${d.code}: ${d.message}`), []);
  });

  it('the forms of a gap marker, and bracketed paragraphs that are none', () => {
    assert.strictEqual(editorsGapMarker('[GAP: sections 18 onward not included]'), 'sections 18 onward not included');
    assert.strictEqual(editorsGapMarker('*[Articles 5 to 9 not reproduced]*'), 'Articles 5 to 9 not reproduced');
    assert.strictEqual(editorsGapMarker('[…]'), '');
    assert.strictEqual(editorsGapMarker('(Sections 4 to 13 omitted)'), 'Sections 4 to 13 omitted');
    assert.strictEqual(editorsGapMarker('[Articles 12 à 20 non reproduits]'), 'Articles 12 à 20 non reproduits');
    // must not: an amendment's history, an instruction, a repealed provision's label, a bracketed provision
    assert.strictEqual(editorsGapMarker('[Sections 4 to 13 omitted by Act 12 of 2010]'), undefined);
    assert.strictEqual(editorsGapMarker('[Section 5 shall be omitted.]'), undefined);
    assert.strictEqual(editorsGapMarker('[(2) Omitted.]'), undefined);
    assert.strictEqual(editorsGapMarker('[Omitted.]'), undefined);
    assert.strictEqual(editorsGapMarker('[Article 5 applies to the offences in article 7.]'), undefined);
    assert.strictEqual(editorsGapMarker('(a) the provisions of section 4 not included in Part II;'), undefined);
  });

  it('a provenance header: only above the first heading, only with a curator\'s key, and only what it says is missing', () => {
    assert.deepStrictEqual(provenanceHeader('Source: https://example.org/act\nRetrieved: 2024-05-01'), []);
    assert.deepStrictEqual(provenanceHeader('Source: x\nCompleteness: looks complete - Preamble, Chapters I-IV, Articles 1-48.'), []);
    // must not: a law's own opening lines ("Short title: …") are no header
    assert.strictEqual(provenanceHeader('Short title: This Act may be cited as the Data Act.\nCommencement: section 5 comes into force on assent.'), undefined);
    const body = '### Section 1\n\nSee section 9.\n';
    // "looks complete" names what the copy has: section 9, which it lacks, is still reported
    assert.strictEqual(law.broken(`Source: example\nCompleteness: looks complete - sections 1-9.\n\n${body}`).length, 1);
    assert.deepStrictEqual(law.broken(`Source: example\nCompleteness: sections 2-9 omitted.\n\n${body}`), []);
    // (under the document's title, a heading that opens no unit, as above it)
    assert.deepStrictEqual(law.broken(`# Data Act\n\nSource: example\nCompleteness: sections 2-9 omitted.\n\n${body}`), []);
    // must not: the same lines after the text's first heading are the law's own paragraph
    const below = `### Section 1\n\nSource: example\nCompleteness: sections 2-9 omitted.\n\nSee section 9.\n`;
    assert.strictEqual(law.broken(below).length, 2);
  });

  it('a range in a note in another language: "Livres 1-5 (…) deliberately omitted" excuses "Livre IV"', () => {
    // ../shared/sources/bj-code-numerique-livre0-livre6-fr.md, line 3, then a sentence of its article 530 (line 177)
    const header = "Completeness: 158 article files, none missing per the source's own metadata; Livres 1-5 (telecoms, e-commerce, data protection, etc.) deliberately omitted.";
    const code = oneDocument('code.md', '---\nid: code\ntitle: Code\ntype: law\nlanguage: fr\n---\n\n');
    const text = "## LIVRE 0 : DES DEFINITIONS ET DE L’OBJET\n\n### Article 1er : Définitions\n\n- Professionnel : toute personne physique ou morale qui, pour les pratiques commerciales relevant du Livre IV, agit à des fins qui entrent dans le cadre de son activité.\n\n## LIVRE 6 : DE LA CYBERCRIMINALITE ET DE LA CYBERSECURITE\n\n### Article 491 : Objet\n\nTexte.\n";
    assert.strictEqual(code.broken(text).length, 1);
    assert.deepStrictEqual(code.broken(`Source: lahalex\n${header}\n\n${text}`), []);
  });

  it('typing inside a gap marker reads as a fresh parse of the typed text', () => {
    const text = `${KE_HEADER}\n\n${KE_BODY}`;
    for (const after of ['[GAP: Part II, sec', 'Completeness: EXC', 'established under sec']) {
      const { editing, fresh } = statusesAfterTyping(uriOf('ke-excerpt.md'), text, after);
      assert.deepStrictEqual(editing, fresh, after);
    }
  });
});

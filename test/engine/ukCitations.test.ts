// How UK legislation names the instruments it cites: a Church of England Measure by its year ("section 3(8) of the 1983
// Measure") and a statutory instrument by its name and year ("Schedule 5 to the York and North Yorkshire Combined Authority
// Order 2023"). "Order" and "Measure" are common words too: only with a year, or after "this", do they name an instrument.
// Units of two kinds of one instrument may share its name: "Part 1 of, and Schedule 9 to, the 1984 Act". A list's lead-in
// "The following provisions of the Local Government Act 1972 have effect as if …—" makes its items that Act's; and "there
// shall be added the following subsection—" sets out new text, no unit of this document.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { corpusUri, loadCorpus, uriOf, workspaceOf } from '../helpers/workspace';
import { UK_DIOCESES_MEASURE_SECTION_56, UK_PENSIONS_ORDER_ARTICLE_5, UK_YORK_ORDER_ARTICLE_17, UK_YORK_ORDER_ARTICLE_26, UK_YORK_ORDER_ARTICLE_26_4 } from './ukCitationsText';

const URI = uriOf('measure.md');
const FRONT = '---\nid: uk-measure\ntitle: Dioceses, Pastoral and Mission Measure 2007\nlanguage: en\ntype: law\n---\n# Dioceses, Pastoral and Mission Measure 2007\n\n';

/** The instrument each citation of `text` is anchored to ("none" when to none). */
function anchors(text: string): Array<[string, string]> {
  return parseReferences(text, { language: 'en' }).map((r) => [r.text, r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]);
}

describe('engine: how UK legislation names the instruments it cites', () => {
  it('section 56(1) of the Dioceses, Pastoral and Mission Measure 2007: "section 3(8) of the 1983 Measure" and ten more are the Pastoral Measure\'s, not errors here', () => {
    const cited = anchors(UK_DIOCESES_MEASURE_SECTION_56).filter(([text]) => /^section \d/.test(text));
    assert.ok(cited.length >= 3, JSON.stringify(cited));
    assert.deepStrictEqual(cited.map(([, anchor]) => anchor), cited.map(() => '1983 Measure'));
    const workspace = workspaceOf({ 'measure.md': FRONT + UK_DIOCESES_MEASURE_SECTION_56 });
    assert.deepStrictEqual(checkDocument(workspace, URI).filter((d) => d.code === 'broken-reference').map((d) => d.message), []);
  });

  it('an Order or a Measure named with its year, after it or before it, and "this Order"', () => {
    assert.deepStrictEqual(anchors('as modified by paragraph 24 of Schedule 5 to the York and North Yorkshire Combined Authority Order 2023 did not apply'),
      [['paragraph 24 of Schedule 5 to the York and North Yorkshire Combined Authority Order 2023', 'York and North Yorkshire Combined Authority Order 2023']]);
    assert.deepStrictEqual(anchors('under section 5 of the Pastoral Measure 1983, and'), [['section 5 of the Pastoral Measure 1983', 'Pastoral Measure 1983']]);
    assert.deepStrictEqual(anchors('under article 5 of this Order'), [['article 5 of this Order', 'this']]);
  });

  it('must not: "(d) Requirements for Court Order." (18 U.S.C. 2703) names no instrument: its "subsection (b) or (c)" are section 2703\'s own', () => {
    assert.deepStrictEqual(anchors('A court order for disclosure under subsection (b) or (c) may be issued'), [['subsection (b) or (c)', 'none']]);
    const workspace = loadCorpus();
    const uri = corpusUri('us-18usc-ch121.md');
    const cited = workspace.resolved(uri).find((r) => r.reference.text === 'subsection (b) or (c)' && workspace.get(uri)!.text.slice(r.reference.span.start - 40, r.reference.span.start).includes('court order for disclosure'));
    assert.deepStrictEqual(cited?.targets.map((t) => `${t.status} ${t.unitId}`), ['resolved sec_2703__subsec_b', 'resolved sec_2703__subsec_c']);
  });

  it('article 17(3) of the York Order: "Part 1 of, and Schedule 9 to, the 1984 Act" cites both of the 1984 Act, and no error', () => {
    const cited = anchors(UK_YORK_ORDER_ARTICLE_17).filter(([text]) => /^(?:Part 1|Schedule 9)/.test(text));
    assert.deepStrictEqual(cited, [['Part 1', '1984 Act'], ['Schedule 9 to, the 1984 Act', '1984 Act']]);
    const workspace = workspaceOf({ 'order.md': '---\nid: uk-order\ntitle: The York and North Yorkshire Combined Authority Order 2023\nlanguage: en\ntype: law\n---\n\n' + UK_YORK_ORDER_ARTICLE_17 });
    assert.deepStrictEqual(checkDocument(workspace, uriOf('order.md')).filter((d) => d.code === 'broken-reference').map((d) => d.message), []);
  });

  it('must not: "section 5 of, and also in section 6, the rules" names no instrument for section 5 (no name after "of," or "to,")', () => {
    assert.deepStrictEqual(anchors('in section 5 of, and also in section 6, the rules apply'), [['section 5', 'none'], ['section 6', 'none']]);
  });

  it('article 26(1) of the York Order: the items under "The following provisions of the Local Government Act 1972 have effect as if …—" are that Act\'s sections', () => {
    const workspace = workspaceOf({ 'order.md': '---\nid: uk-order\ntitle: An Order\nlanguage: en\ntype: law\n---\n\nSection 1) **Citation**\n\n1) This Order may be cited as an Order.\n\n' + UK_YORK_ORDER_ARTICLE_26 });
    const uri = uriOf('order.md');
    const items = workspace.resolved(uri).filter((r) => /^section (?:113|142|144|145|222)/.test(r.reference.text));
    assert.deepStrictEqual(items.map((r) => r.targets.map((t) => t.status).join()), ['external', 'external', 'external', 'external', 'external']);
    assert.deepStrictEqual(checkDocument(workspace, uri).filter((d) => d.code === 'broken-reference').map((d) => d.message), []);
  });

  it('must not: "The following provisions of this Order have effect—": the items are this Order\'s, and a missing one is reported', () => {
    const text = 'Section 1) **Citation**\n\n1) This Order may be cited as an Order.\n\nSection 2) **Effect**\n\n1) The following provisions of this Order have effect— \n\ta) section 1; \n\tb) section 9. \n';
    const workspace = workspaceOf({ 'order.md': '---\nid: uk-order\ntitle: An Order\nlanguage: en\ntype: law\n---\n\n' + text });
    assert.deepStrictEqual(checkDocument(workspace, uriOf('order.md')).filter((d) => d.code === 'broken-reference').length, 1);
  });

  it('article 5 of the Pensions Order 1990: "there shall be added the following subsection—" names the text set out next, no unit of this document', () => {
    assert.deepStrictEqual(anchors(UK_PENSIONS_ORDER_ARTICLE_5).filter(([text]) => /following/.test(text)), []);
    assert.deepStrictEqual(anchors('there is substituted the following section: text'), []);
  });

  it('must not: "as the following section provides." names the next section', () => {
    assert.deepStrictEqual(anchors('as the following section provides.'), [['the following section', 'relative']]);
  });

  it('article 26(4) of the York Order: under "Section 13 of the 1989 Act (…)  has effect as if—" the subsections cited are that section\'s', () => {
    const workspace = workspaceOf({ 'order.md': '---\nid: uk-order\ntitle: An Order\nlanguage: en\ntype: law\n---\n\nSection 26) **Incidental provisions**\n\n' + UK_YORK_ORDER_ARTICLE_26_4 });
    const uri = uriOf('order.md');
    const cited = workspace.resolved(uri).filter((r) => /^subsection \(4A?\)|^paragraph \(i\)/.test(r.reference.text));
    assert.ok(cited.length >= 3, JSON.stringify(cited.map((r) => r.reference.text)));
    assert.deepStrictEqual(cited.map((r) => r.targets.map((t) => t.status).join()), cited.map(() => 'external'));
  });

  it('must not: "Section 13 of this Order has effect as if—" keeps the items\' citations this Order\'s (a missing one is reported)', () => {
    const text = 'Section 13) **Voting**\n\n1) A member votes.\n\nSection 26) **Incidental provisions**\n\n4) Section 13 of this Order has effect as if— \n\ta) the reference in paragraph (1) to a member were a reference to a member present; \n\tb) the reference in paragraph (7) to the Area were to the County. \n';
    const workspace = workspaceOf({ 'order.md': '---\nid: uk-order\ntitle: An Order\nlanguage: en\ntype: law\n---\n\n' + text });
    assert.ok(checkDocument(workspace, uriOf('order.md')).some((d) => d.code === 'broken-reference' && /paragraph 7|\(7\)/.test(d.message)));
  });
});

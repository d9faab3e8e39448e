// US state laws whose sections carry the state code's hyphened numbers ("6-1-1306", "30-14-2811"), as their official sites
// and PDF converters give them (stateCodeText.ts). Each test reads verbatim text, says what a user would see, and has a case
// where the reading must not apply.
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import { CO_PRIVACY_ACT_2021, CO_PRIVACY_ACT_2021_SECTION_1304, MT_CONSUMER_DATA_PRIVACY_ACT, US_CHIPS_ACT_2022_TITLE_31, US_CHIPS_ACT_2022_SECTION_10262, US_HIPAA_1996 } from './stateCodeText';

const law = oneDocument('law.md', '');
const sections = (text: string) => law.unitIds(text).filter((id) => /^sec_[^_]+$/.test(id));
const cited = (text: string) => parseReferences(text, { language: 'en' }).map((r) => r.targets.map((t) => t.path.map((s) => s.number).join('/') + (t.through ? `..${t.through.map((s) => s.number).join('/')}` : '')).join(', '));

describe('engine: US state codes, sections numbered "6-1-1306"', () => {
  it('reads a state code section number as one number in citations; two parts stay a range', () => {
    assert.deepStrictEqual(cited('IN SECTION 6-1-1306 (1) IS'), ['6-1-1306/1']);
    assert.deepStrictEqual(cited('in § 47-18-3203(a)(2)(F) or'), ['47-18-3203/a/2/F']);
    assert.deepStrictEqual(cited('§§ 47-18-3203 and 47-18-3204 do'), ['47-18-3203, 47-18-3204']);
    assert.deepStrictEqual(cited('sections 6-1-1303 to 6-1-1313'), ['6-1-1303..6-1-1313']);
    // must not: "sections 2-5" is a range of sections, as before
    assert.deepStrictEqual(cited('sections 2-5 apply'), ['2..5']);
  });

  it('a state constitution\'s sections in its articles: "§ 5 of Article I of the Delaware Constitution of 1897" is one citation, of that constitution', () => {
    const constitution = 'guaranteed in the First Amendment to the United States Constitution or § 5 of\nArticle I of the Delaware Constitution of 1897.';
    const found = parseReferences(constitution, { language: 'en' }).filter((r) => r.text.startsWith('§ 5'));
    assert.deepStrictEqual(found.map((r) => [r.targets[0].path.map((s) => `${s.kind} ${s.number}`).join('/'), r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]),
      [['article I/section 5', 'Delaware Constitution of 1897']]);
    // must not: a paragraph of an article stays the article's paragraph
    assert.deepStrictEqual(cited('paragraph 2 of Article 7 of the Convention'), ['7/2']);
  });

  it('Colorado: sections run into their text ("6-1-1302. Legislative declaration. (1) …", "- 6-1-1303. Definitions. …") are sections, beside the bill\'s own', () => {
    assert.deepStrictEqual(sections(CO_PRIVACY_ACT_2021), ['sec_1', 'sec_6-1-1301', 'sec_6-1-1302', 'sec_6-1-1303', 'sec_6-1-1305', 'sec_6-1-1306', 'sec_2', 'sec_6-1-104', 'sec_3', 'sec_6-1-105', 'sec_4', 'sec_6-1-107']);
    assert.strictEqual(law.citation(CO_PRIVACY_ACT_2021, 'SECTION 6-1-1306 (1)').targets[0].unitId, 'sec_6-1-1306__para_1');
    assert.deepStrictEqual(law.broken(CO_PRIVACY_ACT_2021), []);
    assert.deepStrictEqual(law.problems(CO_PRIVACY_ACT_2021, 'reference-outside-unit'), []);
    // must not: a date opening a paragraph ("2023-05-01. …", four digits first) is no section
    assert.deepStrictEqual(sections('# Notes\n\n2023-05-01. Meeting of the committee. The committee met.\n'), []);
  });

  it('Colorado: "### (a) FINDS THAT:" (a converter\'s heading) stays inside section 6-1-1302, whose label runs into its text', () => {
    const ids = law.unitIds(CO_PRIVACY_ACT_2021);
    assert.ok(ids.includes('sec_6-1-1302__para_1__subpara_a'), ids.join(' '));
    assert.ok(!ids.some((id) => /^subpara_/.test(id)), ids.join(' '));
    // must not: under a heading that is no unit's, the converter's heading of "(a)" still opens its own part
    const unheaded = edited(CO_PRIVACY_ACT_2021, '6-1-1302. Legislative declaration. (1) THE GENERAL ASSEMBLY HEREBY:', 'THE GENERAL ASSEMBLY HEREBY:');
    assert.ok(!law.unitIds(unheaded).includes('sec_6-1-1302__para_1__subpara_a'));
  });

  it('Colorado: definitions in capitals ("AFFILIATE" MEANS …) are definitions, and their capitals are no variant to warn of', () => {
    const { model } = law.read(CO_PRIVACY_ACT_2021);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['AFFILIATE', 'CONTROL', 'AUTHENTICATE', 'BUSINESS ASSOCIATE', 'CHILD', 'CONSENT']);
    const used = CO_PRIVACY_ACT_2021 + '\nA Child may consent.\n';
    assert.deepStrictEqual(law.problems(used, 'inconsistent-variant'), []);
    // must not: "Means" with a capital after a term, mid-sentence, defines nothing; a definition in small letters still warns
    assert.deepStrictEqual(law.read('# Act\n\nThe word "Data" Means nothing here.\n').model.definitions, []);
    const small = edited(used, '(4) "CHILD" MEANS AN INDIVIDUAL UNDER THIRTEEN YEARS OF AGE.', '(4) "CHILD" means an individual under thirteen years of age.');
    assert.ok(law.problems(small, 'inconsistent-variant').some((message) => /“Child” is the defined term “CHILD”/.test(message)), law.problems(small, 'inconsistent-variant').join('\n'));
  });

  it('Colorado: "(a) Right to opt out. (I) …" then "(A) …": (1)(a)(I)(A) and (1)(a)(IV)(B) resolve to their items', () => {
    const { workspace, model } = law.read(CO_PRIVACY_ACT_2021);
    const targets = (text: string) => workspace.resolved(model.uri).filter((r) => r.reference.text === text).flatMap((r) => r.targets.map((t) => t.unitId));
    assert.deepStrictEqual(targets('SUBSECTIONS (1)(a)(I)(A) AND (1)(a)(I)(B) OF THIS SECTION').slice(0, 2), ['sec_6-1-1306__para_1__subpara_a__item_I__clause_A', 'sec_6-1-1306__para_1__subpara_a__item_I__clause_B']);
    assert.deepStrictEqual(targets('SUBSECTION (1)(a)(IV)(B) OF THIS SECTION'), ['sec_6-1-1306__para_1__subpara_a__item_IV__clause_B']);
    // must not: a second marker that opens no list ("(IV) (B) …") is no part of its own
    const notFirst = edited(CO_PRIVACY_ACT_2021, '- (IV) (A) A CONTROLLER', '- (IV) (B) A CONTROLLER');
    assert.ok(!law.unitIds(notFirst).includes('sec_6-1-1306__para_1__subpara_a__item_IV__clause_A'));
  });

  it('Colorado: "SECTION 6-1-716", "SECTION 6-1-1311 (1)(c)": sections of the code outside the runs the law sets out are not in the workspace; a gap inside a run is an error', () => {
    const outside = law.citation(CO_PRIVACY_ACT_2021, 'SECTION 6-1-716');
    assert.strictEqual(outside.targets[0].status, 'external');
    assert.match(outside.targets[0].reason ?? '', /section of the state code outside what this document sets out \(its sections of the code: 6-1-104 to 6-1-107, 6-1-1301 to 6-1-1306\)/);
    // must not: section 6-1-1304, between 6-1-1303 and 6-1-1305 which the law sets out, is a broken citation
    const inside = CO_PRIVACY_ACT_2021 + '\nAS PROVIDED IN SECTION 6-1-1304.\n';
    assert.ok(law.broken(inside).some((message) => /no section 6-1-1304/.test(message)), law.broken(inside).join('\n'));
  });

  it('Colorado: "{14}------" then "## AUTHORIZED BY THIS PART 13." (a page\'s first line made a heading) ends a sentence of section 6-1-1304, not the section', () => {
    assert.deepStrictEqual(law.problems(CO_PRIVACY_ACT_2021_SECTION_1304, 'reference-outside-unit'), []);
    const { workspace, model } = law.read(CO_PRIVACY_ACT_2021_SECTION_1304);
    const last = workspace.resolved(model.uri).filter((r) => r.reference.text === 'SUBSECTION (4) OF THIS SECTION');
    assert.deepStrictEqual(last.map((r) => r.targets[0].unitId), ['sec_6-1-1304__para_4']);
    assert.ok(law.unitIds(CO_PRIVACY_ACT_2021_SECTION_1304).includes('sec_6-1-1304__para_5'));
    // must not: after words that end their sentence, the same heading is a heading, and the section ends there ("(5)" outside it)
    const ended = edited(CO_PRIVACY_ACT_2021_SECTION_1304, 'IN THIS SECTION OR AS OTHERWISE\n', 'IN THIS SECTION OR AS OTHERWISE.\n');
    assert.ok(law.unitIds(ended).includes('para_5'), law.unitIds(ended).join(' '));
  });

  it('Montana: "30-14-2811. Duties of controllers …" then "(1) (a) …"; "(b) The term does not include:" defines nothing; "subsection\\n(3)," is a citation', () => {
    assert.deepStrictEqual(sections(MT_CONSUMER_DATA_PRIVACY_ACT), ['sec_30-14-2801', 'sec_30-14-2802', 'sec_30-14-2811']);
    const { model } = law.read(MT_CONSUMER_DATA_PRIVACY_ACT);
    assert.deepStrictEqual(model.definitions.map((d) => d.term), ['Adult', 'Affiliate', 'Authenticate', 'Biometric data', 'Child', 'Consent']);
    assert.deepStrictEqual(law.broken(MT_CONSUMER_DATA_PRIVACY_ACT), []);
    assert.strictEqual(law.citation(MT_CONSUMER_DATA_PRIVACY_ACT, 'subsection (3)(b)(ii)').targets[0].unitId, 'sec_30-14-2811__para_3__subpara_b__clause_ii');
    const ids = law.unitIds(MT_CONSUMER_DATA_PRIVACY_ACT);
    assert.ok(!ids.includes('sec_30-14-2811__para_3_dup2'), ids.join(' '));
    // must not: a marker at a line's start followed by its text opens the provision, as before
    const opened = edited(MT_CONSUMER_DATA_PRIVACY_ACT, 'subsection\n(3), a controller', 'subsection 3.\n\n(3) A controller');
    assert.ok(law.unitIds(opened).includes('sec_30-14-2811__para_3_dup2'), law.unitIds(opened).join(' '));
  });

  describe('a Public Law amending other Acts (HIPAA, 1996)', () => {
    const reason = (text: string, cited: string, index = 0) => {
      const { workspace, model } = law.read(text);
      const found = workspace.resolved(model.uri).filter((r) => r.reference.text === cited)[index];
      assert.ok(found, `no citation "${cited}"`);
      return found.targets[0];
    };

    it('"by adding at the end the following new paragraph:" then one paragraph in \'\' quotes: the quoted paragraph\'s own citations', () => {
      assert.match(reason(US_HIPAA_1996, 'this paragraph').reason ?? '', /stands in text quoted from another instrument/);
      // must not: a paragraph in \'\' quotes after a sentence that ends with a full stop is no passage set out
      const noLeadIn = edited(US_HIPAA_1996, 'is amended\n\nby adding at the end the following new paragraph:', 'is amended\n\nby adding at the end a new paragraph.');
      assert.doesNotMatch(reason(noLeadIn, 'this paragraph').reason ?? '', /stands in text quoted from another instrument/);
    });

    it('"Title XI (42 U.S.C. 1301 et seq.) is amended": a unit given its place in the United States Code is the codified Act\'s', () => {
      const target = reason(US_HIPAA_1996, 'Title XI');
      assert.strictEqual(target.status, 'external');
      assert.match(target.reason ?? '', /its place in the United States Code \(42 U\.S\.C\. 1301 et seq\.\)/);
      // must not: with other words in brackets than its place in the Code, title XI is this law's, and missing (the rule of SEC. 200
      // left out too)
      const bare = edited(edited(US_HIPAA_1996, 'Title XI (42 U.S.C. 1301 et seq.) is amended', 'Title XI (as so amended) is amended'), 'whenever in this title an amendment is expressed', 'whenever an amendment is expressed');
      assert.ok(law.broken(bare).some((message) => /no title XI/.test(message)), law.broken(bare).join('\n'));
    });

    it('"pursuant to title 31, United States Code": the Code\'s title, not this law\'s', () => {
      const target = law.citation(US_CHIPS_ACT_2022_TITLE_31, 'title 31').targets[0];
      assert.strictEqual(target.status, 'external');
      assert.match(target.reason ?? '', /named as the United States Code's \("title 31, United States Code"\)/);
      // must not: "title 31" alone is this law's title, and missing
      const alone = edited(US_CHIPS_ACT_2022_TITLE_31, 'pursuant to title 31, United States Code.', 'pursuant to title 31.');
      assert.ok(law.broken(alone).some((message) => /no title 31/.test(message)), law.broken(alone).join('\n'));
    });

    it('"MANUFAC-TURING" in a heading in capitals (the printer\'s hyphen at a line\'s end) is no second spelling of "manufacturing"', () => {
      assert.deepStrictEqual(law.problems(US_CHIPS_ACT_2022_SECTION_10262, 'inconsistent-variant'), []);
      // must not: the same hyphen in the text's own words is a second spelling, and reported
      const inText = edited(US_CHIPS_ACT_2022_SECTION_10262, 'Secretary of Energy, the', 'Secretary of Energy, the manufac-turing and manufacturing offices, the');
      assert.ok(law.problems(inText, 'inconsistent-variant').some((message) => /“manufac-turing” and “manufacturing” are both used/.test(message)), law.problems(inText, 'inconsistent-variant').join('\n'));
    });

    it('"SEC. 300. AMENDMENT OF 1986 CODE. … whenever in this title an amendment … the Internal Revenue Code of 1986": the title\'s paragraphs cited are the Code\'s', () => {
      const target = reason(US_HIPAA_1996, 'paragraph (16)');
      assert.strictEqual(target.status, 'external');
      assert.match(target.reason ?? '', /SEC\. 300 says the provisions this part of the text amends are those of the Internal Revenue Code of 1986/);
      assert.deepStrictEqual(law.broken(US_HIPAA_1996), []);
      // must not: without the rule, "paragraph (16)" is looked for in this law, and reported
      const noRule = edited(US_HIPAA_1996, 'whenever in this title an amendment or repeal is expressed', 'whenever an amendment or repeal is expressed');
      assert.ok(law.broken(noRule).some((message) => /no paragraph 16/.test(message)), law.broken(noRule).join('\n'));
    });
  });
});

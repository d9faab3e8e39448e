// How EU acts cite, as EUR-Lex gives them: the treaties by their initials ("Article 16(2) TFEU"), other acts by their
// number ("Article 49 of Regulation (EU) 2019/881"), a subparagraph by its place ("the second subparagraph of Article
// 49(1)", one of a paragraph's unnumbered blocks), and a correlation table whose columns are headed by the acts they
// cite ("| Directive (EU) 2016/1148 | This Directive |"). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { EU_EIDAS_ARTICLES_24_AND_51, EU_GDPR_ARTICLES_13_AND_49, EU_GDPR_RECITAL_12, EU_NIS2_ANNEX_III_START, EU_NIS2_ARTICLE_24 } from './euActsText';

const URI = uriOf('eu.md');
const FRONT = '---\nid: eu-act\ntitle: Regulation (EU) 2016/679 (General Data Protection Regulation)\nlanguage: en\ntype: law\n---\n# Regulation (EU) 2016/679\n\n';

function workspace(text: string) {
  return workspaceOf({ 'eu.md': FRONT + text });
}

/** The messages of the broken-reference errors of the document made of `text`. */
function brokenReferences(text: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
}

/** Each citation's text and its targets' statuses (with the document, for a unit of this one). */
function statuses(text: string): Array<[string, string]> {
  return workspace(text).resolved(URI).map((r) => [r.reference.text, r.targets.map((t) => (t.status === 'external' ? 'external' : `${t.status} in ${t.documentId}`)).join(' | ')]);
}

describe('engine: how EU acts cite (EUR-Lex through a converter)', () => {
  describe('a treaty by its initials after the article: "Article 16(2) TFEU"', () => {
    it('GDPR recital 12: "Article 16(2) TFEU" is the TFEU\'s, not this regulation\'s article 16', () => {
      const [cited] = parseReferences(EU_GDPR_RECITAL_12, { language: 'en' });
      assert.deepStrictEqual([cited.text, cited.anchor.kind === 'instrument' ? cited.anchor.name : cited.anchor.kind], ['Article 16(2) TFEU', 'TFEU']);
      assert.deepStrictEqual(brokenReferences(`### Article 1\n\n${EU_GDPR_RECITAL_12}\n`), []);
    });
    it('must not: a word set in capitals ("Article 3 SHALL apply", "ARTICLE 3 IS REPEALED") names no instrument, and the missing article is reported', () => {
      for (const text of ['Where needed, Article 3 SHALL apply.', 'ARTICLE 3 IS REPEALED.']) assert.strictEqual(parseReferences(text, { language: 'en' })[0].anchor.kind, 'none', text);
      assert.strictEqual(brokenReferences('### Article 1\n\nText.\n\n### Article 2\n\nWhere needed, Article 3 SHALL apply.\n\n### Article 4\n\nText.\n').length, 1);
    });
  });

  describe('an act by its number: "Regulation (EU) 2019/881", "Regulation (EC) No 765/2008"', () => {
    it('NIS2 article 24: "Article 49 of Regulation (EU) 2019/881" names that regulation, not this one', () => {
      const cited = parseReferences(EU_NIS2_ARTICLE_24, { language: 'en' }).find((r) => r.text.startsWith('Article 49'));
      assert.deepStrictEqual(cited && [cited.text, cited.anchor.kind === 'instrument' && cited.anchor.name], ['Article 49 of Regulation (EU) 2019/881', 'Regulation (EU) 2019/881']);
      assert.deepStrictEqual(statuses(EU_NIS2_ARTICLE_24).find(([text]) => text.startsWith('Article 49')), ['Article 49 of Regulation (EU) 2019/881', 'external']);
    });
    it('"Article 3, point (16), of Regulation (EU) No 910/2014", "Article 2, point 13, of Regulation (EC) No 765/2008", "Regulation (EU, Euratom) 2018/1046"', () => {
      const names = ['as defined in Article 3, point (16), of Regulation (EU) No 910/2014;', 'in Article 2, point 13, of Regulation (EC) No 765/2008, which', 'Article 4 of Regulation (EU, Euratom) 2018/1046 applies']
        .map((text) => parseReferences(text, { language: 'en' })[0].anchor).map((anchor) => (anchor.kind === 'instrument' ? anchor.name : anchor.kind));
      assert.deepStrictEqual(names, ['Regulation (EU) No 910/2014', 'Regulation (EC) No 765/2008', 'Regulation (EU, Euratom) 2018/1046']);
    });
    it('must not: "Article 5 of the Regulation (a) …" takes no bracket as a number', () => {
      const [cited] = parseReferences('Article 5 of the Regulation (a) applies', { language: 'en' });
      assert.strictEqual(cited.anchor.kind === 'instrument' && cited.anchor.name, 'Regulation');
    });
  });

  describe('a subparagraph counted by its place', () => {
    it('GDPR article 13(1)(f): "the second subparagraph of Article 49(1)" (the block after points (a) to (g)) is not checked, and not an error', () => {
      const cited = statuses(EU_GDPR_ARTICLES_13_AND_49).find(([text]) => text.startsWith('second subparagraph'));
      assert.deepStrictEqual(cited, ['second subparagraph of Article 49(1)', 'external']);
      assert.deepStrictEqual(brokenReferences(EU_GDPR_ARTICLES_13_AND_49).filter((message) => message.includes('subparagraph')), []);
    });
    it('must not: when the article itself is missing, "the second subparagraph of Article 30(1)" is reported', () => {
      const text = EU_GDPR_ARTICLES_13_AND_49.replace('second subparagraph of Article 49(1)', 'second subparagraph of Article 30(1)');
      assert.ok(brokenReferences(text).some((message) => message.startsWith('"second subparagraph of Article 30(1)"')), brokenReferences(text).join('\n'));
    });
  });

  describe('an inserted paragraph the converter nested under the paragraph before it', () => {
    it('eIDAS article 51: "Article 24(1), (1a) and (1b)" finds "- (1a) …" and "- (1b) …", given as items under paragraph 1', () => {
      const cited = workspace(EU_EIDAS_ARTICLES_24_AND_51).resolved(URI).find((r) => r.reference.text === 'Article 24(1), (1a) and (1b)');
      assert.deepStrictEqual(cited?.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)), ['art_24__para_1', 'art_24__para_1__para_1a', 'art_24__para_1__para_1b']);
    });
    it('must not: "Article 24(1d)" and "Article 24(2a)" (no such paragraph, nested or not) are reported', () => {
      const text = EU_EIDAS_ARTICLES_24_AND_51.replace('Article 24(1), (1a) and (1b)', 'Article 24(1d) and Article 24(2a)');
      assert.strictEqual(brokenReferences(text).filter((message) => message.startsWith('"Article 24(1d) and Article 24(2a)"')).length, 2, brokenReferences(text).join('\n'));
    });
  });

  describe('a correlation table: each column is of the act its heading names', () => {
    it('NIS2 Annex III: "| Article 1(3) | - |" under "Directive (EU) 2016/1148" is of that directive; the column "This Directive" is of this document', () => {
      const articles = '### Article 1\n\n1. Text.\n\n2. Text.\n\n### Article 2\n\n1. Text.\n\n### Article 7\n\n1. Text.\n\n2. Text.\n\n';
      const found = statuses(articles + EU_NIS2_ANNEX_III_START);
      assert.deepStrictEqual(found.find(([text]) => text === 'Article 1(3)'), ['Article 1(3)', 'external']);
      assert.deepStrictEqual(found.find(([text]) => text === 'Article 7(1) and (2)'), ['Article 7(1) and (2)', 'resolved in eu-act | resolved in eu-act']);
    });
    it('must not: a table whose column is headed by no instrument ("| Provision | Note |") cites this document', () => {
      const found = statuses('### Article 1\n\nText.\n\n| Provision | Note |\n|---|---|\n| Article 1 | kept |\n| Article 9 | new |\n');
      assert.deepStrictEqual(found, [['Article 1', 'resolved in eu-act'], ['Article 9', 'unresolved in eu-act']]);
    });
  });
});

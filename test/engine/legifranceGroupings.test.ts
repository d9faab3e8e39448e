// A French code as legalize-dev converts it from Légifrance (verbatim lines, legifranceGroupingsText.ts): each book has its own
// title II, so "au chapitre IV du titre II" is the title II of the book the citation stands in, not the first in the code.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { FR_CCP_ARTICLE_R2172_3, FR_CCP_LEGISLATIVE_BOOK_1, FR_CCP_REGULATORY_TITLE_2_HEADINGS } from './legifranceGroupingsText';

const FRONT = '---\nid: fr-ccp\ntitle: Code de la commande publique\nlanguage: fr\n---\n# Code de la commande publique\n\n';
const code = oneDocument('code.md', FRONT);
const { broken } = code;

describe('engine: a grouping cited by its number is the one nearest the citation (Légifrance codes)', () => {
  it('"chapitre IV du titre II" in the regulatory part\'s book I is that book\'s title II (chapters I–V), not the legislative part\'s (I–II)', () => {
    const text = FR_CCP_LEGISLATIVE_BOOK_1 + '\n' + FR_CCP_REGULATORY_TITLE_2_HEADINGS + FR_CCP_ARTICLE_R2172_3;
    // (the excerpt's other citations are of articles and parts it does not hold)
    assert.deepStrictEqual(broken(text).filter((message) => message.includes('titre II')), []);
    // must not: a chapter that title II does not have is still reported
    const sixth = text.replace('chapitre IV du titre II', 'chapitre VI du titre II');
    assert.notStrictEqual(sixth, text);
    assert.ok(broken(sixth).some((message) => message.startsWith('"chapitre VI du titre II"')), broken(sixth).join('\n'));
  });

  it('where the nearest title II has no such chapter, the next nearest that holds it', () => {
    // the regulatory title II without its chapter II: "chapitre II du titre II" is then the legislative part's (it has one)
    const headings = FR_CCP_REGULATORY_TITLE_2_HEADINGS.replace(/#### Chapitre II : [^\n]*\n\n/, '');
    assert.notStrictEqual(headings, FR_CCP_REGULATORY_TITLE_2_HEADINGS);
    const text = FR_CCP_LEGISLATIVE_BOOK_1 + '\n' + headings + FR_CCP_ARTICLE_R2172_3;
    assert.deepStrictEqual(broken(text).filter((message) => message.includes('titre II')), []);
    // must not: a chapter no title II holds is reported
    const none = text.replace('chapitre II du titre II', 'chapitre V du titre II').replace('#### Chapitre V : TECHNIQUES D\'ACHAT', '');
    assert.ok(broken(none).some((message) => message.startsWith('"chapitre V du titre II"')), broken(none).join('\n'));
  });
});

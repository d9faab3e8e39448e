// French codes as legalize-dev converts them from Légifrance (verbatim excerpts, legifranceAlineasText.ts): in French drafting
// an enumeration's items ("1°", "2°" …) are alinéas too, so "le neuvième alinéa de l'article 789" counts the opening paragraph,
// the six items and the two paragraphs after them. The rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { FR_CPC_ARTICLE_789, FR_CPC_ARTICLE_906, FR_CPC_JOINED_ALINEAS } from './legifranceAlineasText';

const FRONT = '---\nid: fr-code\ntitle: Code de procédure civile\nlanguage: fr\n---\n# Code de procédure civile\n\n';
const code = oneDocument('code.md', FRONT);
const { broken } = code;

describe('engine: French alinéas counted with the items of an enumeration (Légifrance)', () => {
  it('"le neuvième alinéa de l\'article 789" is found: an opening paragraph, 1° to 6°, and two paragraphs', () => {
    // (article 906 cites articles 795 and 807-2 too, which the excerpt does not hold)
    const found = broken(FR_CPC_ARTICLE_789 + '\n' + FR_CPC_ARTICLE_906);
    assert.ok(found.length === 2 && !found.some((message) => message.includes('alinéa')), found.join('\n'));
    // must not: article 789 has nine alinéas, not ten
    const tenth = FR_CPC_ARTICLE_906.replace("neuvième alinéa de l'article 789", "dixième alinéa de l'article 789");
    assert.notStrictEqual(tenth, FR_CPC_ARTICLE_906);
    assert.ok(broken(FR_CPC_ARTICLE_789 + '\n' + tenth).some((message) => message.startsWith("\"dixième alinéa de l'article 789\"")), broken(FR_CPC_ARTICLE_789 + '\n' + tenth).join('\n'));
  });

  it('"à l\'alinéa précédent" after a sentence of its own paragraph (two alinéas run together) is not reported, and says why', () => {
    assert.deepStrictEqual(broken(FR_CPC_JOINED_ALINEAS), []);
    // must not: as the paragraph's first sentence, with nothing before it, there is no preceding alinéa
    const first = FR_CPC_JOINED_ALINEAS.replace(/\n\n[^\n]*?Lorsque l'enquête/, "\n\nLorsque l'enquête");
    assert.notStrictEqual(first, FR_CPC_JOINED_ALINEAS);
    assert.ok(broken(first).some((message) => message.startsWith('"alinéa précédent"')), broken(first).join('\n'));
  });
});

// Malay bills that set out the English text of the Act they amend: the bill's own words are Malay, a language no citation table
// reads, so the English it quotes ("“Board” means the Board … established under section 4B") is not read as the bill's own
// citations; and a doubled word whose hyphen a converter lost at a line's end ("undangundang" beside "undang-undang") is said as a
// note. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage, UNREAD_LANGUAGE } from '../../server/src/engine/language';
import { oneDocument } from '../helpers/oneDocument';
import { MS_1990_10_DOUBLED, MS_2010_47_SECTION_2 } from './malayBillsText';

const untagged = oneDocument('rang.md', '');
/** A bill with front matter that names no language (guessed from its words). */
const bill = oneDocument('rang.md', '---\nid: rang\ntitle: Rang Undang-Undang\ntype: law\n---\n\n');

describe('engine: Malay bills that set out English text', () => {
  it('a Malay bill quoting the English sections it substitutes: an unread language, nothing reported of the English', () => {
    // before: read as English, and "section 4B", "section 7B", "subsection 4L(1)" (the amended Act's) reported as the bill's
    assert.strictEqual(guessLanguage(MS_2010_47_SECTION_2), UNREAD_LANGUAGE);
    assert.deepStrictEqual(untagged.broken(MS_2010_47_SECTION_2), []);
    // must not: an English bill that names "the Dewan Negara and Dewan Rakyat" and "Yang di-Pertuan Agong" is English
    const english = 'BE IT ENACTED by the Seri Paduka Baginda Yang di-Pertuan Agong with the advice and consent of the Dewan Negara and Dewan Rakyat in Parliament assembled, and by the authority of the same, as follows:\n\n**1.** This Act may be cited as the Data Act 2010.\n\n**2.** The Minister may by order amend the Schedule, and any such order shall be published in the Gazette.\n';
    assert.strictEqual(guessLanguage(english), 'en');
  });

  it('"undangundang" beside "undang-undang": a doubled word whose hyphen was lost, a note', () => {
    const variants = (text: string) => {
      const { workspace, model } = bill.read(text);
      return checkDocument(workspace, model.uri).filter((d) => d.code === 'inconsistent-variant').map((d) => `${d.severity}: ${d.message}`);
    };
    // before: a warning to "use one spelling"
    assert.ok(variants(MS_1990_10_DOUBLED).some((line) => /^information: “undangundang”.*doubles one word/.test(line)), variants(MS_1990_10_DOUBLED).join('\n'));
    // must not: two spellings of a word that is no doubled one stay a warning
    const email = '### 1\n\nNotice may be given by e-mail. A notice by e-mail is served when sent.\n\n### 2\n\nThe email shall state the sender.\n';
    assert.ok(variants(email).some((line) => line.startsWith('warning: ')), variants(email).join('\n'));
  });
});

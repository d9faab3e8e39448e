// English bills as a PDF converter gives them (englishBillsText.ts): an Arrangement of Clauses whose entries wrap,
// run-in sections "3. (1) …" and "8. A person …", running heads with the page's number, lines a converter made
// headings, and an Explanatory Statement of the drafters' notes after the last clause. Each with a case where it must not apply.
import * as assert from 'node:assert';
import type { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { uriOf, workspaceOf as workspaceOfFiles } from '../helpers/workspace';
import { CK_SPAM_ACT, MY_COMPUTER_CRIMES_BILL, MY_ELECTRONIC_COMMERCE_BILL_CLAUSE_9 } from './englishBillsText';
import { IT_CAD_ARTICLES_2_TO_4 } from './italianLawsText';

const URI = uriOf('bill.md');
const workspaceOf = (text: string): Workspace => workspaceOfFiles({ 'bill.md': text });

function problems(text: string, severity: 'error' | 'warning'): string[] {
  return checkDocument(workspaceOf(text), URI).filter((d) => d.severity === severity).map((d) => d.message);
}

describe('engine: an English bill as a PDF converter gives it (Malaysia, Computer Crimes Bill 1997)', () => {
  it('reads sections 1-12 from the body, not from the Arrangement of Clauses whose entries wrap', () => {
    const model = parseDocument(URI, MY_COMPUTER_CRIMES_BILL);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'section').map((u) => u.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // the parts are read once each: "PART I" of the arrangement is no part of the bill
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'part').map((u) => u.id), ['part_i', 'part_ii', 'part_iii']);
    assert.ok(!problems(MY_COMPUTER_CRIMES_BILL, 'warning').some((message) => /twice|again/.test(message)));
  });

  it('takes a heading in lower case that names no unit for a line of text ("# group of such interconnected …")', () => {
    const model = parseDocument(URI, MY_COMPUTER_CRIMES_BILL);
    const computer = model.definitions.find((d) => d.term === 'computer')!;
    assert.ok(MY_COMPUTER_CRIMES_BILL.slice(computer.span.start, computer.span.end).includes('group of such interconnected'));
    assert.ok(model.units.find((u) => u.id === 'sec_2')!.children.some((u) => u.number === '10'), 'subsection (10) of section 2 stays in section 2');
  });

  it('reads the Explanatory Statement after the last clause as notes, not provisions: no error, no part twice', () => {
    const statement = MY_COMPUTER_CRIMES_BILL.indexOf('EXPLANATORY STATEMENT');
    const references = workspaceOf(MY_COMPUTER_CRIMES_BILL).resolved(URI);
    assert.ok(references.length > 10 && references.every((r) => r.reference.span.start < statement), '"Clause 5 seeks to …" cites nothing');
    assert.deepStrictEqual(problems(MY_COMPUTER_CRIMES_BILL, 'error'), []);
    // must not: a statement at the start of a text (Barbados' "OBJECTS AND REASONS") leaves the bill after it as it is
    const first = parseDocument(URI, `${MY_COMPUTER_CRIMES_BILL.slice(statement)}\n\n${MY_COMPUTER_CRIMES_BILL.slice(0, statement)}`);
    assert.strictEqual(first.units.filter((u) => u.kind === 'section').length, 12);
  });
});

describe('engine: a law as the text of its PDF gives it, a page a paragraph (Cook Islands, Spam Act 2008)', () => {
  it('reads "3 Supervisor of Internet Security" lines inside a page as section headings, in sequence', () => {
    const model = parseDocument(URI, CK_SPAM_ACT);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'section').map((u) => u.number), ['1', '2', '3', '4', '5']);
    assert.deepStrictEqual(model.units.find((u) => u.id === 'sec_3')!.children.filter((u) => u.kind === 'subsection' || u.kind === 'paragraph').map((u) => u.number), ['1', '2', '3']);
  });

  it('reads the table of provisions ("T ABLE OF PROVISIONS", two pages of titles) as no part of the law', () => {
    const model = parseDocument(URI, CK_SPAM_ACT);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'part').map((u) => u.id), ['part_1']);
    assert.deepStrictEqual(problems(CK_SPAM_ACT, 'warning'), []);
    // the excerpt ends at section 5: what it cites after that is truly not in it, and only that is reported
    assert.ok(problems(CK_SPAM_ACT, 'error').every((message) => /has no section (\d+)/.test(message) && Number(/has no section (\d+)/.exec(message)![1]) > 5));
  });

  it('must not read numbered paragraphs of a page ("2. Las rentas netas …") or a table\'s lines as section titles', () => {
    const page = ['2. Las rentas netas pasivas serán atribuidas, en moneda nacional, al cierre del ejercicio', 'gravable, utilizando el tipo de cambio.',
      '3. La atribución de las rentas netas pasivas se efectuará en proporción a la participación', 'directa o indirecta.',
      '4. No se atribuirán las rentas netas pasivas a los contribuyentes domiciliados en el país que', 'estén sujetos al Impuesto.'].join('\n');
    assert.deepStrictEqual(parseDocument(URI, `# Ley\n\n${page}\n`).units.filter((u) => u.kind === 'section' || u.kind === 'article').length, 0);
    const contents = ['Part 1', 'Introduction', '1 Short title', '2 Interpretation', '3 Supervisor of Internet Security', '4 Cook Islands telecommunication services'].join('\n');
    assert.deepStrictEqual(parseDocument(URI, `# Act\n\n${contents}\n`).units.filter((u) => u.kind === 'section').length, 0);
  });
});

describe('engine: a compilation\'s endnotes (written for the test in the form of Australia\'s compilations)', () => {
  const act = (notesTitle: string) => ['# Electronic Transactions Act 1999', '', '### Part 1--Introduction', '', '##### 1  Short title', '', 'This Act may be cited as the Electronic Transactions Act 1999.', '',
    '##### 2  Commencement', '', 'This Act commences on a day to be fixed by Proclamation.', '', '##### 3  Object', '', 'The object of this Act is to provide a regulatory framework.', '',
    '##### 4  Simplified outline', '', 'The following is a simplified outline of this Act.', '', '##### 5  Definitions', '', 'In this Act: **data** includes the whole or part of a computer program.', '',
    `##### ${notesTitle}`, '', '##### Table of Amendments', '', 'Part 1', '', '##### 3  Application', '', 'S. 3 am. No. 5, 2011; see section 9 of that Act.', ''].join('\n');

  it('reads "Endnotes" and "Notes to the … Act" after the last section as notes: their parts and sections are not the law\'s', () => {
    for (const title of ['Endnotes', 'Notes to the Electronic Transactions Act 1999']) {
      assert.deepStrictEqual(problems(act(title), 'warning'), [], title);
      assert.deepStrictEqual(problems(act(title), 'error'), [], title);
    }
    // must not: a note of another name ("Notes to the table") closes nothing
    assert.ok(problems(act('Notes to the table'), 'warning').some((message) => /twice/.test(message)));
  });
});

describe('engine: a "1" a PDF converter read as "l" (Malaysia, Electronic Commerce Bill 2006)', () => {
  it('takes "paragraph (l)(c)" in a clause numbered (1), (2) with no (k), (l) or (m) for paragraph (1)(c): no error', () => {
    const workspace = workspaceOf(MY_ELECTRONIC_COMMERCE_BILL_CLAUSE_9);
    const cited = workspace.resolved(URI).find((r) => r.reference.text === 'paragraph (l)(c)')!.targets[0];
    assert.strictEqual(cited.status, 'resolved');
    const unit = workspace.get(URI)!.unitsById.get(cited.unitId!)!;
    assert.deepStrictEqual([unit.parent?.number, unit.number], ['1', 'c']);
    assert.deepStrictEqual(problems(MY_ELECTRONIC_COMMERCE_BILL_CLAUSE_9, 'error'), []);
  });

  it('must not: a letter cited as a letter ("lettera l)", Italian letters run h, i, l, m) is no paragraph 1', () => {
    const text = IT_CAD_ARTICLES_2_TO_4.replace('di cui alla lettera b).', 'di cui alla lettera l).');
    const workspace = workspaceOfFiles({ 'legge.md': text });
    const cited = workspace.resolved(uriOf('legge.md')).find((r) => r.reference.text === 'lettera l)')!.targets[0];
    assert.notStrictEqual(cited.status, 'resolved');
  });
});

// English bills as a PDF converter gives them (englishBillsText.ts): an Arrangement of Clauses whose entries wrap,
// run-in sections "3. (1) …" and "8. A person …", running heads with the page's number, lines a converter made
// headings, and an Explanatory Statement of the drafters' notes after the last clause. Each with a case where it must not apply.
import * as assert from 'node:assert';
import type { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument } from '../../server/src/engine/document';
import { uriOf, workspaceOf as workspaceOfFiles } from '../helpers/workspace';
import { MY_COMPUTER_CRIMES_BILL } from './englishBillsText';

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

// The term base built from the corpus, its YAML file, and TBX export and import.
import * as assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { buildTermBase } from '../../server/src/engine/translation/agreed';
import { parseTermBase, serializeTermBase, type TermBase } from '../../server/src/engine/translation/termBase';
import { TbxError, tbxToTermBase, termBaseToTbx } from '../../server/src/engine/translation/tbx';
import { findRenderings } from '../../server/src/engine/translation/renderings';
import { joinLines, loadCorpus } from '../helpers/workspace';

function preferred(termBase: TermBase, term: string, language = 'nl'): string | undefined {
  return termBase.terms.find((t) => t.term === term)?.renderings[language]?.preferred;
}

describe('term base', () => {
  const built = buildTermBase(loadCorpus());

  it('built from the corpus maps each defined term of the English originals to its Dutch rendering', () => {
    assert.equal(preferred(built, 'computer data'), 'computergegevens');
    assert.equal(preferred(built, 'traffic data'), 'verkeersgegevens');
    assert.deepEqual(built.terms.map((t) => `${t.term} → ${t.renderings.nl?.preferred}`), [
      'computer system → computersysteem',
      'computer data → computergegevens',
      'service provider → serviceprovider',
      'traffic data → verkeersgegevens',
      'child pornography → kinderpornografie',
      'minor → minderjarige',
      'subscriber information → abonnee-informatie',
      'the Convention → het Verdrag',
      'racist and xenophobic material → racistisch en xenofobisch materiaal',
    ]);
    assert.equal(built.terms.find((t) => t.term === 'computer data')?.source, 'coe-ets185-en art_1__subpara_b');
  });

  it('keeps hand edits: an existing rendering and its variants win over what the corpus suggests', () => {
    const edited = parseTermBase(joinLines(
      'terms:',
      '  - term: computer data',
      '    renderings:',
      '      nl: { preferred: digitale gegevens, forbidden: [computerdata] }',
      'accepted-differences:',
      '  - { translation: coe-ets185-nl, unit: art_1__subpara_d }',
    )).termBase;
    const merged = buildTermBase(loadCorpus(), edited);
    assert.deepEqual(merged.terms[0].renderings.nl, { preferred: 'digitale gegevens', admitted: [], forbidden: ['computerdata'], superseded: [] });
    assert.equal(preferred(merged, 'traffic data'), 'verkeersgegevens');
    assert.equal(merged.terms.length, 9);
    assert.deepEqual(merged.acceptedDifferences, [{ translation: 'coe-ets185-nl', unit: 'art_1__subpara_d' }]);
  });

  it('the YAML file reads back as written, and a broken file names its line', () => {
    const withExtras: TermBase = {
      terms: [...built.terms.slice(0, 2), { term: 'service provider', language: 'en', note: 'agreed 2024', renderings: { nl: { preferred: 'serviceprovider', admitted: ['dienstverlener'], forbidden: ['provider'], superseded: ['dienstenaanbieder'] } } }],
      acceptedDifferences: [{ translation: 'coe-ets185-nl', unit: 'art_1__subpara_d', note: 'three “–” items' }],
    };
    assert.deepEqual(parseTermBase(serializeTermBase(withExtras)).termBase, withExtras);
    const broken = parseTermBase('terms:\n  - term: computer data\n    renderings: [\n');
    assert.match(broken.error ?? '', /^line \d+: /);
    assert.deepEqual(broken.termBase.terms, []);
    assert.match(parseTermBase('terms: 7\n').error ?? '', /"terms" must be a list/);
  });

  it('a TBX export imported again gives the same term base', () => {
    const rich: TermBase = {
      terms: [...built.terms, { term: 'R&D <lab> "data"', language: 'en', note: 'escaping test', renderings: { nl: { preferred: 'O&O-gegevens', admitted: ['onderzoeks­gegevens'], forbidden: ['R&D-data'], superseded: ['oude <term>'] }, fr: { preferred: 'données de R&D', admitted: [], forbidden: [], superseded: [] } } }],
      acceptedDifferences: [],
    };
    assert.deepEqual(tbxToTermBase(termBaseToTbx(rich)), rich);
  });

  it('the export has the TBX-Basic structure: tbx root, text/body, conceptEntry, langSet with xml:lang, termSec, term, administrative status', () => {
    const xml = termBaseToTbx(built);
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['conceptEntry', 'langSet', 'termSec'].includes(name) }).parse(xml);
    const tbx = parsed.tbx;
    assert.equal(tbx['@type'], 'TBX-Basic');
    assert.equal(tbx['@xmlns'], 'urn:iso:std:iso:30042:ed-2');
    assert.equal(tbx['@style'], 'dca');
    assert.ok(tbx.tbxHeader.fileDesc.sourceDesc, 'tbxHeader/fileDesc/sourceDesc');
    const entries = tbx.text.body.conceptEntry;
    assert.equal(entries.length, built.terms.length);
    const statuses = new Set(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']);
    for (const entry of entries) {
      assert.match(entry['@id'], /^c\d+$/);
      assert.ok(entry.langSet.length >= 2);
      for (const langSet of entry.langSet) {
        assert.match(langSet['@xml:lang'], /^[a-z]{2}$/);
        for (const sec of langSet.termSec) {
          assert.equal(typeof sec.term, 'string');
          assert.equal(sec.termNote['@type'], 'administrativeStatus');
          assert.ok(statuses.has(sec.termNote['#text']));
        }
      }
    }
    const computerData = entries.find((e: { langSet: Array<{ termSec: Array<{ term: string }> }> }) => e.langSet[0].termSec[0].term === 'computer data');
    assert.equal(computerData.langSet[1]['@xml:lang'], 'nl');
    assert.equal(computerData.langSet[1].termSec[0].term, 'computergegevens');
  });

  it('reads the TBX 2008 structure too (martif, termEntry, tig)', () => {
    const xml = joinLines(
      '<?xml version="1.0"?>',
      '<martif type="TBX-Basic" xml:lang="en">',
      '  <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>',
      '  <text><body>',
      '    <termEntry id="t1">',
      '      <langSet xml:lang="en"><tig><term>traffic data</term></tig></langSet>',
      '      <langSet xml:lang="fr"><tig><term>données relatives au trafic</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>',
      '        <tig><term>données de trafic</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>',
      '    </termEntry>',
      '  </body></text>',
      '</martif>',
    );
    assert.deepEqual(tbxToTermBase(xml).terms, [{ term: 'traffic data', language: 'en', renderings: { fr: { preferred: 'données relatives au trafic', admitted: [], forbidden: ['données de trafic'], superseded: [] } } }]);
  });

  it('a malformed TBX file gets a clear message naming the line', () => {
    const fail = (xml: string): TbxError => {
      try { tbxToTermBase(xml); } catch (error) { if (error instanceof TbxError) return error; throw error; }
      assert.fail('no error');
    };
    const good = termBaseToTbx(built).split('\n');
    const unclosed = [...good];
    const at = unclosed.findIndex((line) => line.includes('<term>verkeersgegevens</term>'));
    unclosed[at] = unclosed[at].replace('</term>', '');
    const error = fail(unclosed.join('\n'));
    assert.match(error.message, /^line \d+: not well-formed XML/);
    assert.ok(Math.abs(error.line - (at + 1)) <= 2, `line ${error.line} near ${at + 1}`);
    const noTerm = good.map((line) => line.replace('<term>minderjarige</term>', '')).join('\n');
    const missing = fail(noTerm);
    assert.match(missing.message, /has no <term>/);
    assert.equal(good[missing.line - 1].trim().startsWith('<conceptEntry'), true);
    assert.match(fail('<html><body/></html>').message, /root element must be <tbx>/);
    assert.match(fail('<tbx><text></text></tbx>').message, /has no <text><body>/);
  });

  it('finds renderings in inflected text: Dutch compounds and plurals, French elision, Arabic prefixes', () => {
    const find = (text: string, phrases: string[], language: string) => findRenderings(text, 0, text.length, phrases, language).map((m) => text.slice(m.span.start, m.span.end));
    assert.deepEqual(find('de computersystemen en de bankcomputersystemen verwerken computergegevens', ['computersysteem', 'computergegevens'], 'nl'), ['computersystemen', 'bankcomputersystemen', 'computergegevens']);
    assert.deepEqual(find('racistische en xenofobische materialen', ['racistisch en xenofobisch materiaal'], 'nl'), ['racistische en xenofobische materialen']);
    assert.deepEqual(find('racistisch en xenofobisch materiaal', ['racistisch en xenofobisch materiaal'], 'nl'), ['racistisch en xenofobisch materiaal']);
    assert.deepEqual(find("l'accès à d'un système informatique et aux systèmes informatiques", ['système informatique'], 'fr'), ['système informatique', 'systèmes informatiques']);
    assert.deepEqual(find('وللبيانات الإلكترونية والبيانات الإلكترونية', ['البيانات الإلكترونية'], 'ar'), ['وللبيانات الإلكترونية', 'والبيانات الإلكترونية']);
    assert.deepEqual(find('data of the computer systems', ['computer system'], 'en'), ['computer systems']);
  });
});

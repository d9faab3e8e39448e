// Definition forms of real laws beyond the corpus's clean shape (issue 10): converters' quotes,
// limbs after a dash, bare list entries, "construed accordingly", the Dutch verb-first forms, and
// definitions made for one paragraph of an article.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import type { Definition } from '../../server/src/engine/model';
import { corpusDoc, joinLines, textOf } from '../helpers/workspace';

function definitionsOf(text: string): Definition[] {
  return parseDocument('file:///workspace/doc.md', text).definitions;
}

function termsAndBodies(text: string): string[][] {
  return definitionsOf(text).map((d) => [d.term, d.body]);
}

describe('engine: definition forms of real laws', () => {
  describe('quotation marks as converters leave them', () => {
    it('spaces inside the quotes, two terms, a dash and limbs: " data controller " or "controller"— (a) refers to …', () => {
      const text = joinLines('### 2. Interpretation', '',
        'In this Act— " service provider " or "provider"— (a) refers to any public or private entity that provides to users of its service the ability to communicate; (b) includes any other entity that processes or stores computer data on behalf of such service;');
      const found = definitionsOf(text);
      assert.deepStrictEqual(found.map((d) => d.term), ['service provider', 'provider']);
      for (const definition of found) {
        assert.ok(definition.body.startsWith('(a) refers to any public or private entity'), definition.body);
        assert.ok(definition.body.includes('(b) includes any other entity'), definition.body);
      }
      const model = parseDocument('file:///workspace/doc.md', text);
      assert.strictEqual(textOf(model, found[0].termSpan), 'service provider', 'the span is on the words, not the spaces');
    });
    it('doubled opening quotes: ""access provider" means', () => {
      assert.deepStrictEqual(termsAndBodies(joinLines('### 2. Interpretation', '', '""access provider" means any person who provides an electronic data transmission service;')),
        [['access provider', 'any person who provides an electronic data transmission service']]);
    });
    it('LaTeX-style opening quotes of a converter: ``computer system" means (raw Budapest Convention)', () => {
      const found = definitionsOf(joinLines('### Article 1', '', 'For the purposes of this Convention:', '', 'a) ``computer system" means any device or a group of interconnected or related devices;', '', 'b) ``computer data" means any representation of facts;'));
      assert.deepStrictEqual(found.map((d) => [d.term, d.unitId]), [['computer system', 'art_1__subpara_a'], ['computer data', 'art_1__subpara_b']]);
    });
  });

  describe('definitions lists', () => {
    it('a bare entry with no verb: " recipient " a natural or legal person …', () => {
      const text = joinLines('### 3. Interpretation', '', 'In this Act, unless the context otherwise requires—', '',
        '" recipient " a natural or legal person, public authority or other body to which the data are disclosed;', '',
        '"data" means any representation of facts;');
      assert.deepStrictEqual(termsAndBodies(text), [['recipient', 'a natural or legal person, public authority or other body to which the data are disclosed'], ['data', 'any representation of facts']]);
    });
    it('a bare entry inside a list a converter ran into one paragraph', () => {
      const text = joinLines('### 3. Interpretation', '', 'In this Act— "data" means any representation of facts; "recipient" a natural or legal person to which the data are disclosed; and "subscriber" means a person who uses a service.');
      assert.deepStrictEqual(definitionsOf(text).map((d) => d.term), ['data', 'recipient', 'subscriber']);
    });
    it('a quoted word followed by an article outside a definitions list is no definition', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('### 9. Offences', '', 'A person who sends "spam" a second time commits an offence.')), []);
    });
    it('a qualified entry in a run-in list: "seize" with respect to a program or data includes … (raw Kenya Act)', () => {
      const text = joinLines('### 2. Interpretation', '', 'In this Act, unless the context otherwise requires— "program" means data representing instructions; "seize" with respect to a program or data includes to— (a) secure a computer system; (b) render the computer system inaccessible; "service provider" means a public or private entity.');
      const seize = definitionsOf(text).find((d) => d.term === 'seize');
      assert.ok(seize, 'seize is defined');
      assert.ok(seize.body.startsWith('to— (a) secure a computer system'), seize.body);
    });
  });

  describe('"shall be construed accordingly"', () => {
    it('… and "device" shall be construed accordingly: defined, with the clause it relates to as its body', () => {
      const text = joinLines('### 2. Interpretation', '', 'In this Act— "devise" means to design or adapt any apparatus, and "device" shall be construed accordingly; "data" means any representation of facts.');
      const found = definitionsOf(text);
      assert.deepStrictEqual(found.map((d) => d.term), ['devise', 'device', 'data']);
      const device = found[1];
      assert.strictEqual(device.style, 'construed-accordingly');
      assert.ok(device.body.startsWith('“devise” means'.replace(/[“”]/g, '"')), device.body);
      assert.ok(device.body.endsWith('shall be construed accordingly'), device.body);
    });
    it('after "; and" the body is the clause before it', () => {
      const found = definitionsOf(joinLines('### 2. Interpretation', '', '(1) "intercept" means to acquire the contents of a communication; and "interception" shall be construed accordingly.'));
      const interception = found.find((d) => d.term === 'interception');
      assert.ok(interception?.body.startsWith('"intercept" means to acquire'), interception?.body);
    });
  });

  describe('Dutch Budapest Convention (corpus/coe-ets185-nl.md): all seven terms', () => {
    const model = corpusDoc('coe-ets185-nl');
    it('finds the seven terms the English text defines, where the text puts them', () => {
      assert.deepStrictEqual(model.definitions.map((d) => [d.term, d.unitId]), [
        ['computersysteem', 'art_1__subpara_a'], ['computergegevens', 'art_1__subpara_b'], ['serviceprovider', 'art_1__subpara_c'],
        ['verkeersgegevens', 'art_1__subpara_d'], ['kinderpornografie', 'art_9__para_2'], ['minderjarige', 'art_9__para_3'],
        ['abonnee-informatie', 'art_18__para_3'],
      ]);
    });
    it('gives each of the three verb-first forms its own body', () => {
      const body = (term: string) => model.definitions.find((d) => d.term === term)?.body ?? '';
      assert.ok(body('kinderpornografie').startsWith('pornografisch materiaal dat visueel het volgende uitbeeldt: a. een minderjarige'), body('kinderpornografie'));
      assert.ok(body('minderjarige').startsWith('iedere persoon beneden de leeftijd van 18 jaar.'), body('minderjarige'));
      assert.ok(body('abonnee-informatie').startsWith('de informatie, in de vorm van computergegevens of in andere vorm'), body('abonnee-informatie'));
      for (const definition of model.definitions) assert.strictEqual(textOf(model, definition.termSpan), definition.term);
    });
    it('scopes them as the English text does: art. 9 ("het eerste lid", "het tweede lid") and art. 18 ("dit artikel")', () => {
      const scope = (term: string) => model.definitions.find((d) => d.term === term)?.scope.unitId;
      assert.deepStrictEqual(['kinderpornografie', 'minderjarige', 'abonnee-informatie'].map(scope), ['art_9', 'art_9', 'art_18']);
    });
    it('the unquoted verb-first form: "wordt onder gegevens verstaan"', () => {
      assert.deepStrictEqual(termsAndBodies(joinLines('## Artikel 1', '', 'In deze wet wordt onder gegevens verstaan: iedere weergave van feiten.')), [['gegevens', 'iedere weergave van feiten.']]);
    });
    it('"wordt verstaan onder:" still opens a list and is no term', () => {
      assert.deepStrictEqual(definitionsOf(joinLines('## Artikel 1', '', 'In deze wet wordt verstaan onder: iets.')), []);
    });
  });

  describe('scope: a definition made for one paragraph', () => {
    it('Budapest art. 9: "For the purpose of paragraph 1 above, the term “child pornography” shall include" applies in article 9', () => {
      const model = corpusDoc('coe-ets185-en');
      const scope = (term: string) => model.definitions.find((d) => d.term === term)?.scope;
      assert.deepStrictEqual(scope('child pornography'), { kind: 'unit', unitId: 'art_9', phrase: 'For the purpose of paragraph 1 above' });
      assert.deepStrictEqual(scope('minor'), { kind: 'unit', unitId: 'art_9', phrase: 'For the purpose of paragraph 2 above' });
    });
    it('a paragraph named later in the body does not limit the scope', () => {
      const found = definitionsOf(joinLines('### Article 1', '', 'For the purposes of this Convention:', '', 'a) “minor” means a person under 18. For the purposes of paragraph 2, a Party may require a lower age.'));
      assert.strictEqual(found[0].scope.kind, 'document');
    });
  });
});

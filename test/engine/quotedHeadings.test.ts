// A quotation opened in a heading: "### “Disposició transitòria" then the provision's paragraphs, closed at the end of the last
// ("… el procediment previst a l’article 18.”"), the new wording of another law's provision that an amending article sets out (Andorra's
// BOPA as legalize-dev/legalize-ad converts it, commit 952b918b; drawn at random in the session that wrote the rule). Its citations are
// the amended law's. A heading that opens and closes its quotation ("### “Definicions”") opens none.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';

/** Llei 15/2014, del 24 de juliol, de modificació de la Llei 9/2003, del 12 de juny, del patrimoni cultural d’Andorra, article 10 (lines 171–186): ad/BOPA-L-2014-15.md. */
const AD_2014_15_ARTICLE_10 = "##### Article 10\n\nEs modifica la disposició transitòria de la Llei 9/2003, del 12 de juny, del patrimoni cultural d’Andorra, al seu torn modificada per la disposició addicional única de la Llei 16/2012, del 31 de juliol, de modificació de la Llei general d’ordenació del territori i urbanisme del 29 de desembre del 2000, que queda redactada de la manera següent:\n\n### “Disposició transitòria\n\n1. Mentre no hagin estat delimitats expressament, es consideren entorns de protecció dels monuments declarats en virtut de la disposició addicional primera els espais compresos dins d’un radi de vint metres comptats des del perímetre exterior del monument.\n\n2. Mentre no es dictin els decrets de delimitació corresponents, no es pot fer cap construcció de nova planta, ni cap ampliació de volumetria en els entorns definits en l’apartat 1.\n\nAixò no obstant, hi són permeses les obres de rehabilitació, de reforma integral dels edificis, sempre que no suposin un augment de la volumetria; i també les de conservació i les que siguin exigides per la seguretat, la salubritat i l’adequació a la Llei d’accessibilitat.\n\n3. En el supòsit previst en l’apartat anterior, l’informe favorable dels serveis del Patrimoni Cultural es considera atorgat si, en el termini de dos (2) mesos no s’emet un informe desfavorable degudament motivat. En aquest cas, els serveis del Patrimoni Cultural han d’identificar, de forma detallada, els elements objecte del projecte que han de ser objecte de modificació.\n\n4. Les intervencions sobre els béns immobles inventariats que es trobin dins dels entorns definits en l’apartat 1 han de seguir el procediment previst a l’article 18.”\n\n";

const law = oneDocument('ad.md', '---\nid: ad\ntitle: "Llei 15/2014, del 24 de juliol, de modificació de la Llei 9/2003, del 12 de juny, del patrimoni cultural d’Andorra"\ntype: law\nlanguage: ca\n---\n\n# Llei 15/2014, del 24 de juliol, de modificació de la Llei 9/2003, del 12 de juny, del patrimoni cultural d’Andorra\n\n');
const articles = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `##### Article ${from + k}\n\nText.\n`).join('\n');

describe('engine: a quotation opened in a heading', () => {
  it('"### “Disposició transitòria" … "l’article 18.”": the amended law\'s provision, its "article 18" that law\'s', () => {
    const text = `${articles(1, 9)}\n${AD_2014_15_ARTICLE_10}\n${articles(11, 16)}`;
    // before: "article 18" was this law's, which ends at 16 (an error)
    assert.deepStrictEqual(law.broken(text), []);
    assert.match(law.citation(text, 'article 18').targets[0].reason ?? '', /quoted/);
    // must not: a heading that closes its own quotation opens none, and the paragraphs below stay this law's
    const closed = text.replace('### “Disposició transitòria', '### “Disposició transitòria”').replace('l’article 18.”', 'l’article 18.');
    assert.notStrictEqual(closed, text);
    assert.ok(law.broken(closed).some((message) => /article 18/.test(message)), law.broken(closed).join('\n'));
  });
});

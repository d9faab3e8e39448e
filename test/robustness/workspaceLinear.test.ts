// Linear in the number of documents: indexing and checking a workspace of 2N documents takes at
// most about twice the CPU time of N documents. Each document's own work is small here (short
// documents), so that any pass over every document made once per document (which instrument a
// name means, who incorporates whom, which translations an original has, whose notes are about
// a unit) dominates the time as N grows, as it does in an archive of 10,000 laws.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { notesByUnit } from '../../server/src/engine/annotations';
import { confirmedRatio } from '../helpers/linearTime';

const LIMIT = 2.5;

interface Doc { uri: string; text: string }

function frontMatter(fields: Record<string, string | string[]>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}

/**
 * A workspace of `count` short documents, in groups of four: a convention, a law that implements
 * and incorporates it (in a code of eight laws), the convention's French version, and a
 * commentary on the law. Citations name instruments in full, inside and outside the workspace.
 */
function archive(count: number): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; docs.length < count; i++) {
    const treaty = `conv-${i}`;
    const law = `law-${i}`;
    docs.push({ uri: `file:///archive/${treaty}.md`, text: frontMatter({ id: treaty, title: `Data Retention Convention ${i}`, 'short-title': `Data Convention ${i}`, type: 'treaty', language: 'en', aliases: [`Convention No. ${i} on Data`] }) +
      `\n# Data Retention Convention ${i}\n\n## Article 1 – Definitions\n\nFor the purposes of this Convention, “stored record” means any record kept by a provider.\n\n` +
      `## Article 2 – Preservation\n\n1. Each Party shall preserve the records referred to in Article 1.\n\n2. The obligation in paragraph 1 applies subject to Article 3.\n\n## Article 3 – Access\n\nSuch records may be disclosed under Article 2.\n` });
    docs.push({ uri: `file:///archive/${law}.md`, text: frontMatter({ id: law, title: `Records Act No. ${i}`, 'short-title': `Records Act ${i}`, type: 'law', language: 'en', implements: [treaty], incorporates: [treaty], collection: `Code ${Math.floor(i / 8)}` }) +
      `\n# Records Act No. ${i}\n\n## Section 1 – Preservation orders\n\nA court may order that a stored record be kept, as required by Article 2 of the Data Retention Convention ${i}.\n\n` +
      `## Section 2 – Disclosure\n\nA stored record kept under section 1 may be disclosed as provided in section 4 of the Criminal Procedure Act ${i} and in section 9 of the Evidence Ordinance.\n` });
    docs.push({ uri: `file:///archive/${treaty}-fr.md`, text: frontMatter({ id: `${treaty}-fr`, title: `Convention sur les données n° ${i}`, type: 'treaty', language: 'fr', 'translation-of': treaty }) +
      `\n# Convention sur les données n° ${i}\n\n## Article 1 – Définitions\n\nAux fins de la présente Convention, « donnée stockée » désigne toute donnée conservée par un fournisseur.\n\n` +
      `## Article 2 – Conservation\n\n1. Chaque Partie conserve une donnée stockée visée à l’article 1.\n\n2. L’obligation du paragraphe 1 s’applique sous réserve de l’article 3.\n\n## Article 3 – Accès\n\nUne donnée stockée peut être divulguée en vertu de l’article 2.\n` });
    docs.push({ uri: `file:///archive/note-${i}.md`, text: frontMatter({ id: `note-${i}`, title: `Notes on the Records Act No. ${i}`, type: 'commentary', language: 'en', annotates: law }) +
      `\n# Notes on the Records Act No. ${i}\n\n## Section 1\n\nThe order follows Article 2 of the Data Retention Convention ${i}; see also section 2.\n` });
  }
  return docs.slice(0, count);
}

/** What a cold start does: set every document, resolve, match terms, check, and read each one's notes. */
function indexAndCheck(docs: Doc[]): number {
  const workspace = new Workspace();
  for (const doc of docs) workspace.set(doc.uri, doc.text);
  let seen = 0;
  for (const doc of docs) {
    seen += workspace.resolved(doc.uri).length + workspace.termUses(doc.uri).length + checkDocument(workspace, doc.uri).length;
    seen += notesByUnit(workspace, (workspace.get(doc.uri) as { id: string }).id).size;
  }
  return seen;
}

describe('robustness: linear time in the number of documents (doubling ratio ≤ 2.5)', function () {
  this.timeout(600000);

  it('the archive reads as intended: names, relations, versions and notes resolve', () => {
    const workspace = new Workspace();
    for (const doc of archive(8)) workspace.set(doc.uri, doc.text);
    const law = workspace.byId('law-0')!;
    const cited = workspace.resolved(law.uri).map((r) => r.targets.map((t) => `${t.status}:${t.documentId ?? ''}`).join(','));
    assert.ok(cited.includes('resolved:conv-0'), `the law's citation of the convention by name: ${cited.join(' | ')}`);
    assert.ok(cited.some((c) => c.startsWith('external')), `a citation of an instrument outside the workspace stays external: ${cited.join(' | ')}`);
    assert.deepEqual(workspace.incorporating(workspace.byId('conv-0')!).map((m) => m.id), ['law-0']);
    assert.equal(notesByUnit(workspace, 'law-0').size, 1);
    // Only the law (which incorporates the convention) uses "stored record": not reported unused.
    assert.deepEqual(workspace.termUses(law.uri).map((use) => use.definition.model.id), ['conv-0', 'conv-0']);
    assert.deepEqual(checkDocument(workspace, workspace.byId('conv-0')!.uri).map((d) => d.code), []);
  });

  it('indexing and checking 2N documents takes about twice the time of N', () => {
    const measure = confirmedRatio(indexAndCheck, archive, LIMIT, { minMs: 800, startSize: 256, maxSize: 1024, runs: 3 });
    assert.ok(measure.ratio <= LIMIT, `not linear: ${measure.size} → ${measure.size * 2} documents, ${measure.small.toFixed(0)} → ${measure.large.toFixed(0)} ms CPU (×${measure.ratio.toFixed(2)})`);
  });
});

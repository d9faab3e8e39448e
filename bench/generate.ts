// Deterministic generator of benchmark workspaces: treaties and the laws that implement them,
// in the corpus format (corpus/README.md). Same seed, same count → byte-identical files.
//
//   node dist/bench/generate.js [--sizes 10,100,1000] [--force]
//   TREATY_LENS_BENCH_DOC_KB=20 node dist/bench/generate.js --sizes 1000,10000   (smaller documents)
//
// Each document is about 200 KB with 70 articles: numbered paragraphs "1.", lettered
// subparagraphs ("a." in treaties, "(a)" in laws), a definitions article with 20 quoted terms
// (“term” means …), a citation about every 100 words ("Article 14", "Articles 2 through 11",
// "paragraph 1 of this article", "article 7, paragraph 2 (b)", "article 5 of the Convention")
// and uses of the defined terms in the prose. One document in five is a treaty; every law
// implements one treaty (front matter `implements:`), so "of the Convention" resolves into it.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_SEED = 20240611;
/**
 * Size of one document in KB: 200 unless TREATY_LENS_BENCH_DOC_KB says otherwise (the
 * 10,000-document run uses 20 KB documents: the same 200 MB of text as 1,000 full ones).
 */
export function documentKb(): number {
  const kb = Number(process.env.TREATY_LENS_BENCH_DOC_KB);
  return kb > 0 ? kb : 200;
}
/** Articles per document: 70 at 200 KB, fewer (at least 12) for smaller documents. */
function articleCount(): number {
  const kb = documentKb();
  return kb >= 200 ? 70 : Math.max(12, Math.round((70 * kb) / 200));
}
export const TERMS_PER_DOCUMENT = 20;
/** Target size of one document in characters (all ASCII apart from the quotation marks and dashes). */
function targetChars(): number {
  return documentKb() * 1024;
}
const TREATY_EVERY = 5;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];

const ADJECTIVES = ['computer', 'electronic', 'stored', 'traffic', 'subscriber', 'personal', 'competent', 'critical', 'digital', 'financial',
  'protected', 'authorised', 'foreign', 'central', 'designated', 'public', 'private', 'judicial', 'encrypted', 'transborder'];
const NOUNS = ['system', 'data', 'provider', 'authority', 'information', 'network', 'device', 'record', 'service', 'order',
  'communication', 'evidence', 'infrastructure', 'programme', 'request', 'instrument', 'register', 'operator', 'content', 'account'];
const FILLER = ('each party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its ' +
  'domestic law when committed intentionally the access to the whole or any portion without right a party may require that the offence ' +
  'be committed by infringing security measures with the intent of obtaining or other dishonest intent in relation to that is connected ' +
  'to another the powers and procedures provided for shall be subject to conditions and safeguards which shall provide for the adequate ' +
  'protection of human rights and liberties including rights arising pursuant to obligations it has undertaken under applicable ' +
  'international instruments and which shall incorporate the principle of proportionality such conditions shall as appropriate in view ' +
  'of the nature of the procedure include judicial or other independent supervision grounds justifying application and limitation of ' +
  'the scope and the duration of such power or procedure to the extent that it is consistent with the public interest in particular ' +
  'the sound administration of justice the parties shall co-operate with each other to the widest extent possible for the purposes of ' +
  'investigations or proceedings concerning criminal offences related to systems and or for the collection of evidence in electronic form ' +
  'of a criminal offence without prejudice to the provisions of national law the requested party may refuse assistance where it considers ' +
  'that execution of the request is likely to prejudice its sovereignty security ordre public or other essential interests').split(' ');
const CONNECTORS = ['in accordance with', 'referred to in', 'under', 'pursuant to', 'as set out in', 'subject to', 'as provided in', 'without prejudice to'];
const TITLES = ['Illegal access', 'Illegal interception', 'Data interference', 'System interference', 'Misuse of devices', 'Forgery', 'Fraud',
  'Attempt and aiding', 'Corporate liability', 'Sanctions and measures', 'Scope of procedural provisions', 'Conditions and safeguards',
  'Expedited preservation', 'Production order', 'Search and seizure', 'Real-time collection', 'Interception of content', 'Jurisdiction',
  'Extradition', 'Mutual assistance', 'Spontaneous information', 'Confidentiality', 'Points of contact', 'Reservations', 'Amendments',
  'Settlement of disputes', 'Consultations', 'Denunciation', 'Notification', 'Entry into force'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface ArticlePlan {
  number: number;
  /** Number of lettered subparagraphs under each numbered paragraph (0 = none). */
  paragraphs: number[];
}

export interface DocumentPlan {
  id: string;
  kind: 'treaty' | 'law';
  index: number;
  title: string;
  shortTitle: string;
  implements?: string;
  terms: string[];
  articles: ArticlePlan[];
}

function termPool(): string[] {
  const out: string[] = [];
  for (const a of ADJECTIVES) for (const n of NOUNS) out.push(`${a} ${n}`);
  return out;
}
const POOL = termPool();

/** The plans of every document of a workspace of `count` documents. */
export function planWorkspace(count: number, seed = DEFAULT_SEED): DocumentPlan[] {
  const r = rng(seed ^ count);
  const treaties = Math.max(1, Math.floor(count / TREATY_EVERY));
  const plans: DocumentPlan[] = [];
  for (let i = 0; i < count; i++) {
    const isTreaty = i < treaties;
    const id = isTreaty ? `bench-treaty-${String(i).padStart(4, '0')}` : `bench-law-${String(i - treaties).padStart(4, '0')}`;
    const implemented = isTreaty ? undefined : plans[(i - treaties) % treaties];
    const terms = new Set<string>();
    // A law reuses most of the terms of the treaty it implements, and adds a few of its own.
    if (implemented) for (const term of implemented.terms) if (r() < 0.8) terms.add(term);
    while (terms.size < TERMS_PER_DOCUMENT) terms.add(pick(r, POOL));
    const articles: ArticlePlan[] = [];
    for (let n = 1; n <= articleCount(); n++) {
      const paragraphs: number[] = [];
      const count = n === 1 ? 0 : int(r, 2, 5);
      for (let p = 0; p < count; p++) paragraphs.push(r() < 0.4 ? int(r, 2, 4) : 0);
      if (n > 1 && !paragraphs.some((s) => s > 0)) paragraphs[1] = 3; // every article has a paragraph 2 with subparagraphs
      articles.push({ number: n, paragraphs });
    }
    plans.push({
      id, kind: isTreaty ? 'treaty' : 'law', index: i,
      title: isTreaty ? `Convention on Digital Co-operation No. ${i + 1}` : `Digital Offences Act No. ${i - treaties + 1}`,
      shortTitle: isTreaty ? `Convention No. ${i + 1}` : `Act No. ${i - treaties + 1}`,
      implements: implemented?.id, terms: [...terms], articles,
    });
  }
  return plans;
}

class Writer {
  private readonly parts: string[] = [];
  length = 0;
  push(text: string) {
    this.parts.push(text);
    this.length += text.length;
  }
  toString() {
    return this.parts.join('');
  }
}

/** One citation in one of the styles the engine reads; about 1 in 100 cites an article that does not exist. */
function citation(r: Rand, plan: DocumentPlan, article: ArticlePlan, treaty: DocumentPlan | undefined): string {
  const roll = r();
  const otherArticle = () => {
    let n = int(r, 2, articleCount());
    if (n === article.number) n = n === articleCount() ? 2 : n + 1;
    return n;
  };
  const withSub = (target: DocumentPlan) => {
    const candidates = target.articles.filter((a) => a.paragraphs.some((s) => s > 0));
    const a = pick(r, candidates);
    const paragraphs = a.paragraphs.map((s, i) => [i + 1, s]).filter(([, s]) => s > 0);
    const [p, s] = pick(r, paragraphs);
    return `article ${a.number}, paragraph ${p} (${LETTERS[int(r, 0, s - 1)]})`;
  };
  if (roll < 0.01) return `Article ${articleCount() + int(r, 1, 30)}`; // broken on purpose
  if (roll < 0.3) return `Article ${otherArticle()}`;
  if (roll < 0.42) {
    const from = int(r, 2, articleCount() - 10);
    return `Articles ${from} through ${from + int(r, 2, 9)}`;
  }
  if (roll < 0.58 && article.paragraphs.length > 0) return `paragraph ${int(r, 1, article.paragraphs.length)} of this article`;
  if (roll < 0.75) return withSub(plan);
  if (treaty) {
    if (roll < 0.88) return `article ${int(r, 2, articleCount())} of the Convention`;
    return `${withSub(treaty)} of the Convention`;
  }
  return `article ${otherArticle()} of this Convention`;
}

/** Prose of about `chars` characters: filler words, a defined term about every 40 words, a citation about every 100. */
const countdown = { term: 40, citation: 100 };
function prose(r: Rand, chars: number, plan: DocumentPlan, article: ArticlePlan, treaty: DocumentPlan | undefined): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let word: string;
    if (--countdown.citation <= 0) {
      word = `${pick(r, CONNECTORS)} ${citation(r, plan, article, treaty)},`;
      countdown.citation = int(r, 60, 140);
    } else if (--countdown.term <= 0) {
      word = `the ${pick(r, plan.terms)}`;
      countdown.term = int(r, 20, 60);
    } else {
      word = pick(r, FILLER);
    }
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ').replace(/,$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function renderDocument(plan: DocumentPlan, plans: DocumentPlan[], seed = DEFAULT_SEED): string {
  const r = rng(seed ^ (plan.index * 2654435761));
  countdown.term = int(r, 20, 60);
  countdown.citation = int(r, 60, 140);
  const treaty = plan.implements ? plans.find((p) => p.id === plan.implements) : undefined;
  const w = new Writer();
  const isTreaty = plan.kind === 'treaty';
  w.push('---\n');
  w.push(`id: ${plan.id}\n`);
  w.push(`title: "${plan.title}"\n`);
  w.push(`short-title: "${plan.shortTitle}"\n`);
  w.push(`type: ${plan.kind}\n`);
  w.push('language: en\n');
  w.push(`aliases: ["${plan.title}", "${plan.shortTitle}"]\n`);
  if (plan.implements) w.push(`implements: [${plan.implements}]\n`);
  w.push(`source: "generated by bench/generate.ts, seed ${seed}"\n`);
  w.push('completeness: "complete (synthetic benchmark text)"\n');
  w.push('gaps: []\n');
  w.push('---\n\n');
  w.push(`# ${plan.title}\n\n`);
  if (isTreaty) {
    w.push('## Preamble\n\n');
    w.push(`The States Parties to this Convention,\n\n`);
    for (let i = 0; i < 4; i++) w.push(`${prose(r, 300, plan, plan.articles[0], undefined).replace(/\.$/, ';')}\n\n`);
    w.push('Have agreed as follows:\n\n');
  }
  // Characters per article after the definitions article, so that the document ends near targetChars().
  const budget = (targetChars() - 6000) / (articleCount() - 1);
  const chapterSize = 10;
  for (const article of plan.articles) {
    if ((article.number - 1) % chapterSize === 0) {
      const chapter = (article.number - 1) / chapterSize;
      w.push(`## ${isTreaty ? 'CHAPTER' : 'PART'} ${ROMAN[chapter]} – ${pick(r, TITLES).toUpperCase()}\n\n`);
    }
    const title = article.number === 1 ? (isTreaty ? 'Use of terms' : 'Definitions') : pick(r, TITLES);
    w.push(`### Article ${article.number} – ${title}\n\n`);
    if (article.number === 1) {
      w.push(isTreaty ? 'For the purposes of this Convention:\n\n' : 'In this Act, unless the context otherwise requires:\n\n');
      plan.terms.forEach((term, i) => {
        const marker = isTreaty ? `${LETTERS[i]}.` : `(${LETTERS[i]})`;
        const other = plan.terms[(i + 1) % plan.terms.length];
        w.push(`${marker} “${term}” means any ${pick(r, FILLER)} ${pick(r, FILLER)} or ${other} ${prose(r, 150, plan, article, treaty).replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, ';')}\n\n`);
      });
      continue;
    }
    const units = article.paragraphs.reduce((sum, subs) => sum + 1 + subs, 0);
    const each = Math.max(120, budget / units - 8);
    article.paragraphs.forEach((subs, p) => {
      w.push(`${p + 1}. ${prose(r, subs ? each * 0.6 : each, plan, article, treaty)}${subs ? ' The following apply:' : ''}\n\n`);
      for (let s = 0; s < subs; s++) {
        const marker = isTreaty ? `${LETTERS[s]}.` : `(${LETTERS[s]})`;
        w.push(`${marker} ${prose(r, each * 1.1, plan, article, treaty).replace(/\.$/, s === subs - 1 ? '.' : ';')}\n\n`);
      }
    });
  }
  return w.toString();
}

export function workspaceDir(root: string, count: number): string {
  return join(root, documentKb() === 200 ? `ws-${count}` : `ws-${count}-${documentKb()}kb`);
}

/** Generates the workspace of `count` documents under `root` unless it is already complete. */
export function ensureWorkspace(root: string, count: number, options: { seed?: number; force?: boolean; log?: (line: string) => void } = {}): string {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = workspaceDir(root, count);
  const stamp = join(dir, '.complete');
  if (!options.force && existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const plans = planWorkspace(count, seed);
  for (const plan of plans) writeFileSync(join(dir, `${plan.id}.md`), renderDocument(plan, plans, seed));
  writeFileSync(stamp, `seed ${seed}\n`);
  options.log?.(`generated ${count} documents in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return dir;
}

export function documentFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => join(dir, name));
}

export const DEFAULT_ROOT = process.env.TREATY_LENS_BENCH_ROOT ?? resolve(__dirname, '..', '..', 'bench', 'workspaces');

// Run directly (not when bundled into another bench script).
if (/generate\.js$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [10, 100, 1000];
  for (const size of sizes) ensureWorkspace(DEFAULT_ROOT, size, { force: args.includes('--force'), log: console.log });
}

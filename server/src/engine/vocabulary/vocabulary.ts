// Rival vocabularies: the same concept named differently by different instruments
// ("computer system" in the Budapest Convention, "information and communications technology
// system" in the UN Convention against Cybercrime). Shipped with entries for those two; a
// workspace file `treaty-lens.vocabulary.yaml` adds or replaces entries (docs/VOCABULARY.md).
import { parse as parseYaml } from 'yaml';
import type { DocumentModel } from '../document';
import { termKey } from '../terms';
import picomatch from 'picomatch';

export interface Instrument {
  /** Short name used in concept entries, e.g. "budapest". */
  name: string;
  /** Document ids (globs with *) and titles/aliases by which a document is recognised as this instrument. */
  ids: string[];
  titles: string[];
}

export interface Concept {
  id: string;
  /** language → instrument name → term as the instrument writes it */
  terms: Record<string, Record<string, string>>;
  note?: string;
}

export interface Vocabulary {
  instruments: Instrument[];
  concepts: Concept[];
}

export const BUILT_IN_VOCABULARY_YAML = `# Treaty Lens vocabulary: one concept, several instruments' words for it.
# Copy this file to the root of your workspace as treaty-lens.vocabulary.yaml and edit it.
instruments:
  un-cybercrime:
    ids: ["un-cybercrime*"]
    titles: ["United Nations Convention against Cybercrime", "UN Convention against Cybercrime", "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية"]
  budapest:
    ids: ["coe-ets185*", "coe-ets189*"]
    titles: ["Convention on Cybercrime", "Budapest Convention"]
concepts:
  - id: ict-system
    terms:
      en: { un-cybercrime: "information and communications technology system", budapest: "computer system" }
  - id: electronic-data
    terms:
      en: { un-cybercrime: "electronic data", budapest: "computer data" }
  - id: child-sexual-abuse-material
    note: "The UN Convention (article 14) speaks of child sexual abuse or child sexual exploitation material; the Budapest Convention (article 9) of child pornography."
    terms:
      en: { un-cybercrime: "child sexual abuse or child sexual exploitation material", budapest: "child pornography" }
`;

/**
 * Each "*" of a glob can backtrack over the whole id (picomatch compiles to a regex): with at most
 * two, and ids of at most MAX_ID_LENGTH characters, one match stays under 65,000 steps.
 */
const MAX_STARS = 2;
const MAX_ID_LENGTH = 256;
const starsIn = (glob: string) => glob.split('*').length - 1;

export function parseVocabulary(text: string): { vocabulary: Vocabulary; error?: string } {
  const empty: Vocabulary = { instruments: [], concepts: [] };
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { vocabulary: empty, error: `the vocabulary file is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!raw || typeof raw !== 'object') return { vocabulary: empty, error: 'the vocabulary file must hold "instruments" and "concepts"' };
  const value = raw as { instruments?: Record<string, { ids?: unknown; titles?: unknown }>; concepts?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
  const instruments: Instrument[] = Object.entries(value.instruments ?? {}).map(([name, entry]) => ({ name, ids: strings(entry?.ids), titles: strings(entry?.titles) }));
  const wild = instruments.flatMap((instrument) => instrument.ids.filter((glob) => starsIn(glob) > MAX_STARS).map((glob) => `"${glob}" (${instrument.name})`));
  if (wild.length) {
    return { vocabulary: empty, error: `the vocabulary file has id globs with more than ${MAX_STARS} "*": ${wild.join(', ')}; a glob with many "*" takes time that grows as a power of the id's length` };
  }
  const concepts: Concept[] = [];
  if (Array.isArray(value.concepts)) {
    value.concepts.forEach((entry, index) => {
      if (!entry || typeof entry !== 'object') return;
      const concept = entry as { id?: unknown; terms?: unknown; note?: unknown };
      const terms: Concept['terms'] = {};
      for (const [language, byInstrument] of Object.entries((concept.terms ?? {}) as Record<string, unknown>)) {
        if (!byInstrument || typeof byInstrument !== 'object') continue;
        terms[language] = {};
        for (const [instrument, term] of Object.entries(byInstrument as Record<string, unknown>)) if (typeof term === 'string') terms[language][instrument] = term;
      }
      concepts.push({ id: typeof concept.id === 'string' ? concept.id : `concept-${index + 1}`, terms, note: typeof concept.note === 'string' ? concept.note : undefined });
    });
  }
  return { vocabulary: { instruments, concepts } };
}

/** Workspace entries first; built-in concepts the workspace does not redefine (by id) stay. */
export function mergeVocabularies(base: Vocabulary, override: Vocabulary): Vocabulary {
  const instruments = [...override.instruments, ...base.instruments.filter((i) => !override.instruments.some((o) => o.name === i.name))];
  const concepts = [...override.concepts, ...base.concepts.filter((c) => !override.concepts.some((o) => o.id === c.id))];
  return { instruments, concepts };
}

export const BUILT_IN_VOCABULARY: Vocabulary = parseVocabulary(BUILT_IN_VOCABULARY_YAML).vocabulary;

/** Document ids are globs (picomatch, case-insensitive): "coe-ets185*", "law-[0-9]*", "!…". */
function globMatch(glob: string, value: string): boolean {
  let matcher = idMatchers.get(glob);
  if (!matcher) {
    try {
      matcher = picomatch(glob, { nocase: true, dot: true });
    } catch {
      matcher = () => false; // a glob picomatch refuses (too long) recognises nothing
    }
    idMatchers.set(glob, matcher);
  }
  return value.length <= MAX_ID_LENGTH && matcher(value);
}

const idMatchers = new Map<string, (value: string) => boolean>();

/** Which vocabulary instrument a document is (by id glob, title or alias). */
export function instrumentOf(vocabulary: Vocabulary, model: DocumentModel): Instrument | undefined {
  const names = [model.title, model.frontMatter.shortTitle ?? '', ...model.frontMatter.aliases].map((n) => n.toLowerCase());
  return vocabulary.instruments.find((instrument) =>
    instrument.ids.some((glob) => globMatch(glob, model.id)) || instrument.titles.some((title) => names.includes(title.toLowerCase())));
}

export interface RivalTerm {
  concept: Concept;
  /** The other instrument's term (what the text says) and the preferred one. */
  rival: string;
  rivalKey: string;
  rivalInstrument: string;
  preferred: string;
}

/** For a document implementing `treaty`, the other instruments' terms for the treaty's concepts. */
export function rivalTerms(vocabulary: Vocabulary, treatyInstrument: Instrument, language: string): RivalTerm[] {
  const out: RivalTerm[] = [];
  for (const concept of vocabulary.concepts) {
    const terms = concept.terms[language];
    if (!terms) continue;
    const preferred = terms[treatyInstrument.name];
    if (!preferred) continue;
    for (const [instrument, term] of Object.entries(terms)) {
      if (instrument === treatyInstrument.name || termKey(term) === termKey(preferred)) continue;
      out.push({ concept, rival: term, rivalKey: termKey(term), rivalInstrument: instrument, preferred });
    }
  }
  return out;
}

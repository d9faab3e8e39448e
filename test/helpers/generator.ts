// A small seeded generator of treaty-like markdown for the differential test: articles with
// numbered paragraphs, lettered and roman subparagraphs, markdown lists numbered "1. 1. 1.",
// bullets, HTML comments, code fences, blockquotes and setext headings, in random order.

/** mulberry32: a tiny deterministic PRNG, so that a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['computer', 'system', 'data', 'Party', 'shall', 'adopt', 'measures', 'offence', 'access', 'traffic',
  'service', 'provider', 'without', 'right', 'the', 'of', 'in', 'such', 'domestic', 'law', 'intent'];
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v'];
const LETTERS = 'abcdefgh';

export function generateDocument(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (n: number) => Math.floor(random() * n);
  const sentence = (min = 4) => {
    const words: string[] = [];
    for (let i = 0, n = min + int(10); i < n; i++) words.push(pick(WORDS));
    return words.join(' ');
  };
  const citation = () => pick([
    `article ${1 + int(6)}`, `paragraph ${1 + int(3)}`, `paragraph ${1 + int(3)} of this article`,
    `Articles ${1 + int(3)} through ${4 + int(3)}`, `Article ${1 + int(5)}, paragraph ${1 + int(3)}.a`,
  ]);
  const prose = () => (random() < 0.4 ? `${sentence()} referred to in ${citation()} ${sentence(2)}.` : `${sentence()}.`);

  const out: string[] = [
    '---', `id: generated-${seed}`, 'title: "Generated Convention"', 'type: treaty', 'language: en', '---', '',
    '# Generated Convention', '',
  ];
  const articles = 3 + int(5);
  for (let a = 1; a <= articles; a++) {
    if (random() < 0.25) out.push(`## CHAPTER ${['I', 'II', 'III', 'IV'][int(4)]} – ${sentence(2).toUpperCase()}`, '');
    if (random() < 0.15) out.push(`Article ${a} – ${sentence(2)}`, pick(['===', '---']), '');
    else out.push(`${'#'.repeat(3 + int(2))} Article ${a} – ${sentence(2)}`, '');
    const blocks = 1 + int(6);
    for (let b = 0; b < blocks; b++) {
      const tight = random() < 0.3 ? '' : '\n';
      switch (int(13)) {
        case 0: case 1: {
          const paragraphs = 1 + int(3);
          for (let p = 1; p <= paragraphs; p++) out.push(`${p}. ${prose()}`, '');
          break;
        }
        case 2: {
          const n = 1 + int(4);
          for (let i = 0; i < n; i++) out.push(`${LETTERS[i]}${pick(['.', ')'])} ${prose()}${tight}`);
          out.push('');
          break;
        }
        case 3: {
          const n = 1 + int(4);
          for (let i = 0; i < n; i++) out.push(`(${LETTERS[i]}) ${prose()}`, '');
          if (random() < 0.5) for (let i = 0; i < 1 + int(3); i++) out.push(`(${ROMANS[i]}) ${prose()}`, '');
          break;
        }
        case 4: {
          const n = 2 + int(3);
          for (let i = 0; i < n; i++) out.push(`1. ${prose()}${tight}`);
          out.push('');
          break;
        }
        case 5: {
          const bullet = pick(['-', '*', '+']);
          const n = 1 + int(4);
          for (let i = 0; i < n; i++) {
            out.push(`${bullet} ${prose()}`);
            if (random() < 0.3) out.push(`  ${pick(['-', '1.'])} ${prose()}`);
          }
          out.push('');
          break;
        }
        case 6:
          out.push(random() < 0.5 ? `<!-- gap: ${sentence(2)} -->` : `<!--\n${sentence()}\n-->`, '');
          break;
        case 7: {
          const fence = pick(['```', '~~~', '````']);
          out.push(fence, `1. ${sentence()}`, `## Article 99 – not a heading`, fence, '');
          break;
        }
        case 8:
          out.push(`> ${prose()}`, `> ${sentence()}`, '');
          break;
        case 9:
          out.push(`"${pick(WORDS)} ${pick(WORDS)}" means ${sentence()};`, '');
          break;
        case 10:
          out.push(`${1 + int(3)}. ${prose()}`, `${sentence()} continued without a blank line.`, '');
          break;
        case 11:
          out.push(`${prose()}`, `1. ${sentence()}`, `2. ${sentence()}`, '');
          break;
        default:
          out.push(prose(), '');
      }
    }
  }
  return out.join('\n');
}

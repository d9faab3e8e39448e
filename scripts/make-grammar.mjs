// Writes syntaxes/treaty-lens.injection.json: a TextMate injection grammar for markdown that
// colours citations and definition sites before the language server answers. The regular
// expressions are composed here (readable) and written out as JSON (what VS Code loads).
// Keep every pattern cheap to reject: TextMate re-runs them from each token to the end of the
// line (no lookbehind at the start, a literal lookahead before the quoted-term pattern).
// The unit words come from the citation tables (server/src/engine/references/tables.ts, through
// unitWords.ts, bundled here with esbuild): the tables are the one source.
// Run: node scripts/make-grammar.mjs   (the JSON is committed; test/extension/grammar.test.ts checks
// it, and runs `node scripts/make-grammar.mjs --check`, which fails when the JSON drifts from the tables)
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundle = await build({ entryPoints: [new URL('../server/src/engine/references/unitWords.ts', import.meta.url).pathname], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
const { unitWords } = await import('data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64'));
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, String.raw`\s+`);
const longestFirst = (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
// Written "unit number" (not Chinese or Japanese, whose number comes first); signs (§) have a pattern of their own.
const tableWords = unitWords().filter((w) => !w.language.startsWith('zh') && w.language !== 'ja' && w.language !== 'ko' && /^\p{L}/u.test(w.word));
// Arabic words take their own connectors and the attached prefixes (ال, ب, لل …) below.
const ARABIC_NOUNS = [...new Set(tableWords.filter((w) => w.language === 'ar').map((w) => w.word.replace(/^ال/, '')))].sort(longestFirst).map(escape);

// A unit number: 7, 1er, 138ab, 2bis, 2510(12), 2 (b), 5 (2) (b); Arabic-Indic digits too.
const NUM = String.raw`[0-9٠-٩]+(?:er|bis|ter|quater|quinquies|[a-z]{1,3})?(?:\s?\([0-9a-z]{1,5}\))*(?:\s[a-z]\))?`;
// Between numbers: "2 to 5", "2 through 11", "12, 13 and 14", "2 à 5", "2 tot en met 5", "2 a 5", "2-5".
const JOIN = String.raw`(?:\s*,\s*|\s*[-–]\s*|\s+(?:and|or|to|through|et|ou|à|au|en|of|tot(?:\s+en\s+met)?|y|a|al|e|und|bis)\s+)`;
const UNIT_WORDS = [
  ...[...new Set(tableWords.filter((w) => w.language !== 'ar').map((w) => w.word))].sort(longestFirst).map(escape),
  // Languages with no citation table yet (Portuguese, Italian) and English "rule": coloured only.
  'artigos?', 'parágrafos?', 'articol[oi]', 'commi?', 'rules?',
];
const QUALIFIER = String.raw`(?:\s+(?:of|in)\s+(?:this|that|the|said)\s+(?:article|section|subsection|paragraph|convention|protocol|act|title|chapter|code|law|treaty|part)|\s+(?:above|below|hereof|ci-dessus|ci-dessous|du\s+présent\s+code|de\s+la\s+présente\s+(?:loi|convention)|van\s+dit\s+(?:verdrag|wetboek)))?`;
const ENGLISH_LIKE = String.raw`(?i)\b(?:(?:l|d)['’]\s?)?(?:${UNIT_WORDS.join('|')})\s?${NUM}(?:${JOIN}${NUM})*${QUALIFIER}`;
const SECTION_SIGN = String.raw`§§?\s?${NUM}(?:${JOIN}${NUM})*`;
const ARABIC = String.raw`(?:(?:ال|ب|وال|بال|لل)?(?:${ARABIC_NOUNS.join('|')}))\s+${NUM}(?:\s*(?:،|,|و|إلى|حتى)\s*${NUM})*`;

const OPEN = '[“”"«„‟]\\s?';
const CLOSE = '\\s?[”"»“]';
const TERM = '[^“”"«»„\\n]{1,80}?';
const DEFINING_VERBS = String.raw`(?:shall\s+mean|means|mean|includes|shall\s+include|has\s+the\s+meaning|désigne|désignent|s['’]entend|signifie|betekent|significa|se\s+entiende|bezeichnet|يعني|تعني|يقصد|يُقصد)`;

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Treaty Lens citations and definitions (markdown injection)',
  scopeName: 'treaty-lens.injection',
  injectionSelector: 'L:text.html.markdown -markup.heading -markup.fenced_code -markup.raw -markup.inline.raw -comment -meta.embedded -markup.underline.link -string.other.link',
  patterns: [
    { include: '#definition-quoted' },
    { include: '#definition-list-item' },
    { include: '#citation' },
  ],
  repository: {
    'definition-quoted': {
      comment: '“term” means / the term “term” shall mean / « terme » désigne / ”مصطلح“ تعني / „term”: in a definitions list',
      match: `(?=[“”"«„‟])(${OPEN})(${TERM})(${CLOSE})(?=\\s*(?:,\\s*)?(?:${DEFINING_VERBS}|:(?!\\S)))`,
      captures: {
        1: { name: 'punctuation.definition.term.begin.treaty-lens' },
        2: { name: 'entity.name.type.definedTerm.declaration.treaty-lens' },
        3: { name: 'punctuation.definition.term.end.treaty-lens' },
      },
    },
    'definition-list-item': {
      comment: 'a definitions list item in the French style: "- Système informatique : dispositif …"',
      match: String.raw`^(\s{0,3}[-*+]\s+)([\p{Lu}][^:“”"«»\n]{0,79}?)(\s:)(?=\s)`,
      captures: {
        2: { name: 'entity.name.type.definedTerm.declaration.treaty-lens' },
        3: { name: 'punctuation.separator.definition.treaty-lens' },
      },
    },
    citation: {
      patterns: [
        { name: 'string.other.link.citation.treaty-lens', match: ENGLISH_LIKE },
        { name: 'string.other.link.citation.treaty-lens', match: SECTION_SIGN },
        { name: 'string.other.link.citation.treaty-lens', match: ARABIC },
      ],
    },
  },
};
const target = new URL('../syntaxes/treaty-lens.injection.json', import.meta.url);
const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error('syntaxes/treaty-lens.injection.json differs from the citation tables: run npm run grammar');
    process.exit(1);
  }
  console.log('syntaxes/treaty-lens.injection.json matches the citation tables');
} else {
  writeFileSync(target, json);
  console.log('wrote syntaxes/treaty-lens.injection.json');
}

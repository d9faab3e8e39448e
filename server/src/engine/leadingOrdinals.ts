// Ordinal words written before the heading word: "Erster Teil", "Vierter Abschnitt", "Zweites Buch"
// (German codes), "First Schedule" (Commonwealth acts), "Deuxième partie", "Tweede Boek". Only
// headings read them: in running text "the first part" is no citation.

const ENGLISH = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth'];
const FRENCH = ['premier|première|premiere', 'deuxième|deuxieme|second|seconde', 'troisième|troisieme', 'quatrième|quatrieme',
  'cinquième|cinquieme', 'sixième|sixieme', 'septième|septieme', 'huitième|huitieme', 'neuvième|neuvieme', 'dixième|dixieme'];
const DUTCH = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const SPANISH = ['primer|primero|primera', 'segundo|segunda', 'tercer|tercero|tercera', 'cuarto|cuarta', 'quinto|quinta',
  'sexto|sexta', 'séptimo|séptima|septimo|septima', 'octavo|octava', 'noveno|novena', 'décimo|décima|decimo|decima'];
/** German stems; each takes the endings -e, -er, -es, -en, -em ("Erster Teil", "Erstes Buch"). */
const GERMAN_STEMS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt|siebent', 'acht', 'neunt', 'zehnt', 'elft',
  'zwölft', 'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt', 'zwanzigst'];
const GERMAN_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const GERMAN_ENDINGS = ['e', 'er', 'es', 'en', 'em'];

const VALUES = buildValues();

function buildValues(): Map<string, number> {
  const values = new Map<string, number>();
  const add = (list: string[]) => list.forEach((spellings, index) => spellings.split('|').forEach((word) => values.set(word, index + 1)));
  add(ENGLISH);
  add(FRENCH);
  add(DUTCH);
  add(SPANISH);
  const german = (stem: string, value: number) => GERMAN_ENDINGS.forEach((ending) => values.set(stem + ending, value));
  GERMAN_STEMS.forEach((spellings, index) => spellings.split('|').forEach((stem) => german(stem, index + 1)));
  // "Einundzwanzigster Abschnitt" … "Neunundzwanzigster": long codes go past twenty.
  GERMAN_UNITS.forEach((unit, index) => german(`${unit}undzwanzigst`, 21 + index));
  german('dreißigst', 30);
  return values;
}

/** The value of an ordinal word that may stand before a heading word, or undefined. */
export function leadingOrdinalValue(word: string): number | undefined {
  return VALUES.get(word.toLowerCase());
}

// Word features for comparing a law provision with treaty articles: lower-cased words cut to a
// short stem (so "intercepts", "interception" and "intercepted" meet), a few generic synonyms of
// legal drafting ("unauthorised" ~ "illegal" ~ "without right"), stop words dropped, and pairs
// of neighbouring stems ("computer data", "illegal access"). Not tied to any one treaty.
import { normaliseWord } from '../terms';

const STEM_LENGTH = 6;

/** Words that say nothing about a provision's subject, per language (short lists; idf does the rest). */
const STOP_WORDS = new Set((
  'the a an and or of to in on for by with as at be is are was were been being this that these those such any each its it their ' +
  'which who whom whose shall may must not no other than from into under within without where when if then there so also ' +
  'de het een en of van te in op voor door met als bij is zijn wordt worden dit dat deze die dan niet geen ander andere ' +
  'hij zij ze ook waarbij waarin daarvan tot om aan naar uit over ' +
  'le la les un une des du de et ou à au aux en par pour sur dans est sont ce cette ces qui que ne pas son sa ses leur ' +
  'el los las del y o en por para con es son este esta que se su sus'
).split(/\s+/));

/**
 * Synonyms of legal drafting, each group mapped to one feature. Whole words (after lower-casing)
 * and multi-word phrases; generic, not taken from any one treaty.
 */
const SYNONYM_GROUPS: Array<[string, string[]]> = [
  ['~illegal', ['unauthorised', 'unauthorized', 'unauthorisedly', 'unlawful', 'unlawfully', 'illegal', 'illegally', 'illicit', 'wrongful', 'wrongfully', 'without right', 'without authorisation', 'without authorization', 'exceeds an authorization', 'wederrechtelijk', 'onrechtmatig', 'zonder recht', 'illégal', 'illégalement', 'illicite', 'sans droit', 'frauduleusement', 'ilegal', 'ilícito', 'sin derecho']],
  ['~access', ['access', 'accesses', 'accessed', 'accessing', 'binnendringt', 'binnendringen', 'toegang', 'accès', 'accède', 'acceso']],
  ['~intercept', ['intercept', 'intercepts', 'intercepted', 'interception', 'intercepting', 'wiretap', 'aftapt', 'aftappen', 'afgetapt', 'onderscheppen', 'onderschepping', 'interception', 'intercepte', 'interceptación']],
  ['~interfere', ['interference', 'interfere', 'interferes', 'hindering', 'hinder', 'stoornis', 'hinderen', 'entrave', 'entraver', 'interferencia']],
  ['~device', ['device', 'devices', 'hulpmiddel', 'hulpmiddelen', 'dispositif', 'dispositifs', 'dispositivo', 'dispositivos']],
  ['~password', ['password', 'passwords', 'access code', 'access codes', 'computerwachtwoord', 'toegangscode', 'mot de passe', 'code d\'accès', 'contraseña']],
  ['~fraud', ['fraud', 'fraudulent', 'defraud', 'oplichting', 'bedrog', 'fraude']],
  ['~forgery', ['forgery', 'forged', 'counterfeit', 'valsheid', 'vervalsing', 'falsification', 'faux', 'falsificación']],
  ['~child', ['child', 'children', 'minor', 'minors', 'kind', 'kinderen', 'minderjarige', 'achttien jaar', 'enfant', 'mineur', 'mineurs', 'menor', 'menores']],
  ['~pornography', ['pornography', 'pornographic', 'sexually explicit', 'seksuele gedraging', 'kinderpornografie', 'pornographie', 'pornografía']],
  ['~data', ['data', 'gegevens', 'données', 'datos']],
  ['~system', ['computer system', 'computer systems', 'geautomatiseerd werk', 'geautomatiseerde werken', 'computersysteem', 'système informatique', 'sistema informático']],
  ['~preserve', ['preserve', 'preservation', 'preserved', 'backup', 'bewaren', 'bewaring', 'conservation', 'conserver', 'conservación']],
  ['~disclose', ['disclose', 'disclosure', 'produce', 'production', 'submit', 'verstrekken', 'verstrekking', 'communiquer', 'divulgation']],
  ['~subscriber', ['subscriber', 'subscribers', 'customer', 'customers', 'abonnee', 'abonnees', 'abonné', 'abonnés', 'abonado']],
  ['~provider', ['service provider', 'service providers', 'provider', 'providers', 'aanbieder', 'aanbieders', 'fournisseur', 'fournisseurs', 'proveedor']],
];

const SINGLE = new Map<string, string>();
const PHRASES: Array<{ words: string[]; feature: string }> = [];
for (const [feature, words] of SYNONYM_GROUPS) {
  for (const word of words) {
    const parts = word.toLowerCase().split(/\s+/);
    if (parts.length === 1) SINGLE.set(parts[0], feature);
    else PHRASES.push({ words: parts, feature });
  }
}
// Longest phrases first, so that "access code" wins over "access".
PHRASES.sort((a, b) => b.words.length - a.words.length);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** The words of a text, lower-cased (a simple split: punctuation and digits separate words). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/[’']/g, "'").replace(/^-+|-+$/g, ''));
}

/** One word's stem: the matching form (plural, Arabic article dropped), cut to a few letters. */
export function stem(word: string): string {
  const form = normaliseWord(word).replace(/iz/g, 'is');
  return form.length > STEM_LENGTH ? form.slice(0, STEM_LENGTH) : form;
}

/** The features of a text: synonym groups, stems and pairs of neighbouring stems. */
export function features(text: string): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  let previous: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const phrase = PHRASES.find((p) => p.words.every((w, k) => list[i + k] === w));
    let feature: string | undefined;
    if (phrase) {
      feature = phrase.feature;
      i += phrase.words.length - 1;
    } else {
      const word = list[i];
      feature = SINGLE.get(word);
      if (!feature) {
        if (word.length < 3 || STOP_WORDS.has(word)) { previous = undefined; continue; }
        feature = stem(word);
      }
    }
    out.add(feature);
    if (previous) out.add(`${previous} ${feature}`);
    previous = feature;
  }
  return out;
}

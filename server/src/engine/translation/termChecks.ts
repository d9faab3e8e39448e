// Term checks between versions, reported on the translation:
//   version-term-rendering     the original uses a defined term in a unit; the aligned unit lacks its agreed rendering
//   version-term-forbidden     a forbidden or superseded rendering (quick fix: the agreed one)
//   version-term-inconsistent  one original term rendered two accepted ways in one document
import type { Span, Unit } from '../model';
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from '../checks/types';
import { describeUnit } from '../queries';
import type { Alignment } from './align';
import { agreedRenderings, type AgreedTerm } from './agreed';
import { findRenderings, looksLikeVariant, tokenEntry, type RenderingMatch, type TokenCache } from './renderings';
import { ownText } from './unitText';

function keepCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(replacement) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

export function termDiagnostics(workspace: Workspace, alignment: Alignment): EngineDiagnostic[] {
  const { original, translation } = alignment;
  const agreed = agreedRenderings(workspace, translation);
  if (!agreed.size) return [];
  const out: EngineDiagnostic[] = [];
  const language = translation.language;
  const excluded = translation.references.map((r) => r.span).sort((a, b) => a.start - b.start);
  const allowedPhrases = (a: AgreedTerm) => [a.rendering.preferred, ...a.rendering.admitted].filter((p): p is string => !!p);
  // Uses of the original's terms, per unit of the original.
  const usesByUnit = new Map<string, Map<string, number>>();
  for (const use of workspace.termUses(original.uri)) {
    if (use.definition.model !== original || !agreed.has(use.key)) continue;
    const unit = workspace.unitAt(original, use.span.start);
    const counts = usesByUnit.get(unit.id) ?? new Map<string, number>();
    counts.set(use.key, (counts.get(use.key) ?? 0) + 1);
    usesByUnit.set(unit.id, counts);
  }
  // Per original term: which accepted rendering each aligned use took, for the inconsistency check.
  const renderingsUsed = new Map<string, Map<string, RenderingMatch[]>>();

  const tokens: TokenCache = new Map();
  // Every phrase any check looks for, matched once per block (longest first), then sorted out per unit.
  const phrases = new Set<string>();
  for (const a of agreed.values()) {
    for (const p of [...allowedPhrases(a), ...a.rendering.forbidden, ...a.rendering.superseded]) phrases.add(p);
  }
  const everyPhrase = [...phrases];
  const blockMatches = new Map<number, RenderingMatch[]>();
  const matchesIn = (unit: Unit): RenderingMatch[] => ownText(translation, unit).flatMap((block) => {
    let found = blockMatches.get(block.start);
    if (!found) {
      found = findRenderings(translation.text, block.start, block.end, everyPhrase, language, excluded, tokens);
      blockMatches.set(block.start, found);
    }
    return found;
  });
  const matchIn = (unit: Unit, wanted: string[]): RenderingMatch[] => {
    const set = new Set(wanted);
    return matchesIn(unit).filter((m) => set.has(m.phrase));
  };

  for (const pair of alignment.pairs) {
    const counts = usesByUnit.get(pair.original.id);
    if (!counts) continue;
    for (const [key, times] of counts) {
      const term = agreed.get(key) as AgreedTerm;
      const bad = [...term.rendering.forbidden.map((p) => ({ p, why: 'forbidden' })), ...term.rendering.superseded.map((p) => ({ p, why: 'superseded' }))];
      const badMatches = bad.length ? matchIn(pair.translation, bad.map((b) => b.p)) : [];
      const preferred = term.rendering.preferred;
      for (const match of badMatches) {
        const written = translation.text.slice(match.span.start, match.span.end);
        const why = bad.find((b) => b.p === match.phrase)?.why ?? 'forbidden';
        out.push({
          code: 'version-term-forbidden', severity: 'warning', span: match.span,
          message: `“${written}” is a ${why} rendering of “${term.term}”${preferred ? `; the agreed rendering is “${preferred}”` : ''} (${term.from}).`,
          related: [{ uri: original.uri, span: pair.original.labelSpan, message: `“${term.term}” in the original's ${describeUnit(pair.original)}` }],
          fixes: preferred ? [{ title: `Replace with “${keepCase(written, preferred)}”`, preferred: true, edits: [{ uri: translation.uri, span: match.span, newText: keepCase(written, preferred) }] }] : [],
        });
      }
      const good = matchIn(pair.translation, allowedPhrases(term));
      const byPhrase = renderingsUsed.get(key) ?? new Map<string, RenderingMatch[]>();
      for (const match of good) byPhrase.set(match.phrase, [...(byPhrase.get(match.phrase) ?? []), match]);
      renderingsUsed.set(key, byPhrase);
      if (badMatches.length || good.length >= times || !preferred) continue;
      // Fewer renderings than uses: a translation may say "these data" the second time, so
      // report only when none is there, or when a word looks like another rendering.
      const variant = variantIn(translation.text, ownText(translation, pair.translation), preferred, matchesIn(pair.translation), excluded, tokens);
      if (good.length > 0 && !variant) continue;
      // "de onder i bedoelde gegevens" for "traffic data": the rendering's head noun alone.
      if (!variant && ownText(translation, pair.translation).some((block) => findRenderings(translation.text, block.start, block.end, headNouns(preferred), language, excluded, tokens).length)) continue;
      out.push({
        code: 'version-term-rendering', severity: variant ? 'warning' : 'information', span: variant ?? pair.translation.labelSpan,
        message: `The original's ${describeUnit(pair.original)} uses “${term.term}”${times > 1 ? ` ${times} times` : ''}; ` +
          `${good.length ? `only ${good.length} of its agreed rendering “${preferred}” stands` : `its agreed rendering “${preferred}” does not stand`} here` +
          `${variant ? ` (“${translation.text.slice(variant.start, variant.end)}” looks like another rendering)` : ''} (${term.from}).`,
        related: [{ uri: original.uri, span: pair.original.labelSpan, message: `“${term.term}” in the original's ${describeUnit(pair.original)}` }],
        fixes: variant ? [{ title: `Replace with “${keepCase(translation.text.slice(variant.start, variant.end), preferred)}”`, edits: [{ uri: translation.uri, span: variant, newText: keepCase(translation.text.slice(variant.start, variant.end), preferred) }] }] : [],
      });
    }
  }
  for (const [key, byPhrase] of renderingsUsed) {
    if (byPhrase.size < 2) continue;
    const term = agreed.get(key) as AgreedTerm;
    const ranked = [...byPhrase.entries()].sort((a, b) => (b[0] === term.rendering.preferred ? 1 : 0) - (a[0] === term.rendering.preferred ? 1 : 0) || b[1].length - a[1].length);
    const [main, mainMatches] = ranked[0];
    for (const [phrase, matches] of ranked.slice(1)) {
      for (const match of matches) {
        out.push({
          code: 'version-term-inconsistent', severity: 'warning', span: match.span,
          message: `“${term.term}” is rendered “${phrase}” here and “${main}” ${mainMatches.length} times elsewhere in this document; use one rendering.`,
          related: mainMatches.slice(0, 3).map((m) => ({ uri: translation.uri, span: m.span, message: `rendered “${main}”` })),
          fixes: [{ title: `Replace with “${main}”`, edits: [{ uri: translation.uri, span: match.span, newText: keepCase(translation.text.slice(match.span.start, match.span.end), main) }] }],
        });
      }
    }
  }
  return out;
}

/**
 * Shorter forms that still name the concept: the last word of a phrase ("Verdrag" of "het Verdrag"),
 * the last part of a compound ("gegevens" of "verkeersgegevens", "systeem" of "computersysteem").
 */
function headNouns(rendering: string): string[] {
  const words = rendering.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const out = words.length > 1 ? [last] : [];
  for (let cut = 3; cut <= last.length - 6; cut++) out.push(last.slice(cut));
  return out;
}

/** The one word of the unit that looks like another rendering of `preferred`, if exactly one does. */
function variantIn(text: string, blocks: Span[], preferred: string, known: RenderingMatch[], excluded: Span[], cache: TokenCache): Span | undefined {
  const found: Span[] = [];
  for (const block of blocks) {
    const local = excluded.filter((s) => s.end > block.start && s.start < block.end);
    const { starts, ends } = tokenEntry(text, block.start, block.end, cache).stream;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      const end = ends[i];
      if (known.some((m) => m.span.start <= start && end <= m.span.end)) continue;
      if (local.some((s) => s.start < end && start < s.end)) continue;
      if (looksLikeVariant(text.slice(start, end), preferred)) found.push({ start, end });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

// Unquoted terms in small letters, as a converter that dropped an act's bold or quotation marks gives them, or as some acts write
// them: "computer system means any device …" (an entry of a definitions list), "civil penalty order has the meaning given by
// subsection 82(4).", "damage, in relation to data, includes damage by erasure of data …", and in one sentence "In this Act, unless
// the contrary intention appears, regulation includes rule and by-law." A term in small letters is a short noun phrase of content
// words; its verb comes right after it, or after one comma-bounded qualifier.

/** The defining verbs after a term in small letters, with the dash or colon that may open its limbs. */
const VERB = String.raw`(?:means(?![ \t]+of\b)|includes|has[ \t]+the[ \t]+(?:same[ \t]+)?meaning|shall[ \t]+mean|refers[ \t]+to)(?![\p{L}])[ \t]*[:—–-]?[ \t]*`;
/** ", in relation to data,", ", for a search warrant,": a qualifier between a term and its verb. */
const QUALIFIER = String.raw`(?:[ \t]*,[ \t]*(?:in[ \t]+relation[ \t]+to|in[ \t]+respect[ \t]+of|with[ \t]+respect[ \t]+to|for[ \t]+the[ \t]+purposes[ \t]+of|when[ \t]+used[ \t]+in|for|in)[ \t][^,\n]{1,100},)?`;
const TERM = String.raw`(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,5}?)`;

/** A list entry opening with a term in small letters and its verb (group 1 the term; the match ends where the body starts). */
export const SMALL_LETTER_ENTRY = new RegExp(String.raw`^(?=\p{Ll})${TERM}${QUALIFIER}[ \t]+${VERB}`, 'u');
/** A term and its verb after a one-sentence lead-in ("In this Act, "): any case. */
export const TERM_AFTER_LEAD_IN = new RegExp(String.raw`^${TERM}${QUALIFIER}[ \t]+${VERB}`, 'u');

/** A word no term in small letters holds: "communication by electronic means", "data that is stored means". */
const FUNCTION_WORD_INSIDE = /(?:^|\s)(?:by|of|to|in|on|with|through|for|from|at|and|or|the|a|an|any|each|every|such|this|that|these|those|which|who|whom|where|is|are|was|be|been|may|shall|must|will|not|no|as|if|it|he|she|they)(?=\s|$)/i;
/** What a definition's body opens with after its verb: a word, a quotation, a bracketed item, or nothing after a dash or colon. */
const BODY_OPENS = /^(?:\p{L}|["“‘(]|$)/u;

/**
 * The term of a SMALL_LETTER_ENTRY or TERM_AFTER_LEAD_IN match when it reads as one: a noun phrase of content words ending on a
 * letter ("system'' means—" under "the term ''voting" is a quoted term a converter cut at its line), with a body after its verb.
 */
export function termOfEntry(match: RegExpExecArray, rest: string): string | undefined {
  const term = match[1];
  if (FUNCTION_WORD_INSIDE.test(term) || !/\p{L}$/u.test(term)) return undefined;
  const body = rest.slice(match[0].length);
  if (!BODY_OPENS.test(body) && !(body.trim() === '' || /^[—–:-]/.test(body))) return undefined;
  // ("… means" at the end of a line with no dash or colon, its body not begun: a sentence's words, no entry)
  if (!body.trim() && !/[—–:-][ \t]*$/.test(match[0]) && !/meaning[ \t]*$/.test(match[0])) return undefined;
  return term;
}

// Every diagnostic code, its default severity and a one-line summary (docs/CHECKS.md explains each).
import type { Severity } from './types';

export const RULES: Record<string, { severity: Severity; summary: string }> = {
  'broken-reference': { severity: 'error', summary: 'A citation names an article, section or paragraph that does not exist.' },
  'reference-not-in-workspace': { severity: 'information', summary: 'A citation names a unit of the larger whole this document is part of, and no document in the workspace holds it.' },
  'reference-outside-unit': { severity: 'error', summary: '"this article" / "this section" stands outside any article or section.' },
  'duplicate-unit': { severity: 'warning', summary: 'Two units have the same number in one document.' },
  'heading-without-number': { severity: 'warning', summary: 'A heading names an article or section without a number.' },
  'related-document-missing': { severity: 'warning', summary: 'implements, translation-of, supplements or incorporates names a document that is not in the workspace.' },
  'duplicate-document-id': { severity: 'error', summary: 'Two documents have the same id.' },
  'front-matter-invalid': { severity: 'error', summary: 'The front matter is not valid YAML.' },
  'front-matter-unclosed': { severity: 'error', summary: 'The front matter has no closing ---.' },
  'front-matter-type': { severity: 'warning', summary: 'The document type is not treaty, law or commentary.' },
  'front-matter-missing-id': { severity: 'warning', summary: 'The front matter has no id.' },
  'no-front-matter': { severity: 'information', summary: 'A structured document has no front matter.' },
  'document-too-large': { severity: 'warning', summary: 'The document is too large to analyse.' },
  'binary-content': { severity: 'error', summary: 'The file holds binary data, not text.' },
  'invalid-encoding': { severity: 'warning', summary: 'The file is not valid UTF-8.' },
  'empty-document': { severity: 'information', summary: 'The document is empty.' },
  'term-not-defined': { severity: 'warning', summary: 'A term the implemented treaty defines is used but neither defined nor incorporated.' },
  'definition-differs': { severity: 'warning', summary: "A law's definition departs from the implemented treaty's definition of the same term." },
  'rival-term': { severity: 'warning', summary: "Another instrument's term is used where the implemented treaty has its own." },
  'duplicate-definition': { severity: 'error', summary: 'The same term is defined twice in one scope.' },
  'unused-definition': { severity: 'information', summary: 'A defined term is never used in its scope.' },
  'inconsistent-variant': { severity: 'warning', summary: 'Variants of one term are used in one document.' },
  'term-outside-scope': { severity: 'warning', summary: 'A defined term is used outside the part its definition is limited to.' },
};

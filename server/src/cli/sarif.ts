// SARIF 2.1.0 output, so that code-scanning tools show Treaty Lens results.
import { pathToFileURL } from 'node:url';
import type { FoundDiagnostic } from './check';
import { RULES } from '../engine/checks/rules';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(found: FoundDiagnostic[], cwd: string): object {
  const codes = [...new Set(found.map((d) => d.code))].sort();
  const rules = codes.map((code) => ({
    id: code,
    name: code.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: RULES[code]?.summary ?? code },
    helpUri: 'https://github.com/treaty-lens/treaty-lens/blob/main/docs/CHECKS.md#' + code,
    defaultConfiguration: { level: LEVEL[RULES[code]?.severity ?? 'warning'] },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'treaty-lens', version: '0.1.0', informationUri: 'https://github.com/treaty-lens/treaty-lens', rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + '/').href } },
      results: found.map((d) => ({
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: d.path.split('\\').join('/'), uriBaseId: 'SRCROOT' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : d.endColumn) },
          },
        }],
        relatedLocations: d.related.map((related, index) => ({ id: index, message: { text: related.message }, physicalLocation: { artifactLocation: { uri: related.path.split('\\').join('/'), uriBaseId: 'SRCROOT' }, region: { startLine: related.line, startColumn: related.column } } })),
      })),
    }],
  };
}

// The workspace settings the CLI shares with the extension: `.vscode/settings.json`
// ("treatyLens.*" keys) or `.treaty-lens.json` (same keys without the prefix).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../engine/checks/types';
// The ES module build: the UMD one (package main) loads its parts with a require esbuild cannot follow.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { PathFilter } from './files';
import { readSettings, settingsProblems } from '../lsp/settings';

/** 1-based line and column of an offset, for messages. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, character: before[before.length - 1].length + 1 };
}

export interface FileSettings {
  severity: Record<string, SeveritySetting>;
  filter?: PathFilter;
  error?: string;
}

export async function loadSettingsFile(explicit: string | undefined, folder: string): Promise<FileSettings> {
  const candidates = explicit ? [explicit] : [path.join(folder, '.treaty-lens.json'), path.join(folder, '.vscode', 'settings.json')];
  for (const file of candidates) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      if (explicit) return { severity: {}, error: `cannot read the settings file ${file}` };
      continue;
    }
    // JSONC as VS Code writes it: comments and trailing commas (jsonc-parser reads them; strings stay as they are).
    const errors: ParseError[] = [];
    const parsed: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length) {
      const { line, character } = positionAt(text, errors[0].offset);
      return { severity: {}, error: `${file}:${line}:${character}: not valid JSON (${printParseErrorCode(errors[0].error)})` };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { severity: {}, error: `${file} must hold an object of settings, like { "treatyLens.include": ["**/*.md"] }` };
    const raw = parsed as Record<string, unknown>;
    const get = (key: string) => raw[`treatyLens.${key}`] ?? raw[key] ?? (raw.treatyLens as Record<string, unknown> | undefined)?.[key];
    const values = { include: get('include'), exclude: get('exclude'), severity: get('severity') };
    // The same checks as the server's settings (lsp/settings.ts), said instead of ignored.
    const problems = settingsProblems(values);
    if (problems.length) return { severity: {}, error: `${file}: ${problems.join('; ')}` };
    const settings = readSettings(values);
    return { severity: settings.severity, filter: values.include || values.exclude ? new PathFilter(settings.include, settings.exclude) : undefined };
  }
  return { severity: {} };
}

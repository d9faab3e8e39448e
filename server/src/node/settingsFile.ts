// The workspace settings the CLI shares with the extension: `.vscode/settings.json`
// ("treatyLens.*" keys) or `.treaty-lens.json` (same keys without the prefix).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../engine/checks/types';
import { PathFilter } from './files';

export interface FileSettings {
  severity: Record<string, SeveritySetting>;
  filter?: PathFilter;
  error?: string;
}

/** Removes // and /* comments and trailing commas (JSONC as VS Code writes it), outside strings. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      out += char;
      if (char === '\\') { out += text[++i] ?? ''; continue; }
      if (char === '"') inString = false;
      continue;
    }
    if (char === '"') { inString = true; out += char; continue; }
    if (char === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; out += '\n'; continue; }
    if (char === '/' && text[i + 1] === '*') { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 1; continue; }
    out += char;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
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
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(stripJsonComments(text)) as Record<string, unknown>;
    } catch (error) {
      return { severity: {}, error: `${file} is not valid JSON: ${(error as Error).message}` };
    }
    const get = (key: string) => raw[`treatyLens.${key}`] ?? raw[key] ?? (raw.treatyLens as Record<string, unknown> | undefined)?.[key];
    const severity = (get('severity') ?? {}) as Record<string, SeveritySetting>;
    const include = get('include') as string[] | undefined;
    const exclude = get('exclude') as string[] | undefined;
    return { severity, filter: include || exclude ? new PathFilter(include, exclude) : undefined };
  }
  return { severity: {} };
}

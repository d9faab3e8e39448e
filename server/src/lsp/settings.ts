// Settings the server reads through workspace/configuration (section "treatyLens").
import type { SeveritySetting } from '../engine/checks/types';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../node/files';

export interface ServerSettings {
  include: string[];
  exclude: string[];
  severity: Record<string, SeveritySetting>;
  hover: { maxLength: number };
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  severity: {},
  hover: { maxLength: 1200 },
  maxFileSize: 8 * 1024 * 1024,
};

const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'];
const isGlobList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const shape = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`);

/**
 * What is wrong in raw settings, one sentence each (empty when nothing is). readSettings ignores
 * the same values; the CLI refuses a settings file that has any.
 */
export function settingsProblems(raw: unknown): string[] {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['include', 'exclude']) {
    if (value[key] !== undefined && !isGlobList(value[key])) problems.push(`"${key}" must be a list of globs, like ["**/*.md"], not ${shape(value[key])}`);
  }
  if (value.severity !== undefined) {
    if (!value.severity || typeof value.severity !== 'object' || Array.isArray(value.severity)) problems.push(`"severity" must be an object of code → level, like { "unused-definition": "off" }, not ${shape(value.severity)}`);
    else {
      for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
        if (typeof level !== 'string' || !SEVERITY_LEVELS.includes(level)) problems.push(`"severity" of "${code}" must be one of ${SEVERITY_LEVELS.join(', ')}, not ${shape(level)}`);
      }
    }
  }
  return problems;
}

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function readSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown, fallback: string[]) => (isGlobList(v) ? v : fallback);
  const hover = (value.hover && typeof value.hover === 'object' ? value.hover : {}) as Record<string, unknown>;
  const severity: Record<string, SeveritySetting> = {};
  if (value.severity && typeof value.severity === 'object') {
    for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
      if (typeof level === 'string' && SEVERITY_LEVELS.includes(level)) severity[code] = level as SeveritySetting;
    }
  }
  return {
    include: list(value.include, DEFAULT_SETTINGS.include),
    exclude: list(value.exclude, DEFAULT_SETTINGS.exclude),
    severity,
    hover: { maxLength: typeof hover.maxLength === 'number' && hover.maxLength > 80 ? hover.maxLength : DEFAULT_SETTINGS.hover.maxLength },
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}

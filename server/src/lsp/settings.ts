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

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function readSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown, fallback: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback);
  const hover = (value.hover && typeof value.hover === 'object' ? value.hover : {}) as Record<string, unknown>;
  const severity: Record<string, SeveritySetting> = {};
  if (value.severity && typeof value.severity === 'object') {
    for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
      if (typeof level === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(level)) severity[code] = level as SeveritySetting;
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

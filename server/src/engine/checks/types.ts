// Diagnostics as the engine reports them: editor-neutral, with stable codes.
import type { Span } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
}

/** A text edit a quick fix applies. */
export interface FixEdit {
  uri: string;
  span: Span;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: FixEdit[];
  preferred?: boolean;
}

export interface EngineDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  related: RelatedLocation[];
  fixes?: QuickFix[];
}

export interface CheckSettings {
  /** Per-code severity overrides; 'off' removes the diagnostic. */
  severity: Record<string, SeveritySetting>;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { severity: {} };

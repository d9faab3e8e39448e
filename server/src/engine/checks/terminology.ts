// Terminology checks (see docs/CHECKS.md). Filled in by the terminology issue.
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';

export function terminologyDiagnostics(_workspace: Workspace, _uri: string): EngineDiagnostic[] {
  return [];
}

// What every feature gets: the workspace index and the current settings.
import type { Workspace } from '../engine/workspace';
import type { ServerSettings } from '../lsp/settings';

export interface FeatureContext {
  workspace: Workspace;
  settings(): ServerSettings;
  /** While the workspace is being indexed: how far it is (undefined once done, or where nobody indexes). */
  indexing?(): { done: number; total: number } | undefined;
}

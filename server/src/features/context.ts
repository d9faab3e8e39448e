// What every feature gets: the workspace index and the current settings.
import type { Workspace } from '../engine/workspace';
import type { ServerSettings } from '../lsp/settings';

export interface FeatureContext {
  workspace: Workspace;
  settings(): ServerSettings;
}

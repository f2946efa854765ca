import { pasteEditsFor } from './features/paste';
import { statusSnapshot, type StatusSnapshot } from './features/statusBar';

export type { StatusSnapshot } from './features/statusBar';

/**
 * What `activate()` resolves to, i.e. `vscode.extensions.getExtension('jixiao.jixiao').exports`.
 * Read-only views of the client's own UI state: the real-VS-Code tests check the status bar
 * through it, because the workbench's DOM is out of an extension host's reach.
 */
export interface JixiaoApi {
  /** The status-bar item as it is now (hidden while no budget draft is active). */
  status(): StatusSnapshot;
  /**
   * The edits "粘贴为预算草稿" offers for pasting `text` over `range` (the registered provider
   * itself; undefined where this VS Code has no paste API).
   */
  pasteEdits: typeof pasteEditsFor;
}

export function createApi(): JixiaoApi {
  return { status: statusSnapshot, pasteEdits: pasteEditsFor };
}

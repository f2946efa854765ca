import { basicCommands } from './commands';
import { newDraftCommand } from './newDraft';
import { uiLanguage } from './uiLanguage';
import { ruleDocs } from './ruleDocs';
import { importCommand } from './import';
import { pasteAsDraft } from './paste';
import { previewPanel } from './preview';
import { reviewComments } from './reviews';
import { statusBar } from './statusBar';
import type { ClientFeature } from './types';

/** Every client feature; a new one is one module and one line here. */
export const CLIENT_FEATURES: ClientFeature[] = [
  basicCommands,
  reviewComments,
  previewPanel,
  statusBar,
  newDraftCommand,
  uiLanguage,
  ruleDocs,
  importCommand,
  pasteAsDraft,
];

import type { Feature } from '../context';
import { codeActionFeature, hoverFeature, symbolFeature } from './basics';
import { completionFeature } from './completion';
import { lensFeature } from './lenses';
import { previewFeature } from './preview';
import { reviewFeature } from './reviews';

/** Every feature the server offers; a new feature is one module and one line here. */
export const FEATURES: Feature[] = [
  hoverFeature,
  codeActionFeature,
  completionFeature,
  symbolFeature,
  reviewFeature,
  previewFeature,
  lensFeature,
];

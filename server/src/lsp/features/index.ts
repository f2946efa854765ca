import type { Feature } from '../context';
import { codeActionFeature, completionFeature, hoverFeature, symbolFeature } from './basics';

/** Every feature the server offers; a new feature is one module and one line here. */
export const FEATURES: Feature[] = [hoverFeature, codeActionFeature, completionFeature, symbolFeature];

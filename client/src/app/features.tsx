import type { ReactNode } from 'react';
import { nominationsFeature } from '../nominations/nominations.feature';
import type { AppMessages } from './app.messages';

/** A screen of the platform: its route and its entry in the side menu. */
export interface Feature {
  path: string;
  menuLabel: keyof AppMessages['menu'];
  icon: ReactNode;
  page: ReactNode;
}

// The router and the side menu are both built from this list: a new screen is one entry here.
export const features: Feature[] = [nominationsFeature];

export const startPath = nominationsFeature.path;

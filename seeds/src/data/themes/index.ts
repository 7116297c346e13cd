import type { ProjectTheme } from '../project-theme.js';
import { BIOPHARMA_THEMES } from './biopharma.js';
import { CERTIFICATION_THEMES } from './certification.js';
import { CONSTRUCTION_THEMES } from './construction.js';
import { DIGITAL_QUALITY_THEMES } from './digital-quality.js';
import { IC_THEMES } from './ic.js';
import { METROLOGY_THEMES } from './metrology.js';
import { NEV_THEMES } from './nev.js';
import { SMART_MANUFACTURING_THEMES } from './smart-manufacturing.js';
import { STANDARDIZATION_THEMES } from './standardization.js';
import { TESTING_THEMES } from './testing.js';

/** Every project theme, grouped by field of expertise. */
export const PROJECT_THEMES: ProjectTheme[] = [
  ...METROLOGY_THEMES,
  ...STANDARDIZATION_THEMES,
  ...TESTING_THEMES,
  ...CERTIFICATION_THEMES,
  ...DIGITAL_QUALITY_THEMES,
  ...SMART_MANUFACTURING_THEMES,
  ...CONSTRUCTION_THEMES,
  ...BIOPHARMA_THEMES,
  ...NEV_THEMES,
  ...IC_THEMES,
];

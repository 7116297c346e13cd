/**
 * A hand-written project theme: the facts of one fictional project. nominations.ts turns each theme
 * into a complete nomination form, filling the prose sections from templates.
 */
export interface InnovationPoint {
  /** worded like a patent claim title: '…方法', '…装置', '…系统' */
  title: string;
  /** what is new, one or two sentences */
  detail: string;
}

export interface ProjectTheme {
  key: string;
  category: 'INVENTION' | 'PROGRESS';
  /** ≤ 30 characters */
  projectName: string;
  fieldCode: string;
  industry: string;
  nominatorKey: string;
  /** completing organizations, the main one first */
  organizationKeys: string[];
  /** the quality problem the project set out to solve, one clause */
  problem: string;
  /** the technical route, one clause */
  approach: string;
  /** what the project delivered: a device, system, platform or scheme */
  product: string;
  points: InnovationPoint[];
  /** the headline measured result */
  indicator: string;
  /** organizations that apply the results */
  users: string[];
  /** new sales in 2023, 万元; the earlier years and the other figures are derived from it */
  annualSales: number;
}

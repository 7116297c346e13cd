import { type Breakpoint, Grid } from 'antd';

/**
 * Whether the window is narrower than one of antd's breakpoints (md: 768 px, xl: 1200 px). False until the
 * width is known (the first render), so a desktop never flashes its phone layout.
 */
export function useIsNarrowerThan(breakpoint: Breakpoint): boolean {
  return Grid.useBreakpoint()[breakpoint] === false;
}

/** Where the sweep was when it saw something: who, in which language, at which width, on which view. */
export interface ViewPlace {
  role: string;
  language: string;
  /** The page's menu entry (or linked page) and the tabs and switches clicked on it, in order. */
  trail: readonly string[];
  /** The viewport, e.g. 1440×900. */
  screen: string;
}

export type FindingKind =
  | 'raw code'
  | 'English in Chinese'
  | 'untranslated label'
  | 'too wide'
  | 'console error'
  | 'accessibility';

export interface Finding {
  kind: FindingKind;
  /** What was wrong, with the offending text or element, e.g. `"TESTING 检验检测" in a table cell`. */
  detail: string;
  /** Where exactly, when the same thing is wrong in many places (an element of a table's many rows). */
  example?: string;
}

export interface PlacedFinding extends Finding {
  place: ViewPlace;
}

function placeLine({ role, language, trail, screen }: ViewPlace): string {
  return `${role} · ${language} · ${screen} · ${trail.join(' › ')}`;
}

/**
 * The findings as a to-do list, one line each. What a shared part of the page shows on every view (the
 * header, the menu) is listed once, at the first view it was seen on, with the number of other views.
 */
export function toDoList(findings: readonly PlacedFinding[]): string {
  const seen = new Map<string, { finding: PlacedFinding; alsoOn: number }>();
  for (const finding of findings) {
    const key = `${finding.place.role}|${finding.place.language}|${finding.place.screen}|${finding.kind}|${finding.detail}`;
    const entry = seen.get(key);
    if (entry) entry.alsoOn += 1;
    else seen.set(key, { finding, alsoOn: 0 });
  }
  return [...seen.values()]
    .map(({ finding, alsoOn }) => {
      const more = alsoOn > 0 ? ` (and on ${alsoOn} more view${alsoOn > 1 ? 's' : ''})` : '';
      const example = finding.example ? `, e.g. ${finding.example}` : '';
      return `- [${placeLine(finding.place)}] ${finding.kind}: ${finding.detail}${example}${more}`;
    })
    .join('\n');
}

// Compiled with `tsc --noEmit --strict` in .ci/test: the package's declarations describe real result
// types (a field that does not exist, or a wrong type, fails the build).
import init, { analyze, compare } from "newslens";
import type { Analysis, Comparison, Figure, ClaimGroup } from "newslens";

export async function demo(a: string, b: string): Promise<number> {
  await init();
  const r: Analysis = analyze(a, "2024-03-15");
  const money: Figure[] = r.figures.filter((f) => f.kind === "money" && f.unit === "EUR");
  const lows: Array<number | null> = money.map((f) => f.low);
  const people: string[] = r.entities.filter((e) => e.label === "PER").map((e) => e.text);
  const c: Comparison = compare([a, b]);
  const dated: Analysis = analyze(a, undefined, "2026-12-03");
  const source: "given" | "text" | "textYearFromToday" | null = dated.referenceSource;
  const conflicts: ClaimGroup[] = c.figures.filter((g) => g.relation === "conflict");
  const firstDoc: number = conflicts[0]?.mentions[0]?.doc ?? -1;
  return (source === null ? 0 : 1) + lows.length + people.length + firstDoc + c.documents.length + c.entities.filter((e) => e.docs.length > 1).length;
}

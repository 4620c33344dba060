// Guesses renames among removed and added members: names made of mostly the same words
// (loadAllChatRoomEntries -> loadChatRoomAllEntries), helped by an unchanged required-parameter shape.
// A guess only adds a hint; the change is still reported as removed + added.

export interface RenameCandidate {
  name: string;
  /** The part of the name compared (listeners drop the shared setOn…Listener words); defaults to name. */
  key?: string;
  /** Something that stays equal across a pure rename (e.g. the required parameter types). */
  shape: string;
}

export function pairRenames(
  removed: readonly RenameCandidate[],
  added: readonly RenameCandidate[],
): Map<string, string> {
  const scored: { from: string; to: string; score: number }[] = [];
  for (const r of removed) {
    for (const a of added) {
      const similarity = wordSimilarity(r.key ?? r.name, a.key ?? a.name);
      const sameShape = r.shape === a.shape;
      if ((sameShape && similarity >= 0.5) || similarity >= 0.75) {
        scored.push({ from: r.name, to: a.name, score: similarity + (sameShape ? 1 : 0) });
      }
    }
  }
  scored.sort((x, y) => y.score - x.score || cmp(x.from, y.from) || cmp(x.to, y.to));
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of scored) {
    if (pairs.has(s.from) || taken.has(s.to)) continue;
    pairs.set(s.from, s.to);
    taken.add(s.to);
  }
  return pairs;
}

/** Dice coefficient over the lower-cased camelCase words of two names (a multiset, order ignored). */
export function wordSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  const pool = [...wb];
  let shared = 0;
  for (const w of wa) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

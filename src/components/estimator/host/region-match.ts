/** How a region is compared: 'XUZHOU', ' xuzhou ' and 'Ｘｕｚｈｏｕ' all name xuzhou. */
export function regionKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** The id in `ids` that `asked` names, or null: never a guess, never the first one on the list. */
export function matchRegion(asked: string, ids: Iterable<string>): string | null {
  const wanted = regionKey(asked);
  if (!wanted) return null;
  for (const id of ids) if (regionKey(id) === wanted) return id;
  return null;
}

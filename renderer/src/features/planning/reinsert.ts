/**
 * Puts a removed item back at its old place (undo of a removal); a list that already holds
 * it (undo pressed twice) comes back as it is.
 */
export function reinsert<T extends { id: string }>(
  list: readonly T[],
  item: T,
  index: number,
): T[] {
  if (list.some((x) => x.id === item.id)) return [...list];
  return [...list.slice(0, index), item, ...list.slice(index)];
}

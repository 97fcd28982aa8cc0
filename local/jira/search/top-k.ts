// The first k items of a collection in comparator order without sorting all of it: a bounded sorted buffer with
// binary insertion. Most items lose against the current k-th and cost one comparison.

export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 2) return [...items].sort(compare).slice(0, k);
  const buffer: T[] = [];
  for (const item of items) {
    if (buffer.length === k) {
      const last = buffer[k - 1] as T;
      if (compare(item, last) >= 0) continue;
    }
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(buffer[middle] as T, item) <= 0) low = middle + 1;
      else high = middle;
    }
    buffer.splice(low, 0, item);
    if (buffer.length > k) buffer.pop();
  }
  return buffer;
}

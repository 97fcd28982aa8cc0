// Canonical JSON for published records: object keys sorted (by UTF-16 code units, as RFC 8785 does), no whitespace,
// arrays in their order. Two records with the same content serialise to the same bytes whatever order their keys
// were inserted in, so the storage layer's content hash proves a record did not change.

/** A literal-like object: its prototype is null or an Object.prototype (of any realm, e.g. a vm or worker). */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || (typeof prototype === 'object' && Object.getPrototypeOf(prototype) === null);
}

function serialise(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the non-finite number at ${path}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown, index) => serialise(item, `${path}[${index}]`)).join(',')}]`;
  if (typeof value === 'object' && isPlainObject(value)) {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${serialise(member, `${path}.${key}`)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold the ${typeof value} at ${path}`);
}

/**
 * Object members whose value is undefined are left out, as JSON.stringify does. Anything JSON cannot hold (a Date,
 * a Map, NaN, a function, a class instance) throws a TypeError naming its path, rather than being silently coerced.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

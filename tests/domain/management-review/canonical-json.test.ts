import { canonicalJson } from '../../../src/domain/management-review/canonical-json';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['keys sorted at every depth', { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } }, '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['undefined members left out', { a: undefined, b: 1 }, '{"b":1}'],
    ['strings escaped as JSON', { 'é"': 'line\nbreak' }, '{"é\\"":"line\\nbreak"}'],
    ['keys by code unit, uppercase first', { b: 1, B: 2, a: 3 }, '{"B":2,"a":3,"b":1}'],
    ['numbers as JSON writes them', { n: 1e21, m: 0.1, z: -0 }, '{"m":0.1,"n":1e+21,"z":0}'],
  ])('writes %s', (_, value, json) => {
    expect(canonicalJson(value)).toBe(json);
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    const first: Record<string, unknown> = {};
    first.version = 1;
    first.pack = { missing: [], asOf: '2026-06-10' };
    const second: Record<string, unknown> = {};
    second.pack = { asOf: '2026-06-10', missing: [] };
    second.version = 1;
    expect(canonicalJson(first)).toBe(canonicalJson(second));
  });

  it.each<[string, unknown, string]>([
    ['NaN', { a: Number.NaN }, 'canonical JSON cannot hold the non-finite number at $.a'],
    ['a Date', { at: new Date('2026-06-16T10:00:00Z') }, 'canonical JSON cannot hold the object at $.at'],
    ['a Map', [new Map()], 'canonical JSON cannot hold the object at $[0]'],
    ['a function', { f: () => 1 }, 'canonical JSON cannot hold the function at $.f'],
  ])('refuses %s rather than coercing it', (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(new TypeError(message));
  });
});

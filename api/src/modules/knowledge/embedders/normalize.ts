/** Scale a vector to unit length (L2), so cosine similarity is a plain dot product. */
export function normalize(v: number[]): number[] {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  return n > 0 ? v.map((x) => x / n) : v.slice();
}

// natural ships no types for its per-file modules; only this one is used (and bundled).
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1]. */
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}

/** The four GRDP components: agriculture (I), industry-construction (II), services (III), product taxes (T). */
export const SECTORS = ['I', 'II', 'III', 'T'] as const;
export type Sector = (typeof SECTORS)[number];

/** A value per sector. */
export type PerSector<V> = Record<Sector, V>;

/** Builds a per-sector record by calling `make` for each sector. */
export function perSector<V>(make: (sector: Sector, index: number) => V): PerSector<V> {
  return { I: make('I', 0), II: make('II', 1), III: make('III', 2), T: make('T', 3) };
}

/** Fails loudly in exhaustive switches: reaching it means a broken invariant, not bad input. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}

/**
 * A bounded LRU of serialized answers (the bytes sent, as they are) keyed by the exact request body
 * text. The projection is a pure function of (pack, body) and packs never change while the server
 * runs, so an identical body can be answered with the bytes sent last time: no parse of the
 * scenario, no projection, no serialization. Only small bodies are kept, and the whole cache is
 * bounded in bytes.
 */
export class ResultCache {
  readonly #map = new Map<string, Buffer>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #maxKeyBytes: number;
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(opts: { maxEntries: number; maxBytes: number; maxKeyBytes: number }) {
    this.#maxEntries = opts.maxEntries;
    this.#maxBytes = opts.maxBytes;
    this.#maxKeyBytes = opts.maxKeyBytes;
  }

  /** The cached answer for this body text, marking it recently used. */
  get(key: string | null | undefined): Buffer | undefined {
    if (this.#maxEntries === 0 || !key || key.length > this.#maxKeyBytes) return undefined;
    const hit = this.#map.get(key);
    if (hit === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.#map.delete(key);
    this.#map.set(key, hit);
    return hit;
  }

  /** Remembers an answer, evicting the least recently used ones beyond the bounds. */
  set(key: string | null | undefined, value: Buffer): void {
    if (this.#maxEntries === 0 || !key || key.length > this.#maxKeyBytes) return;
    const size = key.length + value.length;
    if (size > this.#maxBytes) return;
    const old = this.#map.get(key);
    if (old !== undefined) {
      this.#map.delete(key);
      this.#bytes -= key.length + old.length;
    }
    this.#map.set(key, value);
    this.#bytes += size;
    for (const [k, v] of this.#map) {
      if (this.#map.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#map.delete(k);
      this.#bytes -= k.length + v.length;
    }
  }

  /** Entries held. */
  get size(): number {
    return this.#map.size;
  }
}

import { libraryFile } from '../library/data-path.ts';
import { ScenarioLibrary } from '../library/store.ts';

/**
 * The server's one connection to the scenario library: opened once (at start when the file is
 * given, else at the first /api/library request) and closed when the app closes. better-sqlite3
 * is synchronous and SQLite serialises writers, so one connection serves every request.
 */
export class LibraryHandle {
  #lib: ScenarioLibrary | null = null;
  readonly #file: string | undefined;

  constructor(file: string | undefined) {
    this.#file = file;
  }

  get(): ScenarioLibrary {
    this.#lib ??= ScenarioLibrary.open(this.#file ?? libraryFile(process.env));
    return this.#lib;
  }

  close(): void {
    this.#lib?.close();
    this.#lib = null;
  }
}

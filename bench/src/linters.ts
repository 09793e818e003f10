/** The linters the benchmark times: mtlint (recommended rules) and two peers, behind one small interface. */

export interface BenchLinter {
  name: string;
  /** What is timed, in a few words. */
  what: string;
  /** One-off preparation, timed separately (Harper compiles its WebAssembly here). */
  setup(): Promise<void>;
  /** Lints a text and returns the number of findings. */
  lint(text: string): Promise<number>;
  /** Called, untimed, before every timed lint: drops state a real run would not have (caches). */
  reset?(): Promise<void>;
}

// Imported in `setup`, as the peers are: a process that times a peer does not load mtlint.
let lint: typeof import('@mtlint/core').lint | undefined;

export const mtlint: BenchLinter = {
  name: 'mtlint',
  what: 'lint() from @mtlint/core, recommended rules',
  async setup() {
    lint ??= (await import('@mtlint/core')).lint;
  },
  async lint(text) {
    if (!lint) throw new Error('mtlint: setup() first');
    return lint(text).length;
  },
};

/**
 * Harper (Automattic) through harper.js: `LocalLinter` runs the WebAssembly in this thread, and the
 * `harper.js/binary` module loads the .wasm file from disk under Node. Plain-text mode, default rules.
 */
export function harper(): BenchLinter {
  type Harper = import('harper.js').LocalLinter;
  let make: (() => Harper) | undefined;
  let linter: Harper | undefined;
  return {
    name: 'harper.js',
    what: 'LocalLinter, plaintext, default rules, a fresh linter per run',
    async setup() {
      const [{ LocalLinter }, { binary }] = await Promise.all([import('harper.js'), import('harper.js/binary')]);
      make = () => new LocalLinter({ binary });
      linter = make();
      await linter.setup(); // compiles the WebAssembly once; later linters reuse it
    },
    // Harper keeps the lints of every chunk it has seen: linting the same text again is ~8 times
    // faster. A fresh linter per run (~20 ms, untimed) measures a first lint, as a CLI run would be.
    async reset() {
      if (!make) throw new Error('harper.js: setup() first');
      await linter?.dispose();
      linter = make();
      await linter.setup();
    },
    async lint(text) {
      if (!linter) throw new Error('harper.js: setup() first');
      return (await linter.lint(text, { language: 'plaintext' })).length;
    },
  };
}

/** write-good: regex and word-list checks (passive voice, weasel words, adverbs, clichés…), defaults. */
export function writeGood(): BenchLinter {
  let check: ((text: string) => unknown[]) | undefined;
  return {
    name: 'write-good',
    what: 'writeGood(text), default checks',
    async setup() {
      check = (await import('write-good')).default;
    },
    async lint(text) {
      if (!check) throw new Error('write-good: setup() first');
      return check(text).length;
    },
  };
}

// Shared setup for unit tests. fake-indexeddb stands in for IndexedDB here
// only; the end-to-end tests use Chromium's real IndexedDB.
import 'fake-indexeddb/auto';

// Property tests (fast-check) run from one fixed seed, so that CI on a clean
// clone sees the same cases as the developer who last ran them: a property
// that fails only on some seed must not turn an unrelated change red. To
// explore new cases, run with FC_SEED=random (or a number); a failure prints
// its seed and counterexample, which then becomes a unit test of its own.
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') {
  fc.configureGlobal({ seed: requested === undefined ? 20261127 : Number(requested) });
}

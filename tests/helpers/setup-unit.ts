// Shared setup for unit tests. fake-indexeddb stands in for IndexedDB here
// only; the end-to-end tests use Chromium's real IndexedDB.
import 'fake-indexeddb/auto';

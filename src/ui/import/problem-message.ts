/**
 * What to tell the person about a side that could not be imported: a
 * translation key in the `common` namespace and its values, always naming
 * the file, and the byte offset where decoding failed.
 */
import { MAX_TEXT_FILE_BYTES } from '../../core/io/decode.ts';
import { MAX_PASTE_BYTES } from './paste-limit.ts';
import type { SideProblem } from './side-input.ts';

/** A translatable message. */
export interface Message {
  key: string;
  values: Record<string, string | number>;
  /**
   * Values that are themselves translation keys, translated before being
   * put in (i18next does not nest keys found inside values, by design: a
   * file name must never be read as a key).
   */
  keyValues?: Record<string, string>;
}

/** Translate `message` with `t`, its key-valued values first. */
export function translateMessage(
  t: (key: string, values?: Record<string, string | number>) => string,
  message: Message,
): string {
  const values = { ...message.values };
  for (const [name, key] of Object.entries(message.keyValues ?? {})) values[name] = t(key);
  return t(message.key, values);
}

/** `bytes` the way file managers show it, in binary units. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The message for `problem`. */
export function problemMessage(problem: SideProblem): Message {
  switch (problem.kind) {
    case 'paste-too-large':
      return {
        key: 'import.problems.pasteTooLarge',
        values: { limit: formatBytes(MAX_PASTE_BYTES) },
      };
    case 'unreadable':
      return {
        key: 'import.problems.unreadable',
        values: { file: problem.fileName, detail: problem.detail },
      };
    case 'decode': {
      const file = problem.fileName;
      switch (problem.code) {
        case 'empty':
          return { key: 'import.problems.empty', values: { file } };
        case 'binary':
          return {
            key: 'import.problems.binary',
            values: { file },
            keyValues: { kind: `import.binaryKinds.${problem.binaryKind ?? 'unknown'}` },
          };
        case 'too-large':
          return {
            key: 'import.problems.tooLarge',
            values: {
              file,
              size: formatBytes(problem.size),
              limit: formatBytes(MAX_TEXT_FILE_BYTES),
            },
          };
        case 'undecodable':
          return problem.offset === undefined
            ? { key: 'import.problems.undecodable', values: { file } }
            : { key: 'import.problems.undecodableAt', values: { file, offset: problem.offset } };
      }
    }
  }
}

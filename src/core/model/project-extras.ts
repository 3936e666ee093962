/**
 * The optional parts of a project added within project format version 2: the
 * settings and memory of the automatic checks, the project's termbase, and
 * what an interchange file brought that the document model does not hold.
 * Each is absent until used, so a project that never met them is unchanged.
 */
import type { UnitCodes } from './inline-code.ts';

/** A finding the reviewers looked at and dismissed; it stays hidden while it is the same finding. */
export interface DismissedFinding {
  /** Id of the check (`repetition`, `number`…). */
  check: string;
  /** Index of the unit. */
  unit: number;
  /** The finding's message key, which tells apart two findings of one check. */
  messageKey: string;
  /**
   * The text the finding covers (target span, else source span, else empty).
   * With the key above it identifies the finding again after a re-check, and
   * makes a dismissal lapse when the text under it changes.
   */
  quote: string;
  /** Why, in the reviewer's words; may be empty. */
  reason: string;
  /** Profile name of who dismissed it, and when (ISO 8601). */
  author: string;
  at: string;
}

/** The automatic checks of a project. */
export interface ProjectChecks {
  /** Ids of checks switched off for this project. */
  disabled: string[];
  dismissed: DismissedFinding[];
}

/**
 * One concept of a termbase, as the project keeps it and as the glossary
 * module reads it from files (`core/glossary/model.ts` `TermEntry` is this
 * type, so the checks read a project's terms as they are).
 */
export interface ProjectTerm {
  /** The Chinese term as the file writes it, for display (`结构性（就业）矛盾`). */
  zh: string;
  /** The English term as the file writes it, for display and suggestions. */
  en: string;
  /**
   * The Chinese strings to look for in the source: the term with its
   * optional parts expanded and its alternatives split (`结构性矛盾`,
   * `结构性就业矛盾`); see `core/glossary/term-forms.ts`.
   */
  zhForms: string[];
  /** The accepted English renderings, expanded the same way, the main one first. */
  enForms: string[];
  /** English renderings the termbase forbids for this concept. */
  forbidden: string[];
  /** Free text from the file, shown to the reviewer and never interpreted. */
  note: string;
  /** Where the entry starts in its file: a 1-based line number; 0 for a term added in the app. */
  line: number;
}

/** The project's termbase. */
export interface ProjectGlossary {
  /** The file the terms were imported from, `null` when they were all added in the app. */
  fileName: string | null;
  entries: ProjectTerm[];
}

/** A note a file attached to a unit. */
export interface InterchangeNote {
  text: string;
  /** Who or what wrote it (XLIFF `from`), when the file says. */
  from?: string;
  /** What it is about (XLIFF `category`, TMX `type`), when the file says. */
  category?: string;
  /** Whether it concerns the source or the target, when the file says. */
  appliesTo?: 'source' | 'target';
  /** XLIFF 2 priority, 1 (highest) to 10. */
  priority?: number;
}

/**
 * What an interchange file brought beyond the bilingual text, so the project
 * can be written back to the same format without loss.
 */
export interface ProjectInterchange {
  /** The reader that made the project: `xliff12`, `xliff2`, `tmx`, `mqm-tsv`, `csv`. */
  format: string;
  /**
   * Inline codes by unit index (a decimal string key), for units whose texts
   * hold placeholder characters (`inline-code.ts`). Units without codes are absent.
   */
  codes: Record<string, UnitCodes>;
  /**
   * Notes the file attached to units (XLIFF `<note>`, TMX `<note>`), by unit
   * index as above, for display beside the unit. Plain text, never markup.
   * The format's own record keeps them too, for writing back.
   */
  notes?: Record<string, InterchangeNote[]>;
  /**
   * The format's own record of the file (ids, states, notes, skeleton,
   * extensions, MQM metadata…), written and validated by its reader and
   * writer in `core/io/<format>/`; opaque to everything else.
   */
  data: unknown;
}

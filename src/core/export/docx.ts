/**
 * The corrected transcript as a Word document, clean or with tracked
 * changes (`w:ins`/`w:del` runs against the MT, per revision author).
 *
 * Packed with `Packer.toArrayBuffer`: it runs wherever JSZip runs (Node, a
 * Worker, the browser), where `toBuffer` needs Node's Buffer and `toBlob`
 * a browser's Blob.
 */
import { Document, DeletedTextRun, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import type { BilingualDocument } from '../model/document.ts';
import { revisionChanges } from '../revision/save.ts';
import { layOut, type TranscriptPiece } from './layout.ts';
import type { TrackedChanges } from './tracked.ts';

/** Options of `toDocx`. */
export interface DocxOptions {
  title?: string;
  /** Show each unit's change from its MT as tracked changes; clean text when absent. */
  tracked?: TrackedChanges;
}

type Run = TextRun | InsertedTextRun | DeletedTextRun;

/** Packs `children` into a .docx file with English as the document language. */
export async function packDocx(
  children: ConstructorParameters<typeof Document>[0]['sections'][number]['children'],
  title: string,
): Promise<Uint8Array> {
  const file = new Document({
    title,
    styles: { default: { document: { run: { language: { value: 'en-US' } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** The transcript as a .docx file, one Word paragraph per MT paragraph. */
export function toDocx(
  document: BilingualDocument,
  texts: readonly string[],
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const ids = { next: 1 };
  const paragraphs = layOut(document, texts)
    .paragraphs.filter((paragraph) => paragraph.text.trim().length > 0)
    .map((paragraph) => {
      const runs = paragraph.pieces.flatMap((piece) => pieceRuns(piece, options.tracked, ids));
      return new Paragraph({ children: runs });
    });
  return packDocx(paragraphs, options.title ?? 'Transcript');
}

/** The runs of one piece: plain text, or its tracked change from the MT. */
export function pieceRuns(
  piece: TranscriptPiece,
  tracked: TrackedChanges | undefined,
  ids: { next: number },
): Run[] {
  const attribution = piece.unit === null ? null : tracked?.attribution[piece.unit];
  const baseline = piece.unit === null ? undefined : tracked?.baseline[piece.unit];
  if (!attribution || baseline === undefined || baseline === piece.text) {
    return piece.text ? [new TextRun(piece.text)] : [];
  }
  const change = { author: attribution.author, date: attribution.date };
  return revisionChanges(baseline, piece.text).map((part) => {
    if (part.added) return new InsertedTextRun({ ...change, id: ids.next++, text: part.value });
    if (part.removed) return new DeletedTextRun({ ...change, id: ids.next++, text: part.value });
    return new TextRun(part.value);
  });
}

/**
 * MQM TSV as an interchange format (`format.ts`): recognised by its header,
 * read into one project draft per system, written from a project's flags.
 */
import type { Project } from '../../model/project.ts';
import { replay } from '../../review/index.ts';
import type { InterchangeFormat } from '../format.ts';
import { readMqmDrafts } from './drafts.ts';
import { isMqmTsv } from './read.ts';
import { readMqmRecord } from './record.ts';
import { writeMqmTsv } from './write.ts';

/**
 * The MQM TSV file of `project`'s flags. Rows hold the MT, which is what
 * the flags locate, whatever texts are asked for. A project read from MQM
 * TSV writes its system, segment ids, category spellings, metadata and
 * `No-error`/attention-check rows back from its record.
 */
function write(project: Project): string {
  const flags = [...replay(project.review.ops).flags.values()];
  const interchange = project.interchange;
  const record =
    interchange?.format === 'mqm-tsv'
      ? readMqmRecord(interchange.data, project.document.alignment.units.length)
      : null;
  return writeMqmTsv(project.document, flags, {
    // The layout has no quoting: a project name's tabs and line breaks become spaces.
    system: record?.system ?? project.name.replace(/[\t\n\r]/g, ' '),
    ...(record
      ? { segments: record.segments, flagOrigins: record.flagOrigins, dialect: record.dialect }
      : {}),
  });
}

/** WMT and Anthea MQM annotations (and the WMT 2022 QE spans, read only). */
export const mqmTsvFormat: InterchangeFormat = {
  id: 'mqm-tsv',
  extensions: ['tsv'],
  mimeType: 'text/tab-separated-values',
  // Only the header tells an MQM file from a bilingual `.tsv` table.
  detect: (head) => (isMqmTsv(head) ? 2 : 0),
  read: readMqmDrafts,
  write,
};

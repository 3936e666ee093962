/**
 * Which column of a bilingual table holds what, read from its header row.
 *
 * Spreadsheets that travel between reviewers, translators and CAT tools name
 * their columns every which way, in English and in Chinese, or by language
 * code. The names below are the ones such files use; matching is on the
 * trimmed, lower-cased name, with `_`, `-` and runs of spaces all read as
 * one space.
 */

/** The roles a column can play. */
export type ColumnRole = 'source' | 'target' | 'status' | 'comment';

/** 0-based column indices by role; a role without a column is absent. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

const NAMES: Record<ColumnRole, readonly string[]> = {
  source: [
    'source',
    'src',
    'source text',
    'source segment',
    'original',
    'original text',
    'chinese',
    '原文',
    '源文',
    '源文本',
    '源语',
    '源语言',
    '中文',
  ],
  target: [
    'target',
    'tgt',
    'target text',
    'target segment',
    'translation',
    'mt',
    'machine translation',
    'english',
    '译文',
    '目标',
    '目标文本',
    '目标语',
    '目标语言',
    '翻译',
    '机器翻译',
    '机翻',
    '英文',
  ],
  status: ['status', 'state', '状态'],
  comment: [
    'comment',
    'comments',
    'note',
    'notes',
    'remark',
    'remarks',
    '备注',
    '评论',
    '注释',
    '批注',
    '意见',
  ],
};

const BY_NAME = new Map<string, ColumnRole>(
  (Object.entries(NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name, role] as const),
  ),
);

/** The role a header cell names: by name, or by a language code (`zh-CN` source, `en` target). */
export function roleOfHeader(cell: string): ColumnRole | null {
  const name = cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase();
  const byName = BY_NAME.get(name.replace(/[\s_-]+/g, ' '));
  if (byName) return byName;
  const code = name.replace(/_/g, '-');
  if (/^(zh|cmn|chi|zho)(-[a-z0-9]+)*$/.test(code)) return 'source';
  if (/^(en|eng)(-[a-z0-9]+)*$/.test(code)) return 'target';
  return null;
}

/**
 * The column map a header row gives, or `null` when the row is data (no cell
 * names a role). The first column of each role wins; later ones are left
 * out. The map may lack a target column; the caller decides what that means.
 */
export function columnsFromHeader(cells: readonly string[]): ColumnMap | null {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const role = roleOfHeader(cell);
    if (role && map[role] === undefined) map[role] = index;
  });
  return Object.keys(map).length > 0 ? map : null;
}

/**
 * The column map of a table without a header: one column is the MT alone;
 * otherwise the first two are source and target. Further columns cannot be
 * told apart from their content and are left out.
 */
export function columnsWithoutHeader(width: number): ColumnMap {
  return width <= 1 ? { target: 0 } : { source: 0, target: 1 };
}

/** The English header cell written for each role. */
export const HEADER_NAMES: Record<ColumnRole, string> = {
  source: 'source',
  target: 'target',
  status: 'status',
  comment: 'comment',
};

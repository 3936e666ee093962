// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/align/index.ts';
import { writeProjectFile } from '../../core/io/project-file.ts';
import type { Project } from '../../core/model/project.ts';
import { projectFileName, readChosenProjectFile } from './project-file.ts';
import { emptyProjectReview } from '../../core/review/index.ts';

const project: Project = {
  id: 'p1',
  name: 'Demo',
  origin: 'import',
  createdAt: '2024-03-05T00:00:00.000Z',
  updatedAt: '2024-03-05T00:00:00.000Z',
  sourceFileName: null,
  targetFileName: null,
  document: buildDocument('一。', 'One.'),
  view: { activeUnit: 0 },
  review: emptyProjectReview(),
};

describe('projectFileName', () => {
  it('keeps readable names and makes unsafe ones safe', () => {
    expect(projectFileName('Press conference, 5 March 2024 (demo)')).toBe(
      'Press conference, 5 March 2024 (demo).duizhao.json',
    );
    expect(projectFileName('记者会')).toBe('记者会.duizhao.json');
    expect(projectFileName('a/b:c*?"<>|d')).toBe('a_b_c_d.duizhao.json');
    expect(projectFileName('..hidden')).toBe('hidden.duizhao.json');
    expect(projectFileName('  ')).toBe('project.duizhao.json');
    expect(projectFileName('x'.repeat(500)).length).toBe(120 + '.duizhao.json'.length);
  });
});

describe('readChosenProjectFile', () => {
  it('reads a valid file', async () => {
    const result = await readChosenProjectFile(
      new File([writeProjectFile(project)], 'demo.duizhao.json'),
    );
    expect(result).toEqual({ ok: true, project });
  });

  it('says where JSON breaks', async () => {
    const result = await readChosenProjectFile(new File(['{\n  "format": '], 'cut.json'));
    expect(result).toMatchObject({
      ok: false,
      notice: { key: 'projectFile.notJsonAt', values: { file: 'cut.json', line: 2 } },
    });
  });

  it('recognises a JSON file of another kind', async () => {
    const result = await readChosenProjectFile(new File(['{"name": "package"}'], 'package.json'));
    expect(result).toMatchObject({
      ok: false,
      notice: { key: 'projectFile.wrongFormat', values: { file: 'package.json' } },
    });
  });

  it('names the path of an invalid field', async () => {
    const broken = JSON.parse(writeProjectFile(project)) as {
      project: { document: { alignment: { units: { target: { end: number } }[] } } };
    };
    broken.project.document.alignment.units[0]!.target.end = 999;
    const result = await readChosenProjectFile(
      new File([JSON.stringify(broken)], 'bad.duizhao.json'),
    );
    expect(result).toMatchObject({
      ok: false,
      notice: { key: 'projectFile.invalidAt', values: { file: 'bad.duizhao.json' } },
    });
    if (!result.ok) expect(String(result.notice.values?.path)).toContain('units[0]');
  });
});

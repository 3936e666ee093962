import { describe, expect, it } from 'vitest';
import { parseXml } from '../../xml/index.ts';
import { validateXliff2 } from './index.ts';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** A document with one unit whose body is `unit`; `head` adds attributes to `<xliff>`. */
function doc(unit: string, head = 'trgLang="fr"'): string {
  return `<xliff xmlns="${NS}" version="2.0" srcLang="en" ${head}><file id="f1"><unit id="u1">${unit}</unit></file></xliff>`;
}

function problems(xml: string): string[] {
  return validateXliff2(parseXml(xml, { maxChars: 1e6 }).root).map(
    (p) => `${p.path}: ${p.message}`,
  );
}

const seg = (source: string, target?: string): string =>
  `<segment><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</segment>`;

describe('validateXliff2', () => {
  it('accepts a minimal document and reports path and offset', () => {
    expect(problems(doc(seg('Hi', 'Salut')))).toEqual([]);
    const [problem] = validateXliff2(
      parseXml(doc(seg('<ec startRef="1"/>')), { maxChars: 1e6 }).root,
    );
    expect(problem?.path).toBe('xliff/file[1]/unit[1]/segment[1]/source/ec[1]');
    expect(problem?.offset).toBe(doc(seg('<ec startRef="1"/>')).indexOf('<ec'));
  });

  it('structure: unknown elements, attributes, types and order', () => {
    expect(problems(doc(seg('a') + '<notes><note>n</note></notes>'))[0]).toMatch(
      /are not what <unit> allows/,
    );
    expect(problems(doc('<segment state="done"><source>a</source></segment>'))[0]).toMatch(
      /state "done" is not one of/,
    );
    expect(problems(doc('<segment foo="x"><source>a</source></segment>'))[0]).toMatch(
      /attribute foo is not allowed/,
    );
    expect(problems(doc(seg('<ph id="a b"/>')))[0]).toMatch(/not an NMTOKEN/);
    expect(problems(doc(seg('a'), 'trgLang="f r"'))[0]).toMatch(/BCP 47/);
    // Near miss: extension elements and attributes where the schema allows them, any prefix.
    expect(
      problems(
        doc(`<my:x xmlns:my="urn:my" my:a="1"/>${seg('<ph id="1" my:b="2" xmlns:my="urn:my"/>')}`),
      ),
    ).toEqual([]);
    expect(
      problems(
        doc(
          `<m:matches xmlns:m="urn:oasis:names:tc:xliff:matches:2.0"><m:match ref="#s1"><source>a</source><target>b</target></m:match></m:matches><segment id="s1"><source>a</source></segment>`,
        ),
      ),
    ).toEqual([]);
  });

  it('ids: uniqueness in their scopes', () => {
    expect(problems(doc(seg('<ph id="1"/><ph id="1"/>')))[0]).toMatch(/"1" is used more than once/);
    // Near miss: a target reuses the id of its source code.
    expect(problems(doc(seg('<ph id="1"/>', '<ph id="1"/>')))).toEqual([]);
  });

  it('languages, spaces and states', () => {
    expect(problems(doc(seg('a', 'b'), ''))[0]).toMatch(/has no trgLang/);
    expect(problems(doc('<segment><source xml:lang="de">a</source></segment>'))[0]).toMatch(
      /not the srcLang/,
    );
    expect(problems(doc('<segment state="final"><source>a</source></segment>'))[0]).toMatch(
      /requires a <target>/,
    );
    expect(
      problems(
        doc('<segment><source xml:space="preserve">a</source><target>b</target></segment>'),
      )[0],
    ).toMatch(/xml:space/);
    expect(
      problems(
        doc('<segment><source xml:lang="EN">a</source><target xml:lang="fr">b</target></segment>'),
      ),
    ).toEqual([]);
  });

  it('pairing of sc/ec and sm/em within the unit', () => {
    expect(problems(doc(seg('<sc id="1"/>a')))[0]).toBe(
      'xliff/file[1]/unit[1]/segment[1]/source/sc[1]: <sc id="1"> has no matching <ec startRef="1"> after it in the same unit (use isolated="yes" if the end is in another unit)',
    );
    expect(problems(doc(seg('<sc id="1" canCopy="no"/>a<ec startRef="1"/>')))[0]).toMatch(
      /canCopy="yes" but its <sc id="1"> has canCopy="no"/,
    );
    expect(problems(doc(seg('<sm id="m"/>a')))[0]).toMatch(/no matching <em/);
    // Near miss: a pair spanning two segments of the unit, and an isolated end.
    expect(
      problems(doc(seg('<sc id="1"/>a') + seg('b<ec startRef="1"/><ec isolated="yes" id="2"/>'))),
    ).toEqual([]);
  });

  it('references: dataRef, copyOf, subFlows, comments', () => {
    expect(problems(doc(seg('<ph id="1" dataRef="d1"/>')))[0]).toMatch(
      /does not match any <data id>/,
    );
    expect(problems(doc(seg('<ph id="1"/><ph id="2" copyOf="9"/>')))[0]).toMatch(/copyOf="9"/);
    expect(problems(doc(seg('<ph id="1" subFlows="u9"/>')))[0]).toMatch(
      /not a unit of the same file/,
    );
    expect(problems(doc(seg('<mrk id="m" type="comment">a</mrk>')))[0]).toMatch(
      /exactly one of value and ref/,
    );
    const withNote = `<notes><note id="n1">x</note></notes>${seg('<mrk id="m" type="comment" ref="#n=n1">a</mrk>')}`;
    expect(problems(doc(withNote))).toEqual([]);
    expect(
      problems(
        doc(
          `<originalData><data id="d1">x</data></originalData>${seg('<ph id="1" dataRef="d1"/>')}`,
        ),
      ),
    ).toEqual([]);
  });

  it('editing constraints: canReorder sequences and canDelete', () => {
    const no = 'canCopy="no" canDelete="no"';
    expect(problems(doc(seg('<ph id="1" canReorder="firstNo"/>')))[0]).toMatch(
      /requires canCopy="no" and canDelete="no"/,
    );
    expect(problems(doc(seg(`<ph id="1" canReorder="no" ${no}/>`)))[0]).toMatch(
      /does not follow a code with canReorder="firstNo"/,
    );
    const source = `<ph id="1" canReorder="firstNo" ${no}/><ph id="2" canReorder="no" ${no}/><ph id="3"/>`;
    expect(
      problems(
        doc(
          seg(
            source,
            `<ph id="1" canReorder="firstNo" ${no}/><ph id="3"/><ph id="2" canReorder="no" ${no}/>`,
          ),
        ),
      ).join('\n'),
    ).toMatch(/changes that sequence/);
    expect(
      problems(
        doc(
          seg(
            source,
            `<ph id="3"/><ph id="1" canReorder="firstNo" ${no}/><ph id="2" canReorder="no" ${no}/>`,
          ),
        ),
      ),
    ).toEqual([]);
    expect(problems(doc(seg('<ph id="1" canDelete="no"/>', 'x')))[0]).toMatch(
      /missing from the unit's target/,
    );
    expect(problems(doc(seg('<ph id="1" canDelete="no"/>')))).toEqual([]);
  });

  it('fragment identifiers', () => {
    const ref = (r: string): string[] =>
      problems(doc(seg(`<mrk id="m" type="x:y" ref="${r}">a</mrk>`)));
    expect(ref('#u=u1/f=f1')[0]).toMatch(/f= must come first/);
    expect(ref('#a/b')[0]).toMatch(/after its final selector/);
    expect(ref('#/f=f1/u=u1/zz=1')[0]).toMatch(/unknown prefix/);
    expect(ref('#/f=f1/u=u1/m')).toEqual([]);
  });

  it('modules: glossary, metadata, resource data, size, validation', () => {
    const gls = 'xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"';
    expect(
      problems(
        doc(
          `<gls:glossary ${gls}><gls:glossEntry><gls:term>t</gls:term></gls:glossEntry></gls:glossary>${seg('a')}`,
        ),
      )[0],
    ).toMatch(/neither a <gls:translation> nor a <gls:definition>/);
    expect(
      problems(
        doc(
          `<gls:glossary ${gls}><gls:glossEntry><gls:term>t</gls:term><gls:definition>d</gls:definition></gls:glossEntry></gls:glossary>${seg('a')}`,
        ),
      ),
    ).toEqual([]);
    const mda = 'xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"';
    expect(
      problems(
        doc(
          `<mda:metadata ${mda}><mda:metaGroup><mda:meta>x</mda:meta></mda:metaGroup></mda:metadata>${seg('a')}`,
        ),
      )[0],
    ).toMatch(/required attribute type/);
    const slr = 'xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0"';
    expect(
      problems(doc(seg(`<ph id="1" ${slr} slr:sizeInfo="1" slr:sizeInfoRef="x"/>`)))[0],
    ).toMatch(/cannot be used together/);
    const val = 'xmlns:val="urn:oasis:names:tc:xliff:validation:2.0"';
    expect(
      problems(
        doc(
          `<val:validation ${val}><val:rule isPresent="a" startsWith="b"/></val:validation>${seg('a')}`,
        ),
      )[0],
    ).toMatch(/exactly one of/);
    expect(
      problems(
        doc(
          `<val:validation ${val}><val:rule isPresent="a" occurs="2"/></val:validation>${seg('a')}`,
        ),
      ),
    ).toEqual([]);
    const fs = 'xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0"';
    expect(problems(doc(seg(`<ph id="1" ${fs} fs:fs="paragraph"/>`)))[0]).toMatch(
      /fs:fs "paragraph" is not one of/,
    );
  });

  it('numbers paths among many siblings, and checks attributes named like Object methods', () => {
    const units = Array.from(
      { length: 3000 },
      (_, i) =>
        `<unit id="u${i}"><segment><source>${i === 2999 ? '<ec startRef="9"/>' : 'a'}</source></segment></unit>`,
    ).join('');
    const xml = `<xliff xmlns="${NS}" version="2.0" srcLang="en"><file id="f1">${units}</file></xliff>`;
    expect(problems(xml)[0]).toMatch(
      /^xliff\/file\[1\]\/unit\[3000\]\/segment\[1\]\/source\/ec\[1\]: /,
    );
    expect(problems(doc('<segment toString="x"><source>a</source></segment>'))).toEqual([
      'xliff/file[1]/unit[1]/segment[1]: <segment>: attribute toString is not allowed on <segment>',
    ]);
  });
});

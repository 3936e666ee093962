import { describe, expect, it } from 'vitest';
import { GlossaryError, readGlossary } from './index.ts';
import { readTbx } from './tbx.ts';

const TBX2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Annual post-Spring Festival campaign.</descrip>
      <langSet xml:lang="zh-CN"><tig><term>春风行动</term></tig></langSet>
      <langSet xml:lang="en-US">
        <tig><term>Spring Breeze Campaign</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Operation Spring Breeze</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="zh"><ntig><termGrp><term>零工市场</term></termGrp></ntig></langSet>
      <langSet xml:lang="en"><ntig><termGrp><term>gig job market</term></termGrp></ntig>
        <ntig><termGrp><term>odd-job market</term></termGrp></ntig></langSet>
    </termEntry>
    <termEntry id="c3">
      <langSet xml:lang="en"><tig><term>orphan</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

const TBX3 = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="zh-Hans"><termSec><term>新质生产力</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>new quality productive forces</term>
        <note>Official rendering.</note></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe('readTbx', () => {
  it('reads TBX 2 (martif) entries, deprecated terms as forbidden renderings', () => {
    const { termbase, problems } = readTbx(TBX2);
    expect(termbase.entries.map((e) => [e.zh, e.enForms, e.forbidden, e.note, e.line])).toEqual([
      [
        '春风行动',
        ['Spring Breeze Campaign'],
        ['Operation Spring Breeze'],
        'Annual post-Spring Festival campaign.',
        5,
      ],
      ['零工市场', ['gig job market', 'odd-job market'], [], '', 15],
    ]);
    expect(problems).toEqual([{ line: 20, message: 'entry has no Chinese term' }]);
  });

  it('reads TBX 3 (tbx, conceptEntry, langSec, termSec)', () => {
    const { termbase } = readTbx(TBX3);
    expect(termbase.entries.map((e) => [e.zhForms, e.enForms, e.note])).toEqual([
      [['新质生产力'], ['new quality productive forces'], 'Official rendering.'],
    ]);
  });

  it('refuses malformed XML and XML that is not TBX', () => {
    expect(() => readTbx('<martif><text>')).toThrow(/line \d+/);
    expect(() => readTbx('<xliff version="2.0"/>')).toThrow(
      /not a TBX file: the root element is <xliff>/,
    );
  });

  it('refuses entity declarations rather than expanding them', () => {
    const bomb = '<!DOCTYPE martif [<!ENTITY a "aaaa">]><martif><text>&a;</text></martif>';
    expect(() => readTbx(bomb)).toThrow(GlossaryError);
  });

  it('is chosen by file name or by content', () => {
    expect(readGlossary(TBX3, 'terms.tbx').termbase.entries).toHaveLength(1);
    expect(readGlossary(TBX3).termbase.entries).toHaveLength(1);
    expect(
      readGlossary('zh,en\n两会,the two sessions\n', 'terms.csv').termbase.entries,
    ).toHaveLength(1);
  });
});

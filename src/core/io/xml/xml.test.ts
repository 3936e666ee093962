import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import { decodeXml, declaredEncoding } from './decode.ts';
import {
  decodeReferences,
  escapeXmlAttribute,
  escapeXmlText,
  findNonXmlChar,
  NON_XML_CHAR,
  toXmlChars,
} from './entities.ts';
import { refuseEntityDeclarations } from './guard.ts';
import { parseXml, type XmlElement } from './tree.ts';

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const parse = (text: string) => parseXml(text, { maxChars: 1_000_000, file: 'f.xml' });

describe('decodeReferences', () => {
  it('resolves the predefined entities and numeric references, astral ones included', () => {
    expect(decodeReferences('&lt;&gt;&amp;&quot;&apos;&#x4E2D;&#25991;&#x1F600;')).toEqual({
      text: `<>&"'中文😀`,
    });
  });

  it('refuses undefined entities and characters XML does not allow', () => {
    expect(decodeReferences('a &nbsp; b')).toMatchObject({
      bad: { reference: '&nbsp;', offset: 2 },
    });
    expect(decodeReferences('&#0;')).toMatchObject({ bad: { reference: '&#0;' } });
    expect(decodeReferences('&#xD800;')).toMatchObject({ bad: { reference: '&#xD800;' } });
    expect(decodeReferences('&#x110000;')).toMatchObject({ bad: { reference: '&#x110000;' } });
    expect(decodeReferences('&constructor;')).toMatchObject({
      bad: { reference: '&constructor;' },
    });
  });
});

describe('findNonXmlChar', () => {
  it('finds what the Unicode-aware NON_XML_CHAR finds, lone surrogates included', () => {
    const piece = fc.constantFrom(
      ...['a', '中', '😀', '\ud800', '\udc00', '\u0001', '\ufffe', '\uffff', '\t', '\r', '\ue000'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(findNonXmlChar(text)).toBe(NON_XML_CHAR.exec(text)?.index ?? -1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escaping', () => {
  it('escapes text so that it reads back the same, CR included', () => {
    expect(escapeXmlText('a<b>&]]>\r\n')).toBe('a&lt;b&gt;&amp;]]&gt;&#13;\n');
    expect(escapeXmlAttribute('"x"\t\n')).toBe('&quot;x&quot;&#9;&#10;');
  });

  it('replaces what XML cannot carry with U+FFFD', () => {
    expect(toXmlChars('a\u0001b\ud800c\uffff😀')).toBe('a\ufffdb\ufffdc\ufffd😀');
  });
});

describe('decodeXml', () => {
  const utf16 = (text: string, littleEndian: boolean, bom: boolean): Uint8Array => {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(bytes.buffer);
    [...(bom ? '\ufeff' : ''), ...text]
      .join('')
      .split('')
      .forEach((c, i) => {
        view.setUint16(i * 2, c.charCodeAt(0), littleEndian);
      });
    return bytes;
  };
  const doc = '<?xml version="1.0"?><a>中文😀</a>';

  it('reads UTF-16 LE and BE, with or without BOM, and UTF-8 with or without BOM', () => {
    for (const le of [true, false]) {
      for (const bom of [true, false]) expect(decodeXml(utf16(doc, le, bom))).toBe(doc);
    }
    const utf8 = new TextEncoder().encode(doc);
    expect(decodeXml(utf8)).toBe(doc);
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(doc);
  });

  it('reads the encoding the declaration names', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("<?xml version='1.0' encoding='ISO-8859-1'?><a>"),
      0xe9,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(decodeXml(latin1)).toBe("<?xml version='1.0' encoding='ISO-8859-1'?><a>é</a>");
    expect(declaredEncoding('<?xml version="1.0" encoding="GB18030" standalone="yes"?>')).toBe(
      'gb18030',
    );
    expect(declaredEncoding('<a encoding="x"/>')).toBeNull();
  });

  it('refuses invalid UTF-8, unknown encodings and a false UTF-16 declaration', () => {
    expect(
      failure(() => decodeXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c]), 'x.tmx')),
    ).toMatchObject({
      code: 'undecodable',
      location: { file: 'x.tmx' },
    });
    expect(
      failure(() =>
        decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="klingon"?><a/>')),
      ).code,
    ).toBe('unsupported');
    expect(
      failure(() =>
        decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><a/>')),
      ).code,
    ).toBe('undecodable');
  });
});

describe('refuseEntityDeclarations', () => {
  it('refuses billion laughs quickly, at the declaration', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, k) => ` <!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`,
      ),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    const started = performance.now();
    const error = failure(() => parse(lol));
    expect(performance.now() - started).toBeLessThan(50);
    expect(error).toMatchObject({
      code: 'unsafe',
      location: { file: 'f.xml', line: 3, column: 2 },
    });
  });

  it('refuses external entities and any internal subset, and accepts an external DTD reference', () => {
    const xxe = '<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx>&xxe;</tmx>';
    expect(failure(() => parse(xxe)).code).toBe('unsafe');
    expect(
      failure(() => refuseEntityDeclarations('<!DOCTYPE a [<!ELEMENT a ANY>]><a/>')).code,
    ).toBe('unsafe');
    expect(() =>
      refuseEntityDeclarations('<!DOCTYPE tmx SYSTEM "tmx[14].dtd"><tmx/>'),
    ).not.toThrow();
  });

  it('never resolves an entity an external DTD might define', () => {
    const error = failure(() =>
      parse('<!DOCTYPE tmx SYSTEM "http://example.com/evil.dtd">\n<tmx>\n  x &evil;</tmx>'),
    );
    expect(error).toMatchObject({ code: 'malformed', location: { line: 3, column: 5 } });
  });
});

describe('parseXml', () => {
  it('builds elements with resolved text and attributes, CDATA as text, comments dropped', () => {
    const { root } = parse(
      '<?xml version="1.0"?>\r\n<!-- c --><r a="x&#10;y\tz"><![CDATA[<&>]]>&amp;<b/>t<!-- d -->u</r>',
    );
    expect(root).toEqual({
      name: 'r',
      attributes: { a: 'x\ny z' },
      children: ['<&>&', { name: 'b', attributes: {}, children: [], offset: 69 }, 'tu'],
      offset: 32,
    });
  });

  it('reports broken XML with line and column', () => {
    expect(failure(() => parse('<a>\n<b></a>')).location).toEqual({
      file: 'f.xml',
      line: 2,
      column: 4,
    });
    expect(failure(() => parse('<a/>\n<b/>')).code).toBe('malformed');
    expect(failure(() => parse('<a/>\n tail')).location).toMatchObject({ line: 2, column: 2 });
    expect(failure(() => parse('<a>\u0007</a>')).location).toMatchObject({ line: 1, column: 4 });
    expect(failure(() => parse('<a><constructor/></a>')).code).toBe('malformed');
    expect(failure(() => parse('<a>'.repeat(200))).code).toBe('malformed');
  });

  it('refuses text over the size limit before parsing', () => {
    expect(failure(() => parseXml('<a/>'.padEnd(100), { maxChars: 10 })).code).toBe('too-large');
  });
});

describe('parseXml: strict well-formedness', () => {
  it.each([
    ['a comment with --', '<a><!-- a -- b --></a>', 1, 11],
    [']]> in text', '<a>x]]></a>', 1, 5],
    ['< in an attribute value', '<a x="<"/>', 1, 7],
    ['a repeated attribute', '<a>\n  <b x="1" x="2"/></a>', 2, 12],
    ['an unquoted value', '<a x=1/>', 1, 6],
    ['attributes without space between them', '<a b="1"c="2"/>', 1, 9],
    ['a name starting with a digit', '<1a/>', 1, 1],
    ['white space after <', '< a/>', 1, 1],
    ['a malformed end tag', '<a></ a>', 1, 4],
    ['an XML declaration after the start', '<a/><?xml version="1.0"?>', 1, 5],
    ['an XML declaration inside the root', '<a><?xml version="1.0"?></a>', 1, 4],
    ['an XML declaration without version', '<?xml encoding="UTF-8"?><a/>', 1, 1],
    ['a DOCTYPE after the root', '<a/><!DOCTYPE a>', 1, 5],
    ['a DOCTYPE without a system id', '<!DOCTYPE a "x"><a/>', 1, 1],
    ['CDATA outside the root', '<![CDATA[x]]><a/>', 1, 1],
    ['a bare &', '<a>x & y</a>', 1, 6],
    ['a bare & in an attribute', '<a b="x&y"/>', 1, 8],
    ['an empty character reference', '<a>&#x;</a>', 1, 4],
    ['an unclosed element', '<a>\n<b>', 2, 1],
    ['no root element', '<!-- only a comment -->', 1, 24],
  ])('refuses %s, with its line and column', (_, xml, line, column) => {
    const error = failure(() => parse(xml));
    expect(error.code).toBe('malformed');
    expect(error.location).toEqual({ file: 'f.xml', line, column });
  });

  it('says where a mismatched element was opened', () => {
    expect(failure(() => parse('<a>\n <b>\n</a>')).problem).toBe(
      'not well-formed XML: expected </b> (opened at line 2, column 2), found </a>',
    );
  });

  it('accepts what XML allows: spaces in tags, PUBLIC ids, PIs, CDATA ends, Unicode names', () => {
    const xml =
      '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE a PUBLIC "-//X//EN" "a.dtd">\n' +
      '<a\n b = \'1\' ><?pi data?><![CDATA[]]]]><![CDATA[>]]>]]&gt;<中文 属性="值"/><toString/></a >';
    expect(parse(xml).root).toEqual({
      name: 'a',
      attributes: { b: '1' },
      children: [
        ']]>]]>',
        { name: '中文', attributes: { 属性: '值' }, children: [], offset: xml.indexOf('<中文') },
        { name: 'toString', attributes: {}, children: [], offset: xml.indexOf('<toString') },
      ],
      offset: xml.indexOf('<a'),
    });
  });

  it('keeps attribute names as written and refuses prototype keys', () => {
    expect(parse('<a hasOwnProperty="x" xml:lang="zh"/>').root.attributes).toEqual({
      hasOwnProperty: 'x',
      'xml:lang': 'zh',
    });
    expect(failure(() => parse('<a __proto__="x"/>')).code).toBe('malformed');
    expect(failure(() => parse('<a><prototype/></a>')).code).toBe('malformed');
  });

  it('accepts 64 nested elements and refuses 65', () => {
    const nest = (n: number) => '<e>'.repeat(n) + '</e>'.repeat(n);
    expect(() => parse(nest(64))).not.toThrow();
    expect(failure(() => parse(nest(65))).problem).toMatch(/nested deeper than 64/);
  });

  it('shares repeated names and keeps text split by markup merged', () => {
    const { root } = parse('<r><u id="1">a<!--x-->b<?p?>c</u><u id="2"/></r>');
    const [first, second] = root.children as [XmlElement, XmlElement];
    expect(first.children).toEqual(['abc']);
    expect(first.name).toBe(second.name);
    expect(Object.keys(second.attributes)).toEqual(['id']);
  });
});

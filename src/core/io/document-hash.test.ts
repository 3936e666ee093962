import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentHash, sha256Hex } from './document-hash.ts';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sha256Hex(bytes(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node on every length around the block boundaries, and on random bytes', () => {
    for (let length = 0; length <= 130; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
      }),
    );
  });
});

describe('documentHash', () => {
  it('hashes the canonical JSON encoding of both texts', () => {
    const canonical = JSON.stringify(['duizhao-document', 1, '甲。', 'A.']);
    expect(documentHash('甲。', 'A.')).toBe(nodeSha256(new TextEncoder().encode(canonical)));
  });

  it('tells apart a missing source, an empty one, and texts that concatenate alike', () => {
    const hashes = new Set([
      documentHash(null, 'A.'),
      documentHash('', 'A.'),
      documentHash('A', '.'),
      documentHash('A.', ''),
      documentHash('甲。', 'A.'),
      documentHash('甲。', 'A. '),
    ]);
    expect(hashes.size).toBe(6);
  });

  it('gives lone surrogates one well-defined hash', () => {
    expect(documentHash(null, '\ud800')).not.toBe(documentHash(null, '\ufffd'));
    expect(documentHash(null, '\ud800')).toMatch(/^[0-9a-f]{64}$/);
  });
});

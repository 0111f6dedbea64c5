const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A decoded text, or the byte offset where the bytes stop being UTF-8. */
export type Decoded = { ok: true; text: string } | { ok: false; byteOffset: number };

/**
 * Decodes bytes as UTF-8, refusing malformed input instead of replacing it with U+FFFD.
 * A byte-order mark is kept, so that offsets match the file as stored.
 *
 * @example
 * decodeUtf8(Buffer.from([0xd9, 0x85])); // { ok: true, text: 'م' }
 * decodeUtf8(Buffer.from([0x61, 0xff])); // { ok: false, byteOffset: 1 }
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, byteOffset: firstInvalidByte(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF have a narrower second byte.
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k += 1) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

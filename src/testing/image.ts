/** Recognises PNG and JPEG bytes and reads their pixel size, without decoding them. */

/** What the bytes are. */
export interface ImageInfo {
  /** `image/png` or `image/jpeg`. */
  readonly contentType: 'image/png' | 'image/jpeg';
  /** Width and height in pixels, when the header could be read. */
  readonly size?: { readonly width: number; readonly height: number };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  let i = 2;
  // Bounded: every step advances i by at least 2.
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = bytes.readUInt16BE(i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + Math.max(2, length);
  }
  return undefined;
}

/**
 * Recognises a PNG or JPEG image.
 *
 * @param bytes - the file
 * @returns what it is, or undefined when it is neither
 */
export function sniffImage(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const hasIhdr = bytes.length >= 24 && bytes.toString('latin1', 12, 16) === 'IHDR';
    return hasIhdr
      ? { contentType: 'image/png', size: { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } }
      : { contentType: 'image/png' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return size ? { contentType: 'image/jpeg', size } : { contentType: 'image/jpeg' };
  }
  return undefined;
}

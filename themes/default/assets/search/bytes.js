// Reads the index's binary numbers (INDEX-FORMAT.md, "Numbers"): unsigned LEB128 varints, single bytes,
// little-endian uint32s and length-prefixed UTF-8 strings.

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class ByteReader {
  constructor(bytes, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
  }

  get done() {
    return this.offset >= this.bytes.length;
  }

  byte() {
    if (this.offset >= this.bytes.length) throw new RangeError('index data ends early');
    return this.bytes[this.offset++];
  }

  // Values reach 2^32 − 1, past what a 32-bit shift keeps, so build them with multiplication.
  varint() {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  }

  uint32() {
    const b = this.bytes;
    const o = this.offset;
    if (o + 4 > b.length) throw new RangeError('index data ends early');
    this.offset += 4;
    return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
  }

  string() {
    const length = this.varint();
    if (this.offset + length > this.bytes.length) throw new RangeError('index data ends early');
    const text = utf8.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }
}

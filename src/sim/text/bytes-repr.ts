/** `repr(bytes)`, ported from `PyBytes_Repr` (Objects/bytesobject.c). */

export function bytesRepr(data: Uint8Array, prefix = 'b'): string {
  // single quotes unless the bytes hold a ' and no "
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let out = prefix + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** SHA-256 of text, with the Web Crypto API (no Node import, so the rules stay pure). */

/**
 * The SHA-256 of a text's UTF-8 bytes.
 * @returns 64 lower-case hexadecimal digits.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

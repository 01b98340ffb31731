/**
 * The web-platform globals the domain uses that every runtime it runs in provides (browsers,
 * Node ≥ 18, Electron's renderer and main): the WHATWG Encoding and URL APIs and structuredClone. src/shared is
 * compiled with no DOM and no Node types (tsconfig/shared.json), so they are declared here,
 * as narrowly as the domain uses them; anything else platform-specific belongs in main or
 * the renderer.
 */

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare const TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare const TextDecoder: { prototype: TextDecoder; new (label?: string, options?: TextDecoderOptions): TextDecoder };

interface URL {
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}
declare const URL: { prototype: URL; new (url: string, base?: string): URL };

/** HTML's structured clone (Node ≥ 17, every browser): a deep copy of plain data. */
declare function structuredClone<T>(value: T): T;

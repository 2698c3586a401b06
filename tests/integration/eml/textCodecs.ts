// jsdom has no TextEncoder/TextDecoder, which postal-mime needs (browsers and Node have them).
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder !== 'function') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

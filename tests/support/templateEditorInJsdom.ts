/**
 * What the template editor needs of a browser that jsdom lacks: imported for its effects by the
 * tests that open the editor and add files to it.
 */
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no layout: ProseMirror measures the selection to scroll it into view; nothing to scroll here.
const noRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) });
Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: noRect });
if (!document.elementFromPoint) Object.assign(document, { elementFromPoint: () => null });

// jsdom lacks what every browser the pane runs in has: file bytes and text codecs.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// jsdom for tests that also talk to the Graph emulator over HTTP: jsdom has no fetch, so Node's
// own fetch (and the classes it checks its arguments against) joins the window's globals. Node's
// setImmediate joins too: without it JSZip (under exceljs) installs its own on postMessage, after
// which fake-indexeddb's transactions end before the code using them has finished.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const { fetch, Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder, setImmediate, clearImmediate } = globalThis;
    Object.assign(this.global, { fetch, Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder, setImmediate, clearImmediate });
  }
}

module.exports = JsdomWithFetchEnvironment;

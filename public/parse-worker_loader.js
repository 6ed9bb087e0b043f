// The parse worker's first script (src/bin/parse_worker.rs; the page starts it from
// src/browser/parse_worker.rs). It loads the parser's glue and wasm, which Trunk builds beside
// it. A wasm that does not arrive or does not start is a rejected promise, and a worker reports
// a rejection to nobody: the page would wait for ever. Thrown again outside the promise, it is
// the worker's `error`, which the page hears: it starts another worker, then says why not.
importScripts('./parse-worker.js');
wasm_bindgen('./parse-worker_bg.wasm').catch(function (why) {
  setTimeout(function () { throw why; });
});

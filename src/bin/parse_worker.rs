//! The explorer's parse worker (`parse-worker_loader.js`, a classic Web Worker Trunk builds
//! beside the page): says `true` once it listens, takes a report's text as its message and
//! answers with progress messages (`[done, total]`) while it parses, then the result as a
//! string (`report::wire`). The parser
//! runs here, off the page's thread, and its code is not in the page's wasm: the explorer's
//! first view downloads no parser (the bundled report comes parsed ahead, see
//! `scripts/postbuild.mjs`); a report the reader opens, or another in the manifest, loads this.

use report::input::LenientJob;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Work units per step between progress checks (a few milliseconds of parsing).
const BUDGET: usize = report::job::RECOMMENDED_BUDGET;

/// At most one progress message per this many milliseconds.
const PROGRESS_MS: f64 = 100.0;

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let text = ev.data().as_string().unwrap_or_default();
        let mut job = LenientJob::new(text.as_str());
        let mut last = js_sys::Date::now();
        let result = loop {
            match job.step(BUDGET) {
                report::Step::Done(result) => break result,
                report::Step::Progress { done, total } => {
                    let now = js_sys::Date::now();
                    if now - last >= PROGRESS_MS {
                        last = now;
                        let pair =
                            js_sys::Array::of2(&(done as f64).into(), &(total as f64).into());
                        let _ = out.post_message(&pair);
                    }
                }
            }
        };
        let _ = out.post_message(&JsValue::from_str(&report::wire::encode(&result)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A message sent before the wasm ran would be lost (nothing listened yet): the page waits
    // for this `true` before it sends the text.
    let _ = scope.post_message(&JsValue::TRUE);
}

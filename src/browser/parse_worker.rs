//! Parsing in the parse worker (`src/bin/parse_worker.rs`): the text goes to a Web Worker and
//! the parsed report comes back (`report::wire`), with progress on the way. The page's thread
//! never parses, so no text, however large, freezes it; and the parser's code is fetched only
//! when a report has to be parsed.

use std::cell::RefCell;
use std::rc::Rc;

use report::input::{Lenient, Problem};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Promise};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's loader, beside the page (Trunk's `data-loader-shim`; not hashed).
const WORKER_URL: &str = "./parse-worker_loader.js";

/// Parses `text` in the worker; `progress(done, total)` runs as it reports. When the worker
/// cannot start or fails: [`Problem::Unparsed`].
pub async fn parse(text: &str, progress: impl FnMut(usize, usize) + 'static) -> Lenient {
    run(text, progress).await.unwrap_or(Err(Problem::Unparsed))
}

async fn run(text: &str, progress: impl FnMut(usize, usize) + 'static) -> Option<Lenient> {
    let opts = WorkerOptions::new();
    opts.set_type(WorkerType::Classic);
    let worker = Worker::new_with_options(WORKER_URL, &opts).ok()?;
    // The handlers live until the answer: a `resolve` for the result, `reject` for an error.
    let progress = Rc::new(RefCell::new(progress));
    let mut handlers = None;
    let answer = Promise::new(&mut |resolve: Function, reject: Function| {
        let progress = progress.clone();
        let (to, text) = (worker.clone(), JsValue::from_str(text));
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let data = ev.data();
            if data.as_bool() == Some(true) {
                // The worker listens now.
                if to.post_message(&text).is_err() {
                    let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
                }
            } else if let Some(pair) = data.dyn_ref::<Array>() {
                let at = |i| pair.get(i).as_f64().unwrap_or(0.0) as usize;
                (progress.borrow_mut())(at(0), at(1));
            } else {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
        let on_error = Closure::<dyn FnMut()>::new(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let json = JsFuture::from(answer)
        .await
        .ok()
        .and_then(|v| v.as_string());
    worker.terminate();
    drop(handlers);
    // Decoding a large report is a task of its own, not the tail of the message's.
    crate::browser::yield_now().await;
    report::wire::decode(&json?)
}

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

/// The worker's first script, beside the page (`public/parse-worker_loader.js`; not hashed).
const WORKER_URL: &str = "./parse-worker_loader.js";

/// Workers started for one text before giving up. A worker can fail for the moment, not for the
/// text: its script or wasm cut off on the way, or the browser short of memory for one more
/// wasm instance while the last worker's is not yet freed (WebKit, right after a large report).
/// A second worker then parses; a text the parser cannot take fails both.
const TRIES: usize = 2;

/// Parses `text` in the worker; `progress(done, total)` runs as it reports. When no worker
/// starts, or each fails: [`Problem::Unparsed`], and the console says why.
pub async fn parse(text: &str, progress: impl FnMut(usize, usize) + 'static) -> Lenient {
    let progress: Rc<RefCell<dyn FnMut(usize, usize)>> = Rc::new(RefCell::new(progress));
    for _ in 0..TRIES {
        match run(text, progress.clone()).await {
            Ok(json) => {
                // Decoding a large report is a task of its own, not the tail of the message's.
                crate::browser::yield_now().await;
                return report::wire::decode(&json).unwrap_or(Err(Problem::Unparsed));
            }
            Err(why) => web_sys::console::warn_1(&format!("解析程序未能运行：{why}").into()),
        }
    }
    Err(Problem::Unparsed)
}

/// One worker's answer (the result as `report::wire` text), or why there is none.
async fn run(text: &str, progress: Rc<RefCell<dyn FnMut(usize, usize)>>) -> Result<String, String> {
    let opts = WorkerOptions::new();
    opts.set_type(WorkerType::Classic);
    let worker = Worker::new_with_options(WORKER_URL, &opts).map_err(|e| reason(&e))?;
    // The handlers live until the answer: a `resolve` for the result, `reject` for an error.
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
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            // Handled here (the console gets a warning below), not an uncaught error of the page.
            ev.prevent_default();
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let answer = JsFuture::from(answer).await;
    worker.terminate();
    drop(handlers);
    match answer {
        Ok(json) => json
            .as_string()
            .ok_or_else(|| "解析程序没有给出结果".to_string()),
        Err(ev) => Err(reason(&ev)),
    }
}

/// What an error or error event says (`message`), or what it is.
fn reason(e: &JsValue) -> String {
    web_sys::js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| format!("{e:?}"))
}

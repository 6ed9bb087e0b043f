//! [`next_task`], [`yield_now`] and [`pause`]: giving the browser a turn between pieces of work.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;

type Job = Box<dyn FnOnce()>;
/// The channel, each of its ports, and the listener on its receiving end. The ports are held
/// themselves, not only through the channel: WebKit can collect a port's wrapper that nothing in
/// JavaScript holds, and with it the listener, so its messages are lost and every job behind
/// them waits (a page that never became ready).
type Channel = (
    web_sys::MessageChannel,
    [web_sys::MessagePort; 2],
    Closure<dyn FnMut()>,
);

thread_local! {
    /// One channel for the whole app: each message runs the oldest job waiting.
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
    static JOBS: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
}

/// Runs `f` in a task of its own, once the browser has handled what was waiting (input, a
/// frame due). It posts a `MessageChannel` message: unlike a 0 ms timeout, which browsers clamp
/// to 4 ms once timeouts nest five deep, a chain of them costs nothing in between (the start-up's
/// two dozen stages lost about 100 ms to the clamp). Falls back to a timeout without
/// `MessageChannel`.
///
/// ```ignore
/// next_task(|| build_the_next_region());
/// ```
pub fn next_task(f: impl FnOnce() + 'static) {
    let posted = CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            let channel = web_sys::MessageChannel::new().ok()?;
            let run = Closure::<dyn FnMut()>::new(|| {
                if let Some(job) = JOBS.with(|j| j.borrow_mut().pop_front()) {
                    job();
                }
            });
            let ports = [channel.port1(), channel.port2()];
            ports[0].set_onmessage(Some(run.as_ref().unchecked_ref()));
            *c = Some((channel, ports, run));
        }
        let (_, ports, _) = c.as_ref()?;
        ports[1].post_message(&JsValue::NULL).ok()
    });
    match posted {
        Some(()) => JOBS.with(|j| j.borrow_mut().push_back(Box::new(f))),
        None => {
            gloo_timers::callback::Timeout::new(0, f).forget();
        }
    }
}

/// Resolves in a task of its own ([`next_task`]): `yield_now().await` between slices of work.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        next_task(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits `ms` milliseconds, letting the browser paint and handle input meanwhile.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

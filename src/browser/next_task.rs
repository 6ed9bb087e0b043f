//! [`next_task`], [`yield_now`] and [`pause`]: giving the browser a turn between pieces of work.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;

/// A job and when it was posted ([`now`], ms).
type Job = (f64, Box<dyn FnOnce()>);
/// The channel, each of its ports, and the listener on its receiving end. The ports are held
/// themselves, not only through the channel: WebKit can collect a port's wrapper that nothing in
/// JavaScript holds, and with it the listener, so its messages are lost and every job behind
/// them waits (a page that never became ready).
type Channel = (
    web_sys::MessageChannel,
    [web_sys::MessagePort; 2],
    Closure<dyn FnMut()>,
);

/// How long a job may wait for its message before the watchdog runs it (and the channel is
/// made anew): WebKit has been seen to lose a channel's messages, which stalled the start-up and
/// the tracking page's loading for good.
const WATCHDOG_MS: i32 = 200;

thread_local! {
    /// One channel for the whole app: each message runs the oldest job waiting.
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
    static JOBS: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// The watchdog's callback, made once: a timeout per job posted runs it.
    static WATCHDOG: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
}

/// The time, in milliseconds.
fn now() -> f64 {
    js_sys::Date::now()
}

/// Runs the oldest job waiting.
fn run_oldest() {
    if let Some((_, job)) = JOBS.with(|j| j.borrow_mut().pop_front()) {
        job();
    }
}

/// How much earlier than [`WATCHDOG_MS`] by the clock the watchdog may find its job: the job's
/// time and the clock are whole milliseconds (`Date.now`), so a timeout that fired on time can
/// read 199 ms. Without the margin, that job was never run (nothing else rearms the watchdog for
/// it), and a WebKit page whose message was lost waited for good.
const WATCHDOG_MARGIN_MS: f64 = 10.0;

/// The watchdog: when the oldest job has waited about [`WATCHDOG_MS`], its message was lost; it
/// runs, and the next job posts to a new channel.
fn watchdog() {
    let due = JOBS.with(|j| {
        j.borrow()
            .front()
            .is_some_and(|(at, _)| now() - at >= f64::from(WATCHDOG_MS) - WATCHDOG_MARGIN_MS)
    });
    if due {
        // The old port stops listening before its listener is dropped: a late message must not
        // call a freed closure.
        if let Some((_, ports, _)) = CHANNEL.with(|c| c.borrow_mut().take()) {
            ports[0].set_onmessage(None);
            ports[0].close();
            ports[1].close();
        }
        run_oldest();
    }
}

/// Sets a timeout that runs [`watchdog`] after [`WATCHDOG_MS`].
fn arm_watchdog() {
    let Some(w) = web_sys::window() else {
        return;
    };
    WATCHDOG.with(|d| {
        let mut d = d.borrow_mut();
        let f = d.get_or_insert_with(|| Closure::<dyn FnMut()>::new(watchdog));
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            f.as_ref().unchecked_ref(),
            WATCHDOG_MS,
        );
    });
}

/// Runs `f` in a task of its own, once the browser has handled what was waiting (input, a
/// frame due). It posts a `MessageChannel` message: unlike a 0 ms timeout, which browsers clamp
/// to 4 ms once timeouts nest five deep, a chain of them costs nothing in between (the start-up's
/// two dozen stages lost about 100 ms to the clamp). A watchdog runs a job whose message was lost
/// ([`WATCHDOG_MS`]). Falls back to a timeout without `MessageChannel`.
///
/// ```ignore
/// next_task(|| build_the_next_region());
/// ```
pub fn next_task(f: impl FnOnce() + 'static) {
    let posted = CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            let channel = web_sys::MessageChannel::new().ok()?;
            let run = Closure::<dyn FnMut()>::new(run_oldest);
            let ports = [channel.port1(), channel.port2()];
            ports[0].set_onmessage(Some(run.as_ref().unchecked_ref()));
            *c = Some((channel, ports, run));
        }
        let (_, ports, _) = c.as_ref()?;
        ports[1].post_message(&JsValue::NULL).ok()
    });
    match posted {
        Some(()) => {
            JOBS.with(|j| j.borrow_mut().push_back((now(), Box::new(f))));
            arm_watchdog();
        }
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

//! [`after_paint`]: work that should follow a change on screen rather than delay it.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::request_animation_frame;

/// How long to wait for a frame before running anyway: a hidden page (a background tab, some
/// headless drivers) gets no animation frames, and the work must still happen.
const FALLBACK_MS: u32 = 200;

/// The work, taken by whichever of the two timers runs first.
type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// Runs `f` once, in a task of its own right after the next frame has been painted
/// (`requestAnimationFrame`, then a 0 ms timeout), or after [`FALLBACK_MS`] when no frame
/// comes. Used for what may follow a keystroke's frame instead of lengthening it: the next
/// chunk of cards, the charts, the history entry.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let once: Once = Rc::new(Cell::new(Some(Box::new(f))));
    let run = move |once: &Once| {
        if let Some(f) = once.take() {
            f();
        }
    };
    let after_frame = once.clone();
    request_animation_frame(move || {
        gloo_timers::callback::Timeout::new(0, move || run(&after_frame)).forget();
    });
    gloo_timers::callback::Timeout::new(FALLBACK_MS, move || run(&once)).forget();
}

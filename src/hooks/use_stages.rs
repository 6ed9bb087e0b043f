//! [`Stages`]: the app's start-up built in small pieces, one task each, off screen, and shown
//! in one go when the last piece is built.
//!
//! Built in one task, the start-up blocked the page for 0.6–1 s on a mid-range phone (Lighthouse's
//! 4× CPU): the wasm functions it calls are compiled on first call, and the whole view was built
//! at once. Meanwhile the reader already sees the pre-rendered page, so nothing is lost by
//! building the app beside it in pieces (each region of the page, each card of the first
//! screenful: see [`crate::render::Deferred`]), with the page responsive between them.

use std::collections::VecDeque;

use leptos::prelude::*;

type Job = Box<dyn FnOnce()>;

/// Start-up in stages: a queue of pieces still to build, and whether the app is on screen.
/// Provided as context by `main.rs` only; without it (component tests, the pre-render) every
/// piece is built at once.
///
/// ```ignore
/// let stages = Stages::new();
/// mount_to(detached, move || { provide_context(stages); view! { <App/> } }).forget();
/// stages.run(move || { /* move the app's nodes into the page */ });
/// ```
#[derive(Clone, Copy)]
pub struct Stages {
    queue: StoredValue<VecDeque<Job>, LocalStorage>,
    after: StoredValue<Vec<Job>, LocalStorage>,
    shown: RwSignal<bool>,
}

impl Default for Stages {
    fn default() -> Self {
        Self::new()
    }
}

impl Stages {
    /// An empty queue; the app is not shown yet.
    pub fn new() -> Self {
        Stages {
            queue: StoredValue::new_local(VecDeque::new()),
            after: StoredValue::new_local(Vec::new()),
            shown: RwSignal::new(false),
        }
    }

    /// Queues `build` as a stage of its own; `false` (and nothing queued) once the app is shown,
    /// when the caller should build at once.
    pub fn defer(&self, build: impl FnOnce() + 'static) -> bool {
        if self.shown.get_untracked() {
            return false;
        }
        self.queue.update_value(|q| q.push_back(Box::new(build)));
        true
    }

    /// Whether the app is on screen (tracked: an effect re-runs when it is).
    pub fn is_shown(&self) -> bool {
        self.shown.get()
    }

    /// Runs the queued stages, one per task (each stage may queue more), then `show` and whatever
    /// waited for it ([`when_shown`]).
    pub fn run(self, show: impl FnOnce() + 'static) {
        fn next(stages: Stages, show: Job) {
            crate::browser::next_task(move || {
                match stages.queue.try_update_value(|q| q.pop_front()).flatten() {
                    Some(build) => {
                        build();
                        next(stages, show);
                    }
                    None => {
                        show();
                        stages.shown.set(true);
                        let waiting = stages
                            .after
                            .try_update_value(std::mem::take)
                            .unwrap_or_default();
                        for f in waiting {
                            f();
                        }
                    }
                }
            });
        }
        next(self, Box::new(show));
    }
}

/// The start-up stages, when the app starts in stages and is not on screen yet.
pub fn use_stages() -> Option<Stages> {
    use_context::<Stages>().filter(|s| !s.shown.get_untracked())
}

/// Runs `f` once the app is on screen: now, or when the last start-up stage is built (what
/// measures or scrolls must wait for that).
pub fn when_shown(f: impl FnOnce() + 'static) {
    match use_stages() {
        Some(stages) => stages.after.update_value(|a| a.push(Box::new(f))),
        None => f(),
    }
}

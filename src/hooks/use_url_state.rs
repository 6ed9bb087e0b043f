//! The one owner of the page URL: `report=`, the filter, the kept parameters (`embed=`,
//! `host=`, …) and the session history, with the one `popstate` listener. The URL contract is
//! in docs/deploy.md and `report::view::url`.

use leptos::prelude::*;
use report::view::{self, Extras, Filter, SettingsOverrides};

use crate::browser::after_paint;
use crate::browser::history;
use crate::state::Explorer;

/// The page URL's owner, provided as context by `App` ([`use_url_state`]).
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The query string after the last back/forward; `None` before the reader moves.
    popped: RwSignal<Option<String>>,
    /// The parameters kept in every URL written, without `report=`.
    kept: StoredValue<Extras>,
    /// The open overlays that the back button closes.
    overlays: StoredValue<Overlays, LocalStorage>,
}

/// Overlays (the 目录 on a phone, a number's details) open over one history entry of their own,
/// so the phone's back button closes them instead of leaving the page.
#[derive(Default)]
struct Overlays {
    /// What back closes: each open overlay's key and how to close it.
    open: Vec<(&'static str, Close)>,
    /// The overlay entry is being taken off (`history.back()`); run these once it is.
    closing: Option<Vec<Box<dyn FnOnce()>>>,
}

/// How an overlay is closed.
type Close = Box<dyn Fn()>;

/// What a `popstate` meant.
enum Popped {
    /// The page's own `history.back()` took the overlay entry off.
    OverlayGone(Vec<Box<dyn FnOnce()>>),
    /// The reader pressed back over open overlays.
    CloseOverlays(Vec<Close>),
    /// The reader moved in history.
    Moved,
}

impl UrlState {
    /// The query string after the last back/forward (reactive); `None` before the first.
    pub fn popped(self) -> Option<String> {
        self.popped.get()
    }

    /// The URL parameters of a view of the report `id` (`None`: the bundled one).
    pub fn extras_for(self, id: Option<String>) -> Extras {
        Extras {
            report: id,
            ..self.kept.get_value()
        }
    }

    /// Runs `f` with the query string each time the reader moves in history (back or forward)
    /// from now on, for as long as the calling owner lives.
    pub fn on_history_move(self, f: impl Fn(&str) + 'static) {
        // Not on the effect's first run: only moves after this call count.
        Effect::new(move |first: Option<()>| {
            let popped = self.popped();
            if first.is_none() {
                return;
            }
            if let Some(search) = popped {
                f(&search);
            }
        });
    }

    /// Marks the overlay `key` open (`close` closes it): the first open overlay adds a history
    /// entry with the same URL, which the back button takes off, closing every open overlay.
    pub fn open_overlay(self, key: &'static str, close: impl Fn() + 'static) {
        let push = self
            .overlays
            .with_value(|o| o.open.is_empty() && o.closing.is_none());
        self.overlays.update_value(|o| {
            o.open.retain(|(k, _)| *k != key);
            o.open.push((key, Box::new(close)));
        });
        if push {
            history::push_overlay();
        } else if self.overlays.with_value(|o| o.closing.is_some()) {
            // The last overlay's entry is still being taken off: add this one's after that.
            let overlays = self.overlays;
            self.overlays.update_value(|o| {
                o.closing
                    .get_or_insert_with(Vec::new)
                    .push(Box::new(move || {
                        if overlays.with_value(|o| !o.open.is_empty()) {
                            history::push_overlay();
                        }
                    }))
            });
        }
    }

    /// Marks the overlay `key` closed (by other means than back); when it was the last open
    /// one, takes its history entry off. `then` runs once the entry is off (at once when
    /// there is none): a change that writes the URL must wait for that.
    pub fn close_overlay(self, key: &'static str, then: impl FnOnce() + 'static) {
        let then: Box<dyn FnOnce()> = Box::new(then);
        let was_open = self
            .overlays
            .with_value(|o| o.open.iter().any(|(k, _)| *k == key));
        self.overlays
            .update_value(|o| o.open.retain(|(k, _)| *k != key));
        let last = self.overlays.with_value(|o| o.open.is_empty());
        match self.overlays.with_value(|o| o.closing.is_some()) {
            // Already going: wait for it too.
            true => self
                .overlays
                .update_value(|o| o.closing.get_or_insert_with(Vec::new).push(then)),
            false if was_open && last && history::on_overlay() => {
                self.overlays.update_value(|o| o.closing = Some(vec![then]));
                history::back();
            }
            false => then(),
        }
    }

    /// Shows the report `id` in the URL (unfiltered, with the kept parameters) as a new history
    /// entry.
    pub fn push_report(self, id: Option<String>) {
        let extras = self.extras_for(id);
        let query = view::to_query(&Filter::default(), &SettingsOverrides::default(), &extras);
        history::write_query(&query, true);
    }
}

/// The report a `report=` value names, the bundled one's id when absent: two URLs show the
/// same report when their keys are equal.
pub fn report_key(report: Option<&str>) -> &str {
    match report {
        None | Some("") => crate::state::DEFAULT_REPORT_ID,
        Some(id) => id,
    }
}

/// Creates the URL owner for a page that started with `extras`, listening to back and forward
/// for the page's lifetime (in the browser only).
///
/// ```ignore
/// let url = use_url_state(&start.extras);
/// provide_context(url);
/// ```
pub fn use_url_state(extras: &Extras) -> UrlState {
    let url = UrlState {
        popped: RwSignal::new(None),
        kept: StoredValue::new(Extras {
            report: None,
            ..extras.clone()
        }),
        overlays: StoredValue::new_local(Overlays::default()),
    };
    // Dropped with the owner, which removes the listener.
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let (popped, overlays) = (url.popped, url.overlays);
        let l = gloo_events::EventListener::new(&window(), "popstate", move |_| {
            let meant = overlays
                .try_update_value(|o| {
                    if let Some(then) = o.closing.take() {
                        Popped::OverlayGone(then)
                    } else if !o.open.is_empty() {
                        Popped::CloseOverlays(o.open.drain(..).map(|(_, f)| f).collect())
                    } else {
                        Popped::Moved
                    }
                })
                .unwrap_or(Popped::Moved);
            // Taking an overlay entry off leaves the URL as it was: no history move. Back over
            // open overlays closes them, and the view follows the URL in case an entry was
            // written above the overlay's meanwhile (a filter changed with the 目录 open).
            match meant {
                Popped::OverlayGone(then) => then.into_iter().for_each(|f| f()),
                Popped::CloseOverlays(close) => {
                    close.iter().for_each(|f| f());
                    popped.set(Some(history::search()));
                }
                Popped::Moved => popped.set(Some(history::search())),
            }
        });
        listener.set_value(Some(l));
    });
    url
}

/// Mirrors `explorer.filter` into the URL without reloading: typing in the search box replaces
/// the current history entry, every other change pushes a new one, so back and forward step
/// through filter changes; back and forward within this report restore its filter. `extras`
/// (this report's `report=` and the kept parameters) are in every URL written.
///
/// ```ignore
/// use_filter_in_url(explorer, UrlState::expect(), extras);
/// ```
pub fn use_filter_in_url(explorer: Explorer, url: UrlState, extras: Extras) {
    let shown = report_key(extras.report.as_deref()).to_string();
    let extras = StoredValue::new(extras);
    let last_written: StoredValue<Option<Filter>> = StoredValue::new(None);
    // A URL change waiting for the frame to end: (query, push).
    let pending: StoredValue<Option<(String, bool)>> = StoredValue::new(None);

    Effect::new(move |_| {
        let filter = explorer.filter.get();
        let previous = last_written.get_value();
        last_written.set_value(Some(filter.clone()));
        let Some(previous) = previous else {
            return; // first run: the URL already says this
        };
        let query =
            extras.with_value(|e| view::to_query(&filter, &SettingsOverrides::default(), e));
        let typing_only = Filter {
            q: previous.q.clone(),
            ..filter.clone()
        } == previous;
        // Written after the frame that shows the change: the history API saves the scroll
        // position, which forces a layout of the page as the effects left it (mid-update), so
        // writing it at once would lay the page out twice per keystroke. Changes within one
        // frame coalesce into one entry (pushed if any of them would push).
        let first = pending.with_value(Option::is_none);
        pending.update_value(|p| {
            let push = !typing_only || p.as_ref().is_some_and(|(_, push)| *push);
            *p = Some((query, push));
        });
        if first {
            after_paint(move || {
                if let Some((query, push)) = pending.try_update_value(Option::take).flatten() {
                    history::write_query(&query, push);
                }
            });
        }
    });

    url.on_history_move(move |search| {
        let (filter, _, extras) = view::parse_query(search);
        if report_key(extras.report.as_deref()) != shown {
            return; // another report: the loader replaces this view
        }
        // The browser moved in history: a change not yet written must not overwrite it.
        pending.set_value(None);
        let filter = filter.sanitize(&explorer.data().report);
        last_written.set_value(Some(filter.clone()));
        explorer.filter.set(filter);
    });
}

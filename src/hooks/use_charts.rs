//! [`use_charts`]: the charts of the cards the list shows, kept up to date off the keystroke's
//! frame.

use leptos::prelude::*;
use report::charts::{build, Charts};

use crate::browser::after_paint;
use crate::state::Explorer;

/// Every chart of the visible cards, rebuilt only when the visible cards change. The charts
/// catch up in a task of their own right after the frame that shows a change: building and
/// drawing them (thousands of bars for a long report) does not lengthen the keystroke's frame,
/// and changes within one frame are built once.
///
/// ```ignore
/// let charts = use_charts(Explorer::expect());
/// let bars = move || charts.with(|c| c.get(ChartKind::Growth).len());
/// ```
pub fn use_charts(ex: Explorer) -> Memo<Charts> {
    let cards = move || {
        ex.hits
            .with_untracked(|h| h.iter().map(|h| h.card).collect::<Vec<_>>())
    };
    let visible = RwSignal::new(cards());
    let pending = StoredValue::new(false);
    Effect::new(move |prev: Option<()>| {
        ex.hits.track();
        if prev.is_none() || pending.get_value() {
            return;
        }
        pending.set_value(true);
        after_paint(move || {
            if pending.try_set_value(false).is_some() {
                return; // unmounted meanwhile
            }
            let now = cards();
            if visible.with_untracked(|v| *v != now) {
                visible.set(now);
            }
        });
    });
    Memo::new(move |_| {
        let d = ex.data();
        visible.with(|v| build(&d.report, &d.cards, v.iter().copied()))
    })
}

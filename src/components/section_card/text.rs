//! A card's text: plain runs with the search highlights, and a [`NumberMark`] per indicator.
//!
//! A report paragraph is a few hundred characters, at most a couple of thousand; but any text can
//! be opened, and one paragraph of 20,000 figures would be 20,000 marks built in one task (seconds
//! with the page frozen). So a text is built in slices of [`SLICE_CHARS`] characters or
//! [`SLICE_MARKS`] marks: the first at once, the others only once the card is unfolded (a folded
//! card shows four lines, all inside the first slice), each in a task of its own.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::run;
use crate::browser::next_task;
use crate::components::NumberMark;
use crate::state::segments::{spans, Span};
use crate::state::ReportData;

/// A slice's size: real paragraphs fit in one.
const SLICE_CHARS: usize = 2000;
const SLICE_MARKS: usize = 200;

/// Splits `spans` into slices of at most [`SLICE_CHARS`] characters and [`SLICE_MARKS`] marks
/// (a text longer than a slice is cut; a number is never cut).
fn slices(spans: Vec<Span>) -> Vec<Vec<Span>> {
    let mut out: Vec<Vec<Span>> = vec![Vec::new()];
    let (mut chars, mut marks) = (0, 0);
    for span in spans.into_iter().flat_map(split_text) {
        let (len, mark) = match &span {
            Span::Text(r) => (r.len(), 0),
            Span::Number { range, trail, .. } => (range.len() + trail.len(), 1),
        };
        let last = out.last_mut().expect("never empty");
        if !last.is_empty() && (chars + len > SLICE_CHARS || marks + mark > SLICE_MARKS) {
            out.push(Vec::new());
            (chars, marks) = (0, 0);
        }
        chars += len;
        marks += mark;
        out.last_mut().expect("never empty").push(span);
    }
    out
}

/// A text span longer than a slice, as pieces of a slice's length (a number span stays whole).
fn split_text(span: Span) -> Vec<Span> {
    match span {
        Span::Text(r) if r.len() > SLICE_CHARS => r
            .clone()
            .step_by(SLICE_CHARS)
            .map(|start| Span::Text(start..(start + SLICE_CHARS).min(r.end)))
            .collect(),
        other => vec![other],
    }
}

/// The card's text, and whether it has a mark (the first is the card's tab stop). The slices
/// after the first are built once `unfolded` is true, one per task.
pub(super) fn card_text(
    data: &ReportData,
    card: usize,
    chars: &Arc<[char]>,
    text_ranges: Signal<Vec<Range<usize>>>,
    live: bool,
    unfolded: impl Fn() -> bool + Send + Sync + 'static,
) -> (AnyView, bool) {
    let spans = spans(chars, &data.marks(&data.cards[card]));
    let has_marks = spans.iter().any(|s| matches!(s, Span::Number { .. }));
    let mut slices = slices(spans).into_iter();
    let mut first_mark = true;
    let head = slice_view(
        slices.next().unwrap_or_default(),
        chars,
        text_ranges,
        live,
        &mut first_mark,
    );
    let rest: Vec<Vec<Span>> = slices.collect();
    if rest.is_empty() {
        return (head, has_marks);
    }
    // How many of the later slices are built; grows one per task once unfolded.
    let built = RwSignal::new(0usize);
    let total = rest.len();
    Effect::new(move |_| {
        if unfolded() && built.get() < total {
            next_task(move || built.update(|n| *n += 1));
        }
    });
    let chars = chars.clone();
    let later = rest
        .into_iter()
        .enumerate()
        .map(|(k, slice)| {
            let chars = chars.clone();
            let slice = StoredValue::new(slice);
            // Changes once, false to true: the slice is built once and then left alone as the
            // later ones come.
            let shown = Memo::new(move |_| built.get() > k);
            move || {
                shown.get().then(|| {
                    let spans = slice.with_value(Clone::clone);
                    slice_view(spans, &chars, text_ranges, live, &mut false)
                })
            }
        })
        .collect_view();
    (view! { {head} {later} }.into_any(), has_marks)
}

/// The views of one slice's spans.
fn slice_view(
    spans: Vec<Span>,
    chars: &Arc<[char]>,
    text_ranges: Signal<Vec<Range<usize>>>,
    live: bool,
    first_mark: &mut bool,
) -> AnyView {
    spans
        .into_iter()
        .map(|span| match span {
            Span::Text(r) => run(chars, r, text_ranges, live),
            Span::Number {
                index,
                range,
                trail,
            } => {
                let trail = (!trail.is_empty()).then(|| run(chars, trail, text_ranges, live));
                let text = run(chars, range, text_ranges, live);
                let tab_stop = std::mem::take(first_mark);
                view! { <NumberMark index=index text=text trail=trail tab_stop=tab_stop/> }
                    .into_any()
            }
        })
        .collect_view()
        .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(at: usize, len: usize) -> Span {
        Span::Number {
            index: at,
            range: at..at + len,
            trail: at + len..at + len,
        }
    }

    #[test]
    fn a_paragraph_of_the_genre_is_one_slice() {
        let spans = vec![Span::Text(0..900), number(900, 5), Span::Text(905..1300)];
        assert_eq!(slices(spans).len(), 1);
    }

    #[test]
    fn a_text_dense_with_figures_is_cut_every_so_many_marks() {
        let spans: Vec<Span> = (0..1000)
            .flat_map(|i| [Span::Text(i * 8..i * 8 + 3), number(i * 8 + 3, 5)])
            .collect();
        let cut = slices(spans);
        assert_eq!(cut.len(), 5);
        for s in &cut {
            let marks = s
                .iter()
                .filter(|s| matches!(s, Span::Number { .. }))
                .count();
            assert!(marks <= SLICE_MARKS);
        }
    }

    #[test]
    fn a_long_text_without_figures_is_cut_every_so_many_characters() {
        let spans: Vec<Span> = (0..100)
            .map(|i| Span::Text(i * 100..i * 100 + 100))
            .collect();
        assert_eq!(slices(spans).len(), 5);
        // One run of text longer than a slice is cut into slices.
        let cut = slices(vec![Span::Text(0..5_000)]);
        assert_eq!(cut.len(), 3);
        assert!(matches!(cut[2][..], [Span::Text(ref r)] if *r == (4000..5000)));
    }
}

//! [`card_chart`]: a small chart of one card's own growth, rate and rank indicators.

use leptos::prelude::*;
use report::{Direction, NumberKind, NumberMention};

use crate::render::Fresh;
use crate::state::Explorer;

/// One row of a card's mini chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MiniBar {
    /// What is measured (the number's label, or its text as written).
    pub label: String,
    /// The value as shown: `▲4.1%`, `96.68%`, `第二`.
    pub value: String,
    /// The kind, for the row's class.
    pub kind: NumberKind,
    /// Bar length as a share of the track, 0–100; `None` for ranks (shown as a badge).
    pub share: Option<f64>,
    /// For growths: the direction.
    pub direction: Option<Direction>,
}

/// The most rows a card's mini chart shows.
const MINI_ROWS: usize = 12;

/// The mini bars for a card's numbers (indices into `numbers`): growths scaled to the largest
/// change in the card, rates on 0–100 %, ranks as badges. Other kinds are left out.
pub fn mini_bars(numbers: &[NumberMention], indices: &[usize]) -> Vec<MiniBar> {
    let chosen: Vec<&NumberMention> = indices
        .iter()
        .filter_map(|&i| numbers.get(i))
        .filter(|n| {
            n.is_indicator
                && matches!(
                    n.kind,
                    Some(NumberKind::Growth | NumberKind::Rate | NumberKind::Rank)
                )
        })
        .collect();
    let max_growth = chosen
        .iter()
        .filter(|n| n.kind == Some(NumberKind::Growth))
        .filter_map(|n| n.value)
        .fold(0.0_f64, |m, v| m.max(v.abs()));
    chosen
        .into_iter()
        .filter_map(|n| {
            let kind = n.kind?;
            let label = n.label.clone().unwrap_or_else(|| n.raw.clone());
            let (value, share) = match kind {
                NumberKind::Growth => {
                    let arrow = if n.direction == Some(Direction::Down) {
                        "▼"
                    } else {
                        "▲"
                    };
                    let share = n
                        .value
                        .filter(|_| max_growth > 0.0)
                        .map(|v| (v.abs() / max_growth * 100.0).clamp(2.0, 100.0));
                    (format!("{arrow}{}", n.raw), share)
                }
                NumberKind::Rate => (n.raw.clone(), n.value.map(|v| v.clamp(0.0, 100.0))),
                _ => (n.raw.clone(), None),
            };
            Some(MiniBar {
                label,
                value,
                kind,
                share,
                direction: n.direction,
            })
        })
        .collect()
}

/// The class that sets a bar's width: `mini-w-N` for N × 2 % (0–50), so the width is styled by
/// the stylesheet, with no `style` attribute a strict CSP would block in pre-rendered HTML.
pub fn width_class(share: f64) -> String {
    format!("mini-w-{}", (share.clamp(0.0, 100.0) / 2.0).round() as u32)
}

/// A card's mini chart; nothing when the card has no growth, rate or rank indicator. It repeats
/// numbers already marked in the text, so it is hidden from screen readers. A view function,
/// not a `#[component]`: it is made inside [`SectionCard`](crate::components::SectionCard)
/// only, and a component's props code costs wasm for nothing there.
pub fn card_chart(card: usize) -> impl IntoView {
    let data = Explorer::expect().data();
    let mut bars = mini_bars(&data.report.numbers, &data.cards[card].numbers);
    if bars.is_empty() {
        return ().into_any();
    }
    // A glance, not a table: a paragraph's first rows (real ones have a handful; a text dense
    // with figures would otherwise build thousands), and how many more the text has.
    let more = bars.len().saturating_sub(MINI_ROWS);
    bars.truncate(MINI_ROWS);
    let more = (more > 0)
        .then(|| view! { <li class="mini-more">{format!("另有 {more} 项，见正文")}</li> });
    let rows = bars
        .into_iter()
        .map(|b| {
            let down = b.direction == Some(Direction::Down);
            let bar = b.share.map(|share| {
                view! {
                    <span class="mini-track">
                        <span class=format!("mini-fill {}", width_class(share)) class:mini-down=down></span>
                    </span>
                }
            });
            view! {
                <li class=format!("mini-row mini-{}", b.kind.as_str())>
                    <span class="mini-label">{b.label}</span>
                    {bar}
                    <span class="mini-value" class:mini-down=down>{b.value}</span>
                </li>
            }
        })
        .collect_view();
    // Built once per card (cards are never diffed): no rebuild code (`Fresh`).
    Fresh(view! { <ul class="card-chart" aria-hidden="true">{rows}{more}</ul> }).into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_card_with_two_growths_scales_to_the_larger() {
        let report = report::parse(crate::state::DEFAULT_REPORT).unwrap();
        let cards = report::view::cards(&report);
        let card = cards.iter().find(|c| c.id == "1-1-1").unwrap();
        let bars = mini_bars(&report.numbers, &card.numbers);
        let growth: Vec<_> = bars
            .iter()
            .filter(|b| b.kind == NumberKind::Growth)
            .collect();
        assert_eq!(growth.len(), 2);
        assert_eq!(growth[0].value, "▲4.1%");
        assert_eq!(growth[1].share, Some(100.0));
        assert!((growth[0].share.unwrap() - 4.1 / 153.3 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn widths_are_classes_in_two_percent_steps() {
        assert_eq!(width_class(100.0), "mini-w-50");
        assert_eq!(width_class(2.67), "mini-w-1");
        assert_eq!(width_class(96.68), "mini-w-48");
        assert_eq!(width_class(-3.0), "mini-w-0");
    }

    #[test]
    fn rates_use_percent_and_ranks_are_badges() {
        let report = report::parse(crate::state::DEFAULT_REPORT).unwrap();
        let cards = report::view::cards(&report);
        let card = cards.iter().find(|c| c.id == "1-5-2").unwrap();
        let bars = mini_bars(&report.numbers, &card.numbers);
        let rate = bars.iter().find(|b| b.value == "96.68%").unwrap();
        assert_eq!(rate.share, Some(96.68));
        assert!(bars
            .iter()
            .any(|b| b.kind == NumberKind::Rank && b.share.is_none()));
        let down = bars
            .iter()
            .find(|b| b.direction == Some(Direction::Down))
            .unwrap();
        assert_eq!(down.value, "▼68.43%");
    }
}

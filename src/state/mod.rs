//! The explorer's shared state: which report is shown and how it was loaded ([`Loader`], the
//! one owner of text → parsed report), the parsed report (immutable) and the view state
//! (signals), provided per report as the typed context [`Explorer`], with [`ViewInfo`] beside
//! it.

pub mod loader;
pub mod reading;
pub mod segments;
pub mod series;
pub mod shown;

pub use loader::{Loader, Opened, Page, ReportChoice, ReportSource, Start};
#[cfg(not(feature = "worker-parse"))]
pub use shown::{default_report, DEFAULT_REPORT};
pub use shown::{
    Shown, DEFAULT_REPORT_FILE, DEFAULT_REPORT_ID, DEFAULT_REPORT_NAME, DEFAULT_REPORT_PARSED,
};

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use report::view::{self, Card, FacetCounts, Filter, Hit, KeyFigure, SearchIndex, Settings};
use report::Report;

/// How many figures the headline strip shows at most.
pub const KEY_FIGURES: usize = 10;

/// Everything derived once from a report's text.
pub struct ReportData {
    /// The parsed report (shared with the [`Shown`] it came from, never copied).
    pub report: Arc<Report>,
    /// One card per paragraph, in source order.
    pub cards: Vec<Card>,
    /// Normalized card texts for search.
    pub index: SearchIndex,
    /// The headline strip.
    pub figures: Vec<KeyFigure>,
    /// Where the original text is served, relative to the page (`reports/xinqiao-2024h1.txt`).
    pub source_file: String,
}

impl ReportData {
    /// Derives cards, search index and key figures from a parsed report.
    pub fn new(report: impl Into<Arc<Report>>, source_file: impl Into<String>) -> ReportData {
        let report = report.into();
        let cards = view::cards(&report);
        let index = SearchIndex::new(&cards);
        let figures = view::key_figures(&report, &cards, KEY_FIGURES);
        ReportData {
            report,
            cards,
            index,
            figures,
            source_file: source_file.into(),
        }
    }

    /// Indicator marks of a card: `(char range in the card text, number index)`, sorted.
    pub fn marks(&self, card: &Card) -> Vec<(Range<usize>, usize)> {
        let block = &self.report.blocks[card.block];
        card.numbers
            .iter()
            .filter_map(|&i| {
                let n = &self.report.numbers[i];
                let start = n.offset.checked_sub(block.offset)?;
                n.is_indicator
                    .then(|| (start..start + n.raw.chars().count(), i))
            })
            .collect()
    }

    /// How many indicators a card has.
    pub fn indicator_count(&self, card: &Card) -> usize {
        card.numbers
            .iter()
            .filter(|&&i| self.report.numbers[i].is_indicator)
            .count()
    }

    /// `一、上半年工作总结` for a 0-based part index.
    pub fn part_label(&self, part: usize) -> String {
        self.report.parts[part].label()
    }

    /// `（一）经济发展…` for 0-based part and section indices.
    pub fn section_label(&self, part: usize, section: usize) -> String {
        self.report.parts[part].sections[section].label()
    }
}

/// What the components of one report's view need besides the [`Explorer`]: the report's short
/// name and the URL parameters kept in every link. Provided as context beside it.
#[derive(Debug, Clone, Default)]
pub struct ViewInfo {
    /// The report's short name, for file names.
    pub name: String,
    /// The URL's other parameters (`report=` …).
    pub extras: report::view::Extras,
}

impl ViewInfo {
    /// The context provided with the [`Explorer`]; defaults outside one (component tests).
    pub fn current() -> ViewInfo {
        use_context::<ViewInfo>().unwrap_or_default()
    }
}

/// The typed context every component reads: report data plus view state.
#[derive(Clone, Copy)]
pub struct Explorer {
    /// The report and what is derived from it.
    pub data: StoredValue<Arc<ReportData>>,
    /// What the reader asked to see (search and facets); mirrored in the URL.
    pub filter: RwSignal<Filter>,
    /// Reading aids; remembered in localStorage.
    pub settings: RwSignal<Settings>,
    /// The cards shown, in display order.
    pub hits: Memo<Vec<Hit>>,
    /// Per facet value, how many cards it would leave.
    pub counts: Memo<FacetCounts>,
    /// The number whose details are open, if any.
    pub open_number: RwSignal<Option<usize>>,
    /// `filter.card` as a [`Choice`] of the card's index (by [`key_of`]): a card's focus
    /// re-renders only when it gains or loses it.
    focus: StoredValue<Choice<u64>>,
    /// `open_number` as a [`Choice`] (by [`key_of`]): a number mark re-renders only when it
    /// opens or closes.
    open: StoredValue<Choice<u64>>,
    /// Whether the viewport is wide (at least 60rem): fold-away panels (目录, 筛选, 阅读设置)
    /// start open when it is, closed on phones. Set by `App` once mounted.
    pub wide: RwSignal<bool>,
    /// See [`Explorer::show_only_focused`].
    only_focused: StoredValue<bool>,
    /// The id of a heading to bring into view and focus once the list shows it (a 目录 jump);
    /// the card list takes it.
    pub reveal: RwSignal<Option<String>>,
}

impl Explorer {
    /// Creates the state for a report with an initial filter and settings.
    pub fn new(data: ReportData, filter: Filter, settings: Settings) -> Explorer {
        Explorer::with_data(Arc::new(data), filter, settings)
    }

    /// [`Explorer::new`] for report data made earlier (and maybe shared).
    pub fn with_data(data: Arc<ReportData>, filter: Filter, settings: Settings) -> Explorer {
        let data = StoredValue::new(data);
        let filter = RwSignal::new(filter);
        // One search pass per change for both the hits and the facet counts.
        let evaluated = Memo::new(move |_| {
            let d = data.get_value();
            filter.with(|f| Arc::new(view::evaluate(&d.report, &d.cards, &d.index, f)))
        });
        let only_focused = StoredValue::new(false);
        let hits = Memo::new(move |_| {
            let all = evaluated.with(|e| e.0.clone());
            if !only_focused.get_value() {
                return all;
            }
            let d = data.get_value();
            filter.with(|f| {
                let focused = f
                    .card
                    .as_deref()
                    .and_then(|id| all.iter().find(|hit| d.cards[hit.card].id == id).cloned());
                focused.map_or(all, |hit| vec![hit])
            })
        });
        let counts = Memo::new(move |_| evaluated.with(|e| e.1.clone()));
        let open_number = RwSignal::new(None);
        Explorer {
            data,
            filter,
            settings: RwSignal::new(settings),
            hits,
            counts,
            open_number,
            focus: StoredValue::new(Choice::new(move || {
                let d = data.get_value();
                key_of(filter.with(|f| {
                    let id = f.card.as_deref()?;
                    d.cards.iter().position(|c| c.id == id)
                }))
            })),
            open: StoredValue::new(Choice::new(move || key_of(open_number.get()))),
            wide: RwSignal::new(false),
            only_focused,
            reveal: RwSignal::new(None),
        }
    }

    /// From now on a focused card (`card=`) among the results is the only card shown: an
    /// embedded paragraph is that paragraph, not the whole list scrolled to it. Call before
    /// anything reads [`Explorer::hits`].
    pub fn show_only_focused(&self) {
        self.only_focused.set_value(true);
    }

    /// Whether [`Explorer::show_only_focused`] was called.
    pub fn shows_only_focused(&self) -> bool {
        self.only_focused.get_value()
    }

    /// The context provided by `App`.
    ///
    /// # Panics
    /// Outside a component tree that `App` (or a test) set up with [`provide_context`].
    pub fn expect() -> Explorer {
        expect_context::<Explorer>()
    }

    /// The report data (cheap: an `Arc` clone).
    pub fn data(&self) -> Arc<ReportData> {
        self.data.get_value()
    }

    /// Whether card `index` (into the report's cards) is the focused one (`card=`); reactive,
    /// O(1) per change.
    pub fn is_focused(&self, index: usize) -> bool {
        self.focus.with_value(|c| c.is(&key_of(Some(index))))
    }

    /// Whether the details of number `index` are open; reactive, O(1) per change.
    pub fn is_open(&self, index: usize) -> bool {
        self.open.with_value(|c| c.is(&key_of(Some(index))))
    }

    /// Changes the filter with `f`, clearing the focused card unless `f` sets one.
    pub fn update_filter(&self, f: impl FnOnce(&mut Filter)) {
        self.filter.update(|filter| {
            let before = filter.card.clone();
            f(filter);
            if filter.card == before {
                filter.card = None;
            }
        });
    }
}

/// A value's key for a [`Choice<u64>`]: every choice of a position (a part, a section, a number)
/// shares one instance of the selector's code, whatever it chooses among.
pub fn key_of(value: impl Into<ChoiceKey>) -> u64 {
    value.into().0
}

/// The key [`key_of`] gives: `0` for none, else a distinct number per value.
pub struct ChoiceKey(u64);

impl From<Option<usize>> for ChoiceKey {
    fn from(v: Option<usize>) -> Self {
        ChoiceKey(v.map_or(0, |n| n as u64 + 1))
    }
}

impl From<Option<(usize, usize)>> for ChoiceKey {
    fn from(v: Option<(usize, usize)>) -> Self {
        ChoiceKey(v.map_or(0, |(p, s)| ((p as u64) << 32 | s as u64) + 1))
    }
}

impl From<report::view::PartSel> for ChoiceKey {
    fn from(v: report::view::PartSel) -> Self {
        use report::view::PartSel;
        ChoiceKey(match v {
            PartSel::None => 0,
            PartSel::Index(n) => n as u64 + 1,
            PartSel::Kind(k) => (1 << 48) + k as u64,
        })
    }
}

/// Which of many keys a reactive value equals, for the many elements that each show whether
/// they are the chosen one (the focused card, the open number, the selected option): in the
/// browser a [`Selector`], so a change re-runs only the two elements whose answer changed, not
/// all of them. Rendering to HTML natively (no executor for the selector's effect, and nothing
/// to update) it compares directly.
#[derive(Clone)]
pub struct Choice<T>
where
    T: PartialEq + Eq + Clone + std::hash::Hash + Send + Sync + 'static,
{
    selector: Option<Selector<T>>,
    source: Arc<dyn Fn() -> T + Send + Sync>,
}

impl<T> Choice<T>
where
    T: PartialEq + Eq + Clone + std::hash::Hash + Send + Sync + 'static,
{
    /// Follows `source`.
    pub fn new(source: impl Fn() -> T + Clone + Send + Sync + 'static) -> Self {
        Choice {
            selector: cfg!(target_arch = "wasm32").then(|| Selector::new(source.clone())),
            source: Arc::new(source),
        }
    }

    /// Whether the value is `key` (reactive).
    pub fn is(&self, key: &T) -> bool {
        match &self.selector {
            Some(s) => s.selected(key),
            None => (self.source)() == *key,
        }
    }
}

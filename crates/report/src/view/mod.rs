//! View state for the app: what its components render, computed natively and testable without
//! a browser.
//!
//! - [`cards`]: one [`Card`] per paragraph of the report, with positional ids (`1-2-3`).
//! - [`search`]: Chinese-aware substring search over cards, with highlight ranges.
//! - [`filter`]: the [`Filter`] (search + part/section/kind facets) and facet counts.
//! - [`url`]: the query-string contract (`?q=养老&part=plan&kind=growth`).
//! - [`settings`]: reading aids (font size, theme, elder mode).
//! - [`headings`]: what each card is titled (never 概述 or 段落).
//! - [`figures`]: the headline strip's key figures, chosen by rules over parsed numbers.
//!
//! Typical use: cards and index once per report, then [`evaluate`] once per keystroke:
//!
//! ```
//! use report::view::{self, Filter, SearchIndex};
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n经济指标持续向好。产值329.73亿元，同比增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! let cards = view::cards(&report);
//! let index = SearchIndex::new(&cards);
//! let filter = Filter { q: "产值".into(), ..Filter::default() };
//! let (hits, counts) = view::evaluate(&report, &cards, &index, &filter);
//! assert_eq!(hits.len(), 1);
//! assert_eq!(counts.total, 1);
//! assert_eq!(cards[hits[0].card].id, "1-1-1");
//! ```

pub mod cards;
pub mod figures;
pub mod filter;
pub mod headings;
pub mod search;
pub mod settings;
pub mod url;

pub use cards::{card_exists, cards, part_id, section_id, Card};
pub use figures::{format_base_value, key_figures, KeyFigure};
pub use filter::{
    apply, apply_indexed, evaluate, facet_counts, facet_counts_indexed, FacetCounts, Filter,
    PartSel,
};
pub use search::{highlight_segments, normalize, Hit, Query, SearchIndex};
pub use settings::{Settings, SettingsOverrides, Theme};
pub use url::{
    origin_allowed, parse_origin, parse_query, percent_decode, percent_encode, to_query, Extras,
};

//! View state for the app: what its components render, computed natively and testable without
//! a browser.
//!
//! - Cards ([`cards()`]): one [`Card`] per paragraph of the report, with positional ids
//!   (`1-2-3`), each titled by its own title or by rules (never 概述 or 段落).
//! - Search ([`SearchIndex`], [`Query`]): Chinese-aware substring search over cards, with
//!   highlight ranges.
//! - The [`Filter`] (search + part/section/kind facets) and its [`FacetCounts`].
//! - The query-string contract ([`parse_query`], [`to_query`]: `?q=养老&part=plan&kind=growth`).
//! - Reading aids ([`Settings`]: font size, theme, elder mode, 朗读, 大鼠标, 阅读线).
//! - Key figures ([`key_figures`]): the headline strip, chosen by rules over parsed numbers.
//! - 纯文本 ([`plain`]): the report as headings and paragraphs only (`view=text`).
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

mod cards;
mod figures;
mod filter;
mod headings;
mod plain;
mod search;
mod settings;
pub mod tracking;
mod url;

pub use cards::{card_exists, cards, part_id, section_id, Card};
pub use figures::{format_base_value, key_figures, KeyFigure};
pub use filter::{
    apply, apply_indexed, evaluate, facet_counts, facet_counts_indexed, FacetCounts, Filter,
    PartSel,
};
pub use plain::{plain, Plain};
pub use search::{highlight_segments, normalize, Hit, Query, SearchIndex};
pub use settings::{Settings, SettingsOverrides, Theme};
pub(crate) use url::percent_decode_path;
pub use url::{
    origin_allowed, parse_origin, parse_query, percent_decode, percent_encode, to_query, Extras,
    TEXT_VIEW,
};

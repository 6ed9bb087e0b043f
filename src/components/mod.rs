//! UI components, one folder per component (its types beside it). Every component reads the
//! shared [`crate::state::Explorer`] context.

pub mod card_chart;
pub mod card_list;
pub mod chart_figure;
pub mod charts_panel;
pub mod copy_link;
pub mod embed_dialog;
pub mod export_menu;
pub mod filter_bar;
pub mod key_figures;
pub mod number_mark;
pub mod number_popover;
pub mod open_report;
pub mod print_view;
pub mod qr_code;
pub mod reading_aids;
pub mod report_header;
pub mod report_switcher;
pub mod search_box;
pub mod section_card;
pub mod share_card;
pub mod table_of_contents;

pub use card_chart::card_chart;
pub use card_list::CardList;
pub use chart_figure::ChartFigure;
pub use charts_panel::ChartsPanel;
pub use copy_link::CopyLinkButton;
pub use embed_dialog::EmbedDialog;
pub use export_menu::ExportMenu;
pub use filter_bar::FilterBar;
pub use key_figures::KeyFigures;
pub use number_mark::{number_kind_names, NumberMark};
pub use number_popover::NumberPopover;
pub use open_report::OpenReport;
pub use print_view::PrintView;
pub use qr_code::qr_svg;
pub use reading_aids::ReadingAids;
pub use report_header::ReportHeader;
pub use report_switcher::ReportSwitcher;
pub use search_box::SearchBox;
pub use section_card::SectionCard;
pub use share_card::ShareCard;
pub use table_of_contents::TableOfContents;

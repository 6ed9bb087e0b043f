//! Browser glue as hooks, one per file (`use_*`), in the style of leptos-use. Each touches
//! `window`/`document` only inside effects and event handlers.

pub mod use_charts;
pub mod use_device_pixel_ratio;
pub mod use_dismiss;
pub mod use_element_width;
pub mod use_embed;
pub mod use_media_query;
pub mod use_on_screen;
pub mod use_reading_aids;
pub mod use_reading_guide;
pub mod use_speech;
pub mod use_stages;
pub mod use_url_state;

pub use use_charts::use_charts;
pub use use_device_pixel_ratio::use_device_pixel_ratio;
pub use use_dismiss::{use_dismiss, Dismiss};
pub use use_element_width::use_element_width;
pub use use_embed::{use_embed, EmbedMode, EmbedView};
pub use use_media_query::use_media_query;
pub use use_on_screen::use_on_screen;
pub use use_reading_aids::use_reading_aids;
pub use use_reading_guide::use_reading_guide;
pub use use_speech::{use_speech, Speech, Voice};
pub use use_stages::{use_stages, when_shown, Stages};
pub use use_url_state::{report_key, use_filter_in_url, use_url_state, UrlState};

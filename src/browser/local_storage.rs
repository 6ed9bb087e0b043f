//! The reading aids remembered in `localStorage` (a few bytes; the reader's own report is in
//! IndexedDB: [`super::indexed_db`]).

use gloo_storage::{LocalStorage, Storage};
use report::view::{Settings, Theme};

const KEY_FONT: &str = "report-explorer:font";
const KEY_THEME: &str = "report-explorer:theme";
const KEY_ELDER: &str = "report-explorer:elder";

/// The settings remembered from earlier visits (defaults when storage is empty or refused).
pub fn load_settings() -> Settings {
    let mut s = Settings::default();
    if let Ok(font) = LocalStorage::get::<u8>(KEY_FONT) {
        if (Settings::FONT_MIN..=Settings::FONT_MAX).contains(&font) {
            s.font = font;
        }
    }
    if let Some(theme) = LocalStorage::get::<String>(KEY_THEME)
        .ok()
        .and_then(|t| Theme::parse(&t))
    {
        s.theme = theme;
    }
    if let Ok(elder) = LocalStorage::get::<bool>(KEY_ELDER) {
        s.elder = elder;
    }
    s
}

/// Remembers `s`. Storage can be refused (private mode, WeChat settings): the aids then still
/// apply for this visit.
pub fn save_settings(s: &Settings) {
    let _ = LocalStorage::set(KEY_FONT, s.font);
    let _ = LocalStorage::set(KEY_THEME, s.theme.as_str());
    let _ = LocalStorage::set(KEY_ELDER, s.elder);
}

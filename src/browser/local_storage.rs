//! The reading aids remembered in `localStorage` (a few bytes; the reader's own report is in
//! IndexedDB: [`super::indexed_db`]).
//!
//! Storage can be refused: reading `window.localStorage` throws when site data is blocked, in a
//! cross-site frame with third-party storage blocked, and in some in-app browsers. Every function
//! here then does nothing, and the settings last until the page is closed ([`available`] tells
//! the reading aids to say so). Values are JSON, as `public/boot.js` reads them before the app
//! starts: `3`, `"dark"`, `true`.

use report::view::{Settings, Theme};

const KEY_FONT: &str = "report-explorer:font";
const KEY_THEME: &str = "report-explorer:theme";
const KEY_ELDER: &str = "report-explorer:elder";
const KEY_SPEECH: &str = "report-explorer:speech";
const KEY_RATE: &str = "report-explorer:rate";
const KEY_CURSOR: &str = "report-explorer:cursor";
const KEY_GUIDE: &str = "report-explorer:guide";

/// The page's `localStorage`, or `None` when the browser refuses it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Whether settings can be kept for the next visit: storage is there and takes a write (Safari's
/// old private mode had a `localStorage` whose every write threw).
pub fn available() -> bool {
    const PROBE: &str = "report-explorer:probe";
    storage().is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok())
}

/// The settings remembered from earlier visits (defaults when storage is empty or refused).
pub fn load_settings() -> Settings {
    let mut s = Settings::default();
    if let Some(font) = get(KEY_FONT).and_then(|f| f.trim().parse::<u8>().ok()) {
        if (Settings::FONT_MIN..=Settings::FONT_MAX).contains(&font) {
            s.font = font;
        }
    }
    if let Some(theme) = get(KEY_THEME).and_then(|t| Theme::parse(t.trim().trim_matches('"'))) {
        s.theme = theme;
    }
    if let Some(elder) = get(KEY_ELDER) {
        s.elder = elder.trim() == "true";
    }
    if let Some(speech) = get(KEY_SPEECH) {
        s.speech = speech.trim() != "false";
    }
    if let Some(rate) = get(KEY_RATE).and_then(|r| r.trim().parse::<u8>().ok()) {
        if (Settings::RATE_MIN..=Settings::RATE_MAX).contains(&rate) {
            s.rate = rate;
        }
    }
    s.cursor = get(KEY_CURSOR).is_some_and(|c| c.trim() == "true");
    s.guide = get(KEY_GUIDE).is_some_and(|g| g.trim() == "true");
    s
}

/// Remembers `s`, when the browser allows.
pub fn save_settings(s: &Settings) {
    let Some(store) = storage() else {
        return;
    };
    let _ = store.set_item(KEY_FONT, &s.font.to_string());
    let _ = store.set_item(KEY_THEME, &format!("\"{}\"", s.theme.as_str()));
    let _ = store.set_item(KEY_ELDER, if s.elder { "true" } else { "false" });
    let _ = store.set_item(KEY_SPEECH, if s.speech { "true" } else { "false" });
    let _ = store.set_item(KEY_RATE, &s.rate.to_string());
    let flag = |on: bool| if on { "true" } else { "false" };
    let _ = store.set_item(KEY_CURSOR, flag(s.cursor));
    let _ = store.set_item(KEY_GUIDE, flag(s.guide));
}

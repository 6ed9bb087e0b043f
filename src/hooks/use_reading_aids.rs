//! Reading aids (字体大小, 视力保护色, high contrast, dark, 长辈模式, the 朗读 switch): remembered in
//! localStorage and applied as classes on the `<html>` element, which the stylesheet turns into
//! CSS variables.

use leptos::prelude::*;
use report::view::Settings;

use crate::browser::local_storage;

/// Applies `settings` to `<html>` whenever it changes, and remembers the reader's own changes:
/// not the settings the page started with (the URL's apply to this visit only), nor those a
/// host page sent (`from_host`, set by `use_embed`: a portal's choice for its frame must not
/// become the reader's on the explorer's own site).
///
/// ```ignore
/// let settings = RwSignal::new(browser::local_storage::load_settings());
/// let from_host = StoredValue::new(None);
/// use_reading_aids(settings, from_host);
/// ```
pub fn use_reading_aids(settings: RwSignal<Settings>, from_host: StoredValue<Option<Settings>>) {
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let s = settings.get();
        let Some(root) = document().document_element() else {
            return;
        };
        // Only what differs changes: the page starts with the default classes (`index.html`,
        // `boot.js`), and any change to `<html>`'s classes restyles the whole page.
        let list = root.class_list();
        let wanted = s.classes();
        let stale: Vec<String> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter(|c| {
                c.starts_with("font-")
                    || c.starts_with("theme-")
                    || ["elder", "speech-off", "big-cursor", "guide-on"].contains(&c.as_str())
            })
            .filter(|c| !wanted.contains(c))
            .collect();
        for c in stale {
            let _ = list.remove_1(&c);
        }
        for c in wanted.iter().filter(|c| !list.contains(c)) {
            let _ = list.add_1(c);
        }
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if from_host.with_value(|h| h.as_ref() == Some(&s)) {
            return;
        }
        local_storage::save_settings(&s);
    });
}

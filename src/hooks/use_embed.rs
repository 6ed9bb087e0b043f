//! Embed mode (`embed=1`): what an embedded explorer shows ([`EmbedMode`], from the
//! URL's `view=`, `chart=`, `downloads=`), its height posted to the host page, and the host's
//! reading aids applied from `report-explorer:settings` messages sent by allowed origins only.
//!
//! Messages (the `embed.js` helper speaks both):
//! - explorer → host: `{type: "report-explorer:height", height: <CSS px>}` on load, on every
//!   resize of the page's content and after every filter change.
//! - host → explorer: `{type: "report-explorer:settings", font?: 1..4, theme?: "auto"|"light"|
//!   "dark"|"eyecare"|"contrast", elder?: bool, speech?: bool, rate?: 1..3}`; absent fields
//!   stay, invalid ones are ignored.
//!   Accepted only from the origins in `host=` or, without `host=`, from `document.referrer`'s.

use leptos::prelude::*;
use report::charts::ChartKind;
use report::view::{Extras, Settings, Theme, TEXT_VIEW};
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{self, Reflect};

use crate::browser::history;
use crate::hooks::use_stages;

/// Message type the explorer posts to its host with its content height.
pub const HEIGHT_MESSAGE: &str = "report-explorer:height";
/// Message type a host posts to change the reading aids.
pub const SETTINGS_MESSAGE: &str = "report-explorer:settings";

/// What `view=` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedView {
    /// Key figures, search and filters, charts and cards.
    #[default]
    All,
    /// Search and filters and the cards.
    Cards,
    /// The charts only.
    Charts,
}

impl EmbedView {
    /// `all`, `cards` or `charts`.
    pub fn as_str(self) -> &'static str {
        match self {
            EmbedView::All => "all",
            EmbedView::Cards => "cards",
            EmbedView::Charts => "charts",
        }
    }
}

/// How the page is embedded; provided as context by `App` (defaults: the full page).
#[derive(Debug, Clone, Default)]
pub struct EmbedMode {
    /// `embed=1`: no page chrome (header, table of contents, footer), height posted to the host.
    pub on: bool,
    /// What is shown (only in embed mode; the full page shows everything).
    pub view: EmbedView,
    /// The charts shown, in `chart=` order (only in embed mode); every chart when empty.
    pub charts: Vec<ChartKind>,
    /// Whether download buttons show: false with `downloads=0`, or when the page can see it is
    /// in an iframe sandboxed without `allow-downloads` (same-origin hosts only).
    pub downloads: RwSignal<bool>,
    /// Origins allowed to send settings messages (`host=`); the referrer's when empty.
    pub hosts: Vec<String>,
    /// `view=text`: 纯文本 (on the full page too).
    pub plain: bool,
}

impl EmbedMode {
    /// The mode the URL's extras ask for.
    pub fn from_extras(extras: &Extras) -> EmbedMode {
        let on = extras.embed;
        let view = match extras.view.as_deref() {
            Some("cards") if on => EmbedView::Cards,
            Some("charts") if on => EmbedView::Charts,
            _ => EmbedView::All,
        };
        let mut charts = Vec::new();
        if on {
            for k in extras.chart.iter().filter_map(|c| ChartKind::parse(c)) {
                if !charts.contains(&k) {
                    charts.push(k);
                }
            }
        }
        EmbedMode {
            on,
            view,
            charts,
            downloads: RwSignal::new(!(on && extras.downloads == Some(false))),
            hosts: extras.host.clone(),
            plain: extras.view.as_deref() == Some(TEXT_VIEW),
        }
    }

    /// The mode provided by `App`, or the full page's when none was.
    pub fn current() -> EmbedMode {
        use_context::<EmbedMode>().unwrap_or_default()
    }

    /// Whether the cards (with search and filters) show.
    pub fn shows_cards(&self) -> bool {
        self.view != EmbedView::Charts
    }

    /// Whether the charts show.
    pub fn shows_charts(&self) -> bool {
        self.view != EmbedView::Cards
    }

    /// Whether the key figures show.
    pub fn shows_figures(&self) -> bool {
        self.view == EmbedView::All
    }

    /// The chart kinds shown, in order.
    pub fn chart_kinds(&self) -> Vec<ChartKind> {
        if self.charts.is_empty() {
            ChartKind::ALL.to_vec()
        } else {
            self.charts.clone()
        }
    }
}

/// The settings a message asks for, applied to `settings`: `None` when the message is not a
/// settings message. Absent or invalid fields leave the setting as it is.
pub fn settings_from_message(data: &JsValue, settings: &Settings) -> Option<Settings> {
    if !data.is_object() {
        return None;
    }
    let get = |k: &str| Reflect::get(data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    if get("type").as_string().as_deref() != Some(SETTINGS_MESSAGE) {
        return None;
    }
    let mut s = *settings;
    // A whole number within `min..=max`.
    let step = |k: &str, min: u8, max: u8| {
        get(k)
            .as_f64()
            .filter(|v| v.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(v))
            .map(|v| v as u8)
    };
    if let Some(f) = step("font", Settings::FONT_MIN, Settings::FONT_MAX) {
        s.font = f;
    }
    if let Some(t) = get("theme").as_string().and_then(|t| Theme::parse(&t)) {
        s.theme = t;
    }
    for (key, flag) in [
        ("elder", &mut s.elder),
        ("speech", &mut s.speech),
        ("cursor", &mut s.cursor),
        ("guide", &mut s.guide),
    ] {
        if let Some(on) = get(key).as_bool() {
            *flag = on;
        }
    }
    if let Some(r) = step("rate", Settings::RATE_MIN, Settings::RATE_MAX) {
        s.rate = r;
    }
    Some(s)
}

/// The page's content height in CSS px (the `<html>` element's box, which in embed mode is as
/// tall as the content, not the viewport).
fn content_height() -> f64 {
    document()
        .document_element()
        .map_or(0.0, |e| e.get_bounding_client_rect().height().ceil())
}

/// Whether a message event was posted by the window framing this one.
fn from_parent(ev: &web_sys::Event) -> bool {
    let source = Reflect::get(ev, &JsValue::from_str("source")).unwrap_or(JsValue::NULL);
    matches!(window().parent(), Ok(Some(p)) if js_sys::Object::is(&source, &p))
}

fn framed() -> bool {
    let w = window();
    match w.parent() {
        Ok(Some(p)) => !js_sys::Object::is(&p, &w),
        _ => false,
    }
}

/// Browser side of embed mode: `embed` class on `<html>`, height messages, settings messages
/// (into `settings`), download detection. `changes` reads the signals a change of which may
/// change the page's height (the filter, the view): the height is posted again after each.
/// Touches the browser only inside effects.
pub fn use_embed(
    settings: RwSignal<Settings>,
    changes: impl Fn() + Send + Sync + 'static,
    mode: &EmbedMode,
    from_host: StoredValue<Option<Settings>>,
) {
    // Settings from the host page (also for a framed full page).
    use_host_settings(settings, mode.hosts.clone(), mode.plain, from_host);
    if !mode.on {
        return;
    }
    use_sandbox_downloads(mode.downloads);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("embed");
        }
    });
    use_height_messages(settings, changes);
}

/// Applies `report-explorer:settings` messages when the page is really in a frame, sent by the
/// framing page itself (not an opener or another frame) from an allowed origin (`hosts`, else
/// the framing page's); `from_host` keeps them from being stored. `embed=1` in a top-level
/// window (`window.open` from any site) takes no settings: the opener could change a visitor's
/// stored ones.
fn use_host_settings(
    settings: RwSignal<Settings>,
    hosts: Vec<String>,
    plain: bool,
    from_host: StoredValue<Option<Settings>>,
) {
    let hosts = StoredValue::new(hosts);
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        if !framed() {
            return;
        }
        let referrer = document().referrer();
        let l = gloo_events::EventListener::new(&window(), "message", move |ev| {
            let origin = Reflect::get(ev, &JsValue::from_str("origin"))
                .ok()
                .and_then(|o| o.as_string())
                .unwrap_or_default();
            let data = Reflect::get(ev, &JsValue::from_str("data")).unwrap_or(JsValue::NULL);
            let Some(next) = settings.with_untracked(|s| settings_from_message(&data, s)) else {
                return;
            };
            if !hosts.with_value(|h| report::view::origin_allowed(&origin, h, &referrer)) {
                return;
            }
            if !from_parent(ev) {
                return;
            }
            from_host.set_value(Some(next));
            if settings.with_untracked(|s| *s != next) {
                settings.set(next);
            }
            // 纯文本 is a view, not a setting: the frame loads that view.
            let text = Reflect::get(&data, &JsValue::from_str("text")).ok();
            if let Some(text) = text.and_then(|t| t.as_bool()).filter(|t| *t != plain) {
                let (filter, overrides, mut extras) = report::view::parse_query(&history::search());
                extras.view = text.then(|| TEXT_VIEW.to_string());
                history::reload_with(&report::view::to_query(&filter, &overrides, &extras));
            }
        });
        listener.set_value(Some(l));
    });
}

/// Sandboxed without allow-downloads, downloads are hidden (visible only when the host is
/// same-origin: a cross-origin frame cannot read its own `sandbox`).
fn use_sandbox_downloads(downloads: RwSignal<bool>) {
    Effect::new(move |_| {
        if let Ok(Some(frame)) = window().frame_element() {
            if let Some(sandbox) = frame.get_attribute("sandbox") {
                if !sandbox
                    .split_ascii_whitespace()
                    .any(|t| t == "allow-downloads")
                {
                    downloads.set(false);
                }
            }
        }
    });
}

/// Posts the content height to the host whenever it changes: on load, on resizes of the page's
/// content, and after every change `changes` reads or of the settings.
fn use_height_messages(settings: RwSignal<Settings>, changes: impl Fn() + Send + Sync + 'static) {
    let last = StoredValue::new(0.0f64);
    let post = move || {
        let h = content_height();
        if h <= 0.0 || h == last.get_value() {
            return;
        }
        last.set_value(h);
        let Ok(Some(parent)) = window().parent() else {
            return;
        };
        let msg = js_sys::Object::new();
        let _ = Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(&msg, &"height".into(), &h.into());
        // Only a number: any host may read it (the host checks where it came from).
        let _ = parent.post_message(&msg, "*");
    };
    // While the app is built off screen (see `Stages`), the page is the pre-rendered view: the
    // first height is the app's, once it is on screen.
    let stages = use_stages();
    let building = move || stages.is_some_and(|s| !s.is_shown());
    Effect::new(move |_| {
        if building() {
            return;
        }
        let on_resize = Closure::<dyn FnMut()>::new(post);
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(root)) = (&observer, document().document_element()) {
            o.observe(&root);
            if let Some(body) = document().body() {
                o.observe(&body);
            }
        }
        let load = window_event_listener(leptos::ev::load, move |_| post());
        post();
        let keep = SendWrapper::new((observer, on_resize));
        on_cleanup(move || {
            load.remove();
            let (observer, _) = keep.take();
            if let Some(o) = observer {
                o.disconnect();
            }
        });
    });
    // Every filter, view or settings change, once the page has re-rendered.
    Effect::new(move |_| {
        changes();
        settings.track();
        if !building() {
            request_animation_frame(post);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_from_extras() {
        let e = Extras {
            embed: true,
            view: Some("charts".into()),
            chart: vec!["rate".into(), "x".into(), "GROWTH".into(), "rate".into()],
            downloads: Some(false),
            host: vec!["https://a.cn".into()],
            ..Extras::default()
        };
        let m = EmbedMode::from_extras(&e);
        assert!(m.on && !m.shows_cards() && m.shows_charts() && !m.shows_figures());
        assert_eq!(m.charts, vec![ChartKind::Rate, ChartKind::Growth]);
        assert!(!m.downloads.get_untracked());
        // Outside embed mode view/chart/downloads change nothing.
        let m = EmbedMode::from_extras(&Extras { embed: false, ..e });
        assert!(m.shows_cards() && m.shows_charts() && m.shows_figures());
        assert_eq!(m.chart_kinds(), ChartKind::ALL.to_vec());
        assert!(m.downloads.get_untracked());
    }
}

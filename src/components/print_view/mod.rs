//! [`PrintView`]: what only paper shows (see `public/print.css`): the current filters, a QR
//! code to the current view's link, and `以官方发布为准` with the source and date. Also the QR
//! code helpers the share image uses.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};
use report::view::{self, Extras, SettingsOverrides};

use crate::components::Fresh;
use crate::state::Explorer;

/// The QR code of `text` as `(width, dark modules row by row)`; `None` when too long to encode.
pub fn qr_modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((width, dark))
}

/// An SVG path drawing the dark modules, one horizontal run per subpath (`M3,0h2v1h-2z`).
pub fn qr_path(width: usize, dark: &[bool]) -> String {
    let mut d = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if dark[y * width + x] {
                let start = x;
                while x < width && dark[y * width + x] {
                    x += 1;
                }
                d.push_str(&format!("M{start},{y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// A QR code as `<svg>` nodes (a white square and one path), never as markup text; nothing
/// while `text` is empty.
#[component]
pub fn QrSvg(
    /// What to encode (a link).
    #[prop(into)]
    text: Signal<String>,
    /// The accessible name.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    move || {
        let t = text.get();
        if t.is_empty() {
            return None;
        }
        let (width, dark) = qr_modules(&t)?;
        let size = width + 8;
        Some(Fresh(view! {
            <svg class="qr" viewBox=format!("-4 -4 {size} {size}") role="img" aria-label=label.clone()
                shape-rendering="crispEdges">
                <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"/>
                <path d=qr_path(width, &dark) fill="#000"/>
            </svg>
        }))
    }
}

/// The page's address without query or fragment (read in effects and handlers only).
pub fn page_base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The link to a view: `base?query`.
pub fn view_link(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// The print-only block: current filters, QR code to this view, and the official-source note.
#[component]
pub fn PrintView(
    /// The URL parameters kept in every link (`report=` and the like).
    extras: Extras,
) -> impl IntoView {
    let ex = Explorer::expect();
    let base = RwSignal::new(String::new());
    Effect::new(move |_| base.set(page_base()));
    let extras = StoredValue::new(extras);
    let link = Signal::derive(move || {
        let b = base.get();
        if b.is_empty() {
            return String::new();
        }
        let q = ex
            .filter
            .with(|f| extras.with_value(|e| view::to_query(f, &SettingsOverrides::default(), e)));
        view_link(&b, &q)
    });
    // The QR code is on paper only and costs a few milliseconds to encode (more than the rest of
    // this view): it is made when printing starts (`beforeprint`, or print media matching, which
    // is what print preview emulation sends), not at start-up or per keystroke.
    let qr_text = RwSignal::new(String::new());
    let listeners = StoredValue::new_local(Vec::<gloo_events::EventListener>::new());
    Effect::new(move |_| {
        let follow = move || {
            let l = link.get_untracked();
            if qr_text.with_untracked(|q| *q != l) {
                qr_text.set(l);
            }
        };
        let mut kept = vec![gloo_events::EventListener::new(
            &window(),
            "beforeprint",
            move |_| follow(),
        )];
        if let Ok(Some(print)) = window().match_media("print") {
            kept.push(gloo_events::EventListener::new(
                &print,
                "change",
                move |_| follow(),
            ));
        }
        listeners.set_value(kept);
    });
    let filters = move || {
        let d = ex.data();
        let words = ex
            .filter
            .with(|f| report::export::filter_words(&d.report, f));
        if words.is_empty() {
            "全部内容".to_string()
        } else {
            words.join(" · ")
        }
    };
    let data = ex.data();
    let r = &data.report;
    let source = r.publisher.clone().unwrap_or_else(|| "原报告".into());
    let date = r
        .published
        .clone()
        .map(|p| p.replace('T', " "))
        .unwrap_or_else(|| "未注明".into());
    let url = r.source_url.clone();
    view! {
        <section class="print-only print-view">
            <div class="print-meta">
                <p class="print-filters">"当前筛选：" {filters}</p>
                <p class="print-official">
                    "以官方发布为准。来源：" {source} "；发布时间：" {date}
                    {url.map(|u| view! { "；原网页：" {u} })}
                </p>
                <p class="print-link">"本页链接：" {move || link.get()}</p>
            </div>
            <figure class="print-qr">
                <QrSvg text=qr_text label="当前页面的二维码"/>
                <figcaption>"扫码打开此页面"</figcaption>
            </figure>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_runs_cover_every_dark_module() {
        let (w, dark) = qr_modules("https://example.gov.cn/r/?report=a&q=%E5%85%BB").unwrap();
        assert!(w >= 21);
        let d = qr_path(w, &dark);
        let covered: usize = d
            .split('M')
            .skip(1)
            .map(|s| {
                let run = s.split_once('h').unwrap().1;
                run.split('v').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        assert_eq!(covered, dark.iter().filter(|&&b| b).count());
        assert_eq!(view_link("https://a/b/", ""), "https://a/b/");
        assert_eq!(view_link("https://a/b/", "q=1"), "https://a/b/?q=1");
    }
}

//! [`PrintView`]: what only paper shows (see `public/print.css`): the current filters, a QR
//! code to the current view's link, and `以官方发布为准` with the source and date.

use leptos::prelude::*;
use report::view::{self, Extras, SettingsOverrides};

use crate::browser::history::{page_base, view_link};
use crate::components::qr_svg;
use crate::state::Explorer;

/// The print-only block: current filters, QR code to this view, and the official-source note.
// Longer than most: the print-time QR listeners and one view! of what only paper shows.
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
    let qr_text = use_print_qr(link);
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
                {qr_svg(qr_text, "当前页面的二维码")}
                <figcaption>"扫码打开此页面"</figcaption>
            </figure>
        </section>
    }
}

/// The text of a print-only QR code of `link`: empty until printing starts.
///
/// The QR code is on paper only and costs a few milliseconds to encode (more than the rest of
/// the print view): it is made when printing starts (`beforeprint`, or print media matching,
/// which is what print preview emulation sends), not at start-up or per keystroke.
pub fn use_print_qr(link: Signal<String>) -> Signal<String> {
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
    qr_text.into()
}

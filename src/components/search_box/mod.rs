//! [`SearchBox`]: the Chinese-aware search field and its `共 N 条` status line.

use leptos::prelude::*;

use crate::state::Explorer;

/// A labelled `<input type="search">`; results update as the reader types. The status line
/// (`role="status"`) announces how many cards match, or that nothing matched with a way to clear.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ex = Explorer::expect();
    let q = move || ex.filter.with(|f| f.q.clone());
    let count = move || ex.hits.with(|h| h.len());
    let active = move || ex.filter.with(|f| f.is_active());
    // The number in the example is this report's first key figure, so it finds something here.
    let example = ex
        .data()
        .figures
        .first()
        .map(|f| {
            f.value_text
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
        })
        .filter(|n| !n.is_empty());
    let placeholder = match example {
        Some(n) => format!("如：养老、学校、交通、{n}"),
        None => "如：养老、学校、交通".to_string(),
    };
    view! {
        <div class="search" role="search">
            <label for="search-input" class="search-label">"搜索报告"</label>
            <div class="search-row">
                <input
                    id="search-input"
                    type="search"
                    placeholder=placeholder
                    autocomplete="off"
                    enterkeyhint="search"
                    prop:value=q
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ex.update_filter(|f| f.q = value);
                    }
                />
            </div>
            <p class="search-status" role="status" aria-live="polite">
                {move || {
                    let n = count();
                    if n == 0 {
                        let q = q();
                        let what = if q.trim().is_empty() { "没有符合筛选条件的内容".to_string() } else { format!("没有找到与“{}”相关的内容", q.trim()) };
                        view! {
                            <span>{what}</span>
                            " "
                            <button type="button" class="link-button" on:click=move |_| ex.update_filter(|f| *f = Default::default())>"清除搜索和筛选"</button>
                        }.into_any()
                    } else if active() || n < ex.data().cards.len() {
                        // Fewer than every card without a filter: an embedded card (`card=`).
                        view! { <span>{format!("共 {n} 条")}</span> }.into_any()
                    } else {
                        view! { <span>{format!("共 {n} 条，全部显示")}</span> }.into_any()
                    }
                }}
            </p>
        </div>
    }
}

//! [`FilterBar`]: filters by part, section, indicator kind and "only cards with numbers", each
//! showing how many cards it would leave, plus a one-tap 清除. On phones it folds into a sheet.

use leptos::prelude::*;
use report::view::PartSel;
use report::{NumberKind, PartKind};

use crate::state::{kind_name, Explorer};

fn part_kind_name(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Summary => "全部总结部分",
        PartKind::Plan => "全部计划部分",
        PartKind::Other => "其他部分",
    }
}

/// The filter controls. Every change updates the URL (see `use_url_state`).
#[component]
pub fn FilterBar(#[prop(into)] open: Signal<bool>) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let counts = ex.counts;

    let part_value = move || {
        ex.filter.with(|f| match f.parts {
            PartSel::None => String::new(),
            PartSel::Index(n) => n.to_string(),
            PartSel::Kind(k) => k.as_str().to_string(),
        })
    };
    let part_options = {
        let d = data.clone();
        move || {
            let c = counts.get();
            let mut opts = vec![
                view! { <option value="">{format!("全部部分（{}）", c.all_parts)}</option> }
                    .into_any(),
            ];
            for (n, count) in &c.parts {
                let label = d.part_label(n - 1);
                let n = *n;
                opts.push(view! {
                    <option value=n.to_string() selected=move || ex.filter.with(|f| f.parts == PartSel::Index(n))>
                        {format!("{label}（{count}）")}
                    </option>
                }.into_any());
            }
            if c.part_kinds.len() > 1 || d.report.parts.len() > c.part_kinds.len() {
                for (k, count) in &c.part_kinds {
                    let k = *k;
                    opts.push(view! {
                        <option value=k.as_str() selected=move || ex.filter.with(|f| f.parts == PartSel::Kind(k))>
                            {format!("{}（{count}）", part_kind_name(k))}
                        </option>
                    }.into_any());
                }
            }
            opts
        }
    };
    let section_options = {
        let d = data.clone();
        move || {
            let c = counts.get();
            let parts = ex.filter.with(|f| f.parts);
            let mut opts = vec![
                view! { <option value="">{format!("全部小节（{}）", c.all_sections)}</option> }
                    .into_any(),
            ];
            for ((p, s), count) in &c.sections {
                if !parts.matches(&d.report, p - 1) {
                    continue;
                }
                let key = (*p, *s);
                let label = d.section_label(p - 1, s - 1);
                opts.push(view! {
                    <option value=format!("{p}-{s}") selected=move || ex.filter.with(|f| f.section == Some(key))>
                        {format!("{label}（{count}）")}
                    </option>
                }.into_any());
            }
            opts
        }
    };
    let kind_chips = NumberKind::ALL
        .into_iter()
        .map(|k| {
            let pressed = move || ex.filter.with(|f| f.kinds.contains(&k));
            view! {
                <button
                    type="button"
                    class=format!("chip chip-{}", k.as_str())
                    aria-pressed=move || pressed().to_string()
                    disabled=move || !pressed() && counts.with(|c| c.kind(k)) == 0
                    on:click=move |_| ex.update_filter(|f| *f = f.toggle_kind(k))
                >
                    <span class="chip-check" aria-hidden="true">{move || pressed().then_some("✓")}</span>
                    {kind_name(k)}
                    <span class="chip-count">{move || format!("（{}）", counts.with(|c| c.kind(k)))}</span>
                </button>
            }
        })
        .collect_view();
    let summary_text = move || {
        let active = ex.filter.with(|f| {
            usize::from(!f.parts.is_none())
                + usize::from(f.section.is_some())
                + f.kinds.len()
                + usize::from(f.only_numbers)
        });
        if active == 0 {
            "筛选".to_string()
        } else {
            format!("筛选（已选 {active} 项）")
        }
    };
    view! {
        <details class="filter-sheet" prop:open=move || open.get()>
            <summary>{summary_text}</summary>
            <div class="filter-bar" role="group" aria-label="筛选">
                <label class="filter-field">
                    <span>"部分"</span>
                    <select
                        prop:value=part_value
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ex.update_filter(|f| {
                                f.parts = if v.is_empty() {
                                    PartSel::None
                                } else if let Ok(n) = v.parse() {
                                    PartSel::Index(n)
                                } else {
                                    [PartKind::Summary, PartKind::Plan, PartKind::Other]
                                        .into_iter()
                                        .find(|k| k.as_str() == v)
                                        .map_or(PartSel::None, PartSel::Kind)
                                };
                                f.section = None;
                            });
                        }
                    >
                        {part_options}
                    </select>
                </label>
                <label class="filter-field">
                    <span>"小节"</span>
                    <select
                        prop:value=move || ex.filter.with(|f| f.section.map(|(p, s)| format!("{p}-{s}")).unwrap_or_default())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ex.update_filter(|f| {
                                f.section = v.split_once('-').and_then(|(p, s)| Some((p.parse().ok()?, s.parse().ok()?)));
                            });
                        }
                    >
                        {section_options}
                    </select>
                </label>
                <div class="filter-kinds" role="group" aria-label="指标类型">{kind_chips}</div>
                <label class="filter-check">
                    <input
                        type="checkbox"
                        prop:checked=move || ex.filter.with(|f| f.only_numbers)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ex.update_filter(|f| f.only_numbers = on);
                        }
                    />
                    {move || format!("只看含数据的段落（{}）", counts.with(|c| c.only_numbers))}
                </label>
                <button
                    type="button"
                    class="clear-button"
                    disabled=move || !ex.filter.with(|f| f.is_active())
                    on:click=move |_| ex.update_filter(|f| *f = Default::default())
                >
                    "清除"
                </button>
            </div>
        </details>
    }
}

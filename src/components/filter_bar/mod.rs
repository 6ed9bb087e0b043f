//! [`FilterBar`]: filters by part, section, indicator kind and "only cards with numbers", each
//! showing how many cards it would leave, plus a one-tap 清除. On phones it folds into a sheet.

use leptos::prelude::*;
use report::view::{FacetCounts, PartSel};
use report::{NumberKind, PartKind};

use crate::state::{key_of, Choice, Explorer};

fn part_kind_name(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Summary => "全部总结部分",
        PartKind::Plan => "全部计划部分",
        PartKind::Other => "其他部分",
    }
}

/// One signal per facet value (`n` of them, `pick`ed from the counts), kept up to date by a
/// single effect that sets only the counts that changed. With `lazy`, the options of a long
/// select follow the counts only while it is in use (`lazy.0`, focused or pressed) — a closed
/// select shows just its selected option (`lazy.1`), which always follows — and catch up as
/// soon as it is: a report with a thousand sections would otherwise update a thousand option
/// labels nobody sees on every keystroke.
fn count_signals(
    counts: Memo<FacetCounts>,
    n: usize,
    pick: impl Fn(&FacetCounts, usize) -> usize + 'static,
    lazy: Option<(RwSignal<bool>, Memo<Option<usize>>)>,
) -> Vec<RwSignal<usize>> {
    let signals: Vec<RwSignal<usize>> = (0..n)
        .map(|i| RwSignal::new(counts.with_untracked(|c| pick(c, i))))
        .collect();
    let each = signals.clone();
    Effect::new(move |_| {
        let (live, selected) = match lazy {
            Some((in_use, selected)) => (in_use.get(), selected.get()),
            None => (true, None),
        };
        counts.with(|c| {
            for (i, s) in each.iter().enumerate() {
                if !live && selected != Some(i) {
                    continue;
                }
                let v = pick(c, i);
                if s.get_untracked() != v {
                    s.set(v);
                }
            }
        })
    });
    signals
}

/// A select with at least this many options updates their counts lazily (see `count_signals`).
const LAZY_OPTIONS: usize = 60;

/// The filter controls. Every change updates the URL (see `use_filter_in_url`).
#[component]
pub fn FilterBar(#[prop(into)] open: Signal<bool>) -> impl IntoView {
    let ex = Explorer::expect();
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
    let counts = ex.counts;
    view! {
        <details class="filter-sheet" prop:open=move || open.get()>
            <summary>{summary_text}</summary>
            <div class="filter-bar" role="group" aria-label="筛选">
                {part_select(ex)}
                {section_select(ex)}
                <div class="filter-kinds" role="group" aria-label="指标类型">{kind_chips(ex)}</div>
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

/// The part a `<select>` value names: `""` none, `"2"` the second part, `"plan"` a kind of part.
fn part_from_value(v: &str) -> PartSel {
    if v.is_empty() {
        PartSel::None
    } else if let Ok(n) = v.parse() {
        PartSel::Index(n)
    } else {
        [PartKind::Summary, PartKind::Plan, PartKind::Other]
            .into_iter()
            .find(|k| k.as_str() == v)
            .map_or(PartSel::None, PartSel::Kind)
    }
}

/// 部分: every part, then the kinds of part (全部总结部分, 全部计划部分) when the report has more
/// than one kind. Options are built once; each shows its count from its own signal, set only
/// when that count changed, and `selected` through a selector: a keystroke updates the options
/// whose counts changed, and no closures re-run per option.
fn part_select(ex: Explorer) -> impl IntoView {
    let d = ex.data();
    let counts = ex.counts;
    let part_sel = StoredValue::new(Choice::new(move || key_of(ex.filter.with(|f| f.parts))));
    // Whether the select is in use (focused or pressed): a long one updates its options then.
    let in_use = RwSignal::new(false);
    let all = count_signals(counts, 1, |c, _| c.all_parts, None)[0];
    let all = view! { <option value="">{move || format!("全部部分（{}）", all.get())}</option> };
    let lazy = (d.report.parts.len() >= LAZY_OPTIONS).then(|| {
        let selected = Memo::new(move |_| {
            ex.filter.with(|f| match f.parts {
                PartSel::Index(n) => n.checked_sub(1),
                _ => None,
            })
        });
        (in_use, selected)
    });
    let part_counts = count_signals(
        counts,
        d.report.parts.len(),
        |c, i| {
            c.parts
                .iter()
                .find(|(p, _)| *p == i + 1)
                .map_or(0, |(_, n)| *n)
        },
        lazy,
    );
    let parts = part_counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| {
            let n = i + 1;
            let label = d.part_label(i);
            view! {
                <option value=n.to_string() selected=move || part_sel.with_value(|s| s.is(&key_of(PartSel::Index(n))))>
                    {move || format!("{label}（{}）", count.get())}
                </option>
            }
        })
        .collect_view();
    let kinds = part_kind_options(ex, part_sel);
    let part_value = move || {
        ex.filter.with(|f| match f.parts {
            PartSel::None => String::new(),
            PartSel::Index(n) => n.to_string(),
            PartSel::Kind(k) => k.as_str().to_string(),
        })
    };
    let pick = move |v: String| {
        ex.update_filter(|f| {
            f.parts = part_from_value(&v);
            f.section = None;
        })
    };
    labelled_select("部分", in_use, part_value, pick, (all, parts, kinds))
}

/// A labelled `<select>` of the bar: `in_use` is true while it is focused or pressed (a long
/// select updates its options' counts only then), `pick` gets the chosen option's value.
fn labelled_select(
    title: &'static str,
    in_use: RwSignal<bool>,
    value: impl Fn() -> String + Send + Sync + 'static,
    pick: impl Fn(String) + 'static,
    options: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <label class="filter-field">
            <span>{title}</span>
            <select
                prop:value=value
                on:pointerdown=move |_| in_use.set(true)
                on:focus=move |_| in_use.set(true)
                on:blur=move |_| in_use.set(false)
                on:change=move |ev| pick(event_target_value(&ev))
            >
                {options}
            </select>
        </label>
    }
}

/// The options for kinds of part, when the report has more than one kind (or parts of no kind).
fn part_kind_options(ex: Explorer, part_sel: StoredValue<Choice<u64>>) -> impl IntoView {
    let counts = ex.counts;
    let parts = ex.data().report.parts.len();
    let kinds = counts.with_untracked(|c| {
        if c.part_kinds.len() > 1 || parts > c.part_kinds.len() {
            c.part_kinds.iter().map(|(k, _)| *k).collect::<Vec<_>>()
        } else {
            Vec::new()
        }
    });
    let kind_counts = {
        let kinds = kinds.clone();
        count_signals(
            counts,
            kinds.len(),
            move |c, i| {
                c.part_kinds
                    .iter()
                    .find(|(k, _)| *k == kinds[i])
                    .map_or(0, |(_, n)| *n)
            },
            None,
        )
    };
    kinds
        .into_iter()
        .zip(kind_counts)
        .map(|(k, count)| {
            view! {
                <option value=k.as_str() selected=move || part_sel.with_value(|s| s.is(&key_of(PartSel::Kind(k))))>
                    {move || format!("{}（{}）", part_kind_name(k), count.get())}
                </option>
            }
        })
        .collect_view()
}

/// 小节: the sections of the parts selected (built again only when the part selection changes).
fn section_select(ex: Explorer) -> impl IntoView {
    let d = ex.data();
    let counts = ex.counts;
    let section_sel = StoredValue::new(Choice::new(move || key_of(ex.filter.with(|f| f.section))));
    let in_use = RwSignal::new(false);
    let parts_now = Memo::new(move |_| ex.filter.with(|f| f.parts));
    // `sections` lists every section in order, so position `i` is always the same section.
    let section_keys =
        counts.with_untracked(|c| c.sections.iter().map(|(k, _)| *k).collect::<Vec<_>>());
    let lazy = (section_keys.len() >= LAZY_OPTIONS).then(|| {
        let keys = section_keys.clone();
        let selected = Memo::new(move |_| {
            ex.filter
                .with(|f| f.section.and_then(|s| keys.iter().position(|k| *k == s)))
        });
        (in_use, selected)
    });
    let section_counts = count_signals(
        counts,
        section_keys.len(),
        |c, i| c.sections.get(i).map_or(0, |(_, n)| *n),
        lazy,
    );
    let all_sections = count_signals(counts, 1, |c, _| c.all_sections, None)[0];
    let options = move || {
        let parts = parts_now.get();
        let all = view! {
            <option value="">{move || format!("全部小节（{}）", all_sections.get())}</option>
        };
        let options = section_keys
            .iter()
            .zip(&section_counts)
            .filter(|((p, _), _)| parts.matches(&d.report, p - 1))
            .map(|(&key, &count)| {
                let (p, s) = key;
                let label = d.section_label(p - 1, s - 1);
                view! {
                    <option value=format!("{p}-{s}") selected=move || section_sel.with_value(|s| s.is(&key_of(Some(key))))>
                        {move || format!("{label}（{}）", count.get())}
                    </option>
                }
            })
            .collect_view();
        (all, options)
    };
    let value = move || {
        ex.filter
            .with(|f| f.section.map(|(p, s)| format!("{p}-{s}")))
            .unwrap_or_default()
    };
    let pick = move |v: String| {
        ex.update_filter(|f| {
            f.section = v
                .split_once('-')
                .and_then(|(p, s)| Some((p.parse().ok()?, s.parse().ok()?)));
        })
    };
    labelled_select("小节", in_use, value, pick, options)
}

/// One toggle chip per kind of number, with how many cards it would leave.
fn kind_chips(ex: Explorer) -> impl IntoView {
    let counts = ex.counts;
    NumberKind::ALL
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
                    {k.name()}
                    <span class="chip-count">{move || format!("（{}）", counts.with(|c| c.kind(k)))}</span>
                </button>
            }
        })
        .collect_view()
}

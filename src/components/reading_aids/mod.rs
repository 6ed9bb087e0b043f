//! [`ReadingAids`]: 字号, 颜色 (跟随系统/浅色/深色/护眼/高对比) and 长辈模式.

use leptos::prelude::*;
use report::view::{Settings, Theme};

use crate::browser::local_storage;
use crate::state::Explorer;

/// The Chinese name of a theme.
pub fn theme_name(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "跟随系统",
        Theme::Light => "浅色",
        Theme::Dark => "深色",
        Theme::Eyecare => "护眼",
        Theme::Contrast => "高对比",
    }
}

const FONT_NAMES: [&str; 4] = ["标准", "大", "较大", "特大"];

/// The reading-aid controls. Changes apply at once and are remembered.
#[component]
pub fn ReadingAids() -> impl IntoView {
    let settings = Explorer::expect().settings;
    let font_buttons = (Settings::FONT_MIN..=Settings::FONT_MAX)
        .map(|step| {
            let name = FONT_NAMES[usize::from(step - 1)];
            view! {
                <button
                    type="button"
                    class=format!("font-step font-step-{step}")
                    aria-pressed=move || (settings.with(|s| s.effective_font()) == step).to_string()
                    on:click=move |_| settings.update(|s| {
                        s.font = step;
                        if step < Settings::ELDER_FONT {
                            s.elder = false;
                        }
                    })
                >
                    {name}
                </button>
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|t| view! { <option value=t.as_str() selected=move || settings.with(|s| s.theme == t)>{theme_name(t)}</option> })
        .collect_view();
    // Only the browser can tell; the pre-rendered page assumes it can keep them.
    let kept = !cfg!(target_arch = "wasm32") || local_storage::available();
    view! {
        <div class="reading-aids" role="group" aria-label="阅读辅助">
            <div class="font-steps" role="group" aria-label="字体大小">
                <span class="aid-label" aria-hidden="true">"字号"</span>
                {font_buttons}
            </div>
            <label class="theme-select">
                <span class="aid-label">"颜色"</span>
                <select
                    prop:value=move || settings.with(|s| s.theme.as_str())
                    on:change=move |ev| {
                        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
                            settings.update(|s| s.theme = t);
                        }
                    }
                >
                    {themes}
                </select>
            </label>
            <button
                type="button"
                class="elder-toggle"
                aria-pressed=move || settings.with(|s| s.elder).to_string()
                on:click=move |_| settings.update(|s| s.elder = !s.elder)
            >
                "长辈模式"
            </button>
            {(!kept).then(|| view! {
                <p class="aids-note">"浏览器不允许保存设置：只在本次打开期间有效，关闭页面后恢复默认。"</p>
            })}
        </div>
    }
}

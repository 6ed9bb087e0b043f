//! [`ReadingAids`]: 字号, 颜色 (跟随系统/浅色/深色/护眼/高对比), 长辈模式, 大鼠标, 阅读线, 纯文本 (a
//! link to the plain view) and 朗读 (its switch and 语速, or a note where the browser has no
//! Chinese voice).

use leptos::prelude::*;
use report::view::{Settings, Theme};

use crate::browser::local_storage;
use crate::components::plain_text::plain_link;
use crate::hooks::Speech;
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
const RATE_NAMES: [&str; 3] = ["慢", "中", "快"];

/// 朗读's settings: the switch that shows its buttons and 语速; and the note for browsers that
/// cannot read Chinese aloud. The stylesheet shows one or the other (`speech-ready`,
/// `speech-missing` on `<html>`, set by `use_speech`).
fn speech_settings(settings: RwSignal<Settings>) -> impl IntoView {
    let rates = (Settings::RATE_MIN..=Settings::RATE_MAX)
        .map(|step| {
            view! {
                <button
                    type="button"
                    aria-pressed=move || settings.with(|s| s.rate == step).to_string()
                    on:click=move |_| settings.update(|s| s.rate = step)
                >
                    {RATE_NAMES[usize::from(step - 1)]}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="speech-settings">
            {toggle(settings, "speech-toggle", "朗读", |s| &mut s.speech)}
            <div class="font-steps rate-steps" role="group" aria-label="语速">
                <span class="aid-label" aria-hidden="true">"语速"</span>
                {rates}
            </div>
        </div>
        <p class="speech-note">"朗读：此浏览器没有中文语音，无法朗读。"</p>
    }
}

/// An on/off reading aid: a button whose `aria-pressed` is the setting `flag` picks.
fn toggle(
    settings: RwSignal<Settings>,
    class: &'static str,
    label: &'static str,
    flag: fn(&mut Settings) -> &mut bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-pressed=move || settings.with(|s| *flag(&mut s.clone())).to_string()
            on:click=move |_| settings.update(|s| *flag(s) = !*flag(s))
        >
            {label}
        </button>
    }
}

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
            {toggle(settings, "elder-toggle", "长辈模式", |s| &mut s.elder)}
            {toggle(settings, "aid-toggle cursor-toggle", "大鼠标", |s| &mut s.cursor)}
            {toggle(settings, "aid-toggle guide-toggle", "阅读线", |s| &mut s.guide)}
            {plain_link()}
            {use_context::<Speech>().map(|_| speech_settings(settings))}
            {(!kept).then(|| view! {
                <p class="aids-note">"浏览器不允许保存设置：只在本次打开期间有效，关闭页面后恢复默认。"</p>
            })}
        </div>
    }
}

//! 朗读 through the browser's own speech engine (`speechSynthesis`): no server, no download.
//!
//! It is there in iOS Safari and WKWebView (WeChat on iPhone), macOS, Windows and ChromeOS, but
//! not in Android WebView (WeChat on Android), and Firefox on Linux often has no voice; so
//! [`chinese_voice`] says whether the explorer can read at all. Objects are reached without
//! `instanceof` checks, so a page (or a test) may put its own `speechSynthesis` in place.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Function, Reflect};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The page's speech engine, when the browser has one.
pub fn synth() -> Option<SpeechSynthesis> {
    let s = Reflect::get(&window(), &JsValue::from_str("speechSynthesis")).ok()?;
    s.is_object().then(|| s.unchecked_into())
}

/// A Chinese voice (`zh-CN` first, then any `zh`/`cmn`), or `None` when there is none, or not
/// yet: browsers load their voices after the page and say so with `voiceschanged`.
pub fn chinese_voice() -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = synth()?
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into)
        .collect();
    let lang = |v: &SpeechSynthesisVoice| v.lang().replace('_', "-").to_ascii_lowercase();
    let best = voices.iter().position(|v| lang(v) == "zh-cn");
    let any = voices
        .iter()
        .position(|v| lang(v).starts_with("zh") || lang(v).starts_with("cmn"));
    best.or(any).map(|i| voices[i].clone())
}

/// Calls `f` whenever the engine's list of voices changes (kept while the listener is).
pub fn on_voices_changed(f: impl FnMut() + 'static) -> Option<gloo_events::EventListener> {
    let s = synth()?;
    let mut f = f;
    Some(gloo_events::EventListener::new(
        &s,
        "voiceschanged",
        move |_| f(),
    ))
}

/// An utterance being said. Hold it until it is done: an engine may drop an utterance nothing
/// refers to, and with it its `end` event. Dropping it detaches its handlers (it may still be
/// in the engine's queue; [`cancel`] empties that).
pub struct Spoken {
    utterance: SpeechSynthesisUtterance,
    _done: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Spoken {
    fn drop(&mut self) {
        self.utterance.set_onend(None);
        self.utterance.set_onerror(None);
    }
}

/// Says `text` with `voice` at `rate`; `done` runs once, with `true` when the utterance has been
/// said to its end, `false` when it failed or was interrupted (another page, or this one,
/// cancelled the engine).
pub fn speak(
    text: &str,
    rate: f32,
    voice: &SpeechSynthesisVoice,
    done: impl FnOnce(bool) + 'static,
) -> Option<Spoken> {
    let s = synth()?;
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    utterance.set_lang("zh-CN");
    utterance.set_voice(Some(voice));
    utterance.set_rate(rate);
    let mut done = Some(done);
    let done = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(f) = done.take() {
            f(ev.type_() == "end");
        }
    });
    let f: &Function = done.as_ref().unchecked_ref();
    utterance.set_onend(Some(f));
    utterance.set_onerror(Some(f));
    s.speak(&utterance);
    Some(Spoken {
        utterance,
        _done: done,
    })
}

/// Pauses the engine (the utterance resumes where it stopped).
pub fn pause() {
    if let Some(s) = synth() {
        s.pause();
    }
}

/// Resumes a paused engine.
pub fn resume() {
    if let Some(s) = synth() {
        s.resume();
    }
}

/// Stops speaking and drops every queued utterance.
pub fn cancel() {
    if let Some(s) = synth() {
        s.cancel();
        // A cancelled engine that was paused stays paused in Chrome: the next utterance would
        // wait for ever.
        s.resume();
    }
}

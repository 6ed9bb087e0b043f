//! [`use_speech`]: 朗读, the report read aloud by the browser's own Chinese voice: a queue of
//! utterances (one sentence each, numbers in words: `report::speech`), said one after the
//! other, the sentence being read marked on its card and kept in view. Never starts by itself;
//! stops when the page is hidden.

use leptos::prelude::*;
use report::view::Settings;

use crate::browser::{after_paint, highlight, speech};
use crate::state::reading::SpeechItem;
use crate::state::{key_of, Choice};

/// The highlight (`::highlight(reading)` in the stylesheet) of the sentence being read.
const HIGHLIGHT: &str = "reading";

/// How long to wait for the browser's voices before saying there is no Chinese one.
const VOICES_MS: u32 = 2000;

/// Whether the browser can read Chinese aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Not known yet: the browser is still loading its voices.
    Unknown,
    /// A Chinese voice is there.
    Ready,
    /// No speech engine, or no Chinese voice in it.
    Missing,
}

/// What is being said, and the engine's state (not `Send`: it lives in the browser's thread).
#[derive(Default)]
struct Runner {
    voice: Option<web_sys::SpeechSynthesisVoice>,
    queue: Vec<SpeechItem>,
    spoken: Option<speech::Spoken>,
    /// Bumped by every start and stop: a callback of an earlier queue does nothing.
    generation: u64,
    _listeners: Vec<gloo_events::EventListener>,
}

/// The reading aloud; see [`use_speech`]. `Copy`: signals and stored values only.
#[derive(Clone, Copy)]
pub struct Speech {
    /// Whether the browser can read Chinese aloud.
    pub voice: ReadSignal<Voice>,
    /// The position in the queue being said, if any.
    pub at: ReadSignal<Option<usize>>,
    /// Whether the reading is paused.
    pub paused: ReadSignal<bool>,
    set_at: WriteSignal<Option<usize>>,
    set_paused: WriteSignal<bool>,
    /// How many utterances the queue holds.
    pub len: RwSignal<usize>,
    /// 指读: a tap on a number (or a keyboard focus) reads its sentence, a tap elsewhere on a
    /// card the card.
    pub pointing: RwSignal<bool>,
    settings: RwSignal<Settings>,
    runner: StoredValue<Runner, LocalStorage>,
    reading: StoredValue<Choice<u64>>,
}

impl Speech {
    /// Whether card `card` is being read (reactive, O(1) per change).
    pub fn is_reading(&self, card: usize) -> bool {
        self.reading.with_value(|c| c.is(&key_of(Some(card))))
    }

    /// The item being said.
    pub fn current(&self) -> Option<SpeechItem> {
        let at = self.at.get()?;
        self.runner.with_value(|r| r.queue.get(at).cloned())
    }

    /// Reads `items` from the first, after stopping whatever was being read.
    pub fn read(&self, items: Vec<SpeechItem>) {
        self.stop();
        if items.is_empty() {
            return;
        }
        self.len.set(items.len());
        self.runner.update_value(|r| r.queue = items);
        self.say(0);
    }

    fn say(self, i: usize) {
        let generation = self.runner.with_value(|r| r.generation);
        let item = self.runner.with_value(|r| r.queue.get(i).cloned());
        let voice = self.runner.with_value(|r| r.voice.clone());
        let (Some(item), Some(voice)) = (item, voice) else {
            self.stop();
            return;
        };
        self.set_at.set(Some(i));
        let rate = self.settings.with_untracked(Settings::speech_rate);
        let spoken = speech::speak(&item.text, rate, &voice, move |said| {
            if self.runner.with_value(|r| r.generation) != generation {
                return;
            }
            // Interrupted from outside (another page took the engine): stop, rather than
            // skip to the next sentence.
            if said {
                self.say(i + 1);
            } else {
                self.stop();
            }
        });
        if spoken.is_none() {
            self.stop();
            return;
        }
        self.runner.update_value(|r| r.spoken = spoken);
    }

    /// Pauses; [`Speech::resume`] goes on from there.
    pub fn pause(&self) {
        speech::pause();
        self.set_paused.set(true);
    }

    /// Goes on after [`Speech::pause`].
    pub fn resume(&self) {
        speech::resume();
        self.set_paused.set(false);
    }

    /// Stops reading and forgets the queue.
    pub fn stop(&self) {
        let was = self.runner.try_update_value(|r| {
            r.generation += 1;
            r.queue.clear();
            r.spoken.take().is_some()
        });
        if was == Some(true) {
            speech::cancel();
        }
        self.set_at.set(None);
        self.set_paused.set(false);
        self.len.set(0);
    }
}

/// Reading aloud with the reader's `settings` (朗读 switch, 语速): finds a Chinese voice, marks
/// the sentence being read (the Custom Highlight API; the card itself is marked through
/// [`Speech::is_reading`] everywhere) and keeps it in view, and stops when the page is hidden
/// or the owner goes.
///
/// ```ignore
/// let speech = use_speech(explorer.settings);
/// speech.read(items); // Vec<SpeechItem>
/// ```
pub fn use_speech(settings: RwSignal<Settings>) -> Speech {
    let (voice, set_voice) = signal(Voice::Unknown);
    let (at, set_at) = signal(None::<usize>);
    let (paused, set_paused) = signal(false);
    let runner = StoredValue::new_local(Runner::default());
    let reading = Choice::new(move || {
        let card = at
            .get()
            .and_then(|i| runner.with_value(|r| r.queue.get(i).map(|it| it.card)));
        key_of(card)
    });
    let speech = Speech {
        voice,
        at,
        paused,
        set_at,
        set_paused,
        len: RwSignal::new(0),
        pointing: RwSignal::new(false),
        settings,
        runner,
        reading: StoredValue::new(reading),
    };
    Effect::new(move |_| find_voice(speech, set_voice));
    // The stylesheet shows the 朗读 controls, or the note that there is no voice, from these.
    Effect::new(move |_| {
        let v = voice.get();
        if let Some(root) = document().document_element() {
            let list = root.class_list();
            let _ = list.toggle_with_force("speech-ready", v == Voice::Ready);
            let _ = list.toggle_with_force("speech-missing", v == Voice::Missing);
        }
    });
    Effect::new(move |_| {
        let item = speech.current();
        after_paint(move || mark(item.as_ref()));
    });
    // The switch turned off stops the reading.
    Effect::new(move |_| {
        if !settings.with(|s| s.speech) {
            speech.stop();
        }
    });
    // Only what reading left behind is undone: rendered to HTML natively (the pre-render
    // step) nothing was read, and there is no browser to touch.
    on_cleanup(move || {
        if at.try_get_untracked().flatten().is_some() {
            speech.stop();
            highlight::clear(HIGHLIGHT);
        }
    });
    speech
}

/// Looks for a Chinese voice now and whenever the browser's voices change; says there is none
/// only after [`VOICES_MS`] without one.
fn find_voice(speech: Speech, set_voice: WriteSignal<Voice>) {
    if speech::synth().is_none() {
        set_voice.set(Voice::Missing);
        return;
    }
    let runner = speech.runner;
    // Hidden pages stop: a reader who switches away does not want the phone to go on talking.
    let hidden = gloo_events::EventListener::new(&document(), "visibilitychange", move |_| {
        if document().hidden() {
            speech.stop();
        }
    });
    runner.update_value(|r| r._listeners.push(hidden));
    let look = move || {
        let v = speech::chinese_voice();
        let found = v.is_some();
        runner.update_value(|r| r.voice = v);
        if found {
            set_voice.set(Voice::Ready);
        }
        found
    };
    if look() {
        return;
    }
    if let Some(l) = speech::on_voices_changed(move || {
        look();
    }) {
        runner.update_value(|r| r._listeners.push(l));
    }
    gloo_timers::callback::Timeout::new(VOICES_MS, move || {
        if speech.voice.try_get_untracked() == Some(Voice::Unknown) {
            set_voice.set(Voice::Missing);
        }
    })
    .forget();
}

/// Marks the sentence `item` reads on its card and brings it into view; clears the mark when
/// nothing is read.
fn mark(item: Option<&SpeechItem>) {
    let found = item.and_then(|item| {
        let text = document()
            .query_selector(&format!("#{} .card-text", item.dom_id))
            .ok()??;
        let range = highlight::text_range(&text, item.chars.clone()?)?;
        Some(range)
    });
    let Some(range) = found else {
        highlight::clear(HIGHLIGHT);
        if let Some(item) = item {
            if let Ok(Some(card)) = document().query_selector(&format!("#{}", item.dom_id)) {
                keep_in_view(&card.get_bounding_client_rect());
            }
        }
        return;
    };
    highlight::set(HIGHLIGHT, &range);
    keep_in_view(&range.get_bounding_client_rect());
}

/// Scrolls so that `rect` is on screen, a third of the way down, when it is not.
fn keep_in_view(rect: &web_sys::DomRect) {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.top() >= 0.0 && rect.bottom() <= height {
        return;
    }
    window().scroll_by_with_x_and_y(0.0, rect.top() - height / 3.0);
}

// A stand-in for the browser's speech engine (`speechSynthesis`): it records what it is asked
// to say and ends an utterance when told. The browsers that run the tests have no Chinese voice,
// or none at all. Used by tests/web_speech.rs (as a module) and tests/e2e/speech.test.mjs (put
// in the page ahead of its scripts, `export` taken off).
export function fake_speech(lang) {
  const said = [];
  let current = null;
  class Utterance { constructor(text) { this.text = text; } }
  window.SpeechSynthesisUtterance = Utterance;
  const synth = {
    cancelled: 0,
    getVoices: () => [{ lang, name: 'stand-in' }],
    speak(u) { said.push({ text: u.text, rate: u.rate, lang: u.lang }); current = u; },
    cancel() {
      this.cancelled += 1;
      const u = current; current = null;
      if (u && u.onerror) u.onerror(new Event('error'));
    },
    pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__speech = {
    said,
    synth,
    end() { const u = current; current = null; if (u && u.onend) u.onend(new Event('end')); },
  };
}
export function said_texts() { return window.__speech.said.map((s) => s.text); }
export function said_rates() { return window.__speech.said.map((s) => s.rate); }
export function end_utterance() { window.__speech.end(); }
export function cancelled() { return window.__speech.synth.cancelled; }
export function highlighted() {
  const h = window.CSS && CSS.highlights && CSS.highlights.get('reading');
  return h ? [...h].map((r) => r.toString()).join('') : null;
}
export function hide_page() {
  Object.defineProperty(document, 'hidden', { get: () => true, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  delete document.hidden;
}

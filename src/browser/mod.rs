//! Browser glue: every call into a browser API the app makes besides rendering, each written
//! once. Components and hooks call these; none of them touches `Blob`, the clipboard, IndexedDB,
//! `localStorage`, `fetch` or `history` itself. Everything here fails softly (a `Result` or a
//! default): a refused permission or private mode must not break the page. Also the app's
//! scheduling on the browser's event loop: [`after_paint`], [`next_task`], [`yield_now`].

pub mod after_paint;
pub mod clipboard;
pub mod decode;
pub mod download;
pub mod fetch;
pub mod highlight;
pub mod history;
pub mod indexed_db;
pub mod local_storage;
pub mod next_task;
#[cfg(feature = "worker-parse")]
pub mod parse_worker;
pub mod place;
pub mod scroll;
pub mod speech;
pub mod takeover;

pub use after_paint::after_paint;
pub use next_task::{next_task, pause, yield_now};

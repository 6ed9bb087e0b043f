//! Browser glue: every call into a browser API the app makes besides rendering, each written
//! once. Components and hooks call these; none of them touches `Blob`, the clipboard, IndexedDB,
//! `localStorage`, `fetch` or `history` itself. Everything here fails softly (a `Result` or a
//! default): a refused permission or private mode must not break the page.

pub mod clipboard;
pub mod decode;
pub mod download;
pub mod fetch;
pub mod history;
pub mod indexed_db;
pub mod local_storage;

//! The reader's own report, kept in IndexedDB so it survives a reload until closed
//! (localStorage holds only about 5 MB in some engines, and a report can be larger). Written
//! with web-sys's IndexedDB bindings directly: three operations on one object store do not need
//! a wrapper crate. Every function fails softly: storage can be refused (private mode, WeChat
//! settings) or full, and the caller then keeps the report for the session.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DB: &str = "report-explorer";
const STORE: &str = "reports";
const KEY: &str = "local";

/// A report the reader opened: its text and a name (the file name, or `粘贴的文本`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalReport {
    /// The name shown in the banner and the switcher.
    pub name: String,
    /// The full text, decoded.
    pub text: String,
}

/// How long a request may take before it counts as failed. An open request can wait forever
/// without an event: behind another page's pending deletion of the database, or in WebKit's
/// IndexedDB when its storage process stalls; the page must not wait with it.
const GIVE_UP_MS: i32 = 4_000;

/// Resolves when `request` succeeds (its result), fails (its error) or takes longer than
/// [`GIVE_UP_MS`] (an `undefined` error).
async fn request_done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, GIVE_UP_MS);
        }
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// Whether the browser offers IndexedDB at all (reading `window.indexedDB` throws when site data
/// is refused). A browser that offers it can still refuse a write: [`save_local`] then fails.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| w.indexed_db().is_ok_and(|f| f.is_some()))
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or("IndexedDB unavailable")?;
    let request = factory.open_with_u32(DB, 1)?;
    let upgrade = Closure::once(move |ev: web_sys::Event| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = request_done(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into::<IdbDatabase>()
}

/// Resolves when the transaction commits; fails when it errors or aborts (quota exceeded).
async fn committed(tx: &web_sys::IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Stores the reader's report, replacing any earlier one.
pub async fn save_local(report: &LocalReport) -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let value = Object::new();
    Reflect::set(&value, &"name".into(), &report.name.as_str().into())?;
    Reflect::set(&value, &"text".into(), &report.text.as_str().into())?;
    tx.object_store(STORE)?.put_with_key(&value, &KEY.into())?;
    let done = committed(&tx).await;
    db.close();
    done
}

/// The stored report, if any (`None` too when storage is unavailable).
pub async fn load_local() -> Option<LocalReport> {
    let db = open().await.ok()?;
    let tx = db.transaction_with_str(STORE).ok()?;
    let request = tx.object_store(STORE).ok()?.get(&KEY.into()).ok()?;
    let value = request_done(&request).await.ok();
    db.close();
    let value = value?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let name = Reflect::get(&value, &"name".into()).ok()?.as_string()?;
    let text = Reflect::get(&value, &"text".into()).ok()?.as_string()?;
    Some(LocalReport { name, text })
}

/// Forgets the stored report.
pub async fn delete_local() -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    tx.object_store(STORE)?.delete(&KEY.into())?;
    let done = committed(&tx).await;
    db.close();
    done
}

/// Whether an error from IndexedDB means the storage is full.
pub fn is_quota_error(err: &JsValue) -> bool {
    let name = |v: &JsValue| {
        Reflect::get(v, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
    };
    // A failed transaction rejects with its event; the error is on the event's target.
    let direct = name(err);
    let from_target = Reflect::get(err, &"target".into())
        .ok()
        .and_then(|t| Reflect::get(&t, &"error".into()).ok())
        .and_then(|e| name(&e));
    [direct, from_target]
        .iter()
        .flatten()
        .any(|n| n == "QuotaExceededError")
}

//! Files served beside the app (`reports/…`), fetched relative to the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a served file could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The network failed.
    Network,
    /// The server answered with this status.
    Status(u16),
}

impl FetchError {
    /// What to tell the reader (`网络错误`, `服务器返回 404`).
    pub fn message(&self) -> String {
        match self {
            FetchError::Network => "网络错误".into(),
            FetchError::Status(s) => format!("服务器返回 {s}"),
        }
    }
}

/// Fetches a file relative to the page, revalidating with the server (so an edited manifest
/// or report shows without clearing caches).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

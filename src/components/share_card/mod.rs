//! [`ShareCard`]: the focused (or first shown) card as a tall PNG, the kind of picture people
//! forward in WeChat: report title, the paragraph, its numbers, and a QR code back to the card.

mod image;

use image::draw;

use leptos::prelude::*;
use report::view::{self, Filter, SettingsOverrides};

use crate::browser::download::save_url;
use crate::browser::history::{page_base, view_link};
use crate::render::{non_empty, Fresh};
use crate::state::Explorer;

/// The 分享图片 button and its preview: the image (long-press to save or forward on phones),
/// a download button and 关闭.
#[component]
pub fn ShareCard(
    /// The report's short name, for the file name.
    name: String,
) -> impl IntoView {
    let ex = Explorer::expect();
    let image = RwSignal::new(None::<(String, String)>);
    let message = RwSignal::new(String::new());
    let name = StoredValue::new(name);

    let make = move |_| {
        let focused = ex.filter.with_untracked(|f| f.card.clone());
        let d = ex.data();
        let index = focused
            .and_then(|id| d.cards.iter().position(|c| c.id == id))
            .or_else(|| ex.hits.with_untracked(|h| h.first().map(|h| h.card)));
        let Some(index) = index else {
            message.set("没有可分享的段落。".into());
            return;
        };
        let card_id = d.cards[index].id.clone();
        let extras = crate::state::ViewInfo::current().extras;
        let filter = Filter {
            card: Some(card_id.clone()),
            ..Filter::default()
        };
        let link = view_link(
            &page_base(),
            &view::to_query(&filter, &SettingsOverrides::default(), &extras),
        );
        match draw(ex, index, &link) {
            Ok(url) => {
                let file = name.with_value(|n| {
                    let base = report::export::file_name(n, &d.report, &Filter::default(), "png");
                    format!("{}-{card_id}.png", base.trim_end_matches(".png"))
                });
                image.set(Some((url, file)));
                message.set(String::new());
            }
            Err(_) => message.set("无法生成图片。".into()),
        }
    };

    view! {
        <button type="button" class="tool-button share-button" on:click=make>"分享图片"</button>
        <span class="share-status" role="status">{move || non_empty(message.get())}</span>
        {move || Fresh(image.get().map(|(url, file)| {
            let url2 = url.clone();
            let file2 = file.clone();
            view! {
                <div class="share-preview" role="dialog" aria-label="分享图片">
                    <p>"长按图片可保存或转发；电脑上可下载。"</p>
                    <img class="share-image" src=url alt="本段内容与数据的分享图片"/>
                    <div class="share-actions">
                        <button type="button" class="tool-button share-download" on:click=move |_| {
                            let _ = save_url(&file2, &url2);
                        }>"下载图片"</button>
                        <button type="button" class="tool-button share-close" on:click=move |_| image.set(None)>"关闭"</button>
                    </div>
                    <span class="visually-hidden">{file}</span>
                </div>
            }
        }))}
    }
}

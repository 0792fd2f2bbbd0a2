//! Downloads of a figure: the chart as SVG or PNG (drawn in the browser at 2×),
//! and any text (its data as CSV, from [`crate::chart::csv`]).

use crate::ui::browser;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

/// PNG exports are drawn at twice the chart's own size.
const PNG_SCALE: f64 = 2.0;
/// How long a download's object URL is kept before it is released.
const REVOKE_AFTER_MS: u32 = 10_000;

/// Offers `body` as a file download named `name`.
pub fn download_text(name: &str, mime: &str, body: &str) {
    if let Some(blob) = blob(body, mime) {
        download_blob(name, &blob);
    }
}

/// A standalone SVG document of the chart `svg`: the page's stylesheet is copied in,
/// so the file looks like the figure on the page.
pub fn svg_document(svg: &Element) -> Option<String> {
    let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    let (width, height) = view_box_size(svg)?;
    copy.set_attribute("width", &width.to_string()).ok()?;
    copy.set_attribute("height", &height.to_string()).ok()?;
    let document = svg.owner_document()?;
    // On the page the chart is named by the figure's title and summary; a file on its
    // own carries the name itself.
    if let Some(ids) = copy.get_attribute("aria-labelledby") {
        let name: Vec<String> = ids
            .split_whitespace()
            .filter_map(|id| document.get_element_by_id(id)?.text_content())
            .collect();
        copy.remove_attribute("aria-labelledby").ok()?;
        copy.set_attribute("aria-label", &name.join(". ")).ok()?;
    }
    let style = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "style")
        .ok()?;
    style.set_text_content(Some(&page_css(&document)));
    copy.insert_before(&style, copy.first_child().as_ref())
        .ok()?;
    let background = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")
        .ok()?;
    for (name, value) in [
        ("width", "100%"),
        ("height", "100%"),
        ("class", "export-background"),
    ] {
        background.set_attribute(name, value).ok()?;
    }
    copy.insert_before(&background, style.next_sibling().as_ref())
        .ok()?;
    web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()
}

/// Draws `svg_document` onto a canvas at [`PNG_SCALE`] and downloads it as `name`.
pub fn download_png(name: &str, svg: &Element) {
    let (Some(markup), Some((width, height))) = (svg_document(svg), view_box_size(svg)) else {
        return;
    };
    let (Some(source), Ok(image)) = (blob(&markup, "image/svg+xml"), HtmlImageElement::new())
    else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&source) else {
        return;
    };
    let name = name.to_string();
    let loaded = image.clone();
    let source_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&source_url);
        let Some(canvas) = create::<HtmlCanvasElement>(&loaded, "canvas") else {
            return;
        };
        canvas.set_width((width * PNG_SCALE) as u32);
        canvas.set_height((height * PNG_SCALE) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            width * PNG_SCALE,
            height * PNG_SCALE,
        );
        let on_blob = Closure::once_into_js(move |png: Option<Blob>| {
            if let Some(png) = png {
                download_blob(&name, &png);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&url);
}

fn view_box_size(svg: &Element) -> Option<(f64, f64)> {
    let view_box = svg.get_attribute("viewBox")?;
    let parts: Vec<f64> = view_box
        .split_whitespace()
        .filter_map(crate::parse_number::parse)
        .collect();
    match parts[..] {
        [_, _, w, h] => Some((w, h)),
        _ => None,
    }
}

/// Every rule of the page's own stylesheets, as text.
fn page_css(document: &web_sys::Document) -> String {
    let sheets = document.style_sheets();
    let mut css = String::new();
    for i in 0..sheets.length() {
        let Some(rules) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
            .and_then(|s| s.css_rules().ok())
        else {
            continue;
        };
        for r in 0..rules.length() {
            if let Some(rule) = rules.item(r) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css
}

fn blob(body: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// A new, detached element of the document that `near` belongs to.
fn create<T: JsCast>(near: &web_sys::Node, tag: &str) -> Option<T> {
    near.owner_document()?
        .create_element(tag)
        .ok()?
        .dyn_into()
        .ok()
}

fn download_blob(name: &str, blob: &Blob) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    let Some(link) = browser::body().and_then(|b| create::<HtmlAnchorElement>(&b, "a")) else {
        return;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

//! The figures' static images, made at build time (`examples/previews.rs`): each
//! embeddable figure's chart, cut from the prerendered article, as a self-contained SVG
//! document a renderer without the page's CSS can draw (resvg, which has no custom
//! properties and no `var()`).
//!
//! The colours are not written here: [`chart_rules`] reads `public/style.css` and turns
//! its rules into ones with concrete values of the light theme, so a changed colour in
//! the stylesheet reaches the images on the next build, and a rule the images cannot
//! resolve (a `var()` the light theme does not define) fails the build.
//!
//! Plain string work, used by the build's examples only: the app never calls it, so none
//! of it reaches the wasm (the drawing itself, resvg, is a native dev-dependency).

use std::collections::HashMap;

use crate::state::FigureId;

/// The width, in CSS pixels, each image is drawn at; the PNG has [`SCALE`] times as many.
pub const WIDTH: f64 = 600.0;

/// Device pixels per CSS pixel in the PNGs.
pub const SCALE: f64 = 2.0;

/// Room around the chart's `viewBox`, in its units: the page lets labels run past it
/// (`overflow: visible`), into the column's margin, and an image has no margin. The
/// longest, the ban figure's "RMB 500 bn", runs about 15 past it in Liberation Sans;
/// twice that leaves room for a wider font (DejaVu Sans). The build fails if a label
/// still runs out of the image.
pub const MARGIN: f64 = 32.0;

/// The folder of the images in the build, and each one's file name.
pub const FOLDER: &str = "preview";

/// The image the article's pages name for link previews: the sandbox's shares figure.
pub const ARTICLE: &str = "article.png";

/// `preview/ID.png`: the address of `figure`'s image relative to the build folder.
pub fn path(figure: FigureId) -> String {
    format!("{FOLDER}/{}.png", figure.code())
}

/// The `<svg>…</svg>` of `figure`'s chart in `html` (the prerendered article): the
/// first chart (`role="img"` or `role="group"`) in the `<figure>` that holds the
/// figure's Embed panel. `None` if the page has no such figure.
pub fn chart_svg(html: &str, figure: FigureId) -> Option<&str> {
    let panel = html.find(&format!("for=\"embed-code-{}\"", figure.code()))?;
    let start = html[..panel].rfind("<figure")?;
    let chart = start + html[start..panel].find("<div class=\"chart\"")?;
    let mut at = chart;
    loop {
        let open = at + html[at..panel].find("<svg")?;
        let tag_end = open + html[open..].find('>')?;
        let tag = &html[open..tag_end];
        if tag.contains("role=\"img\"") || tag.contains("role=\"group\"") {
            let end = matching_close(html, open)?;
            return Some(&html[open..end]);
        }
        at = tag_end;
    }
}

/// The end of the `<svg>` element opened at `open` (after its `</svg>`), counting the
/// `<svg>` elements inside it.
fn matching_close(html: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = open;
    loop {
        let next_open = html[at..].find("<svg").map(|i| at + i);
        let next_close = at + html[at..].find("</svg>")?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 4;
            }
            _ => {
                depth -= 1;
                at = next_close + "</svg>".len();
                if depth == 0 {
                    return Some(at);
                }
            }
        }
    }
}

/// The `viewBox` width and height of `svg`'s root element.
pub fn view_box(svg: &str) -> Option<(f64, f64)> {
    let tag = &svg[..svg.find('>')?];
    let at = tag.find("viewBox=\"")? + "viewBox=\"".len();
    let value = &tag[at..at + tag[at..].find('"')?];
    let numbers: Vec<f64> = value
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w, h)),
        _ => None,
    }
}

/// The size in CSS pixels of `svg` and its [`MARGIN`] drawn [`WIDTH`] wide.
pub fn size(svg: &str) -> Option<(f64, f64)> {
    let (w, h) = view_box(svg)?;
    let (w, h) = (w + 2.0 * MARGIN, h + 2.0 * MARGIN);
    Some((WIDTH, (WIDTH * h / w).round()))
}

/// `svg` (a chart from the page) as a document of its own: its size, a [`MARGIN`]
/// around its `viewBox`, the stylesheet's chart rules (`style`, from [`chart_rules`]),
/// with the page's font, and a background in the theme's surface colour, drawn first.
pub fn standalone(svg: &str, style: &str) -> Option<String> {
    let (width, height) = size(svg)?;
    let (vw, vh) = view_box(svg)?;
    let tag_end = svg.find('>')?;
    let open = &svg[..tag_end];
    let inner = &svg[tag_end + 1..svg.rfind("</svg>")?];
    let m = MARGIN;
    let (x, y, vw, vh) = (-m, -m, vw + 2.0 * m, vh + 2.0 * m);
    // The page's tag, with the namespace and size a document needs, and the events and
    // focus the page's tag carries dropped (they mean nothing in an image).
    let attributes = open.trim_start_matches("<svg");
    let at = attributes.find("viewBox=\"")?;
    let end = at + attributes[at..].find("\" ")?;
    let attributes = format!(
        "{}viewBox=\"{x} {y} {vw} {vh}{}",
        &attributes[..at],
        &attributes[end..]
    );
    let mut head = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\"{attributes}>"
    );
    if head.matches("xmlns=").count() > 1 {
        head = format!("<svg width=\"{width}\" height=\"{height}\"{attributes}>");
    }
    Some(format!(
        "{head}<style>{style}</style>\
         <rect class=\"export-background\" x=\"{x}\" y=\"{y}\" width=\"{vw}\" height=\"{vh}\"/>\
         {inner}</svg>"
    ))
}

/// The rules of `css` (the page's stylesheet) that can style an SVG drawn alone, with
/// every custom property replaced by its light-theme value: the `:root` rule's
/// variables, where `light-dark(a, b)` is `a`. Kept: rules outside `@`-blocks whose
/// selectors are type and class selectors (with descendant or child combinators), and
/// of their declarations the SVG presentation properties. The root `svg` gets the
/// chart font (`--chart-font`, `--font`) that the page gives `.chart svg`.
///
/// Fails, naming it, on a `var()` the light theme leaves undefined.
pub fn chart_rules(css: &str) -> Result<String, String> {
    let rules = parse(css);
    let mut vars = HashMap::new();
    for (selector, body) in &rules {
        if selector == ":root" {
            for (name, value) in declarations(body) {
                if name.starts_with("--") {
                    vars.insert(name.to_string(), light(value));
                }
            }
        }
    }
    let resolve = |value: &str| resolve(value, &vars, 0);
    let mut out = format!(
        "svg{{font-family:{};font-size:{}}}",
        resolve("var(--font)")?,
        resolve("var(--chart-font)")?
    );
    for (selector, body) in &rules {
        let selectors: Vec<&str> = selector
            .split(',')
            .map(str::trim)
            // The chart's `<div class="chart">` is the image's whole page.
            .map(|s| s.strip_prefix(".chart ").unwrap_or(s).trim())
            .filter(|s| plain_selector(s))
            .collect();
        if selectors.is_empty() {
            continue;
        }
        let mut kept = String::new();
        for (name, value) in declarations(body) {
            if PRESENTATION.contains(&name) {
                let value = resolve(value).map_err(|e| format!("{selector} {{ {name} }}: {e}"))?;
                kept.push_str(&format!("{name}:{value};"));
            }
        }
        if !kept.is_empty() {
            out.push_str(&format!("{}{{{kept}}}", selectors.join(",")));
        }
    }
    Ok(out)
}

/// The properties an SVG renderer reads from CSS.
const PRESENTATION: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "opacity",
    "paint-order",
    "font-weight",
    "font-style",
    "font-size",
    "text-anchor",
    "dominant-baseline",
    "display",
    "visibility",
];

/// A selector of element names and classes only, which a static renderer matches as a
/// browser would for an image (no states, attributes, ids or pseudo-classes).
fn plain_selector(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '>'))
}

/// The top-level rules of `css` as (selector, declarations), comments removed and
/// `@`-blocks (media queries, keyframes) left out.
fn parse(css: &str) -> Vec<(String, String)> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);

    let mut rules = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].trim();
        // A statement at-rule (`@import …;`) before the block belongs to neither.
        let selector = prelude.rsplit(';').next().unwrap_or("").trim();
        let mut depth = 0;
        let mut close = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &rest[open + 1..close];
        if !selector.starts_with('@') && !body.contains('{') {
            rules.push((selector.to_string(), body.to_string()));
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    rules
}

/// The `name: value` declarations of a rule's body.
fn declarations(body: &str) -> impl Iterator<Item = (&str, &str)> {
    body.split(';').filter_map(|d| {
        let (name, value) = d.split_once(':')?;
        Some((name.trim(), value.trim()))
    })
}

/// `value` with each `light-dark(a, b)` replaced by `a`.
fn light(value: &str) -> String {
    let mut out = value.to_string();
    while let Some(start) = out.find("light-dark(") {
        let args = start + "light-dark(".len();
        let Some((comma, end)) = arguments(&out[args..]) else {
            break;
        };
        let first = out[args..args + comma].trim().to_string();
        out.replace_range(start..args + end + 1, &first);
    }
    out
}

/// In `s` (what follows a function's `(`), the offset of its first top-level comma
/// (or of its `)` if it has none) and of its closing `)`.
fn arguments(s: &str) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut comma = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some((comma.unwrap_or(i), i)),
            ')' => depth -= 1,
            ',' if depth == 0 && comma.is_none() => comma = Some(i),
            _ => {}
        }
    }
    None
}

/// `value` with every `var(--name[, fallback])` replaced by the variable's value.
fn resolve(value: &str, vars: &HashMap<String, String>, depth: u32) -> Result<String, String> {
    if depth > 8 {
        return Err(format!(
            "custom properties refer to each other in a loop: {value}"
        ));
    }
    let mut out = light(value);
    while let Some(start) = out.find("var(") {
        let args = start + "var(".len();
        let (comma, end) =
            arguments(&out[args..]).ok_or_else(|| format!("unclosed var(): {value}"))?;
        let name = out[args..args + comma].trim();
        let with = match vars.get(name) {
            Some(v) => resolve(v, vars, depth + 1)?,
            None if comma < end => {
                resolve(out[args + comma + 1..args + end].trim(), vars, depth + 1)?
            }
            None => return Err(format!("{name} is not set in the light theme (:root)")),
        };
        out.replace_range(start..args + end + 1, &with);
    }
    Ok(out)
}

/// The class names used in `svg`'s markup.
pub fn classes(svg: &str) -> Vec<&str> {
    let mut out: Vec<&str> = svg
        .split("class=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .flat_map(str::split_whitespace)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The width and height in the header of a PNG file's bytes.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((number(16), number(20)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLE: &str = include_str!("../public/style.css");

    #[test]
    fn light_dark_takes_the_light_value_and_var_resolves_through_variables() {
        let css = ":root { --a: light-dark(#111, #eee); --b: var(--a); --w: 2px; }\n\
                   /* .x { fill: red } */ .line.c-a, .x:hover { stroke: var(--b); stroke-width: var(--w); transition: d 1s; }\n\
                   @media (min-width: 1px) { .line { stroke: blue; } }\n\
                   :root[data-theme=\"dark\"] { --a: #000; }";
        let out = chart_rules(&format!(
            "{css} :root {{ --font: serif; --chart-font: 13px; }}"
        ))
        .unwrap();
        assert!(
            out.contains(".line.c-a{stroke:#111;stroke-width:2px;}"),
            "{out}"
        );
        assert!(
            !out.contains("hover") && !out.contains("blue") && !out.contains("transition"),
            "{out}"
        );
        assert!(
            out.starts_with("svg{font-family:serif;font-size:13px}"),
            "{out}"
        );
        assert!(chart_rules(".a { fill: var(--nowhere); }").is_err());
    }

    #[test]
    fn the_stylesheet_resolves_to_concrete_light_colours() {
        let rules = chart_rules(STYLE).unwrap();
        assert!(!rules.contains("var("), "{rules}");
        assert!(!rules.contains("light-dark("), "{rules}");
        assert!(
            rules.contains(".c-taobao{stroke:#d55e00;fill:#d55e00;}"),
            "{rules}"
        );
        assert!(
            rules.contains(".c-douyin{stroke:#0072b2;fill:#0072b2;}"),
            "{rules}"
        );
    }

    #[test]
    fn every_class_drawn_in_a_chart_with_colour_in_the_page_has_a_rule_in_the_image() {
        let html = crate::ui::prerender(crate::content::Locale::En, None);
        let rules = chart_rules(STYLE).unwrap();
        let page = parse(STYLE);
        for figure in FigureId::ALL {
            let svg = chart_svg(&html, figure).unwrap_or_else(|| panic!("{figure:?} has no chart"));
            // The script embed's fallback states the image's size without drawing it.
            let (w, h) = size(svg).unwrap_or_else(|| panic!("{figure:?}: no viewBox"));
            let stated = crate::snippet::preview_size(figure);
            assert_eq!(
                (w as u32, h as u32),
                stated,
                "{figure:?}: snippet::preview_size"
            );
            let doc = standalone(svg, &rules).unwrap();
            assert!(
                doc.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\""),
                "{doc:.200}"
            );
            for class in classes(svg) {
                let dotted = format!(".{class}");
                // A class the page styles in plain rules is styled in the image too.
                let styled_in_page = page.iter().any(|(s, _)| {
                    s.split(',')
                        .any(|s| plain_selector(s.trim()) && has_class(s, &dotted))
                });
                if styled_in_page {
                    assert!(
                        has_class(&rules, &dotted),
                        "{figure:?}: .{class} lost its rule"
                    );
                }
            }
        }
    }

    /// Whether the selector text `s` names the class `dotted` (".name") as a whole word.
    fn has_class(s: &str, dotted: &str) -> bool {
        s.match_indices(dotted).any(|(i, _)| {
            let after = s[i + dotted.len()..].chars().next();
            !matches!(after, Some(c) if c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
    }

    #[test]
    fn the_png_header_gives_the_size() {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bytes.extend(1200u32.to_be_bytes());
        bytes.extend(700u32.to_be_bytes());
        assert_eq!(png_size(&bytes), Some((1200, 700)));
        assert_eq!(png_size(b"GIF89a"), None);
    }
}

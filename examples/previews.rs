//! Draws a PNG of each embeddable figure's chart: `preview/ID.png`, and
//! `preview/article.png` (the shares figure) for the article's link previews. Run by
//! `scripts/post-build.sh` after each Trunk build, before the pages and oEmbed files
//! that name the images and before the offline zip and the precompressed copies:
//!
//! ```sh
//! cargo run --example previews -- DIST_DIR [STYLE_CSS]
//! ```
//!
//! The charts come from the English article as prerendered ([`livestream_arena::ui::prerender`]),
//! styled by the light theme's rules read from `public/style.css`
//! ([`livestream_arena::preview::chart_rules`]), and drawn by resvg with the machine's
//! fonts. With no font installed the charts would lose every label, so that fails
//! the build (`scripts/setup.sh build` installs one).

// resvg is a native dev-dependency: the example runs natively, at build time.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;

    use livestream_arena::content::Locale;
    use livestream_arena::preview::{self, chart_rules, chart_svg, standalone};
    use livestream_arena::state::FigureId;
    use livestream_arena::ui::prerender;
    use resvg::{tiny_skia, usvg};

    /// Families tried, in order, for the stylesheet's `sans-serif` (which names system
    /// fonts of other platforms first): Debian's fonts-liberation and fonts-dejavu-core.
    const SANS: &[&str] = &["Liberation Sans", "DejaVu Sans", "Noto Sans", "Arial"];

    pub fn main() {
        let mut args = std::env::args().skip(1);
        let Some(dist) = args.next().map(PathBuf::from) else {
            eprintln!("usage: previews DIST_DIR [STYLE_CSS]");
            std::process::exit(2);
        };
        let style_path = args
            .next()
            .unwrap_or_else(|| "public/style.css".to_string());
        if let Err(message) = run(&dist, &style_path) {
            eprintln!("previews: {message}");
            std::process::exit(1);
        }
    }

    fn run(dist: &std::path::Path, style_path: &str) -> Result<(), String> {
        let css = std::fs::read_to_string(style_path).map_err(|e| format!("{style_path}: {e}"))?;
        let rules = chart_rules(&css).map_err(|e| format!("{style_path}: {e}"))?;
        let options = options()?;
        let html = prerender(Locale::En, None);
        let folder = dist.join(preview::FOLDER);
        std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        for figure in FigureId::ALL {
            let svg = chart_svg(&html, figure)
                .ok_or_else(|| format!("the article has no chart for {}", figure.code()))?;
            let document = standalone(svg, &rules)
                .ok_or_else(|| format!("the chart of {} has no viewBox", figure.code()))?;
            let png = render(&document, &options).map_err(|e| format!("{}: {e}", figure.code()))?;
            // The script embed's fallback states the size without drawing the image.
            let stated = livestream_arena::snippet::preview_size(figure);
            let size = preview::size(svg).map(|(w, h)| (w as u32, h as u32));
            if size != Some(stated) {
                return Err(format!(
                    "{} is drawn {size:?} but snippet::preview_size says {stated:?}: update it",
                    figure.code()
                ));
            }
            std::fs::write(dist.join(preview::path(figure)), &png).map_err(|e| e.to_string())?;
            if figure == FigureId::Shares {
                std::fs::write(folder.join(preview::ARTICLE), &png).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    /// The renderer's options: the system's fonts, with an installed family for
    /// `sans-serif`. Fails if the machine has no font at all.
    fn options() -> Result<usvg::Options<'static>, String> {
        let mut options = usvg::Options::default();
        let fonts = options.fontdb_mut();
        fonts.load_system_fonts();
        let installed = |family: &str| {
            fonts
                .faces()
                .any(|face| face.families.iter().any(|(name, _)| name == family))
        };
        let family = SANS
            .iter()
            .find(|f| installed(f))
            .map(|f| f.to_string())
            .or_else(|| {
                fonts
                    .faces()
                    .find_map(|face| face.families.first().map(|(name, _)| name.clone()))
            })
            .ok_or(
                "no font is installed, so the images would have no text: run `scripts/setup.sh build` \
                 (it installs Debian's fonts-liberation)",
            )?;
        fonts.set_sans_serif_family(family);
        Ok(options)
    }

    /// `document` drawn at [`preview::SCALE`] times its size, on white, as PNG bytes.
    /// Fails if any of its text found no font.
    fn render(document: &str, options: &usvg::Options) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(document, options).map_err(|e| e.to_string())?;
        require_text(tree.root())?;
        require_inside(&tree)?;
        let size = tree
            .size()
            .to_int_size()
            .scale_by(preview::SCALE as f32)
            .ok_or("empty image")?;
        let mut pixmap =
            tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty image")?;
        pixmap.fill(tiny_skia::Color::WHITE);
        let scale = preview::SCALE as f32;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }

    /// Fails if a text element of `group` was laid out without glyphs (no font matched).
    fn require_text(group: &usvg::Group) -> Result<(), String> {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => require_text(g)?,
                usvg::Node::Text(text) => {
                    let glyphs: usize = text
                        .layouted()
                        .iter()
                        .map(|s| s.positioned_glyphs.len())
                        .sum();
                    let chars: usize = text.chunks().iter().map(|c| c.text().trim().len()).sum();
                    if chars > 0 && glyphs == 0 {
                        let words: String = text.chunks().iter().map(|c| c.text()).collect();
                        return Err(format!("no font drew the text {words:?}"));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Fails if anything drawn (the background aside, which is drawn first) runs out of the
    /// image: a label longer than the room [`preview::MARGIN`] leaves.
    fn require_inside(tree: &usvg::Tree) -> Result<(), String> {
        let size = tree.size();
        let mut shapes = Vec::new();
        leaves(tree.root(), &mut shapes);
        for b in shapes.into_iter().skip(1) {
            let out = [
                -b.left(),
                -b.top(),
                b.right() - size.width(),
                b.bottom() - size.height(),
            ];
            let worst = out.into_iter().fold(0.0f32, f32::max);
            if worst > 0.5 {
                return Err(format!(
                    "something drawn runs {worst:.1} px out of the image (left, top, right, \
                     bottom: {out:?}); widen preview::MARGIN"
                ));
            }
        }
        Ok(())
    }

    /// The bounding boxes, in the image's pixels, of what `group` draws (its paths, texts and
    /// images), in drawing order.
    fn leaves(group: &usvg::Group, out: &mut Vec<usvg::Rect>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => leaves(g, out),
                other => out.push(other.abs_stroke_bounding_box()),
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

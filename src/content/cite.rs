//! The provenance flags written into the prose ("(36Kr, R)", "（财新，L）") and its links
//! to places on the page ("[the timeline](#fig-timeline)") found as pieces, so the page
//! can draw each flag as a small chip linked to the sources panel and each link as a link.

use crate::model::ledger::Flag;

/// A run of a paragraph: plain text, or one provenance flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Flag(Flag),
    /// A link within the page: its words and the fragment it points to ("#fig-timeline").
    Link(&'a str, &'a str),
}

/// Where a flag may stand: right after the source it grades, a separator or an
/// opening bracket, and right before a closing bracket, a separator or a slash.
const BEFORE: [&str; 6] = [", ", "; ", "，", "；", "(", "（"];
const AFTER: [char; 6] = [')', '）', ';', '；', '/', ','];

/// The flag a letter stands for.
fn flag_of(letter: char) -> Option<Flag> {
    Flag::ALL
        .into_iter()
        .find(|f| f.letter().starts_with(letter))
}

/// Splits `text` into its plain runs, its flags and its links, in order. A link is
/// written `[words](#id)`. A capital P, R, L, W or A counts as a flag only standing alone
/// between a separator and a bracket (or "/"), so words and names are never cut.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, words, target, after)) = link(rest) {
        out.extend(flags(before));
        out.push(Piece::Link(words, target));
        rest = after;
    }
    out.extend(flags(rest));
    out
}

/// The first `[words](#id)` in `text`: what comes before it, its words, its target and
/// what follows.
fn link(text: &str) -> Option<(&str, &str, &str, &str)> {
    let open = text.find('[')?;
    let close = open + text[open..].find("](#")?;
    let end = close + text[close..].find(')')?;
    Some((
        &text[..open],
        &text[open + 1..close],
        &text[close + 2..end],
        &text[end + 1..],
    ))
}

/// The plain runs and flags of a text without links.
fn flags(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, letter) in text.char_indices() {
        let Some(flag) = flag_of(letter) else {
            continue;
        };
        let after = text[i + letter.len_utf8()..].chars().next();
        let before = &text[..i];
        let standalone = after.is_some_and(|c| AFTER.contains(&c))
            && (BEFORE.iter().any(|b| before.ends_with(b)) || before.ends_with('/'));
        if standalone {
            if start < i {
                out.push(Piece::Text(&text[start..i]));
            }
            out.push(Piece::Flag(flag));
            start = i + letter.len_utf8();
        }
    }
    if start < text.len() {
        out.push(Piece::Text(&text[start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_after_their_source_become_pieces() {
        assert_eq!(
            pieces("Kuaishou reported it (Caixin, R) and more (MOGU 6-K, P; Caixin, R)."),
            vec![
                Piece::Text("Kuaishou reported it (Caixin, "),
                Piece::Flag(Flag::Reputable),
                Piece::Text(") and more (MOGU 6-K, "),
                Piece::Flag(Flag::Primary),
                Piece::Text("; Caixin, "),
                Piece::Flag(Flag::Reputable),
                Piece::Text(")."),
            ]
        );
        assert_eq!(
            pieces("（36氪，R）与（L；含商品卡）和（W/R）"),
            vec![
                Piece::Text("（36氪，"),
                Piece::Flag(Flag::Reputable),
                Piece::Text("）与（"),
                Piece::Flag(Flag::Leaked),
                Piece::Text("；含商品卡）和（"),
                Piece::Flag(Flag::Weak),
                Piece::Text("/"),
                Piece::Flag(Flag::Reputable),
                Piece::Text("）"),
            ]
        );
    }

    #[test]
    fn links_within_the_page_become_pieces() {
        assert_eq!(
            pieces("The [timeline](#fig-timeline) dates it (TechNode, R); [x](#a)."),
            vec![
                Piece::Text("The "),
                Piece::Link("timeline", "#fig-timeline"),
                Piece::Text(" dates it (TechNode, "),
                Piece::Flag(Flag::Reputable),
                Piece::Text("); "),
                Piece::Link("x", "#a"),
                Piece::Text("."),
            ]
        );
        // Brackets that are not a link stay text.
        assert_eq!(pieces("[sic] (a)"), vec![Piece::Text("[sic] (a)")]);
    }

    #[test]
    fn capitals_in_words_and_names_stay_text() {
        for text in [
            "RMB 400 bn (Alibaba via SCMP)",
            "A fixed pool, (A) as a list marker? No: (AB) stays.",
            "Project Star X, Weibo, Baidu",
            "P&G, R&D",
        ] {
            let flags = pieces(text)
                .iter()
                .filter(|p| matches!(p, Piece::Flag(_)))
                .count();
            let expected = usize::from(text.contains("(A)"));
            assert_eq!(flags, expected, "{text}");
        }
    }

    #[test]
    fn the_pieces_put_back_together_are_the_text() {
        let text =
            "Leaks put it at RMB 2.2–2.7 trillion (L; product cards too), twice Kuaishou's (P).";
        let joined: String = pieces(text)
            .iter()
            .map(|p| match p {
                Piece::Text(t) => (*t).to_string(),
                Piece::Flag(f) => f.letter().to_string(),
                Piece::Link(words, target) => format!("[{words}]({target})"),
            })
            .collect();
        assert_eq!(joined, text);
    }
}

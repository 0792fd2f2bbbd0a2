//! The chapters of the article, as a type: the one list that the table of contents,
//! the chapters' figures, the slides and the tests all follow.

/// One chapter of the article. Adding one is a compile error until its prose (in
/// every language), its interactive part and its slide are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chapter {
    /// The attention war: one pool of screen time.
    Attention,
    /// The article's 2019–2020 scoreboard.
    Scoreboard,
    /// Douyin's ban on third-party links.
    Ban,
    /// The blocs: Kuaishou–JD and Alibaba's content partners.
    Alliances,
    /// The map of purchase intent against KOL- or brand-driven streams.
    Map,
    /// Xiaohongshu's niche and its inverted U.
    Niche,
    /// Audience trust.
    Trust,
    /// Every lever at once.
    Sandbox,
    /// What happened next: the reader's guess, then the reported figures.
    Next,
    /// How the model works and what it does not know.
    Methods,
}

impl Chapter {
    /// Every chapter, in reading order.
    pub const ALL: [Chapter; 10] = [
        Chapter::Attention,
        Chapter::Scoreboard,
        Chapter::Ban,
        Chapter::Alliances,
        Chapter::Map,
        Chapter::Niche,
        Chapter::Trust,
        Chapter::Sandbox,
        Chapter::Next,
        Chapter::Methods,
    ];

    /// Stable slug: the chapter's anchor (`#trust`) and element id.
    pub fn id(self) -> &'static str {
        match self {
            Chapter::Attention => "attention",
            Chapter::Scoreboard => "scoreboard",
            Chapter::Ban => "ban",
            Chapter::Alliances => "alliances",
            Chapter::Map => "map",
            Chapter::Niche => "niche",
            Chapter::Trust => "trust",
            Chapter::Sandbox => "sandbox",
            Chapter::Next => "next",
            Chapter::Methods => "methods",
        }
    }

    /// Its place in reading order, from 1 (the number a reader sees).
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// Its position in [`Chapter::ALL`], from 0.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Chapter;

    #[test]
    fn the_order_of_all_is_the_order_of_the_variants_and_ids_are_unique() {
        for (i, c) in Chapter::ALL.into_iter().enumerate() {
            assert_eq!(c.index(), i, "{c:?}");
            assert_eq!(c.number(), i + 1);
        }
        let mut ids: Vec<_> = Chapter::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Chapter::ALL.len(), "ids are unique");
    }
}

//! Who fights in the arena: the six players that book livestream GMV, the blocs they belong to, and the
//! content partners that can route viewers into Taobao.

use serde::{Deserialize, Serialize};

use super::params::Params;

/// A platform that books livestream-commerce GMV in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Player {
    /// Alibaba's livestream channel inside Taobao.
    TaobaoLive,
    /// ByteDance's short-video app.
    Douyin,
    /// The short-video app allied with JD in 2020.
    Kuaishou,
    /// JD.com, "team Tencent".
    Jd,
    /// The women's-fashion platform where livestream commerce began.
    Mogujie,
    /// The lifestyle-notes community (Little Red Book).
    Xiaohongshu,
}

impl Player {
    /// Every player, in the order of every per-player array.
    pub const ALL: [Player; 6] = [
        Player::TaobaoLive,
        Player::Douyin,
        Player::Kuaishou,
        Player::Jd,
        Player::Mogujie,
        Player::Xiaohongshu,
    ];

    /// Position in [`Player::ALL`] and in every per-player array.
    pub const fn index(self) -> usize {
        match self {
            Player::TaobaoLive => 0,
            Player::Douyin => 1,
            Player::Kuaishou => 2,
            Player::Jd => 3,
            Player::Mogujie => 4,
            Player::Xiaohongshu => 5,
        }
    }

    /// Short stable name, for URLs, CSS classes and lookup tables.
    pub const fn key(self) -> &'static str {
        match self {
            Player::TaobaoLive => "taobao",
            Player::Douyin => "douyin",
            Player::Kuaishou => "kuaishou",
            Player::Jd => "jd",
            Player::Mogujie => "mogujie",
            Player::Xiaohongshu => "xiaohongshu",
        }
    }

    /// The player whose [`Player::key`] is `key`, if any.
    pub fn from_key(key: &str) -> Option<Player> {
        Player::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The camp the player belongs to in 2020.
    pub const fn bloc(self) -> Bloc {
        match self {
            Player::TaobaoLive => Bloc::Alibaba,
            Player::Douyin => Bloc::ByteDance,
            Player::Kuaishou | Player::Jd => Bloc::TencentJd,
            Player::Mogujie | Player::Xiaohongshu => Bloc::Independent,
        }
    }

    /// Purchase intent of the platform's audience in [0, 1], the article's first axis (calibrated value;
    /// see [`Params::purchase_intent`]).
    pub fn purchase_intent(self) -> f64 {
        Params::CALIBRATED.purchase_intent[self.index()]
    }

    /// How KOL-driven the platform's streams are in [0, 1]: 1 = streams built around a creator,
    /// 0 = brand-driven infomercials (calibrated value; see [`Params::kol_driven`]).
    pub fn kol_driven(self) -> f64 {
        Params::CALIBRATED.kol_driven[self.index()]
    }
}

/// Each player's position in per-player arrays, for the model's own equations.
pub(super) const TAOBAO: usize = Player::TaobaoLive.index();
pub(super) const DOUYIN: usize = Player::Douyin.index();
pub(super) const KUAISHOU: usize = Player::Kuaishou.index();
pub(super) const JD: usize = Player::Jd.index();
pub(super) const MOGUJIE: usize = Player::Mogujie.index();
pub(super) const XHS: usize = Player::Xiaohongshu.index();

/// A camp of China's internet: the players' GMV shares can be summed per bloc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Bloc {
    /// Taobao Live.
    Alibaba,
    /// Douyin, which the article says picked no side.
    ByteDance,
    /// Kuaishou and JD, allied in 2020.
    TencentJd,
    /// Mogujie and Xiaohongshu.
    Independent,
}

impl Bloc {
    /// Every bloc, in the order of every per-bloc array.
    pub const ALL: [Bloc; 4] = [
        Bloc::Alibaba,
        Bloc::ByteDance,
        Bloc::TencentJd,
        Bloc::Independent,
    ];

    /// Position in [`Bloc::ALL`] and in every per-bloc array.
    pub const fn index(self) -> usize {
        match self {
            Bloc::Alibaba => 0,
            Bloc::ByteDance => 1,
            Bloc::TencentJd => 2,
            Bloc::Independent => 3,
        }
    }

    /// Short stable name.
    pub const fn key(self) -> &'static str {
        match self {
            Bloc::Alibaba => "alibaba",
            Bloc::ByteDance => "bytedance",
            Bloc::TencentJd => "tencent-jd",
            Bloc::Independent => "independent",
        }
    }
}

/// A content platform in Alibaba's 2020 partner network (the article's "Project Star X"): it books no GMV of
/// its own in the model, but its streams can link out into Taobao.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Partner {
    /// Sina's microblogging platform.
    Weibo,
    /// The search engine's app.
    Baidu,
    /// ByteDance's longer-video app (the article lists it; facts.md could not verify the list).
    Xigua,
}

impl Partner {
    /// Every partner, in the order of every per-partner array.
    pub const ALL: [Partner; 3] = [Partner::Weibo, Partner::Baidu, Partner::Xigua];

    /// Position in [`Partner::ALL`] and in every per-partner array.
    pub const fn index(self) -> usize {
        match self {
            Partner::Weibo => 0,
            Partner::Baidu => 1,
            Partner::Xigua => 2,
        }
    }

    /// Short stable name.
    pub const fn key(self) -> &'static str {
        match self {
            Partner::Weibo => "weibo",
            Partner::Baidu => "baidu",
            Partner::Xigua => "xigua",
        }
    }
}

//! The colour classes the stylesheet gives each player and bloc, the same in every figure.

use crate::model::{Bloc, Player};

/// Colour class of a player, fixed across every figure.
pub fn player_class(p: Player) -> &'static str {
    match p {
        Player::TaobaoLive => "c-taobao",
        Player::Douyin => "c-douyin",
        Player::Kuaishou => "c-kuaishou",
        Player::Jd => "c-jd",
        Player::Mogujie => "c-mogujie",
        Player::Xiaohongshu => "c-xiaohongshu",
    }
}

/// Colour class of a bloc.
pub fn bloc_class(b: Bloc) -> &'static str {
    match b {
        Bloc::Alibaba => "c-taobao",
        Bloc::ByteDance => "c-douyin",
        Bloc::TencentJd => "c-kuaishou",
        Bloc::Independent => "c-mogujie",
    }
}

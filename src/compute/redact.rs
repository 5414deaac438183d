//! Hidden means hidden. `hide: [growth, rates, …]` keeps sections out of
//! every output file: pages, `data.json`, the PDF, the roster, the sitemap
//! and link previews. Rather than each renderer remembering to leave them
//! out, the profile is redacted once, here, before any figure is computed:
//! [`public_profile`] is the profile with every hidden section removed, and
//! it is all that figures and views are made from (`CreatorFigures::profile`).
//! A figure drawn from a hidden section (growth rates and spike flags from
//! `history`, the suggested prices beside hidden rates) cannot be computed,
//! so it cannot leak.

use crate::model::choices::KitSection;
use crate::model::creator::Creator;

/// The profile as the public may see it: each section `hide:` names is
/// emptied, with what depends on it.
pub fn public_profile(creator: &Creator) -> Creator {
    let mut public = creator.clone();
    for section in &creator.hide {
        match section {
            KitSection::Bio => public.bio = None,
            KitSection::Audience => public.audience = None,
            KitSection::Growth => {
                for platform in &mut public.platforms {
                    platform.history.clear();
                }
            }
            KitSection::Partners => public.partners.clear(),
            KitSection::Testimonials => public.testimonials.clear(),
            KitSection::Rates => public.rates = None,
            KitSection::Contact => public.contact = None,
            KitSection::Location => public.location = None,
        }
    }
    public
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hidden_section_is_gone_and_the_rest_is_kept() {
        let creator: Creator = serde_saphyr::from_str(
            "name: Ava\nlocation: Austin\nbio: Hi\ncontact: {email: a@b.example}\nhide: [bio, audience, growth, partners, testimonials, rates, contact, location]\nplatforms:\n  - platform: instagram\n    followers: 100\n    history: [{date: 2026-01-01, followers: 90}]\naudience: {gender: {female: 100}}\npartners: [{brand: Lumen}]\ntestimonials: [{quote: Great}]\nrates: {items: [{platform: instagram, deliverable: reel, price: 100}]}\n",
        )
        .unwrap();
        let public = public_profile(&creator);
        assert_eq!(public.bio, None);
        assert!(public.audience.is_none() && public.rates.is_none() && public.contact.is_none());
        assert_eq!(public.location, None);
        assert!(public.partners.is_empty() && public.testimonials.is_empty());
        assert!(public.platforms[0].history.is_empty());
        assert_eq!(public.platforms[0].followers, creator.platforms[0].followers);
        assert_eq!(public.name, "Ava");
        let shown = public_profile(&Creator { hide: Vec::new(), ..creator.clone() });
        assert_eq!(shown.platforms[0].history.len(), 1, "nothing hidden, nothing removed");
    }
}

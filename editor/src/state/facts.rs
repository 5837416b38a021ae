//! The posting's facts as the form holds them: text as typed, written into the model as the
//! file gives it (an empty field left out, or, where the file must give it, written empty for the
//! loader to name).

use eligibility_core::rules::load::DEFAULT_OPEN_FOR_WEEKS;
use eligibility_core::rules::{Date, Nation, Posting, PostingId, WelshSkills, Words};

/// A field of the facts form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `id`.
    Id,
    /// `title`.
    Title,
    /// `employer`.
    Employer,
    /// `location`.
    Location,
    /// `nation`.
    Nation,
    /// `pay`.
    Pay,
    /// `working_pattern`.
    Hours,
    /// `contract`.
    Contract,
    /// `published`.
    Published,
    /// `closes`.
    Closes,
    /// `reference`.
    Reference,
    /// `apply_url`.
    ApplyUrl,
    /// `source`.
    Source,
    /// `welsh_language_skills`.
    WelshSkills,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 14] = [
        Field::Title,
        Field::Employer,
        Field::Location,
        Field::Nation,
        Field::Pay,
        Field::Hours,
        Field::Contract,
        Field::Published,
        Field::Closes,
        Field::Reference,
        Field::ApplyUrl,
        Field::WelshSkills,
        Field::Id,
        Field::Source,
    ];

    /// The field of the posting file it is.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Employer => "employer",
            Field::Location => "location",
            Field::Nation => "nation",
            Field::Pay => "pay",
            Field::Hours => "working_pattern",
            Field::Contract => "contract",
            Field::Published => "published",
            Field::Closes => "closes",
            Field::Reference => "reference",
            Field::ApplyUrl => "apply_url",
            Field::Source => "source",
            Field::WelshSkills => "welsh_language_skills",
        }
    }

    /// The field a file's key is.
    pub fn of_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The facts as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// Each field's text, in [`Field::ALL`]'s order. A nation is its file word, or empty for the
    /// one the location names; a Welsh-skills category likewise, or empty for none; a date
    /// `YYYY-MM-DD` as a date input gives it.
    values: [String; 14],
}

impl Facts {
    /// The text of `field`.
    pub fn get(&self, field: Field) -> &str {
        &self.values[Self::at(field)]
    }

    /// Sets the text of `field`.
    pub fn set(&mut self, field: Field, text: String) {
        self.values[Self::at(field)] = text;
    }

    fn at(field: Field) -> usize {
        Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
    }

    /// The facts of `posting`.
    pub fn of(posting: &Posting) -> Facts {
        let mut facts = Facts::default();
        let text = |w: &Option<Words>| {
            w.as_ref()
                .map_or(String::new(), |w| w.as_english().to_owned())
        };
        facts.set(Field::Id, posting.id.as_str().to_owned());
        facts.set(Field::Title, posting.title.as_english().to_owned());
        facts.set(Field::Employer, posting.employer.as_english().to_owned());
        facts.set(Field::Location, posting.location.as_english().to_owned());
        let told = Nation::of_place(posting.location.as_english()).unwrap_or(Nation::England);
        if posting.nation != told {
            facts.set(Field::Nation, posting.nation.id().to_owned());
        }
        facts.set(Field::Pay, text(&posting.pay));
        facts.set(Field::Hours, text(&posting.working_pattern));
        facts.set(Field::Contract, text(&posting.contract));
        let date = |d: Option<Date>| d.map_or(String::new(), |d| d.to_string());
        facts.set(Field::Published, date(posting.published));
        facts.set(Field::Closes, date(posting.closes));
        facts.set(
            Field::Reference,
            posting.reference.clone().unwrap_or_default(),
        );
        facts.set(Field::ApplyUrl, posting.apply_url.clone());
        facts.set(Field::Source, posting.source.clone());
        let skills = posting.welsh_skills.map_or("", WelshSkills::id);
        facts.set(Field::WelshSkills, skills.to_owned());
        facts
    }

    /// The nation the job is in: the one chosen, else the one the location names, else England.
    pub fn nation(&self) -> Nation {
        NATIONS
            .into_iter()
            .find(|n| n.id() == self.get(Field::Nation))
            .unwrap_or_else(|| self.told_nation())
    }

    /// The nation the location names, else England.
    pub fn told_nation(&self) -> Nation {
        Nation::of_place(self.get(Field::Location)).unwrap_or(Nation::England)
    }

    /// `base` with these facts: its Welsh kept where the English is unchanged.
    pub fn posting(&self, base: &Posting) -> Posting {
        let keep = |old: &Words, new: &str| {
            if old.as_english() == new {
                old.clone()
            } else {
                Words::english(new.trim())
            }
        };
        let optional = |old: &Option<Words>, new: &str| match (old, new.trim()) {
            (_, "") => None,
            (Some(old), new) => Some(keep(old, new)),
            (None, new) => Some(Words::english(new)),
        };
        let text = |field| self.get(field).trim().to_owned();
        Posting {
            id: PostingId::new(text(Field::Id)),
            title: keep(&base.title, self.get(Field::Title)),
            employer: keep(&base.employer, self.get(Field::Employer)),
            location: keep(&base.location, self.get(Field::Location)),
            pay: optional(&base.pay, self.get(Field::Pay)),
            working_pattern: optional(&base.working_pattern, self.get(Field::Hours)),
            contract: optional(&base.contract, self.get(Field::Contract)),
            published: Date::parse_iso(self.get(Field::Published).trim()),
            closes: Date::parse_iso(self.get(Field::Closes).trim()),
            reference: Some(text(Field::Reference)).filter(|r| !r.is_empty()),
            apply_url: text(Field::ApplyUrl),
            source: text(Field::Source),
            welsh_skills: SKILLS
                .into_iter()
                .find(|s| s.id() == self.get(Field::WelshSkills)),
            nation: self.nation(),
            ..base.clone()
        }
    }
}

/// A posting with nothing in it yet.
pub fn empty_posting() -> Posting {
    Posting {
        id: PostingId::new(""),
        title: Words::default(),
        employer: Words::default(),
        service: None,
        location: Words::default(),
        area: None,
        pay: None,
        contract: None,
        working_pattern: None,
        published: None,
        closes: None,
        open_for_weeks: DEFAULT_OPEN_FOR_WEEKS,
        starts: None,
        reference: None,
        summary: None,
        apply_url: String::new(),
        source: String::new(),
        criteria: Vec::new(),
        welsh_skills: None,
        carer_roles: None,
        nation: Nation::England,
        examples: Vec::new(),
    }
}

/// The four nations, in the order the form offers them.
pub const NATIONS: [Nation; 4] = [
    Nation::England,
    Nation::Wales,
    Nation::Scotland,
    Nation::NorthernIreland,
];

/// The four Welsh-language skills categories, in the order adverts in Wales give them.
pub const SKILLS: [WelshSkills; 4] = [
    WelshSkills::Essential,
    WelshSkills::NeedToLearn,
    WelshSkills::Desirable,
    WelshSkills::NotNecessary,
];

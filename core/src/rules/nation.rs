//! The UK nation a job is in: each runs its own NHS, with its own urgent mental health line, which
//! the result page names beside the ones for everyone.

mod place;

/// The nation a job is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Nation {
    /// England: also where a posting does not say.
    #[default]
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    /// Its id in a posting file's `nation`.
    pub fn id(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern_ireland",
        }
    }

    /// Its name, in the loader's messages to employers (in English, as they all are).
    #[cfg(feature = "employer")]
    pub fn name(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
            Nation::Scotland => "Scotland",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }

    /// The number of the nation's urgent mental health line, as a `tel:` link dials it (sources:
    /// docs/applicants.md, "Support lines"); `text/` words it.
    pub fn urgent_line(self) -> &'static str {
        match self {
            Nation::England | Nation::Wales | Nation::Scotland => "tel:111",
            Nation::NorthernIreland => "tel:08088088000",
        }
    }
}

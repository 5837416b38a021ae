//! What the employers' editor drafts a posting with, on the same core as the checker (feature
//! `employer`, which the applicant's app leaves off):
//!
//! - [`spec`]: an advert's person specification, pasted as text, split into its lines, each kept
//!   word for word as a criterion's quote, with the kind its heading or column gives it
//!   (essential, desirable, or not said).
//!
//! ```
//! use eligibility_core::draft::spec;
//!
//! let lines = spec::split("Essential\n• Lived experience of mental health problems\n• Team player");
//! assert_eq!(lines[0].text, "Lived experience of mental health problems");
//! assert_eq!(lines[0].kind, spec::Kind::Essential);
//! ```

pub mod spec;

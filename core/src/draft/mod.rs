//! What the employers' editor drafts a posting with, on the same core as the checker (feature
//! `employer`, which the applicant's app leaves off):
//!
//! - [`spec`]: an advert's person specification, pasted as text, split into its lines, each kept
//!   word for word as a criterion's quote, with the kind its heading or column gives it
//!   (essential, desirable, or not said);
//! - [`suggest`]: for a line that names what a built-in question asks, the rule that question
//!   would decide it by, with the words that led to it, for the employer to confirm;
//! - [`file`]: a posting written back as the file the employer downloads, which the loader reads
//!   back to an equal posting.
//!
//! ```
//! use eligibility_core::builtin;
//! use eligibility_core::draft::{spec, suggest};
//! use eligibility_core::rules::Rule;
//!
//! let lines = spec::split("Essential\n• Lived experience of mental health problems\n• Team player");
//! assert_eq!(lines[0].text, "Lived experience of mental health problems");
//! assert_eq!(lines[0].kind, spec::Kind::Essential);
//!
//! let bank = builtin::standard_bank();
//! let proposal = suggest::suggest(&lines[0].text, &bank).unwrap();
//! assert!(matches!(proposal.proposal, suggest::Proposal::Rule(Rule::AnswerIn { .. })));
//! assert_eq!(proposal.words(&lines[0].text), ["Lived experience"]);
//! assert_eq!(suggest::suggest(&lines[1].text, &bank), None);
//! ```

pub mod file;
pub mod spec;
pub mod suggest;

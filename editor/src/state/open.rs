//! Opening a file: one posting or a bundle, read with the core's loader. A posting whose rule
//! names a question the checker does not have (a typing slip in a file written by hand) still
//! opens, on a stand-in question, so that the form shows the problem on the question's field
//! and the employer mends it there.

use super::replace::Replacing;
use super::{lines, ExampleForm, Facts, State, Welsh};
use eligibility_core::json::{self, Json};
use eligibility_core::rules::{
    load, AnswerKind, Bank, Catalogue, ChoiceOption, OptionId, Posting, Question, QuestionId,
    Source, Words,
};
use std::rc::Rc;

/// A file being opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Opening {
    /// None.
    #[default]
    None,
    /// It could not be opened: its name, and each problem in the loader's words.
    Failed(String, Vec<String>),
    /// A bundle of several postings, to pick from: its name, the postings, and its bank.
    Pick(String, Vec<Rc<Posting>>, Rc<Bank>),
}

impl State {
    /// The state with the file `name` opened: its posting in the form (once the employer agrees,
    /// where it would replace work not downloaded), or its postings to pick from, or its problems.
    pub(super) fn open(mut self, name: &str, text: &str) -> State {
        let json = match json::parse(text.trim_start_matches('\u{feff}')) {
            Ok(json) => json,
            Err(error) => {
                self.opening = Opening::Failed(name.to_owned(), vec![error.to_string()]);
                return self;
            }
        };
        if json.get("postings").is_some() {
            let (catalogue, errors) =
                Catalogue::load_bundle(&Source::parse(name, text), &self.standard);
            if !errors.is_empty() {
                let problems = errors
                    .iter()
                    .flat_map(|e| e.to_string().lines().map(str::to_owned).collect::<Vec<_>>());
                self.opening = Opening::Failed(name.to_owned(), problems.collect());
                return self;
            }
            return self.opened(name, &catalogue);
        }
        let read = load::posting(name, &json, &self.standard).or_else(|error| {
            // Once more on stand-ins for the questions the checker does not have: the check
            // then names each on its field.
            let stand_in = with_stand_ins(&self.standard, &json);
            load::posting(name, &json, &stand_in).map_err(|_| error)
        });
        match read {
            Ok(posting) => {
                let bank = self.standard.clone();
                self.replace_or_ask(Replacing::Posting(name.to_owned(), Rc::new(posting), bank))
            }
            Err(error) => {
                let problems = error.to_string().lines().map(str::to_owned).collect();
                self.opening = Opening::Failed(name.to_owned(), problems);
                self
            }
        }
    }

    fn opened(mut self, name: &str, catalogue: &Catalogue) -> State {
        let postings = catalogue.postings().to_vec();
        let bank = catalogue.bank().clone();
        match postings.as_slice() {
            [one] => self.replace_or_ask(Replacing::Posting(name.to_owned(), one.clone(), bank)),
            _ => {
                self.opening = Opening::Pick(name.to_owned(), postings, bank);
                self
            }
        }
    }

    /// The state with the opened bundle's posting at `i` in the form.
    pub(super) fn pick(self, i: usize) -> State {
        match &self.opening {
            Opening::Pick(file, postings, bank) => match postings.get(i) {
                Some(posting) => {
                    let replacing = Replacing::Posting(file.clone(), posting.clone(), bank.clone());
                    self.replace_or_ask(replacing)
                }
                None => self,
            },
            _ => self,
        }
    }

    /// The state editing `posting`, whose questions are `bank`'s.
    pub(super) fn edit(mut self, posting: Rc<Posting>, bank: Rc<Bank>) -> State {
        self.facts = Facts::of(&posting);
        self.lines = Some(lines::of_criteria(&posting.criteria));
        self.examples = posting.examples.clone();
        self.example_form = ExampleForm::default();
        self.welsh = Welsh::opened(&posting, &bank, &self.standard);
        self.base = Some(posting);
        self.bank = bank;
        self.take_own_questions();
        self.opening = Opening::None;
        self
    }
}

/// `bank`, with a stand-in for each question a rule in `posting` names that `bank` lacks: a
/// month question for a rule of months, else a choice among the answers the rule names.
fn with_stand_ins(bank: &Bank, posting: &Json) -> Bank {
    let mut questions = bank.questions().to_vec();
    let mut rules: Vec<&Json> = Vec::new();
    if let Some(Json::Array(criteria)) = posting.get("criteria") {
        rules.extend(criteria.iter().filter_map(|c| c.get("rule")));
    }
    while let Some(rule) = rules.pop() {
        if let Some(Json::Array(parts)) = rule.get("parts") {
            rules.extend(parts.iter());
        }
        let Some(Json::String(id)) = rule.get("question") else {
            continue;
        };
        if questions.iter().any(|q| q.id.as_str() == id) {
            continue;
        }
        let kind = match rule.get("kind") {
            Some(Json::String(k)) if k != "answer_in" => AnswerKind::MonthYear {
                never: Words::english("Never"),
            },
            _ => {
                let mut options: Vec<String> = Vec::new();
                if let Some(Json::Array(meets)) = rule.get("meets") {
                    options.extend(meets.iter().filter_map(|m| match m {
                        Json::String(s) => Some(s.clone()),
                        _ => None,
                    }));
                }
                if let Some(Json::Object(reasons)) = rule.get("reasons") {
                    options.extend(reasons.iter().map(|(k, _)| k.clone()));
                }
                options.push("other".to_owned());
                options.dedup();
                AnswerKind::OneOf(
                    options
                        .into_iter()
                        .map(|o| ChoiceOption {
                            label: Words::english(&o),
                            id: OptionId::new(o),
                            hint: None,
                        })
                        .collect(),
                )
            }
        };
        questions.push(Question {
            id: QuestionId::new(id),
            text: Words::english(id),
            hint: None,
            short: Words::english(id),
            kind,
            not_sure: None,
        });
    }
    Bank::new(questions, bank.criteria().to_vec())
}

//! How each [`Action`] changes the [`State`]: the screens in order, and the answers recorded.

use super::{
    Action, Draft, Form, HistoryStep, InputError, List, Notes, Place, Screen, State, Trail, Wipe,
    LIST_PAGE,
};
use eligibility_core::rules::{
    evaluate, Answer, AnswerError, AnswerKind, Answers, PostingId, QuestionId, YearMonth,
};
use std::rc::Rc;
use yew::Reducible;

impl State {
    /// A page turn forward: a new entry in the trail (and the browser's history), after the one on
    /// show; any the applicant had gone back past are dropped, as the browser drops them.
    pub(super) fn turn(&self, screen: Screen) -> State {
        let mut pages = self.trail.pages[..=self.trail.at].to_vec();
        pages.push(screen.clone());
        let shown = self.show(screen);
        State {
            trail: Trail {
                at: pages.len() - 1,
                pages,
                step: HistoryStep::Push,
                ..shown.trail
            },
            ..shown
        }
    }

    /// The trail's page at `place`, reached by the browser's Back or Forward: its entry is
    /// already there. An entry of a forgotten trail, or of this page, changes nothing.
    fn travel(&self, place: Place) -> Option<State> {
        if place.trail != self.trail.id || place.at == self.trail.at {
            return None;
        }
        let screen = self.trail.pages.get(place.at)?.clone();
        let shown = self.show(screen);
        Some(State {
            trail: Trail {
                at: place.at,
                ..shown.trail
            },
            ..shown
        })
    }

    /// `screen` on show, with its question's answer in the fields and focus moved to it.
    fn show(&self, screen: Screen) -> State {
        let draft = match &screen {
            Screen::Question { posting, index, .. } => self
                .catalogue
                .posting(posting)
                .and_then(|p| p.question_ids().get(*index).cloned())
                .and_then(|q| self.answers.get(&q))
                .map_or(Draft::Empty, draft_of),
            _ => Draft::Empty,
        };
        State {
            screen,
            form: Form { draft, error: None },
            focus_turn: self.focus_turn + 1,
            just_cleared: false,
            asking: None,
            notes_copied: None,
            trail: Trail {
                step: HistoryStep::Stay,
                ..self.trail.clone()
            },
            ..self.clone()
        }
    }

    /// The first question of `posting` from `from` on that has no answer yet, or check your
    /// answers when every one has: an answer given for another posting is not asked again.
    fn next_unanswered(&self, answers: &Answers, posting: &PostingId, from: usize) -> Screen {
        let next = self.catalogue.posting(posting).and_then(|p| {
            p.unanswered(answers, self.today)
                .into_iter()
                .find(|&index| index >= from)
        });
        match next {
            Some(index) => Screen::Question {
                posting: posting.clone(),
                index,
                from_check: false,
            },
            None => Screen::CheckAnswers(posting.clone()),
        }
    }

    fn continue_from_question(&self) -> Option<State> {
        let Screen::Question {
            posting,
            index,
            from_check,
        } = &self.screen
        else {
            return None;
        };
        let question = self.question()?;
        let refused = |error| State {
            form: Form {
                error: Some(error),
                ..self.form.clone()
            },
            focus_turn: self.focus_turn + 1,
            trail: Trail {
                step: HistoryStep::Stay,
                ..self.trail.clone()
            },
            ..self.clone()
        };
        let answer = match answer_of(&self.form.draft, &question.kind) {
            Ok(answer) => answer,
            Err(error) => return Some(refused(error)),
        };
        let mut answers = self.answers.clone();
        match answers.record(question, answer, self.today) {
            Ok(()) => {}
            Err(AnswerError::MonthInFuture { .. }) => return Some(refused(InputError::InFuture)),
            // The page offers only the question's own answers; a mismatch is a draft from
            // another question and is treated as no answer.
            Err(AnswerError::NotOffered { .. }) => return Some(refused(InputError::NoAnswer)),
        }
        let next = if *from_check {
            // Straight back, also where the change brings in a question asked only after it (a
            // month too recent asks whether the only care since was from a GP): check your answers
            // shows it "Not answered", and See your result goes to it.
            Screen::CheckAnswers(posting.clone())
        } else {
            self.next_unanswered(&answers, posting, index + 1)
        };
        Some(State {
            answers,
            ..self.turn(next)
        })
    }

    /// The Back link: the page before in the flow, as a new entry, as GOV.UK's Back link is a
    /// link to the page before (so the browser's Back then returns to where it was).
    fn back(&self) -> Option<State> {
        let screen = match &self.screen {
            Screen::Postings => return None,
            Screen::Posting(_) => Screen::Postings,
            Screen::Question {
                posting,
                from_check: true,
                ..
            } => Screen::CheckAnswers(posting.clone()),
            Screen::Question { posting, index, .. } => match self.asked_before(posting, *index) {
                Some(index) => Screen::Question {
                    posting: posting.clone(),
                    index,
                    from_check: false,
                },
                None => Screen::Posting(posting.clone()),
            },
            Screen::CheckAnswers(posting) => Screen::Question {
                posting: posting.clone(),
                index: self.asked_before(posting, usize::MAX)?,
                from_check: false,
            },
            Screen::Result(posting) => Screen::CheckAnswers(posting.clone()),
        };
        Some(self.turn(screen))
    }

    fn see_result(&self) -> Option<State> {
        let Screen::CheckAnswers(id) = &self.screen else {
            return None;
        };
        let posting = self.catalogue.posting(id)?;
        // Every question must be answered first, unless the answers already decide the result:
        // send the applicant to the first one that is not.
        let settled = evaluate(posting, &self.answers, self.today).is_ok_and(|e| e.is_settled());
        let first_left = posting
            .unanswered(&self.answers, self.today)
            .first()
            .copied();
        let screen = match first_left.filter(|_| !settled) {
            Some(index) => Screen::Question {
                posting: id.clone(),
                index,
                from_check: false,
            },
            None => Screen::Result(id.clone()),
        };
        Some(self.turn(screen))
    }

    fn change(&self, question: &QuestionId) -> Option<State> {
        let Screen::CheckAnswers(id) = &self.screen else {
            return None;
        };
        let index = self
            .catalogue
            .posting(id)?
            .question_ids()
            .iter()
            .position(|q| q == question)?;
        Some(self.turn(Screen::Question {
            posting: id.clone(),
            index,
            from_check: true,
        }))
    }

    /// Every answer forgotten, and a new trail from the list: the browser's entries from before
    /// lead nowhere, so Back shows nothing of what was answered.
    pub(super) fn start_again(&self, announce: bool) -> State {
        State {
            answers: Answers::new(),
            notes: Notes::default(),
            just_cleared: announce,
            trail: Trail {
                step: HistoryStep::Push,
                ..Trail::new(Screen::Postings, self.trail.id + 1)
            },
            ..self.show(Screen::Postings)
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::SelectPosting(id) => match (&self.screen, self.catalogue.posting(&id)) {
                (Screen::Postings, Some(_)) => Some(self.turn(Screen::Posting(id))),
                _ => None,
            },
            Action::Start => match &self.screen {
                Screen::Posting(id) => Some(self.turn(self.next_unanswered(&self.answers, id, 0))),
                _ => None,
            },
            Action::Draft(draft) => match &self.screen {
                Screen::Question { .. } if draft != self.form.draft => Some(State {
                    form: Form {
                        draft,
                        ..self.form.clone()
                    },
                    ..(*self).clone()
                }),
                _ => None,
            },
            // Typing into a field is the fields as the state holds them, with that one changed.
            Action::Type(part, text) => {
                let draft = self.form.draft.typed(part, text);
                return self.reduce(Action::Draft(draft));
            }
            Action::Continue => self.continue_from_question(),
            Action::Back => self.back(),
            Action::Travel(place) => self.travel(place),
            Action::Change(question) => self.change(&question),
            Action::SeeResult => self.see_result(),
            Action::SeeResultNow => self.see_result_now(),
            Action::AnswerRest => self.answer_rest(),
            Action::OtherJobs => match &self.screen {
                Screen::Result(_) => Some(self.turn(Screen::Postings)),
                _ => None,
            },
            Action::Filter(filter) => match &self.screen {
                Screen::Postings if filter != self.list.filter => Some(State {
                    list: List {
                        filter,
                        shown: LIST_PAGE,
                        ..self.list.clone()
                    },
                    just_cleared: false,
                    ..(*self).clone()
                }),
                _ => None,
            },
            Action::ShowFilters(open) => match &self.screen {
                Screen::Postings if open != self.list.filters_open => Some(State {
                    list: List {
                        filters_open: open,
                        ..self.list.clone()
                    },
                    ..(*self).clone()
                }),
                _ => None,
            },
            Action::ShowMore => match &self.screen {
                Screen::Postings => Some(State {
                    list: List {
                        shown: self.list.shown + LIST_PAGE,
                        ..self.list.clone()
                    },
                    ..(*self).clone()
                }),
                _ => None,
            },
            Action::Note(criterion, text) => match &self.screen {
                Screen::Result(posting) => Some(State {
                    notes: self.notes.with(posting, criterion, text),
                    notes_copied: None,
                    ..(*self).clone()
                })
                .filter(|next| next.notes != self.notes),
                _ => None,
            },
            // Not a page turn: no entry in the browser's history, and focus stays on the switch.
            Action::Language(language) => (language != self.language).then(|| State {
                language,
                ..(*self).clone()
            }),
            Action::StartAgain => Some(self.wipe_or_ask(Wipe::StartAgain)),
            Action::ClearAnswers => Some(self.wipe_or_ask(Wipe::ClearAnswers)),
            Action::ConfirmWipe => self.confirm_wipe(),
            Action::KeepNotes => self.keep_notes(),
            Action::NotesCopied(copied) => (!self.notes.is_empty()).then(|| State {
                notes_copied: Some(copied),
                ..(*self).clone()
            }),
            Action::Forget => {
                // The browser's entries stay where they are, and lead nowhere: a new trail, where
                // there was anything to forget.
                let fresh = State {
                    screen: self.first.clone(),
                    first: self.first.clone(),
                    focus_turn: self.focus_turn,
                    trail: Trail::new(self.first.clone(), self.trail.id),
                    language: self.language,
                    ..State::new(self.catalogue.clone(), self.today)
                };
                (fresh != *self).then(|| State {
                    trail: Trail::new(self.first.clone(), self.trail.id + 1),
                    ..fresh
                })
            }
        };
        next.map_or(self, Rc::new)
    }
}

/// The fields as a recorded answer would fill them.
fn draft_of(answer: &Answer) -> Draft {
    match answer {
        Answer::Choice(option) => Draft::Choice(option.clone()),
        Answer::Month(month) => Draft::Month {
            month: month.month().to_string(),
            year: month.year().to_string(),
        },
        Answer::Never => Draft::Never,
        Answer::NotSure => Draft::NotSure,
    }
}

/// Reads the fields as an answer, or says which field to fix.
fn answer_of(draft: &Draft, kind: &AnswerKind) -> Result<Answer, InputError> {
    match draft {
        Draft::Empty => Err(InputError::NoAnswer),
        Draft::NotSure => Ok(Answer::NotSure),
        Draft::Never => Ok(Answer::Never),
        Draft::Choice(option) => Ok(Answer::Choice(option.clone())),
        Draft::Month { month, year } => {
            if !matches!(kind, AnswerKind::MonthYear { .. }) {
                return Err(InputError::NoAnswer);
            }
            let (month, year) = (month.trim(), year.trim());
            if month.is_empty() {
                return Err(InputError::MonthMissing);
            }
            let month =
                eligibility_core::text::month_number(month).ok_or(InputError::MonthInvalid)?;
            if year.is_empty() {
                return Err(InputError::YearMissing);
            }
            if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
                return Err(InputError::YearInvalid);
            }
            let year: i32 = year.parse().map_err(|_| InputError::YearInvalid)?;
            if year < 1900 {
                return Err(InputError::YearInvalid);
            }
            YearMonth::new(year, month)
                .map(Answer::Month)
                .ok_or(InputError::MonthInvalid)
        }
    }
}

// Walks an applicant through every screen the checker has, calling `check(name)` on each: the
// start page, a posting, every kind of question, each error state, check your answers, and every
// kind of result, the question before notes are deleted, and a result offered before every
// question is answered. Accessibility and layout tests run their checks on each.
import { KMPT, SWLSTG } from './checker.js';

export async function everyScreen(c, check) {
  await check('start');
  await c.chooseJob(KMPT);
  await check('posting');
  await c.start();
  await check('question: one of several routes');
  await c.continue();
  await check('error: no answer');
  await c.answer(c.w.ownExperience);
  await check('question: yes or no');
  await c.answer(c.w.yes);
  await check('question: month and year');
  await c.choose(c.w.enterMonth);
  await check('question: month and year fields shown');
  await c.answerMonth(13, 2024);
  await check('error: month');
  await c.answerMonth(5, 2026);
  await check('question: only a GP or prescribed medicine');
  await c.answer(c.w.no);
  await check('question: desirable');
  await c.answer(c.w.yes);
  await check('check your answers');
  await c.seeResult();
  await check('result: not yet');
  await c.back();
  await c.change(c.w.lastUsed);
  await c.answer(c.w.notSure);
  await c.seeResult();
  await check('result: ask the employer');
  await c.back();
  await c.change(c.w.lastUsed);
  await c.answerMonth(3, 2024);
  await c.seeResult();
  await check('result: meets');
  // Where the page offers boxes for notes (the checker's own page), one is written, and clearing
  // the answers asks first.
  if (await c.count({ role: 'textbox' }) > 0) {
    await c.typeNote('Peer support group, 2023');
    await check('result: meets, with a note to copy');
    await c.click({ role: 'button', name: c.w.clearAnswers, exact: true });
    await c.waitForHeading(c.w.wipeHeading);
    await check('question before notes are deleted');
    await c.click({ role: 'button', name: c.w.wipeConfirm, exact: true });
    await c.waitForHeading(c.w.postingsHeading);
    await check('start: answers cleared');
  } else {
    await c.click({ role: 'button', name: c.w.startAgain, exact: true });
  }
  await c.chooseJob(SWLSTG);
  await check('posting: closed');
  await c.start();
  await c.answer(c.w.carerOnly);
  await check('question: the result already decided');
  await c.seeResultNow();
  await check('result: closed, seen before every question');
}

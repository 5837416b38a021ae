// Walks an applicant through every screen the checker has, calling `check(name)` on each: the
// start page, a posting, every kind of question, each error state, check your answers, and every
// kind of result. Accessibility and layout tests run their checks on each.
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
  await c.click({ role: 'button', name: c.w.startAgain, exact: true });
  await c.chooseJob(SWLSTG);
  await check('posting: closed');
}

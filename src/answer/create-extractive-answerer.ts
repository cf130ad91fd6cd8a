/**
 * The offline answerer: composes the answer from the evidence by the
 * question's kind (compose/), every claim a verbatim cited sentence, and
 * refuses with the evidence's reason when the documents do not answer.
 */
import type { Answerer } from './answerer.js';
import { composeAnswer, type ComposeOptions } from './compose/compose-answer.js';
import { createRefusal } from './create-refusal.js';

export function createExtractiveAnswerer(options: ComposeOptions): Answerer {
  return {
    async answer({ evidence }) {
      return evidence
        ? composeAnswer(evidence, options)
        : createRefusal('No evidence was gathered for this question.');
    },
  };
}

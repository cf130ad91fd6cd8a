/**
 * The LLM answer as a stream. Text is verified sentence by sentence as it
 * arrives and only verified text is sent as deltas; a sentence counts as
 * finished once the next one has begun (so markers written after its full
 * stop are in). Failures end with the fallback's response in `done`.
 */
import type { AnswerInput, AnswerStreamEvent } from '../answerer.js';
import { answerEvents } from '../stream-answer.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { buildAnswerMessages } from './build-answer-messages.js';
import { splitAnswerSentences } from './split-answer-sentences.js';
import { verifyCitations } from './verify-citations.js';
import {
  degrade,
  isNotInDocuments,
  modelRefusal,
  toResponse,
  verificationProblem,
} from './llm-answer-outcome.js';
import { contextPassages } from './context-passages.js';
import { startAnswerDeadline } from './answer-deadline.js';
import type { LlmAnswererParts } from './create-llm-answerer.js';

/** Streams one answer from the model through verification. */
export async function* streamLlmAnswer(
  parts: LlmAnswererParts,
  input: AnswerInput,
): AsyncIterable<AnswerStreamEvent> {
  const { model, prompts, lookup, minOverlap, totalTimeoutMs } = parts;
  const passages = contextPassages(input);
  const deadline = startAnswerDeadline(totalTimeoutMs, input.signal);
  const verify = (text: string) => verifyCitations({ text, passages, lookup, minOverlap });
  let text = '';
  let sent = '';
  try {
    for await (const piece of model.stream(
      buildAnswerMessages({ prompts, question: input.question, passages }),
      { signal: deadline.signal },
    )) {
      text += piece;
      // Nothing is sent while the reply may still be the structured refusal.
      if (isNotInDocuments(text, { partial: true })) continue;
      // Unsupported sentences are removed as they finish; only verified text is sent.
      const verified = verify(finishedSentences(text));
      if (verified.answer.startsWith(sent) && verified.answer.length > sent.length) {
        yield { type: 'delta', text: verified.answer.slice(sent.length) };
        sent = verified.answer;
      }
    }
  } catch (error) {
    const failure = deadline.explain(classifyChatModelError(error));
    yield* fallbackEvents(
      await degrade({ ...parts, input, reason: failure.reason, detail: failure.message }),
      sent,
    );
    return;
  }
  if (isNotInDocuments(text)) {
    yield* fallbackEvents(modelRefusal(), sent);
    return;
  }
  const verified = verify(text);
  const problem = verificationProblem(verified);
  if (problem !== undefined) {
    yield* fallbackEvents(
      await degrade({ ...parts, input, reason: 'unverified-answer', detail: problem }),
      sent,
    );
    return;
  }
  const response = toResponse(verified);
  if (response.answer.startsWith(sent) && response.answer.length > sent.length) {
    yield { type: 'delta', text: response.answer.slice(sent.length) };
  }
  yield { type: 'done', response };
}

/** The text up to the last sentence that the model has finished, markers included. */
function finishedSentences(text: string): string {
  const pieces = splitAnswerSentences(text);
  let count = pieces.length - 1;
  while (count > 0 && !/^\s*[^\s[]/.test(pieces[count] ?? '')) count -= 1;
  return pieces.slice(0, count).join('');
}

/** Nothing sent yet: the fallback streams normally. Otherwise `done` alone replaces what was sent. */
function* fallbackEvents(
  response: Parameters<typeof answerEvents>[0],
  sent: string,
): Iterable<AnswerStreamEvent> {
  if (sent === '') yield* answerEvents(response);
  else yield { type: 'done', response };
}

// An msw-backed OpenAI-compatible server for tests: recorded replies, captured requests.
import { http, HttpResponse } from 'msw';
import recorded from '../../fixtures/llm/chat-completion.json' with { type: 'json' };

export const llmBaseUrl = 'http://llm.test/v1';
export const completionsUrl = `${llmBaseUrl}/chat/completions`;

/** The recorded completion with its message text replaced. */
export function completionWith(content: string): typeof recorded {
  const [choice] = recorded.choices;
  return { ...recorded, choices: [{ ...choice!, message: { ...choice!.message, content } }] };
}

export interface CapturedRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
}

/** A handler answering every completion with `content`, recording request bodies into `captured`. */
export function replyWith(content: string, captured: CapturedRequest[] = []) {
  return http.post(completionsUrl, async ({ request }) => {
    captured.push((await request.json()) as CapturedRequest);
    return HttpResponse.json(completionWith(content));
  });
}

/** A handler sending the recorded completion unchanged. */
export function replyRecorded(captured: CapturedRequest[] = []) {
  return http.post(completionsUrl, async ({ request }) => {
    captured.push((await request.json()) as CapturedRequest);
    return HttpResponse.json(recorded);
  });
}

/** The message text of the recorded completion. */
export const recordedContent = recorded.choices[0]!.message.content;

/** A handler streaming `pieces` (or those made from the request) in OpenAI's chunk format, ending with `[DONE]`. */
export function streamReply(pieces: string[] | ((request: CapturedRequest) => string[])) {
  return http.post(completionsUrl, async ({ request }) => {
    const parts =
      typeof pieces === 'function' ? pieces((await request.json()) as CapturedRequest) : pieces;
    const encoder = new TextEncoder();
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ id: 'chatcmpl-s1', object: 'chat.completion.chunk', created: 1715003215, model: 'gpt-4o-mini', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(encoder.encode(chunk({ role: 'assistant', content: '' }, null)));
        for (const piece of parts)
          controller.enqueue(encoder.encode(chunk({ content: piece }, null)));
        controller.enqueue(encoder.encode(chunk({}, 'stop')));
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
      },
    });
    return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
  });
}

// Reads a Server-Sent Events body into its events, for assertions.
export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Splits an SSE body into events (`event:` name and joined `data:` lines). */
export function parseSse(body: string): SseEvent[] {
  return body
    .split(/\n\n+/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines
        .find((line) => line.startsWith('event:'))
        ?.slice('event:'.length)
        .trim();
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).replace(/^ /, ''))
        .join('\n');
      return { event, data };
    });
}

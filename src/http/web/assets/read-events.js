// @ts-check
/**
 * Reads a Server-Sent Events body (from `fetch`, since EventSource cannot
 * POST) into `{ event, data }` records as they arrive.
 */

/** @typedef {{ event: string, data: string }} ServerEvent */

/** @param {string} block @returns {ServerEvent | undefined} */
function parseBlock(block) {
  let event = 'message';
  /** @type {string[]} */
  const data = [];
  for (const line of block.split(/\r\n|\r|\n/u)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /u, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
}

/**
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<ServerEvent>}
 */
export async function* readEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    let boundary = /\r\n\r\n|\n\n|\r\r/u.exec(buffer);
    while (boundary) {
      const parsed = parseBlock(buffer.slice(0, boundary.index));
      buffer = buffer.slice(boundary.index + boundary[0].length);
      if (parsed) yield parsed;
      boundary = /\r\n\r\n|\n\n|\r\r/u.exec(buffer);
    }
    if (done) break;
  }
  const last = parseBlock(buffer);
  if (last) yield last;
}
